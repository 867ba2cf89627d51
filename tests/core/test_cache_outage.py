"""With Redis stopped, pages are still served, signed-in people stay signed in, and
what is rate limited is refused with a message (sharehub.core.cache). Against a real
redis-server on a free port of its own, started and stopped here."""

import shutil

import pytest
from django.core.cache import cache

from sharehub.catalogue.models import Innovation
from tests.accounts.conftest import PASSWORD
from tests.contributing.conftest import innovation_data  # noqa: F401 (a fixture)
from tests.servers import Redis

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(not shutil.which("redis-server"), reason="needs redis-server"),
]


@pytest.fixture
def redis(settings):
    """Production's cache and sessions, on a Redis of the test's own."""
    server = Redis()
    settings.CACHES = {
        "default": {
            "BACKEND": "sharehub.core.cache.ResilientRedisCache",
            "LOCATION": server.url,
            "KEY_PREFIX": "sharehub-test",
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 1.0},
        }
    }
    settings.SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
    assert cache.ping()
    yield server
    server.stop()


@pytest.fixture
def signed_in(client, redis, member):
    response = client.post("/en/accounts/login/", {"login": member.email, "password": PASSWORD})
    assert response.status_code == 302
    return client


@pytest.fixture
def member(db):
    from tests.factories import verified_user

    user = verified_user(username="mair", email="mair@example.org", display_name="Mair Jones")
    user.set_password(PASSWORD)
    user.save()
    return user


def test_the_cache_is_used_while_redis_runs(redis):
    cache.set("k", "v")
    assert cache.get("k") == "v"
    assert cache.add("n", 0) and cache.incr("n") == 1


@pytest.mark.parametrize(
    "path", ["/en/", "/cy/", "/en/innovations/", "/en/search/?q=falls", "/en/accounts/login/"]
)
def test_pages_are_served_with_redis_stopped(client, redis, path):
    redis.stop()
    assert client.get(path).status_code == 200


def test_reads_miss_and_writes_are_skipped_with_redis_stopped(redis):
    cache.set("k", "v")
    redis.stop()
    assert cache.get("k", "default") == "default"
    cache.set("k", "w")  # no error
    assert cache.get_or_set("computed", lambda: 42) == 42
    assert cache.get_many(["k"]) == {}
    cache.delete("k")


def test_healthz_reports_the_cache_down_but_the_site_up(client, redis):
    assert client.get("/healthz").json() == {"status": "ok", "database": "ok", "cache": "ok"}
    redis.stop()
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "degraded", "database": "ok", "cache": "down"}


def test_a_signed_in_person_stays_signed_in_and_keeps_their_form_post(signed_in, redis, member):
    assert signed_in.get("/en/accounts/profile/").status_code == 200
    redis.stop()
    page = signed_in.get("/en/accounts/profile/")
    assert page.status_code == 200
    assert 'name="display_name"' in page.content.decode()  # still signed in
    response = signed_in.post(
        "/en/accounts/profile/", {"display_name": "Mair Jones-Evans", "language": "en"}
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    member.refresh_from_db()
    assert member.display_name == "Mair Jones-Evans"


def test_a_rate_limited_write_is_refused_with_a_message(signed_in, redis, innovation_data):  # noqa: F811
    redis.stop()
    response = signed_in.post("/en/innovations/new/", innovation_data)
    assert response.status_code == 429
    html = response.content.decode()
    assert "govuk-error-summary" in html
    assert "ShareHub cannot add new things just now" in html
    assert innovation_data["title"] in html  # what they typed is still there
    assert not Innovation.objects.exists()


def test_signing_in_is_refused_with_a_message(client, redis, member):
    redis.stop()
    response = client.post("/en/accounts/login/", {"login": member.email, "password": PASSWORD})
    assert response.status_code == 503
    assert "ShareHub cannot check this just now" in response.content.decode()
    assert "_auth_user_id" not in client.session
