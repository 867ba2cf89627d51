from django.contrib import admin

from sharehub.attachments.models import Attachment


@admin.register(Attachment)
class AttachmentAdmin(admin.ModelAdmin):
    """Staff can see and remove attachments; adding goes through the checked upload form."""

    list_display = ("original_name", "content_type", "size", "innovation", "resource", "created_at")
    list_filter = ("content_type",)
    search_fields = ("original_name", "innovation__slug", "resource__slug")
    raw_id_fields = ("innovation", "resource", "uploaded_by")
    readonly_fields = ("file", "original_name", "content_type", "size", "uploaded_by", "created_at")

    def has_add_permission(self, request) -> bool:
        return False
