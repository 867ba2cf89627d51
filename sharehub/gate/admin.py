"""The audit log in the admin: read-only for everyone, superusers included."""

from django.contrib import admin

from sharehub.gate.models import AuditEntry


@admin.register(AuditEntry)
class AuditEntryAdmin(admin.ModelAdmin):
    list_display = ("created", "actor_name", "action", "target_title", "status_after")
    list_filter = ("action",)
    search_fields = ("actor_name", "target_title", "reason")

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False

    def has_view_permission(self, request, obj=None) -> bool:
        return request.user.has_perm("gate.view_audit_log")
