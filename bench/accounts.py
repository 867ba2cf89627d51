"""The load test's people: a pool of distinct accounts per role, made by a bench-only
set-up step (`ensure_accounts`, run by bench/load.py and the locust test) and read by
bench/locustfile.py, which imports only the constants and `account` (no Django).

Each simulated person signs in with their own e-mail address, from their own client
address (`X-Forwarded-For`, read because the bench server runs with
TRUSTED_PROXY_COUNT=1, as behind the TLS proxy the README recommends), so the rate
limits on sign-ins and on new content count per person, as they do in production,
and none is switched off.

Moderators need two-factor authentication: each gets an authenticator app (TOTP)
with the known secret TOTP_SECRET, from which the locustfile computes codes.
Bench accounts live only in bench databases; the password and secret are public.
"""

from __future__ import annotations

from dataclasses import dataclass

PASSWORD = "bench-load-password-not-secret-2026"
TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"  # base32, as authenticator apps take it
DOMAIN = "bench.sharehub.example"
# How many accounts of each role the pool holds. Care workers add at most
# SHAREHUB_NEW_CONTENT_PER_HOUR (10) things an hour each, so the locustfile moves
# each simulated care worker to a fresh account after a few shares.
POOL = {"worker": 1000, "manager": 100, "moderator": 40}
ROLE_NUMBER = {"worker": 1, "manager": 2, "moderator": 3}


@dataclass(frozen=True)
class Account:
    role: str
    number: int

    @property
    def email(self) -> str:
        return f"bench-{self.role}-{self.number}@{DOMAIN}"

    @property
    def address(self) -> str:
        """The client address this person connects from (one per person)."""
        return f"10.{ROLE_NUMBER[self.role]}.{self.number // 256}.{self.number % 256}"


def account(role: str, number: int) -> Account:
    """The `number`th account of `role`, wrapping round the pool."""
    return Account(role, number % POOL[role])


def ensure_accounts(pool: dict[str, int] | None = None) -> int:
    """Create the pool's accounts that are missing (needs Django set up); returns how
    many were made. Everyone's e-mail address is verified; moderators are in the
    Moderators group with an authenticator app."""
    from allauth.account.models import EmailAddress
    from allauth.mfa.totp.internal.auth import TOTP
    from django.contrib.auth import get_user_model
    from django.contrib.auth.hashers import make_password
    from django.contrib.auth.models import Group, Permission
    from django.db import transaction

    from sharehub.gate.access import MODERATE

    pool = pool or POOL
    User = get_user_model()
    wanted = [Account(role, n) for role, size in pool.items() for n in range(size)]
    existing = set(
        User.objects.filter(email__endswith=f"@{DOMAIN}").values_list("email", flat=True)
    )
    missing = [a for a in wanted if a.email not in existing]
    password = make_password(PASSWORD)  # one hash for all: hashing is slow on purpose
    # Accounts made when passwords were stored another way get the way production
    # stores them now, as their first sign-in would (so a rerun measures sign-ins,
    # not one-off re-hashing).
    stored_as = password.rsplit("$", 2)[0]  # algorithm and parameters, no salt or hash
    User.objects.filter(email__endswith=f"@{DOMAIN}").exclude(
        password__startswith=stored_as
    ).update(password=password)
    # Every run starts with the same people: care workers nobody trusts yet. Two
    # approved submissions make an author trusted, and a trusted author publishes
    # without the queue: after a few runs most bench care workers would be, and the
    # moderators would find almost nothing to decide.
    User.objects.filter(email__startswith="bench-worker-", email__endswith=f"@{DOMAIN}").update(
        trusted=False, approved_count=0
    )
    if not missing:
        return 0
    with transaction.atomic():
        users = User.objects.bulk_create(
            User(
                username=a.email.split("@")[0],
                email=a.email,
                password=password,
                display_name=f"Bench {a.role} {a.number}",
                language="en",
            )
            for a in missing
        )
        EmailAddress.objects.bulk_create(
            EmailAddress(user=u, email=u.email, verified=True, primary=True) for u in users
        )
        moderators = [u for u, a in zip(users, missing, strict=True) if a.role == "moderator"]
        if moderators:
            # The group comes with a migration; a flushed test database lacks it.
            group, _ = Group.objects.get_or_create(name="Moderators")
            app_label, codename = MODERATE.split(".")
            group.permissions.add(
                Permission.objects.get(content_type__app_label=app_label, codename=codename)
            )
            group.user_set.add(*moderators)
            for user in moderators:
                TOTP.activate(user, TOTP_SECRET)
    return len(missing)
