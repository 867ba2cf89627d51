"""Issue 14: a request id and one JSON log line per request, the error tracker only
with a DSN, and /metrics for operators only."""

import io
import json
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from sharehub.core.logging import JsonFormatter, RequestIdFilter, request_id_from
from sharehub.core.middleware import query_parameter_names
from tests.factories import UserFactory

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.django_db


@pytest.fixture
def json_log():
    """What the production handler would write: the root logger through the request
    id filter and the JSON formatter, one parsed object a line."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(RequestIdFilter())
    handler.setFormatter(JsonFormatter())
    root = logging.getLogger()
    old_level = root.level
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    lines = []

    def read():
        lines[:] = [json.loads(line) for line in stream.getvalue().splitlines() if line]
        return lines

    yield read
    root.removeHandler(handler)
    root.setLevel(old_level)


def request_lines(lines):
    return [line for line in lines if line["logger"] == "sharehub.request"]


def test_a_request_is_one_json_line_without_query_values(client, json_log):
    response = client.get("/en/search/?q=Mrs+Jones+CF10+1AA&region=cardiff")
    rid = response["X-Request-ID"]
    [line] = request_lines(json_log())
    assert line["request_id"] == rid
    assert line["method"] == "GET"
    assert line["path"] == "/en/search/"
    assert line["query_params"] == ["q", "region"]
    assert line["status"] == response.status_code
    assert isinstance(line["duration_ms"], float)
    assert line["pid"] == os.getpid()
    assert line["user_id"] is None
    text = json.dumps(line)
    assert "Jones" not in text
    assert "CF10" not in text
    assert "cardiff" not in text


def test_the_signed_in_user_is_logged_by_id_only(client, json_log):
    user = UserFactory(email="someone@example.org")
    client.force_login(user)
    client.get("/en/contributions/")
    [line] = request_lines(json_log())
    assert line["user_id"] == user.pk
    assert "someone@example.org" not in json.dumps(line)


def test_a_safe_request_id_from_the_proxy_is_kept(client):
    response = client.get("/en/", headers={"X-Request-ID": "abc-DEF-123"})
    assert response["X-Request-ID"] == "abc-DEF-123"


@pytest.mark.parametrize(
    "header", ["", "a" * 65, "two words", 'x"}\n{"level":"CRITICAL', "é", "../x"]
)
def test_an_unsafe_request_id_is_replaced(client, header):
    response = client.get("/en/", headers={"X-Request-ID": header})
    rid = response["X-Request-ID"]
    assert rid != header
    assert len(rid) == 32 and rid.isalnum()


def test_ids_differ_between_requests(client):
    assert client.get("/en/")["X-Request-ID"] != client.get("/en/")["X-Request-ID"]


def test_every_record_made_during_the_request_carries_its_id(client, json_log, monkeypatch):
    from sharehub.core import views

    real = views.healthz

    def noisy(request):
        logging.getLogger("sharehub.somewhere").warning("inside the request")
        return real(request)

    monkeypatch.setattr("sharehub.core.middleware.healthz", noisy)
    response = client.get("/healthz", headers={"X-Request-ID": "probe-1"})
    assert response["X-Request-ID"] == "probe-1"
    [inside] = [line for line in json_log() if line["logger"] == "sharehub.somewhere"]
    assert inside["request_id"] == "probe-1"
    assert inside["level"] == "WARNING"
    # Outside a request there is no id.
    logging.getLogger("sharehub.somewhere").warning("after")
    assert json_log()[-1]["request_id"] == "-"


def test_the_formatter_writes_extra_fields_and_tracebacks():
    record = logging.makeLogRecord({"name": "x", "msg": "m %s", "args": ("1",), "levelno": 40})
    record.levelname = "ERROR"
    record.custom = {"a": 1}
    try:
        raise ValueError("boom")
    except ValueError:
        record.exc_info = sys.exc_info()
    entry = json.loads(JsonFormatter().format(record))
    assert entry["message"] == "m 1"
    assert entry["custom"] == {"a": 1}
    assert "ValueError: boom" in entry["exc_info"]
    assert "\n" not in JsonFormatter().format(record)


def test_objects_passed_as_extra_are_named_not_written(rf):
    """django.request passes the request: its text would include the query string."""
    record = logging.makeLogRecord({"name": "django.request", "msg": "Internal Server Error"})
    record.request = rf.get("/en/search/?q=Mrs+Jones")
    record.status_code = 500
    entry = json.loads(JsonFormatter().format(record))
    assert entry["request"] == "<WSGIRequest>"
    assert entry["status_code"] == 500
    assert "Jones" not in json.dumps(entry)


def test_query_parameter_names_never_fail():
    assert query_parameter_names("") == []
    assert query_parameter_names("a=1&a=2&b&%zz=3&&=x") == ["", "%zz", "a", "b"]
    assert len(query_parameter_names("&".join(f"k{i}=v" for i in range(100)))) == 20


def test_request_id_from():
    assert request_id_from("ok-1") == "ok-1"
    assert request_id_from(None) != request_id_from(None)


# --- settings: the log format, the error tracker ---


def run_python(code: str, **env: str) -> subprocess.CompletedProcess:
    clean = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("DJANGO_", "SECRET_", "DEBUG", "SENTRY_", "LOG_FORMAT"))
    }
    clean.update(env)
    clean["DJANGO_SETTINGS_MODULE"] = "sharehub.settings"
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=clean,
        capture_output=True,
        text=True,
        timeout=120,
    )


SHOW = (
    "import django; django.setup(); import sentry_sdk; from django.conf import settings; "
    "print(settings.LOG_FORMAT, sentry_sdk.get_client().is_active())"
)


def test_production_logs_json_and_development_plain():
    production = run_python(SHOW, SECRET_KEY="k" * 60, DEBUG="false")
    assert production.stdout.split() == ["json", "False"], production.stderr
    development = run_python(SHOW, DEBUG="true")
    assert development.stdout.split() == ["plain", "False"], development.stderr
    chosen = run_python(SHOW, DEBUG="true", LOG_FORMAT="json")
    assert chosen.stdout.split() == ["json", "False"], chosen.stderr
    wrong = run_python(SHOW, DEBUG="true", LOG_FORMAT="xml")
    assert wrong.returncode != 0
    assert "LOG_FORMAT must be json or plain" in wrong.stderr


def test_json_lines_on_stdout_in_production():
    code = (
        "import django; django.setup(); import logging; "
        "logging.getLogger('sharehub.x').info('hello', extra={'n': 1})"
    )
    result = run_python(code, SECRET_KEY="k" * 60, DEBUG="false")
    entry = json.loads(result.stdout.strip().splitlines()[-1])
    assert entry["message"] == "hello"
    assert entry["n"] == 1
    assert entry["request_id"] == "-"
    assert entry["level"] == "INFO"


def test_the_error_tracker_starts_only_with_a_dsn():
    result = run_python(
        SHOW + "; c = sentry_sdk.get_client(); "
        "print(c.options['send_default_pii'], c.options['include_local_variables'], "
        "c.options['max_request_body_size'])",
        SECRET_KEY="k" * 60,
        DEBUG="false",
        SENTRY_DSN="https://public@sentry.example.invalid/1",
    )
    assert result.stdout.split() == ["json", "True", "False", "False", "never"], result.stderr


SEND_AN_ERROR = """
import io, json, sys, types
from wsgiref.util import setup_testing_defaults
import django
django.setup()
import sentry_sdk
from django.core.wsgi import get_wsgi_application
from django.test import override_settings
from django.urls import path
from django.views.decorators.csrf import csrf_exempt

