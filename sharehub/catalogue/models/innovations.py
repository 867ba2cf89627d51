from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from sharehub.catalogue.models.base import CatalogueItem
from sharehub.core.models import MarkdownRendered, Status, max_length
from sharehub.core.validators import validate_single_line
from sharehub.taxonomy.models import JobRole, Kind, OrganisationType, Role, Sector, Stage


class LookingFor(models.TextChoices):
    PARTNERS = "partners", _("Partners")
    FUNDING = "funding", _("Funding")
    EVIDENCE = "evidence", _("Evidence")
    ADVICE = "advice", _("Advice")
    PERMISSION = "permission", _("Permission")


class ContactPreference(models.TextChoices):
    MESSAGE = "message", _("Send a message through ShareHub")
    NONE = "none", _("Do not contact me about this")


def validate_looking_for(value) -> None:
    allowed = set(LookingFor.values)
    if not isinstance(value, list) or not set(value) <= allowed:
        raise ValidationError(
            _("Choose what you are looking for from: %(choices)s."),
            params={"choices": ", ".join(LookingFor.values)},
        )


def validate_links(value) -> None:
    """A list of {"title": …, "url": "https://…"}: only web links, never javascript: or data:."""
    check_url = URLValidator(schemes=["http", "https"])
    if not isinstance(value, list):
        raise ValidationError(_("Links must be a list."))
    for link in value:
        if not isinstance(link, dict) or set(link) - {"title", "url"} or "url" not in link:
            raise ValidationError(_("Each link needs a url and may have a title."))
        check_url(link["url"])
        validate_single_line(link.get("title", ""))


# The longest text each field takes (forms and the database both refuse more).
BODY_MAX = 20000
DETAIL_MAX = 10000  # what helped, what got in the way, outcomes


class Innovation(MarkdownRendered, CatalogueItem):
    summary = models.CharField(_("summary"), max_length=280)
    body = models.TextField(_("what changed and why"), max_length=BODY_MAX)
    sector = models.ForeignKey(
        Sector, on_delete=models.PROTECT, null=True, blank=True, verbose_name=_("sector")
    )
    kind = models.ForeignKey(
        Kind, on_delete=models.PROTECT, null=True, blank=True, verbose_name=_("kind of change")
    )
    stage = models.ForeignKey(
        Stage, on_delete=models.PROTECT, null=True, blank=True, verbose_name=_("stage")
    )
    role = models.ForeignKey(
        Role, on_delete=models.PROTECT, null=True, blank=True, verbose_name=_("role")
    )
    job_role = models.ForeignKey(
        JobRole, on_delete=models.PROTECT, null=True, blank=True, verbose_name=_("job role")
    )
    organisation = models.CharField(
        _("organisation"), max_length=200, blank=True, validators=[validate_single_line]
    )
    # The record this text names (sharehub.organisations.services.link); the text stays
    # exactly as written.
    organisation_record = models.ForeignKey(
        "organisations.Organisation",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="innovations",
        verbose_name=_("organisation record"),
    )
    organisation_type = models.ForeignKey(
        OrganisationType,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        verbose_name=_("organisation type"),
    )
    what_helped = models.TextField(_("what helped"), max_length=DETAIL_MAX, blank=True)
    what_got_in_the_way = models.TextField(
        _("what got in the way"), max_length=DETAIL_MAX, blank=True
    )
    outcomes = models.TextField(_("outcomes and evidence"), max_length=DETAIL_MAX, blank=True)
    looking_for = models.JSONField(
        _("looking for"), default=list, blank=True, validators=[validate_looking_for]
    )
    links = models.JSONField(_("links"), default=list, blank=True, validators=[validate_links])
    contact_preference = models.CharField(
        _("how to be contacted"),
        max_length=20,
        choices=ContactPreference.choices,
        default=ContactPreference.MESSAGE,
    )
    # Counters kept by the services that add reactions and adoptions; they are
    # sort keys for "most useful" and "most adopted" on 100,000 rows.
    useful_count = models.PositiveIntegerField(_("useful"), default=0, editable=False)
    adoption_count = models.PositiveIntegerField(_("adoptions"), default=0, editable=False)

    search_fields = (
        "title",
        "summary",
        "body",
        "what_helped",
        "what_got_in_the_way",
        "outcomes",
        "organisation",
    )
    markdown_fields = ("body", "what_helped", "what_got_in_the_way", "outcomes")
    shared_with = "coauthors"  # CoAuthor rows: people the author invited to edit it

    class Meta:
        verbose_name = _("innovation")
        verbose_name_plural = _("innovations")
        indexes = [
            models.Index(fields=["status", "-published_at", "-id"], name="innovation_newest"),
            models.Index(fields=["status", "-useful_count", "-id"], name="innovation_useful"),
            models.Index(fields=["status", "-adoption_count", "-id"], name="innovation_adopted"),
            models.Index(fields=["status", "featured"], name="innovation_featured"),
            models.Index(fields=["language"], name="innovation_language"),
            # The moderation queue: submitted innovations, oldest first.
            models.Index(
                fields=["submitted_at", "id"],
                name="innovation_waiting",
                condition=models.Q(status=Status.SUBMITTED),
            ),
        ]
        constraints = [
            max_length("innovation", "body", BODY_MAX),
            max_length("innovation", "what_helped", DETAIL_MAX),
            max_length("innovation", "what_got_in_the_way", DETAIL_MAX),
            max_length("innovation", "outcomes", DETAIL_MAX),
        ]

    def get_absolute_url(self) -> str:
        return reverse("catalogue:innovation_detail", kwargs={"slug": self.slug})

    def published_adoptions(self):
        """Its published adoptions with their places, newest first (its page)."""
        return self.adoptions.filter(status=Status.PUBLISHED).select_related(
            "local_authority", "region", "organisation_record"
        )

    def looking_for_labels(self) -> list[str]:
        labels = dict(LookingFor.choices)
        return [labels[value] for value in self.looking_for if value in labels]
