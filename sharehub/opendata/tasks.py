"""The build, queued for the worker (a staff member's "Rebuild now")."""

from django.tasks import task

from sharehub.opendata.build import BuildRunning, build_all, logger


@task
def build_open_data_later() -> None:
    try:
        build_all()
    except BuildRunning:  # the running one will have the same rows
        logger.info("Open data build skipped: another is running")
