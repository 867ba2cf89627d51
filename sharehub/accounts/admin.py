from django.contrib import admin
from django.contrib.auth.admin import UserAdmin
from django.utils.translation import gettext_lazy as _

from sharehub.accounts.models import User


@admin.register(User)
class ShareHubUserAdmin(UserAdmin):
    fieldsets = (
        *UserAdmin.fieldsets,
        (
            _("Profile"),
            {
                "fields": (
                    "public_id",
                    "display_name",
                    "role",
                    "job_role",
                    "organisation",
                    "organisation_type",
                    "local_authority",
                    "innovation_profile",
                    "bio",
                    "can_help_with",
                    "public_fields",
                )
            },
        ),
    )
    readonly_fields = ("public_id",)
    list_display = ("username", "email", "display_name", "is_staff", "is_active")
    search_fields = ("username", "email", "display_name")
