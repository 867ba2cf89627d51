import importlib

import pytest
from django.apps import apps
from django.conf import settings
from django.core.cache import cache
from django.db.models import query as django_query
from django.db.models.fetch_modes import FETCH_RAISE
from django.utils import translation

from sharehub.taxonomy.terms import clear_term_cache
from tests.factories import UserFactory


def seed_taxonomy() -> None:
    """The taxonomy rows the data migration seeds (idempotent). Tests with a live
    server (tests/browser) flush the database after each test, taking these with it."""
    importlib.import_module("sharehub.taxonomy.migrations.0002_seed_terms").seed(apps, None)
    clear_term_cache()


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """A reused test database may have been flushed by an earlier run's browser
    tests: put the taxonomy back before any test reads it."""
    with django_db_blocker.unblock():
        seed_taxonomy()


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
