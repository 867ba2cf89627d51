import uuid

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from sharehub.catalogue.models import Innovation, Resource


class Attachment(models.Model):
    """A document or image attached to one innovation or one resource.

    The stored name is generated (attachments/<id>.<extension of the detected
    type>); the person's own file name is kept only for display and for the
    download's Content-Disposition. Files are served by the download view only.
    """

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    innovation = models.ForeignKey(
        Innovation,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="attachments",
        verbose_name=_("innovation"),
    )
    resource = models.ForeignKey(
        Resource,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="attachments",
        verbose_name=_("resource"),
    )
    file = models.FileField(_("file"), max_length=200)
    original_name = models.CharField(_("file name"), max_length=200)
    content_type = models.CharField(_("content type"), max_length=100)
    size = models.PositiveIntegerField(_("size in bytes"))
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("uploaded by"),
    )
    created_at = models.DateTimeField(_("created"), default=timezone.now, editable=False)
    # Added to a published item by an author who is not trusted yet: only the author
    # and moderators see it until a moderator approves it with the item's edits.
    pending = models.BooleanField(_("waiting for review"), default=False)

    class Meta:
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")
        ordering = ["created_at", "id"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(innovation__isnull=False, resource__isnull=True)
                | models.Q(innovation__isnull=True, resource__isnull=False),
                name="attachment_one_item",
            )
        ]

    def __str__(self) -> str:
        return self.original_name

    def get_absolute_url(self) -> str:
        return reverse(
            "attachments:download", kwargs={"pk": self.pk, "filename": self.original_name}
        )

    @property
    def item(self) -> Innovation | Resource:
        return self.innovation or self.resource

    @property
    def is_image(self) -> bool:
        return self.content_type.startswith("image/")
