"""Who counts as staff who may see what waits for review: a signed-in account
with the moderators' permission (members of the Moderators group; superusers have
every permission) and two-factor authentication (an allauth TOTP authenticator).
The moderators' pages (sharehub.moderation.access) and the file views read it."""

from allauth.mfa.models import Authenticator

MODERATE = "gate.moderate_content"
SUSPEND = "gate.suspend_users"
VIEW_AUDIT = "gate.view_audit_log"


def has_mfa(user) -> bool:
    return Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()


def is_moderator(user) -> bool:
    return user.is_authenticated and user.has_perm(MODERATE) and has_mfa(user)
