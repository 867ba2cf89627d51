"""One stack for every fault run in this folder: a PostgreSQL cluster, a redis-server
and gunicorn (2 workers) of its own, built once (10 to 30 s) and torn down at the end.
The cluster's schema is copied from the suite's own migrated test database."""

import pytest
from django.conf import settings

from tests.faults import harness

PASSWORD = "correct horse battery staple 42"


def _database_url() -> str:
    db = settings.DATABASES["default"]
    auth = db["USER"] + (f":{db['PASSWORD']}" if db.get("PASSWORD") else "")
    return f"postgres://{auth}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"


class Stack:
    def __init__(self, base, source_url):
        self.base = base
        self.media = base / "media"
        self.postgres = harness.Postgres()
        self.redis = harness.Redis()
        self.postgres.copy_database_from(source_url)
        self.env = harness.app_env(self.postgres, self.redis, self.media)
        self.gunicorn = harness.Gunicorn(self.env, base / "gunicorn.log")  # boots meanwhile
        harness.manage(
            self.env,
            code=(
                # Browser tests flush the suite's database (taxonomy included) when they
                # run first; the seed is idempotent.
                "from tests.conftest import seed_taxonomy\n"
                "seed_taxonomy()\n"
                "from allauth.account.models import EmailAddress\n"
                "from sharehub.accounts.models import User\n"
                "for name in ('alys', 'bryn'):\n"
                f"    u = User.objects.create_user(name, name + '@example.org', {PASSWORD!r},"
                " display_name=name.title())\n"
                "    EmailAddress.objects.create(user=u, email=u.email, verified=True, primary=True)\n"
            ),
        )
        self.gunicorn.wait_ready()

    def client(self, who: str | None = None) -> harness.Client:
        client = harness.Client(self.gunicorn.base)
        if who:
            client.sign_in(f"{who}@example.org", PASSWORD)
        return client

    def close(self) -> None:
        self.gunicorn.stop()
        self.redis.stop()
        self.postgres.destroy()


@pytest.fixture(scope="session")
def stack(django_db_setup, tmp_path_factory):
    if "postgresql" not in settings.DATABASES["default"]["ENGINE"]:
        pytest.skip("needs PostgreSQL")
    if reason := harness.available():
        pytest.skip(reason)
    stack = Stack(tmp_path_factory.mktemp("faults"), _database_url())
    yield stack
    stack.close()
