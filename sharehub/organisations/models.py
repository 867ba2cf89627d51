"""Organisations as records: what the free-text "organisation" fields of innovations,
adoptions, contact listings and profiles name. The text each person wrote stays as
they wrote it; beside it a link (`organisation_record`) points at the record whose
normalised name matches (sharehub.organisations.services.record_for)."""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from sharehub.core.models import Timestamped
from sharehub.core.validators import validate_single_line
from sharehub.taxonomy.models import LocalAuthority, OrganisationType


class OrganisationQuerySet(models.QuerySet):
    def search(self, q: str):
        """Organisations whose name contains every word of `q` (any case)."""
        rows = self
        for word in q.split():
            rows = rows.filter(name__icontains=word)
        return rows


class Organisation(Timestamped):
    name = models.CharField(_("name"), max_length=200, validators=[validate_single_line])
    # Its address: made once from the first name and never changed, so links stay.
    slug = models.SlugField(_("slug"), max_length=90, unique=True)
    # The name without case, punctuation or extra spaces: how one organisation written
    # several ways is found again (services.normalise).
    key = models.CharField(_("matching key"), max_length=200, unique=True, editable=False)
    organisation_type = models.ForeignKey(
        OrganisationType,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("organisation type"),
    )
    local_authorities = models.ManyToManyField(
        LocalAuthority, blank=True, related_name="+", verbose_name=_("local authorities")
    )
    website = models.URLField(_("website"), blank=True)
    members = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        through="organisations.Membership",
        related_name="organisations",
        verbose_name=_("members"),
    )

    objects = OrganisationQuerySet.as_manager()

    class Meta:
        ordering = ["name", "id"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("organisations:detail", kwargs={"slug": self.slug})


class Membership(models.Model):
    """A person says they belong to an organisation (they may belong to several)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="memberships",
        verbose_name=_("person"),
    )
    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.CASCADE,
        related_name="memberships",
        verbose_name=_("organisation"),
    )
    created_at = models.DateTimeField(_("added"), auto_now_add=True)

    class Meta:
        ordering = ["organisation__name", "id"]
        constraints = [
            models.UniqueConstraint(fields=["user", "organisation"], name="membership_once")
        ]
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")

    def __str__(self) -> str:
        return f"{self.user} → {self.organisation}"
