"""docker-compose.yml: the production layout (issue 14), checked without a Docker engine.

Migrations run once in a one-off `migrate` service before the web replicas start;
every variable the file reads has a default or a clear error; the defaults it hands
the application are the settings' own defaults; every long-running service has a
health check. With the Docker CLI and its compose plugin installed, `docker compose
config -q` validates the file against the compose specification too."""

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
COMPOSE_FILE = ROOT / "docker-compose.yml"
APP_SERVICES = ("migrate", "web", "worker", "scheduler")
# ${NAME}, ${NAME:-default}, ${NAME-default}, ${NAME:?error}, ${NAME?error}; $$ escapes.
INTERPOLATION = re.compile(
    r"(?<!\$)\$\{(?P<name>[A-Za-z_][A-Za-z0-9_]*)(?P<op>:?[-?])?(?P<arg>[^}]*)\}"
)


@pytest.fixture(scope="module")
def text() -> str:
    return COMPOSE_FILE.read_text()


@pytest.fixture(scope="module")
def compose(text) -> dict:
    return yaml.safe_load(text)


@pytest.fixture(scope="module")
def services(compose) -> dict:
    return compose["services"]


def command_text(service: dict) -> str:
    command = service.get("command", "")
    return " ".join(command) if isinstance(command, list) else str(command)


def interpolate(value: str) -> str:
    """What compose makes of a value with nothing set in .env: the defaults."""

    def replace(match: re.Match) -> str:
        op = match["op"] or ""
        if "?" in op:
            return "required-value-" + match["name"].lower()
        return match["arg"] if op else ""

    return INTERPOLATION.sub(replace, str(value)).replace("$$", "$")


def test_migrations_run_once_in_a_one_off_service(services):
    migrate = services["migrate"]
    assert command_text(migrate) == "python manage.py migrate --noinput"
    assert migrate["restart"] == "no"
    assert "deploy" not in migrate and "ports" not in migrate
    assert migrate["depends_on"]["db"]["condition"] == "service_healthy"


@pytest.mark.parametrize("name", ["web", "worker", "scheduler"])
def test_web_and_worker_wait_for_the_migrations(services, name):
    depends = services[name]["depends_on"]
    assert depends["migrate"]["condition"] == "service_completed_successfully"
    assert depends["db"]["condition"] == "service_healthy"


def test_no_service_but_migrate_runs_migrations(services):
    for name, service in services.items():
        if name != "migrate":
            assert "migrate" not in command_text(service), name


def test_app_services_run_one_image(services):
    images = {services[name]["image"] for name in APP_SERVICES}
    assert len(images) == 1
    assert all(services[name]["build"] == "." for name in APP_SERVICES)


def test_two_web_replicas_behind_the_proxy(services):
    web = services["web"]
    assert web["deploy"]["replicas"] == 2
    assert "gunicorn" in command_text(web)
    # A fixed host port cannot be shared by two replicas: only the proxy publishes one.
    assert "ports" not in web
    published = [name for name, service in services.items() if service.get("ports")]
    assert published == ["proxy"]
    proxy = services["proxy"]
    assert proxy["depends_on"]["web"]["condition"] == "service_healthy"
    conf_mount = next(v for v in proxy["volumes"] if v.endswith(":/etc/nginx/nginx.conf:ro"))
    conf = (ROOT / conf_mount.split(":")[0]).read_text()
    assert re.search(r"server web:8000 resolve", conf)
    assert "client_max_body_size 55m;" in conf
    assert "X-Forwarded-For $proxy_add_x_forwarded_for" in conf


def test_proxy_body_limit_is_at_or_above_the_request_limit():
    from django.conf import settings

    conf = (ROOT / "deploy" / "nginx.conf").read_text()
    megabytes = int(re.search(r"client_max_body_size (\d+)m;", conf)[1])
    default_limit = settings.SHAREHUB_UPLOAD_MAX_BYTES * settings.SHAREHUB_UPLOAD_MAX_FILES + (
        4 * 1024 * 1024
    )
    assert megabytes * 1024 * 1024 >= default_limit


def test_the_scheduler_runs_the_daily_commands_once(services):
    from django.core.management import get_commands

    scheduler = services["scheduler"]
    script = command_text(scheduler)
    for command in (
        "prune_uploads",
        "clearsessions",
        "prune_db_task_results",
        "send_digest",
        "build_open_data",
    ):
        assert f"python manage.py {command}" in script
        assert command in get_commands(), f"{command} would stop the loop"
    assert "sleep 86400" in script
    assert scheduler.get("deploy", {}).get("replicas", 1) == 1


