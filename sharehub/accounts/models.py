from django.contrib.auth.models import AbstractUser
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.crypto import get_random_string
from django.utils.translation import gettext_lazy as _

from sharehub.core.models import Language, max_length
from sharehub.core.validators import validate_single_line
from sharehub.taxonomy.models import (
    InnovationProfile,
    JobRole,
    LocalAuthority,
    OrganisationType,
    Role,
)

# The profile fields a person may show on their public page, in display order.
# Only the names listed in `User.public_fields` are ever shown to anyone else:
# templates and the API read them through `User.public_profile()`.
PROFILE_FIELDS = (
    "display_name",
    "role",
    "job_role",
    "organisation",
    "organisation_type",
    "local_authority",
    "innovation_profile",
    "bio",
    "can_help_with",
)
DEFAULT_PUBLIC_FIELDS = ["display_name"]
PROFILE_TEXT_MAX = 500  # about, can help with: forms and the database both refuse more
PUBLIC_ID_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"


def new_public_id() -> str:
    """The address of a person's public page: random, so it reveals neither the
    username (taken from the e-mail address) nor the name, and cannot be guessed."""
    return get_random_string(12, PUBLIC_ID_ALPHABET)


def default_public_fields() -> list[str]:
    return list(DEFAULT_PUBLIC_FIELDS)


def validate_public_fields(value) -> None:
    if not isinstance(value, list) or not set(value) <= set(PROFILE_FIELDS):
        raise ValidationError(
            _("Public fields must be chosen from: %(choices)s."),
            params={"choices": ", ".join(PROFILE_FIELDS)},
        )


def optional_term(model, verbose_name):
    """A profile's optional choice from one taxonomy table."""
    return models.ForeignKey(
        model,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=verbose_name,
    )


class User(AbstractUser):
    """ShareHub's user and their profile: one row, so an author's public name
    comes with the author without another query."""

    # The language ShareHub writes to them in (moderation decisions, report
    # outcomes): the one they signed up in, changeable on their profile.
    language = models.CharField(
        _("language for e-mails"), max_length=2, choices=Language.choices, blank=True
    )
    public_id = models.CharField(
        _("public address"), max_length=12, unique=True, default=new_public_id, editable=False
    )
    display_name = models.CharField(
        _("display name"),
        max_length=120,
        blank=True,
        validators=[validate_single_line],
        help_text=_("The name shown with what you share."),
    )
    role = optional_term(Role, _("role"))
    job_role = optional_term(JobRole, _("job role"))
    organisation = models.CharField(
        _("organisation"), max_length=200, blank=True, validators=[validate_single_line]
    )
    organisation_type = optional_term(OrganisationType, _("organisation type"))
    local_authority = optional_term(LocalAuthority, _("local authority"))
    innovation_profile = optional_term(InnovationProfile, _("innovation profile"))
    bio = models.TextField(_("about"), max_length=PROFILE_TEXT_MAX, blank=True)
    can_help_with = models.TextField(_("can help with"), max_length=PROFILE_TEXT_MAX, blank=True)
    # Moderation: a trusted author's submissions publish at once. Granted automatically
    # on reaching SHAREHUB_TRUST_AFTER approvals, or by a moderator by hand.
    trusted = models.BooleanField(_("trusted author"), default=False)
    approved_count = models.PositiveIntegerField(
        _("approved submissions"), default=0, editable=False
    )
    public_fields = models.JSONField(
        _("shown on the public profile"),
        default=default_public_fields,
        blank=True,
        validators=[validate_public_fields],
    )

    class Meta(AbstractUser.Meta):
        constraints = [
            max_length("user", "bio", PROFILE_TEXT_MAX),
            max_length("user", "can_help_with", PROFILE_TEXT_MAX),
        ]

    def __str__(self) -> str:
        return self.display_name or self.get_username()

    def get_absolute_url(self) -> str:
        return reverse("accounts:person_detail", kwargs={"public_id": self.public_id})

    def is_public(self, field: str) -> bool:
        return field in PROFILE_FIELDS and field in self.public_fields

    @property
    def shown_display_name(self) -> str:
        """The display name, where the person made it public; else empty."""
        return self.display_name if self.is_public("display_name") else ""

    @property
    def public_name(self) -> str:
        return self.shown_display_name or _("A ShareHub member")

    def public_profile(self) -> list[tuple[str, str, object]]:
        """(field name, label, value) for each field this person chose to show
        and has filled in; nothing else of the profile may leave the site."""
        shown = []
        for name in PROFILE_FIELDS:
            if name == "display_name" or not self.is_public(name):
                continue
            value = getattr(self, name)
            if value in (None, ""):
                continue
            label = self._meta.get_field(name).verbose_name
            shown.append((name, label, value.name if hasattr(value, "slug") else value))
        return shown
