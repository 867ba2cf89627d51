from django.contrib import admin
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from sharehub.core.models import Status
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

    @admin.action(description=_("Publish the selected items"))
    def publish(self, request, queryset):
        now = timezone.now()
        for obj in queryset.exclude(status=Status.PUBLISHED):
            obj.mark_published(at=now)
            obj.save(update_fields=["status", "published_at", "updated_at"])
