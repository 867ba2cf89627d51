"""What ShareHub holds about a person: their data export, their account deletion,
and what their public page lists.

Apps above accounts (catalogue, contacts, …) hold content that belongs to a person.
They describe it here from a `privacy.py` module of their own, which
AccountsConfig.ready() imports (like admin.py):

    @export_section("innovations")
    def _innovations(user) -> list[dict]: ...        # a section of "Download my data"

    @on_account_delete
    def _delete(user, *, remove_content: bool): ...   # runs inside the deletion's transaction

    @public_contributions
    def _published(user) -> list[Contributions]: ... # listed on the public profile page
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import import_module
from typing import Any

from allauth.account.models import EmailAddress
from allauth.usersessions.models import UserSession
from django.conf import settings
from django.db import models, transaction
from django.utils import timezone

from sharehub.accounts.models import PROFILE_FIELDS, User
from sharehub.taxonomy.terms import attach_terms

_export_sections: dict[str, Callable[[User], Any]] = {}
_deletion_steps: list[Callable[..., None]] = []
_contribution_sources: list[Callable[[User], list["Contributions"]]] = []


@dataclass
class Contributions:
    """One list on a public profile page: a heading, the newest items, and how many in all."""

    heading: str
    items: list = field(default_factory=list)
    total: int = 0


def export_section(name: str):
    def register(fn: Callable[[User], Any]):
        if name in _export_sections and _export_sections[name] is not fn:
            raise ValueError(f"The export section {name!r} is already registered.")
        _export_sections[name] = fn
        return fn

    return register


def on_account_delete(fn: Callable[..., None]):
    if fn not in _deletion_steps:
        _deletion_steps.append(fn)
    return fn


def public_contributions(fn: Callable[[User], list[Contributions]]):
    if fn not in _contribution_sources:
        _contribution_sources.append(fn)
    return fn


def row(obj: models.Model, *, exclude: tuple[str, ...] = ()) -> dict[str, Any]:
    """A model row as plain data for an export. A foreign key is written as the
    related object's slug when the caller loaded it (select_related, attach_terms),
    otherwise as its id, so this never queries; many-to-many tags are slugs
    (prefetch them), files are their stored names. The person's own account is
    not repeated inside each of their rows; HTML rendered from their text is left out
    (the text is there)."""
    data: dict[str, Any] = {}
    for f in obj._meta.concrete_fields:
        if f.name in exclude or f.name in ("search_vector", "rendered", "author", "user"):
            continue
        if f.many_to_one or f.one_to_one:
            related = f.get_cached_value(obj, None) if f.is_cached(obj) else None
            data[f.name] = getattr(related, "slug", None) or getattr(obj, f.attname)
        elif isinstance(f, models.FileField):
            data[f.name] = getattr(obj, f.name).name or ""
        else:
            data[f.name] = f.value_from_object(obj)
    for f in obj._meta.many_to_many:
        if f.name in exclude:
            continue
        data[f.name] = [getattr(o, "slug", None) or o.pk for o in getattr(obj, f.name).all()]
    return data


def export_user_data(user: User) -> dict[str, Any]:
    """Everything ShareHub holds about `user`, whatever its status, as JSON-ready data
    (dates stay dates: serialise with DjangoJSONEncoder)."""
    attach_terms([user])
    profile = row(user)
    data: dict[str, Any] = {
        "exported_at": timezone.now(),
        "account": {
            "username": user.get_username(),
            "email": user.email,
            "first_name": user.first_name,
            "last_name": user.last_name,
            "date_joined": user.date_joined,
            "last_login": user.last_login,
            "public_profile": user.get_absolute_url(),
            "language": user.language,
        },
        "profile": {name: profile[name] for name in PROFILE_FIELDS},
        "public_fields": list(user.public_fields),
        "email_addresses": [
            {"email": a.email, "verified": a.verified, "primary": a.primary}
            for a in EmailAddress.objects.filter(user=user).order_by("email")
        ],
        "sessions": [
            {"started": s.created_at, "ip": s.ip, "browser": s.user_agent}
            for s in UserSession.objects.filter(user=user).order_by("created_at")
        ],
    }
    for name, section in _export_sections.items():
        data[name] = section(user)
    return data


@transaction.atomic
def delete_account(*, user: User, remove_content: bool) -> None:
    """Delete `user` completely, in one transaction. Every app first removes or
    anonymises what it holds (contact listings always go; with `remove_content`
    all their content goes, otherwise their published content stays without an
    author). Then the account goes, and with it e-mail addresses, login codes,
    authenticators, and every session it signed in (ended once the deletion is
    committed; any other session of a user who no longer exists is signed out anyway)."""
    for step in _deletion_steps:
        step(user, remove_content=remove_content)
    session_keys = list(UserSession.objects.filter(user=user).values_list("session_key", flat=True))
    transaction.on_commit(lambda: _end_sessions(session_keys))
    EmailAddress.objects.filter(user=user).delete()
    user.delete()


def _end_sessions(session_keys: list[str]) -> None:
    store = import_module(settings.SESSION_ENGINE).SessionStore()
    for key in session_keys:
        store.delete(key)


def contributions(user: User) -> list[Contributions]:
    found: list[Contributions] = []
    for source in _contribution_sources:
        found.extend(source(user))
    return found
