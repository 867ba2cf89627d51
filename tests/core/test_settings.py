"""Production settings: refuse to start without a secret, pass `check --deploy`."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run_manage(*args: str, **env: str) -> subprocess.CompletedProcess:
    clean = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("DJANGO_", "SECRET_", "DEBUG", "SECURE_", "ALLOWED_"))
    }
    clean.update(env)
    clean["DJANGO_SETTINGS_MODULE"] = "sharehub.settings"
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=clean,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_refuses_to_start_without_a_secret_key():
    result = run_manage("check", DEBUG="false", SECRET_KEY="")
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_a_typo_in_a_boolean_is_an_error():
    result = run_manage("check", DEBUG="ture", SECRET_KEY="x" * 60)
    assert result.returncode != 0
    assert "DEBUG must be true or false" in result.stderr


def test_check_deploy_is_clean_with_production_values():
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DEBUG="false",
        SECRET_KEY="k3y-" + "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOP",
        ALLOWED_HOSTS="sharehub.example",
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_checkout_with_nothing_set_runs_in_development_mode():
    result = run_manage(
        "shell",
        "-c",
        "from django.conf import settings; print(settings.DEBUG, settings.ALLOWED_HOSTS)",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "True ['127.0.0.1', 'localhost']"


def test_setting_a_secret_key_means_production():
    result = run_manage(
        "shell",
        "-c",
        "from django.conf import settings; print(settings.DEBUG)",
        SECRET_KEY="k" * 60,
    )
    assert result.stdout.strip().splitlines()[-1] == "False", result.stderr


def test_the_trusted_proxy_count_comes_from_the_environment():
    show = "from django.conf import settings; print(settings.ALLAUTH_TRUSTED_PROXY_COUNT)"
    assert run_manage("shell", "-c", show).stdout.split()[-1] == "0"
    assert run_manage("shell", "-c", show, TRUSTED_PROXY_COUNT="1").stdout.split()[-1] == "1"


def test_production_sessions_survive_a_cache_outage():
    show = (
        "from django.conf import settings; "
        "print(settings.SESSION_ENGINE, settings.CACHES['default']['BACKEND'])"
    )
    result = run_manage(
        "shell", "-c", show, DEBUG="false", SECRET_KEY="x" * 60, REDIS_URL="redis://r:6379/0"
    )
    assert result.stdout.split()[-2:] == [
        "django.contrib.sessions.backends.cached_db",
        "sharehub.core.cache.ResilientRedisCache",
    ], result.stderr


def test_the_file_mail_backend_needs_a_folder():
    result = run_manage(
        "check",
        SECRET_KEY="x" * 60,
        EMAIL_BACKEND="django.core.mail.backends.filebased.EmailBackend",
        EMAIL_FILE_PATH="",
    )
    assert result.returncode != 0
    assert "EMAIL_FILE_PATH must name a folder" in result.stderr
