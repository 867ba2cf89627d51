from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from sharehub.catalogue.models.base import CatalogueItem
from sharehub.core.models import MarkdownRendered, Status, max_length
from sharehub.core.validators import validate_single_line
from sharehub.taxonomy.filters import FACET_FIELDS, Facet, register_facets
from sharehub.taxonomy.models import JobRole, Role, Sector


class ResourceType(models.TextChoices):
    TOOLKIT = "toolkit", _("Toolkit")
    GUIDE = "guide", _("Guide")
    REPORT = "report", _("Report")
    CASE_STUDY = "case-study", _("Case study")
    VIDEO = "video", _("Video")
    FUNDING = "funding", _("Funding opportunity")
    EVENT = "event", _("Event")
    NETWORK = "network", _("Network or forum")


class EvidenceLevel(models.TextChoices):
    IDEA = "idea", _("Idea")
    PRACTICE_BASED = "practice-based", _("Practice-based")
    EVALUATED = "evaluated", _("Evaluated")
    RESEARCH_BACKED = "research-backed", _("Research-backed")


class Cost(models.TextChoices):
    FREE = "free", _("Free")
    LOW = "low", _("Low cost")
    MEDIUM = "medium", _("Medium cost")
    HIGH = "high", _("High cost")


class TimeToImplement(models.TextChoices):
    DAYS = "days", _("Days")
    WEEKS = "weeks", _("Weeks")
    MONTHS = "months", _("Months")


BODY_MAX = 20000

# Facets only resources have: filtering other content by them is a 400.
register_facets(
    Facet("resource_type", _("Type of resource"), None, tuple(ResourceType.choices)),
    Facet("evidence_level", _("Evidence level"), None, tuple(EvidenceLevel.choices)),
    Facet("cost", _("Cost"), None, tuple(Cost.choices)),
    Facet("time_to_implement", _("Time to put in place"), None, tuple(TimeToImplement.choices)),
)


class Resource(MarkdownRendered, CatalogueItem):
    summary = models.CharField(_("summary"), max_length=280)
    body = models.TextField(_("description"), max_length=BODY_MAX, blank=True)
    resource_type = models.CharField(_("type"), max_length=20, choices=ResourceType.choices)
    url = models.URLField(_("link"), max_length=500, blank=True)
    file = models.FileField(_("file"), upload_to="resources/%Y/%m/", blank=True)
    roles = models.ManyToManyField(Role, related_name="+", blank=True, verbose_name=_("audience"))
    job_roles = models.ManyToManyField(
        JobRole, related_name="+", blank=True, verbose_name=_("audience job roles")
    )
    sector = models.ForeignKey(
        Sector, on_delete=models.PROTECT, null=True, blank=True, verbose_name=_("sector")
    )
    evidence_level = models.CharField(
        _("evidence level"), max_length=20, choices=EvidenceLevel.choices, blank=True
    )
    cost = models.CharField(_("cost"), max_length=10, choices=Cost.choices, blank=True)
    time_to_implement = models.CharField(
        _("time to put in place"), max_length=10, choices=TimeToImplement.choices, blank=True
    )
    licence = models.CharField(
        _("licence"), max_length=120, blank=True, validators=[validate_single_line]
    )
    review_by = models.DateField(_("review by"), null=True, blank=True)
    # Who made or published it, if the author says (their own words), and the record
    # that text names (sharehub.organisations.services.link).
    organisation = models.CharField(
        _("organisation"), max_length=200, blank=True, validators=[validate_single_line]
    )
    organisation_record = models.ForeignKey(
        "organisations.Organisation",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="resources",
        verbose_name=_("organisation record"),
    )

    # Its audience is a set of roles, so the role facets read the many-to-many fields.
    facet_fields = {**FACET_FIELDS, "role": "roles", "job_role": "job_roles"}
    markdown_fields = ("body",)
    shared_with = "coauthors"  # CoAuthor rows: people the author invited to edit it

    class Meta:
        verbose_name = _("resource")
        verbose_name_plural = _("resources")
        indexes = [
            models.Index(fields=["status", "-published_at", "-id"], name="resource_newest"),
            models.Index(fields=["language"], name="resource_language"),
            # The moderation queue: submitted resources, oldest first.
            models.Index(
                fields=["submitted_at", "id"],
                name="resource_waiting",
                condition=models.Q(status=Status.SUBMITTED),
            ),
        ]
        constraints = [max_length("resource", "body", BODY_MAX)]

    def get_absolute_url(self) -> str:
        return reverse("catalogue:resource_detail", kwargs={"slug": self.slug})
