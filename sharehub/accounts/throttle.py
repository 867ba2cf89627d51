"""Failed sign-in attempts, counted so that a guesser is stopped without locking
the account's owner out.

Every password or two-factor code tried against an account is counted (before it is
checked; a right one is taken off again) in two places, in the shared cache:

- per account *and* client address: ACCOUNT_RATE_LIMITS["login_failed"], 5 in
  5 minutes for one account from one address (and 10 a minute from one address over
  all accounts). One guesser is stopped after 5 tries; the owner, signing in from
  anywhere else, is not.
- per account from everywhere: ACCOUNT_RATE_LIMITS["login_failed_account"] for
  passwords and ["mfa_failed_account"] for two-factor codes, a ceiling on guessing
  spread over many addresses (see settings.py for the figures).
  Reaching it takes many addresses at once; even then the owner can sign in with a
  code sent by e-mail (not counted here) or reset their password (which clears both).

allauth's own count is per account only (so five wrong tries by anyone refuse the
right password too); sharehub.accounts.adapter and the two-factor forms use this
module instead. Client addresses are allauth's (ALLAUTH_TRUSTED_PROXY_COUNT; IPv6
by /64).

When the cache cannot be reached nothing can be counted, and attempts are refused
(fail closed) with a message saying so.
"""

from contextlib import suppress

from allauth.core.internal import ratelimit
from allauth.core.internal.ratelimit import RateLimitUsage, get_ip
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from sharehub.core.cache import CacheUnavailable

PER_CLIENT = "login_failed"
PER_ACCOUNT = "login_failed_account"  # passwords
PER_ACCOUNT_MFA = "mfa_failed_account"  # two-factor codes

TOO_MANY_FOR_ACCOUNT = _(
    "There have been too many failed attempts to sign in to this account from different "
    "places, so signing in with a password is paused for up to an hour. You can still "
    "sign in with a code sent to your e-mail address, or reset your password."
)
TOO_MANY_CODES_FOR_ACCOUNT = _(
    "There have been too many wrong codes for this account from different places, so "
    "codes are not accepted for up to an hour. If this was not you, reset your password."
)
CANNOT_COUNT = _(
    "ShareHub cannot check sign-in attempts just now, so it cannot sign you in. "
    "Try again in a few minutes."
)


def client_key(request, account: str) -> str:
    return f"{account}|client:{get_ip(request)}"


def count_attempt(
    request,
    account: str,
    *,
    too_many_here: ValidationError,
    ceiling: str = PER_ACCOUNT,
    too_many_everywhere=TOO_MANY_FOR_ACCOUNT,
) -> RateLimitUsage:
    """Count one attempt against `account` from this client, or raise a
    ValidationError saying why it is refused. Roll the returned usage back when the
    attempt succeeds (see succeeded)."""
    try:
        here = ratelimit.consume(
            request, app="allauth.account", action=PER_CLIENT, key=client_key(request, account)
        )
        if not here:
            raise too_many_here
        everywhere = ratelimit.consume(request, app="allauth.account", action=ceiling, key=account)
        if not everywhere:
            here.rollback()
            raise ValidationError(too_many_everywhere, code="too_many_for_account")
    except CacheUnavailable:
        raise ValidationError(CANNOT_COUNT, code="cache_unavailable") from None
    return RateLimitUsage(usage=[*here.usage, *everywhere.usage])


def succeeded(usage: RateLimitUsage | None) -> None:
    """The attempt was right: it does not count. (Not a reset: a guesser who can
    also sign in somewhere could otherwise clear the ceiling between guesses.)"""
    if usage is not None:
        with suppress(CacheUnavailable):
            usage.rollback()


def clear(request, account: str) -> None:
    """After a password reset: this client's count and the account's password ceiling."""
    with suppress(CacheUnavailable):
        for action, key in ((PER_CLIENT, client_key(request, account)), (PER_ACCOUNT, account)):
            ratelimit.clear(request, app="allauth.account", action=action, key=key)
