from django.contrib import admin

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
