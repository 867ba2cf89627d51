"""Abstract bases shared by every kind of content."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from sharehub.core.search import SearchableQuerySet


class Timestamped(models.Model):
    created_at = models.DateTimeField(_("created"), default=timezone.now, editable=False)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        abstract = True


class Status(models.TextChoices):
    DRAFT = "draft", _("Draft")
    SUBMITTED = "submitted", _("Submitted")
    PUBLISHED = "published", _("Published")
    CHANGES_REQUESTED = "changes_requested", _("Changes requested")
    REJECTED = "rejected", _("Rejected")
    WITHDRAWN = "withdrawn", _("Withdrawn")
    # Taken down by a moderator, or by enough reports, until someone reviews it.
    HIDDEN = "hidden", _("Hidden")


class Language(models.TextChoices):
    ENGLISH = "en", _("English")
    WELSH = "cy", _("Welsh")


class PublishableQuerySet(SearchableQuerySet):
    def published(self):
        """What the public, the API, feeds, search and exports may see."""
        return self.filter(status=Status.PUBLISHED)

    def visible_to(self, user):
        if user.is_authenticated:
            mine = models.Q(**{self.model.owner_field: user})
            return self.filter(models.Q(status=Status.PUBLISHED) | mine)
        return self.published()


class Publishable(Timestamped):
    """Status workflow fields; transitions live in services, not here."""

    language = models.CharField(
        _("language"), max_length=2, choices=Language.choices, default=Language.ENGLISH
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.DRAFT
    )
    published_at = models.DateTimeField(_("published"), null=True, blank=True)

    objects = PublishableQuerySet.as_manager()
    owner_field = "author"  # the user who may see and edit it before publication

    class Meta:
        abstract = True

    @property
    def is_published(self) -> bool:
        return self.status == Status.PUBLISHED

    def mark_published(self, *, at=None) -> None:
        """Set the status and the publication time together."""
        self.status = Status.PUBLISHED
        self.published_at = at or self.published_at or timezone.now()
