"""gunicorn reads this file from the working directory (the image's /app) by itself.

With PROMETHEUS_MULTIPROC_DIR set, every worker writes its metrics there and /metrics
adds them up (sharehub.core.metrics): the directory is emptied when gunicorn starts,
so counts from an earlier run are not added in, and a worker that exits is marked dead.
"""

import os
import shutil
from pathlib import Path


def on_starting(server):
    directory = os.environ.get("PROMETHEUS_MULTIPROC_DIR")
    if directory:
        path = Path(directory)
        if path.exists():
            for child in path.iterdir():
                if child.is_dir():
                    shutil.rmtree(child)
                else:
                    child.unlink()
        path.mkdir(parents=True, exist_ok=True)


def child_exit(server, worker):
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        from prometheus_client import multiprocess

        multiprocess.mark_process_dead(worker.pid)
