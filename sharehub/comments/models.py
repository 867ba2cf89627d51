"""A comment on an innovation, a resource or a question (exactly one of the three),
or a reply to such a comment: one level deep, so a reply always points at a
top-level comment on the same item."""

from datetime import timedelta

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from sharehub.core.models import (
    MarkdownRendered,
    Publishable,
    PublishableQuerySet,
    Status,
    max_length,
)

# The longest comment (forms and the database both refuse more).
BODY_MAX = 2000
# What a comment can be on, as the foreign keys name it (and the gate's kinds do).
ITEM_FIELDS = ("innovation", "resource", "need")


def _exactly_one_item() -> Q:
    condition = Q()
    for name in ITEM_FIELDS:
        others = {f"{other}__isnull": True for other in ITEM_FIELDS if other != name}
        condition |= Q(**{f"{name}__isnull": False}, **others)
    return condition


class CommentQuerySet(PublishableQuerySet):
    def on(self, item):
        """The comments on one innovation, resource or question."""
        return self.filter(**{f"{item_field(item)}_id": item.pk})


def item_field(item) -> str:
    """The foreign key that points at `item` (its model's name)."""
    name = item._meta.model_name
    if name not in ITEM_FIELDS:
        raise ValueError(f"Comments are not taken on {item._meta.label}")
    return name


class Comment(MarkdownRendered, Publishable):
    """It goes through the gate like a post: an untrusted author's comment waits
    for a moderator (status submitted), and anyone signed in can report a published
    one. Its author deleting it withdraws it: the replies to it stay, under "This
    comment was deleted"."""

    innovation = models.ForeignKey(
        "catalogue.Innovation",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="comments",
        verbose_name=_("innovation"),
    )
    resource = models.ForeignKey(
        "catalogue.Resource",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="comments",
        verbose_name=_("resource"),
    )
    need = models.ForeignKey(
        "catalogue.Need",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="comments",
        verbose_name=_("question"),
    )
    reply_to = models.ForeignKey(
        "self",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="replies",
        verbose_name=_("in reply to"),
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
    body = models.TextField(_("comment"), max_length=BODY_MAX)
    edited_at = models.DateTimeField(_("edited"), null=True, blank=True, editable=False)
    # What the last moderator decision told the author; shown to them only.
    moderator_message = models.TextField(
        _("message from the moderators"), blank=True, editable=False
    )

    objects = CommentQuerySet.as_manager()
    markdown_fields = ("body",)

    class Meta:
        ordering = ["created_at", "id"]
        verbose_name = _("comment")
        verbose_name_plural = _("comments")
        constraints = [
            max_length("comment", "body", BODY_MAX),
            models.CheckConstraint(condition=_exactly_one_item(), name="comment_on_one_item"),
            models.CheckConstraint(
                condition=~Q(reply_to=models.F("id")), name="comment_not_reply_to_itself"
            ),
        ]

    def __str__(self) -> str:
        # In no language: the audit log keeps it as the target's name.
        return f"{self.item.title} #{self.pk}"

    @property
    def item(self):
        """The innovation, resource or question it is on (the gate's `parent`)."""
        for name in ITEM_FIELDS:
            if getattr(self, f"{name}_id") is not None:
                return getattr(self, name)
        return None

    @item.setter
    def item(self, value) -> None:
        for name in ITEM_FIELDS:
            setattr(self, name, value if name == item_field(value) else None)

    @property
    def item_kind(self) -> str:
        return next(name for name in ITEM_FIELDS if getattr(self, f"{name}_id") is not None)

    @property
    def slug(self) -> str:
        """What the moderators' and report URLs use for a comment: its id."""
        return str(self.pk)

    @property
    def title(self) -> str:
        return _("Comment on “%(title)s”") % {"title": self.item.title}

    def get_absolute_url(self) -> str:
        return f"{self.item.get_absolute_url()}#comment-{self.pk}"

    @property
    def is_deleted(self) -> bool:
        return self.status == Status.WITHDRAWN

    @property
    def editable_until(self):
        return self.created_at + timedelta(minutes=settings.SHAREHUB_COMMENT_EDIT_MINUTES)

    def in_edit_window(self, *, now=None) -> bool:
        return (now or timezone.now()) < self.editable_until