def test_the_scheduler_sends_the_weekly_digest_with_a_command_that_exists(services):
    """send_digest runs daily and sends each person at most one digest a week
    (sharehub.notifications.email); the command must exist for the loop to go on."""
    from django.core.management import get_commands

    assert "send_digest" in command_text(services["scheduler"])
    assert get_commands()["send_digest"] == "sharehub.notifications"


def test_long_running_services_have_health_checks(services):
    for name, service in services.items():
        if name == "migrate":
            continue  # a one-off: it exits, and its exit status is what counts
        check = service.get("healthcheck")
        assert check and check.get("test"), f"{name} has no healthcheck"
        assert check.get("disable") is not True, name


def test_every_variable_has_a_default_or_an_error(text):
    """A variable that is neither set nor defaulted would silently be empty."""
    references = list(INTERPOLATION.finditer(text))
    assert references
    bare = sorted({m["name"] for m in references if not m["op"]})
    assert bare == [], f"${{NAME}} without a default or an error: {bare}"
    for match in references:
        if "?" in match["op"]:
            assert match["arg"].strip(), f"{match['name']}: empty error message"
    # No bare $NAME either (a typo for ${NAME}); $$ is compose's escape for a literal $.
    assert not re.search(r"(?<!\$)\$(?![{$])[A-Za-z_]", text.replace("$$", ""))


def test_every_application_variable_is_read_by_the_application(compose, services):
    """Every name handed to the app is one that settings (or gunicorn) reads, and is
    documented in .env.example: no misspelt variable is silently ignored."""
    settings_source = (ROOT / "sharehub" / "settings.py").read_text()
    env_example = (ROOT / ".env.example").read_text()
    documented = set(re.findall(r"^([A-Z_][A-Z0-9_]*)=", env_example, re.MULTILINE))
    read_elsewhere = {"FORWARDED_ALLOW_IPS"}  # gunicorn reads it from the environment
    for name in APP_SERVICES:
        assert services[name]["environment"] == compose["x-app"]["environment"]
    for key in compose["x-app"]["environment"]:
        assert f'"{key}"' in settings_source or key in read_elsewhere, key
        assert key in documented, f"{key} is not in .env.example"


def settings_values(env: dict[str, str]) -> dict:
    """SHAREHUB_* settings and a few others, as Django computes them from `env`."""
    clean = {
        k: v
        for k, v in os.environ.items()
        if k in {"PATH", "HOME", "LANG", "LC_ALL", "VIRTUAL_ENV", "SYSTEMROOT"}
    }
    clean.update(env)
    clean["DJANGO_SETTINGS_MODULE"] = "sharehub.settings"
    script = (
        "import json; from django.conf import settings as s; "
        "names = [n for n in dir(s) if n.startswith('SHAREHUB_')] + "
        "['SECURE_HSTS_SECONDS', 'SECURE_HSTS_INCLUDE_SUBDOMAINS', 'SECURE_HSTS_PRELOAD', "
        "'DEBUG', 'SESSION_ENGINE']; "
        "print(json.dumps({n: getattr(s, n, None) for n in names}, default=str))"
    )
    result = subprocess.run(
        [sys.executable, "-c", "import django; django.setup(); " + script],
        cwd=ROOT,
        env=clean,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_compose_defaults_are_the_settings_defaults(compose):
    """With nothing in .env, the app gets what settings.py would choose by itself
    (e.g. SHAREHUB_UPLOAD_MAX_IMAGE_PIXELS, 24 million), and every value parses."""
    env = {k: interpolate(v) for k, v in compose["x-app"]["environment"].items()}
    assert env["SHAREHUB_UPLOAD_MAX_IMAGE_PIXELS"] == "24000000"
    with_compose = settings_values(env)
    by_itself = settings_values(
        {"SECRET_KEY": env["SECRET_KEY"], "DEBUG": "false", "REDIS_URL": env["REDIS_URL"]}
    )
    assert with_compose == by_itself
    assert with_compose["SESSION_ENGINE"] == "django.contrib.sessions.backends.cached_db"


@pytest.mark.skipif(shutil.which("docker") is None, reason="no docker CLI")
def test_docker_compose_config_is_valid():
    if subprocess.run(["docker", "compose", "version"], capture_output=True).returncode != 0:
        pytest.skip("docker CLI without the compose plugin")
    result = subprocess.run(
        ["docker", "compose", "-f", str(COMPOSE_FILE), "config", "-q"],
        cwd=ROOT,
        env={**os.environ, "SECRET_KEY": "x" * 60, "POSTGRES_PASSWORD": "compose-config"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
