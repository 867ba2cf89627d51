"""Staff keep an organisation's details (name, type, places, website) here. Its
address (slug) and matching key never change; merging duplicates is on the
organisation's page (sharehub.organisations.views.organisation_merge), audited."""

from django.contrib import admin

from sharehub.organisations.models import Membership, Organisation


@admin.register(Organisation)
class OrganisationAdmin(admin.ModelAdmin):
    list_display = ("name", "organisation_type", "website", "updated_at")
    list_filter = ("organisation_type",)
    search_fields = ("name", "slug")
    readonly_fields = ("slug", "key")
    filter_horizontal = ("local_authorities",)


@admin.register(Membership)
class MembershipAdmin(admin.ModelAdmin):
    list_display = ("user", "organisation", "created_at")
    raw_id_fields = ("user", "organisation")
    search_fields = ("organisation__name",)