events = []
sentry_sdk.get_client().transport.capture_envelope = lambda envelope: events.append(
    envelope.get_event()
)


@csrf_exempt
def boom(request):
    story = request.POST["story"]  # read as a form view would: a local never sent
    raise ValueError("boom")


urls = types.ModuleType("boom_urls")
urls.urlpatterns = [path("boom/", boom)]
sys.modules["boom_urls"] = urls
body = b"story=Mrs+Jones%2C+aged+87"
environ = {
    "REQUEST_METHOD": "POST",
    "PATH_INFO": "/boom/",
    "QUERY_STRING": "q=Mrs+Jones",
    "HTTP_HOST": "127.0.0.1",
    "HTTP_REFERER": "http://127.0.0.1/?q=Jones",
    "HTTP_X_REQUEST_ID": "rid-77",
    "HTTP_COOKIE": "sessionid=cookie-value-Qz9",
    "REMOTE_ADDR": "203.0.113.9",
    "CONTENT_TYPE": "application/x-www-form-urlencoded",
    "CONTENT_LENGTH": str(len(body)),
    "wsgi.input": io.BytesIO(body),
}
setup_testing_defaults(environ)
with override_settings(ROOT_URLCONF="boom_urls", DEBUG_PROPAGATE_EXCEPTIONS=False):
    get_wsgi_application()(environ, lambda status, headers, exc_info=None: None)
