"""Logging for operators: a request id in every record, and one JSON object a line.

`RequestIdFilter` (on the stdout handler, so records from every logger pass it) copies
the current request's id, kept in a context variable by
`sharehub.core.middleware.RequestIdMiddleware`, onto each record, plus the process id
(one gunicorn worker each). `JsonFormatter` writes a record as one line of JSON: the
time, level, logger, message, request id, pid, the fields a caller passed with
`extra=` and the traceback if there is one. Settings choose it with LOG_FORMAT=json
(the default when DEBUG is off); LOG_FORMAT=plain keeps readable lines for development.
"""

import json
import logging
import os
import re
import uuid
from contextvars import ContextVar
from datetime import UTC, datetime

# "-" outside a request (management commands, the worker, start-up).
request_id: ContextVar[str] = ContextVar("sharehub_request_id", default="-")

# What a proxy may hand us as X-Request-ID: anything else is replaced, so a client
# cannot write arbitrary text (newlines, JSON, personal data) into the logs.
SAFE_REQUEST_ID = re.compile(r"[A-Za-z0-9-]{1,64}")


def new_request_id() -> str:
    return uuid.uuid4().hex


def request_id_from(header: str | None) -> str:
    """The proxy's id when it is a safe token, otherwise a new one."""
    if header and SAFE_REQUEST_ID.fullmatch(header):
        return header
    return new_request_id()


class RequestIdFilter(logging.Filter):
    """Adds `request_id` and `pid` to every record (never filters one out)."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = request_id.get()
        record.pid = os.getpid()
        return True


# Attributes every LogRecord has: whatever else is on a record came from `extra=`.
_STANDARD = set(vars(logging.makeLogRecord({}))) | {"message", "asctime", "request_id", "pid"}


def _plain(value):
    """Numbers, text, lists and dicts of them as they are; any other object by its type
    name only. Django passes the request object with `extra=`, and its text would hold
    the query string, which may hold personal data."""
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, (list, tuple)):
        return [_plain(item) for item in value]
    if isinstance(value, dict):
        return {str(key): _plain(item) for key, item in value.items()}
    return f"<{type(value).__name__}>"


class JsonFormatter(logging.Formatter):
    """One JSON object a line, for log collectors."""

    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": datetime.fromtimestamp(record.created, tz=UTC).isoformat(
                timespec="milliseconds"
            ),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
            "request_id": getattr(record, "request_id", request_id.get()),
            "pid": getattr(record, "pid", record.process),
        }
        for key, value in vars(record).items():
            if key not in _STANDARD and not key.startswith("_"):
                entry[key] = _plain(value)
        if record.exc_info:
            entry["exc_info"] = self.formatException(record.exc_info)
        if record.stack_info:
            entry["stack_info"] = self.formatStack(record.stack_info)
        return json.dumps(entry, default=str, ensure_ascii=False)


class PlainFormatter(logging.Formatter):
    """Readable lines for development, with the request id."""

    def __init__(self):
        super().__init__("%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s")

    def format(self, record: logging.LogRecord) -> str:
        if not hasattr(record, "request_id"):
            record.request_id = request_id.get()
        return super().format(record)
