from django.conf import settings
from django.contrib.postgres.search import SearchVectorField
from django.core.exceptions import ObjectDoesNotExist, ValidationError
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from sharehub.core.models import Publishable
from sharehub.core.validators import validate_single_line
from sharehub.taxonomy.models import Tagged


class CatalogueItem(Publishable, Tagged):
    """What innovations, resources and needs share: author, slug, title, tags, status."""

    slug = models.SlugField(_("slug"), max_length=90, unique=True)
    title = models.CharField(_("title"), max_length=200, validators=[validate_single_line])
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("author"),
    )
    featured = models.BooleanField(_("featured"), default=False)
    # The same item written in the other language; the page offers it when published.
    translation_of = models.OneToOneField(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="translated_as",
        verbose_name=_("translation of"),
        help_text=_("The same item in the other language."),
    )
    # Set by sharehub.catalogue.workflow when the author submits: who confirmed, and
    # when, that nothing in it identifies a person who receives care.
    submitted_at = models.DateTimeField(_("submitted"), null=True, blank=True, editable=False)
    personal_data_confirmed_at = models.DateTimeField(
        _("no personal data confirmed"), null=True, blank=True, editable=False
    )
    personal_data_confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
        verbose_name=_("no personal data confirmed by"),
    )
    # What the last moderator decision told the author (changes asked for, why it
    # was rejected or hidden); shown to the author only. Set by sharehub.moderation.
    moderator_message = models.TextField(
        _("message from the moderators"), blank=True, editable=False
    )
    # A moderator found it repeats another item: it is hidden and its address
    # leads to the original (sharehub.catalogue.views.follow_duplicates).
    duplicate_of = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
        verbose_name=_("duplicate of"),
    )
    # Kept by a database trigger on PostgreSQL (see sharehub.core.search).
    search_vector = SearchVectorField(null=True, editable=False)

    search_fields = ("title", "summary", "body")
    headline_fields = ("summary", "body")

    class Meta:
        abstract = True

    def __str__(self) -> str:
        return self.title

    @cached_property
    def accepted_coauthors(self) -> list:
        """Its accepted co-authors with their accounts, shown beside its author (and
        read by coauthors.may_edit): one query, none when it cannot have any or its
        row says it has none (`coauthored`, selectors.with_coauthored)."""
        if not self.shared_with or getattr(self, "coauthored", True) is False:
            return []
        return list(getattr(self, self.shared_with).accepted().select_related("user"))

    def clean(self) -> None:
        super().clean()
        other = self.translation_of
        if other is not None and (other.pk == self.pk or other.language == self.language):
            raise ValidationError(
                {"translation_of": _("A translation must be in the other language.")}
            )

    def other_language_version(self):
        """The published counterpart in the other language, if there is one.

        The link may point either way (this is the translation, or has one);
        detail selectors fetch both sides with select_related, so this costs
        no query there."""
        other = self.translation_of
        if other is None:
            try:
                other = self.translated_as
            except ObjectDoesNotExist:
                return None
        return other if other.is_published else None