sentry_sdk.flush()
print(json.dumps([event for event in events if event]))
"""


def test_an_error_reaches_the_tracker_without_personal_data(tmp_path):
    """The real Django integration, its transport replaced: what would be sent."""
    result = run_python(
        SEND_AN_ERROR,
        DEBUG="true",
        SQLITE_PATH=str(tmp_path / "db.sqlite3"),
        SENTRY_DSN="https://public@sentry.example.invalid/1",
    )
    assert result.returncode == 0, result.stderr
    [event] = json.loads(result.stdout.strip().splitlines()[-1])
    assert event["exception"]["values"][-1]["type"] == "ValueError"
    assert event["tags"]["request_id"] == "rid-77"
    assert event["request"]["url"] == "http://127.0.0.1/boom/", event["request"]
    assert event["request"]["method"] == "POST"
    text = json.dumps(event)
    assert "Jones" not in text
    assert "aged 87" not in text
    assert "203.0.113.9" not in text
    assert "cookie-value-Qz9" not in text


def test_events_are_scrubbed_of_personal_data():
    from sharehub.core.logging import request_id
    from sharehub.core.sentry import scrub

    token = request_id.set("rid-9")
    try:
        event = scrub(
            {
                "request": {
                    "url": "https://sharehub.example/en/search/?q=Mrs+Jones",
                    "query_string": "q=Mrs+Jones",
                    "data": {"body": "Mrs Jones, aged 87"},
                    "cookies": {"sessionid": "x"},
                    "headers": {"Referer": "https://sharehub.example/?q=Jones", "Accept": "*/*"},
                    "method": "POST",
                },
                "user": {"id": 7, "email": "a@example.org", "ip_address": "1.2.3.4"},
            },
            {},
        )
    finally:
        request_id.reset(token)
    assert event["request"] == {
        "url": "https://sharehub.example/en/search/",
        "headers": {"Accept": "*/*"},
        "method": "POST",
    }
    assert event["user"] == {"id": 7}
    assert event["tags"]["request_id"] == "rid-9"


# --- /metrics ---


def test_metrics_from_an_allowed_address(client, settings):
    settings.METRICS_ALLOWED_IPS = ["127.0.0.1"]
    client.get("/en/")
    response = client.get("/metrics", REMOTE_ADDR="127.0.0.1")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    body = response.content.decode()
    assert "sharehub_http_requests_total{" in body
    assert 'view="search:home"' in body
    assert "sharehub_http_request_duration_seconds_bucket{" in body


def test_metrics_networks_are_allowed(client, settings):
    settings.METRICS_ALLOWED_IPS = ["10.0.0.0/8"]
    assert client.get("/metrics", REMOTE_ADDR="10.1.2.3").status_code == 200
    assert client.get("/metrics", REMOTE_ADDR="127.0.0.1").status_code == 404


def test_metrics_are_a_404_for_anyone_else(client, settings):
    settings.METRICS_ALLOWED_IPS = ["127.0.0.1"]
    settings.METRICS_TOKEN = "s3cret-token"
    response = client.get("/metrics", REMOTE_ADDR="203.0.113.9")
    assert response.status_code == 404
    assert b"sharehub_http" not in response.content
    wrong = client.get(
        "/metrics", REMOTE_ADDR="203.0.113.9", headers={"Authorization": "Bearer nope"}
    )
    assert wrong.status_code == 404
    assert client.post("/metrics", REMOTE_ADDR="127.0.0.1").status_code == 404


def test_metrics_with_the_token_from_anywhere(client, settings):
    settings.METRICS_ALLOWED_IPS = []
    settings.METRICS_TOKEN = "s3cret-token"
    response = client.get(
        "/metrics", REMOTE_ADDR="203.0.113.9", headers={"Authorization": "Bearer s3cret-token"}
    )
    assert response.status_code == 200
    assert "sharehub_http_requests_total" in response.content.decode()


def test_no_token_configured_means_no_token_works(client, settings):
    settings.METRICS_ALLOWED_IPS = []
    settings.METRICS_TOKEN = ""
    response = client.get("/metrics", headers={"Authorization": "Bearer "})
    assert response.status_code == 404


def test_through_a_proxy_on_the_same_machine_the_address_does_not_count(client, settings):
    """A proxy on 127.0.0.1 makes every visitor look local: with forwarding headers and
    no trusted proxy count only the token lets anyone in."""
    settings.METRICS_ALLOWED_IPS = ["127.0.0.1"]
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 0
    response = client.get(
        "/metrics", REMOTE_ADDR="127.0.0.1", headers={"X-Forwarded-For": "203.0.113.9"}
    )
    assert response.status_code == 404


def test_behind_trusted_proxies_the_forwarded_address_counts(client, settings):
    settings.METRICS_ALLOWED_IPS = ["10.0.0.7"]
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1
    allowed = client.get(
        "/metrics", REMOTE_ADDR="10.0.0.2", headers={"X-Forwarded-For": "1.1.1.1, 10.0.0.7"}
    )
    assert allowed.status_code == 200
    refused = client.get(
        "/metrics", REMOTE_ADDR="10.0.0.2", headers={"X-Forwarded-For": "10.0.0.7, 1.1.1.1"}
    )
    assert refused.status_code == 404
    assert client.get("/metrics", REMOTE_ADDR="10.0.0.7").status_code == 404


def test_metrics_answer_over_http_on_any_host(client, settings):
    """Like /healthz: Prometheus scrapes each process by its address over HTTP."""
    settings.SECURE_SSL_REDIRECT = True
    settings.ALLOWED_HOSTS = ["sharehub.example"]
    settings.METRICS_ALLOWED_IPS = ["127.0.0.1"]
    assert client.get("/metrics", HTTP_HOST="10.0.0.5:8000").status_code == 200
