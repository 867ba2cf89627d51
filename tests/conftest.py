import pytest
from django.conf import settings
from django.core.cache import cache
from django.db.models import query as django_query
from django.db.models.fetch_modes import FETCH_RAISE
from django.utils import translation

from sharehub.taxonomy.terms import clear_term_cache
from tests.factories import UserFactory


@pytest.fixture(autouse=True)
def _media_storage(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture(autouse=True)
def _english_by_default():
    """A request under /cy/ leaves Welsh active in the thread; start each test in English."""
    translation.activate("en")
    yield
    translation.deactivate()


@pytest.fixture(autouse=True)
def _clear_cache():
    cache.clear()
    clear_term_cache()
    yield
    cache.clear()
    clear_term_cache()


@pytest.fixture
def alice(db):
    """An author."""
    return UserFactory(username="alice", display_name="Alice Jones")


@pytest.fixture
def eve(db):
    """Another user, with no rights over alice's content."""
    return UserFactory(username="eve", display_name="Eve Evans")


@pytest.fixture
def client_as(client):
    def login(user):
        client.force_login(user)
        return client

    return login


@pytest.fixture
def raise_on_lazy_fetch(monkeypatch):
    """Django's RAISE fetch mode for every queryset: a lazy load fails the test."""
    monkeypatch.setattr(django_query, "DEFAULT_FETCH_MODE", FETCH_RAISE)


def pytest_collection_modifyitems(config, items):
    """PostgreSQL-only behaviour (ranking, stemming, trigram suggestions) is
    skipped when the suite runs against the embedded SQLite default."""
    if "postgresql" in settings.DATABASES["default"]["ENGINE"]:
        return
    skip = pytest.mark.skip(reason="needs PostgreSQL")
    for item in items:
        if "postgres" in item.keywords:
            item.add_marker(skip)
