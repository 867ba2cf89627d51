from django.conf import settings
from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.utils.translation import gettext_lazy as _

from sharehub.core.models import Publishable
from sharehub.taxonomy.models import Tagged


class CatalogueItem(Publishable, Tagged):
    """What innovations, resources and needs share: author, slug, title, tags, status."""

    slug = models.SlugField(_("slug"), max_length=90, unique=True)
    title = models.CharField(_("title"), max_length=200)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("author"),
    )
    featured = models.BooleanField(_("featured"), default=False)
    # Kept by a database trigger on PostgreSQL (see sharehub.core.search).
    search_vector = SearchVectorField(null=True, editable=False)

    search_fields = ("title", "summary", "body")
    headline_fields = ("summary", "body")

    class Meta:
        abstract = True

    def __str__(self) -> str:
        return self.title
