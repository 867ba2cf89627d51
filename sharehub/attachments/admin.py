from django.contrib import admin
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from sharehub.attachments.models import Attachment


@admin.register(Attachment)
class AttachmentAdmin(admin.ModelAdmin):
    """Staff can see and remove attachments; adding goes through the checked upload form."""

    list_display = ("original_name", "content_type", "size", "innovation", "resource", "created_at")
    list_filter = ("content_type",)
    search_fields = ("original_name", "innovation__slug", "resource__slug")
    raw_id_fields = ("innovation", "resource", "uploaded_by")
    readonly_fields = (
        "download",
        "original_name",
        "content_type",
        "size",
        "uploaded_by",
        "created_at",
    )
    exclude = ("file",)

    def has_add_permission(self, request) -> bool:
        return False

    @admin.display(description=_("file"))
    def download(self, attachment: Attachment) -> str:
        """A link to the download view: the storage's own address is never served
        (/media/ is not, and a private bucket refuses it)."""
        return format_html(
            '<a href="{}">{}</a>', attachment.get_absolute_url(), attachment.file.name
        )
