from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from sharehub.catalogue.models.base import CatalogueItem
from sharehub.core.models import MarkdownRendered, Publishable, Status, max_length

# The longest text each field takes (forms and the database both refuse more).
BODY_MAX = 10000
REPLY_MAX = 10000


class Need(MarkdownRendered, CatalogueItem):
    """A notice-board question: "has anyone in Powys tried …?"."""

    body = models.TextField(_("details"), max_length=BODY_MAX)
    answered_at = models.DateTimeField(_("answered"), null=True, blank=True)

    search_fields = ("title", "body")
    headline_fields = ("body",)
    markdown_fields = ("body",)

    class Meta:
        verbose_name = _("need")
        verbose_name_plural = _("needs")
        indexes = [
            models.Index(fields=["status", "-published_at", "-id"], name="need_newest"),
            models.Index(fields=["language"], name="need_language"),
        ]
        constraints = [max_length("need", "body", BODY_MAX)]

    def get_absolute_url(self) -> str:
        return reverse("catalogue:need_detail", kwargs={"slug": self.slug})

    @property
    def is_answered(self) -> bool:
        return self.answered_at is not None


class NeedReply(MarkdownRendered, Publishable):
    """A reply to a published question. It goes through the gate like a post: an
    untrusted author's reply waits for a moderator (status submitted), and anyone
    signed in can report a published one."""

    need = models.ForeignKey(
        Need, on_delete=models.CASCADE, related_name="replies", verbose_name=_("need")
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("author"),
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.SUBMITTED
    )
    body = models.TextField(_("reply"), max_length=REPLY_MAX)
    # What the last moderator decision told the author; shown to them only.
    moderator_message = models.TextField(
        _("message from the moderators"), blank=True, editable=False
    )
    innovations = models.ManyToManyField(
        "catalogue.Innovation", blank=True, related_name="+", verbose_name=_("innovations")
    )
    resources = models.ManyToManyField(
        "catalogue.Resource", blank=True, related_name="+", verbose_name=_("resources")
    )

    markdown_fields = ("body",)

    class Meta:
        ordering = ["created_at", "id"]
        constraints = [max_length("needreply", "body", REPLY_MAX)]
        verbose_name = _("reply")
        verbose_name_plural = _("replies")

    def __str__(self) -> str:
        # In no language: the audit log keeps it as the target's name.
        return f"{self.need.title} #{self.pk}"

    @property
    def slug(self) -> str:
        """What the moderators' and report URLs use for a reply: its id."""
        return str(self.pk)

    @property
    def title(self) -> str:
        return _("Reply to “%(title)s”") % {"title": self.need.title}

    def get_absolute_url(self) -> str:
        return f"{self.need.get_absolute_url()}#reply-{self.pk}"
