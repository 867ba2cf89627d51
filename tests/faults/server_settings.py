"""Production settings for the fault runs' gunicorn and worker, with one change: static
files come from the finders (as in sharehub.settings_test), so the runs need no
collectstatic. Everything else (DEBUG off, Redis, cached_db sessions, the database task
queue, SMTP) is sharehub.settings as deployed."""

from sharehub.settings import *  # noqa: F403

STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}  # noqa: F405
STATIC_ROOT = None
WHITENOISE_USE_FINDERS = True
