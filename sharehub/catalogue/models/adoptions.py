from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from sharehub.catalogue.models.innovations import ContactPreference
from sharehub.core.models import Publishable, Status, max_length
from sharehub.core.validators import validate_single_line
from sharehub.taxonomy.models import LocalAuthority, Region

STORY_MAX = 5000
STOPPED_REASON_MAX = 1000


class Progress(models.TextChoices):
    """How far an organisation got with an innovation it took up."""

    EXPLORING = "exploring", _("Exploring it")
    TRYING = "trying", _("Trying it")
    RUNNING = "running", _("Running it")
    STOPPED = "stopped", _("Stopped")


class Adoption(Publishable):
    """ "We tried this too": an organisation or place that took up an innovation.

    Written by any signed-in person through the gate (sharehub.catalogue.adoptions),
    like a reply: an untrusted author's story waits for a moderator."""

    innovation = models.ForeignKey(
        "catalogue.Innovation",
        on_delete=models.CASCADE,
        related_name="adoptions",
        verbose_name=_("innovation"),
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("author"),
    )
    organisation = models.CharField(
        _("organisation"), max_length=200, validators=[validate_single_line]
    )
    # The record this text names (sharehub.organisations.services.link); the text stays
    # exactly as written.
    organisation_record = models.ForeignKey(
        "organisations.Organisation",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="adoptions",
        verbose_name=_("organisation record"),
    )
    region = models.ForeignKey(
        Region,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("region"),
    )
    local_authority = models.ForeignKey(
        LocalAuthority,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("local authority"),
    )
    # The month it started (stored as the first day of that month).
    started = models.DateField(_("when it started"), null=True, blank=True)
    progress = models.CharField(
        _("how far it got"), max_length=20, choices=Progress.choices, blank=True
    )
    stopped_reason = models.TextField(
        _("why it stopped"), max_length=STOPPED_REASON_MAX, blank=True
    )
    story = models.TextField(_("what happened"), max_length=STORY_MAX)
    contact_preference = models.CharField(
        _("how to be contacted"),
        max_length=20,
        choices=ContactPreference.choices,
        default=ContactPreference.NONE,
    )
    personal_data_confirmed_at = models.DateTimeField(
        _("confirmed no personal data"), null=True, blank=True, editable=False
    )
    # What the last moderator decision told the author; shown to them only.
    moderator_message = models.TextField(
        _("message from the moderators"), blank=True, editable=False
    )

    class Meta:
        ordering = ["-published_at", "-id"]
        constraints = [
            max_length("adoption", "story", STORY_MAX),
            max_length("adoption", "stopped_reason", STOPPED_REASON_MAX),
        ]
        indexes = [
            # The spread view: published adoptions counted by local authority.
            models.Index(
                fields=["local_authority", "innovation"],
                name="adoption_published_place",
                condition=models.Q(status=Status.PUBLISHED),
            ),
            # The moderation queue: submitted adoptions, oldest first.
            models.Index(
                fields=["created_at", "id"],
                name="adoption_waiting",
                condition=models.Q(status=Status.SUBMITTED),
            ),
        ]
        verbose_name = _("adoption")
        verbose_name_plural = _("adoptions")

    def __str__(self) -> str:
        return f"{self.organisation} → {self.innovation_id}"

    @property
    def slug(self) -> str:
        """What the moderators' and report URLs use for an adoption: its id."""
        return str(self.pk)

    @property
    def title(self) -> str:
        return _("%(organisation)s tried “%(title)s”") % {
            "organisation": self.organisation,
            "title": self.innovation.title,
        }

    def get_absolute_url(self) -> str:
        return f"{self.innovation.get_absolute_url()}#adoption-{self.pk}"
