"""The shared taxonomy. Slugs are the public contract (DESIGN.md); names are bilingual."""

from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _


class Term(models.Model):
    slug = models.SlugField(_("slug"), max_length=60, unique=True)
    name_en = models.CharField(_("name (English)"), max_length=120)
    name_cy = models.CharField(_("name (Welsh)"), max_length=120)
    description_en = models.TextField(_("description (English)"), blank=True)
    description_cy = models.TextField(_("description (Welsh)"), blank=True)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        abstract = True
        ordering = ["position", "slug"]

    def __str__(self) -> str:
        return self.name

    @property
    def name(self) -> str:
        return self.name_cy if (get_language() or "").startswith("cy") else self.name_en

    @property
    def description(self) -> str:
        welsh = (get_language() or "").startswith("cy")
        return (self.description_cy if welsh else self.description_en) or self.description_en


class ChallengeArea(Term):
    class Meta(Term.Meta):
        verbose_name = _("challenge area")
        verbose_name_plural = _("challenge areas")


class Region(Term):
    class Meta(Term.Meta):
        verbose_name = _("region")
        verbose_name_plural = _("regions")


class LocalAuthority(Term):
    region = models.ForeignKey(
        Region, on_delete=models.PROTECT, related_name="local_authorities", verbose_name=_("region")
    )

    class Meta(Term.Meta):
        verbose_name = _("local authority")
        verbose_name_plural = _("local authorities")


class Role(Term):
    class Meta(Term.Meta):
        verbose_name = _("role")
        verbose_name_plural = _("roles")


class JobRole(Term):
    class Meta(Term.Meta):
        verbose_name = _("job role")
        verbose_name_plural = _("job roles")


class OrganisationType(Term):
    class Meta(Term.Meta):
        verbose_name = _("organisation type")
        verbose_name_plural = _("organisation types")


class Stage(Term):
    class Meta(Term.Meta):
        verbose_name = _("stage")
        verbose_name_plural = _("stages")


class Kind(Term):
    class Meta(Term.Meta):
        verbose_name = _("kind of change")
        verbose_name_plural = _("kinds of change")


class Sector(Term):
    class Meta(Term.Meta):
        verbose_name = _("sector")
        verbose_name_plural = _("sectors")


class InnovationProfile(Term):
    class Meta(Term.Meta):
        verbose_name = _("innovation profile")
        verbose_name_plural = _("innovation profiles")


class Tagged(models.Model):
    """Challenge areas and places, shared by every kind of content.

    `regions` holds only the regions chosen as such; filtering and counting by
    a region also match the local authorities inside it (taxonomy.filters).
    """

    challenge_areas = models.ManyToManyField(
        ChallengeArea, related_name="+", verbose_name=_("challenge areas")
    )
    regions = models.ManyToManyField(
        Region, related_name="+", blank=True, verbose_name=_("regions")
    )
    local_authorities = models.ManyToManyField(
        LocalAuthority, related_name="+", blank=True, verbose_name=_("local authorities")
    )

    class Meta:
        abstract = True

    def region_slugs(self) -> list[str]:
        """Every region it is in, in display order: chosen, or holding a chosen local
        authority (what the API and the open data files show)."""
        from sharehub.taxonomy.terms import terms

        ids = {r.pk for r in self.regions.all()} | {
            la.region_id for la in self.local_authorities.all()
        }
        return [r.slug for r in terms(Region) if r.pk in ids]

    def set_places(self, *, regions, local_authorities) -> None:
        self.local_authorities.set(local_authorities)
        self.regions.set(regions)

    def places(self) -> list[tuple["LocalAuthority | None", Region]]:
        """(local authority, its region) for each local authority, then
        (None, region) for chosen regions that no local authority already names."""
        from sharehub.taxonomy.terms import by_pk

        regions = by_pk(Region)
        las = list(self.local_authorities.all())
        covered = {la.region_id for la in las}
        return [(la, regions[la.region_id]) for la in las] + [
            (None, r) for r in self.regions.all() if r.pk not in covered
        ]

    def place_names(self) -> list[str]:
        return [(la or region).name for la, region in self.places()]
