from django.contrib import admin
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from sharehub.core.models import Status
from sharehub.gate import policy
from sharehub.gate.models import Action, ReasonCode
from sharehub.gate.transitions import transition
from sharehub.taxonomy import models
from sharehub.taxonomy.terms import clear_term_cache


class TermAdmin(admin.ModelAdmin):
    list_display = ("name_en", "name_cy", "slug", "position")
    list_editable = ("position",)
    search_fields = ("slug", "name_en", "name_cy")
    prepopulated_fields = {"slug": ("name_en",)}

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        clear_term_cache()

    def delete_model(self, request, obj):
        super().delete_model(request, obj)
        clear_term_cache()


class LocalAuthorityAdmin(TermAdmin):
    list_display = ("name_en", "name_cy", "slug", "region", "position")
    list_filter = ("region",)


for model in (
    models.ChallengeArea,
    models.Region,
    models.Role,
    models.JobRole,
    models.OrganisationType,
    models.Stage,
    models.Kind,
    models.Sector,
    models.InnovationProfile,
):
    admin.site.register(model, TermAdmin)
admin.site.register(models.LocalAuthority, LocalAuthorityAdmin)


class TaggedAdmin(admin.ModelAdmin):
    """Shared admin for tagged content."""

    list_display = ("title", "status", "language", "published_at", "featured")
    list_filter = ("status", "language", "featured", "challenge_areas", "regions")
    search_fields = ("title", "slug")
    prepopulated_fields = {"slug": ("title",)}
    filter_horizontal = ("challenge_areas", "regions", "local_authorities")
    date_hierarchy = "published_at"
    raw_id_fields = ("author",)
    actions = ["publish"]

    def save_model(self, request, obj, form, change) -> None:
        """A status chosen in the edit form goes through the transition function
        (row lock, audit entry, the author told) like every other status change."""
        before = form.initial.get("status", "") if change else ""
        if not change or obj.status == before:
            super().save_model(request, obj, form, change)
            return
        chosen, obj.status = obj.status, before
        with transaction.atomic():
            super().save_model(request, obj, form, change)
            saved = transition(
                obj,
                Action.ADMIN_CHANGE,
                actor=request.user,
                to=chosen,
                reason_code=ReasonCode.ADMIN,
            )
        obj.status, obj.published_at = saved.status, saved.published_at

    @admin.action(description=_("Publish the selected items"))
    def publish(self, request, queryset):
        for obj in queryset.exclude(status=Status.PUBLISHED):
            # Publishing what the gate held for certain personal data releases it.
            certain = policy.decide_on(obj).certain
            with transaction.atomic():
                transition(
                    obj,
                    Action.ADMIN_CHANGE,
                    actor=request.user,
                    to=Status.PUBLISHED,
                    reason_code=(
                        ReasonCode.PERSONAL_DATA_RELEASED if certain else ReasonCode.ADMIN_PUBLISH
                    ),
                    detail={"findings": sorted({f.kind for f in certain})} if certain else None,
                )
