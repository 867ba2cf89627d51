from django.contrib import admin

from sharehub.contacts.models import Contact
from sharehub.organisations.services import link as link_organisation
from sharehub.taxonomy.admin import TaggedAdmin


@admin.register(Contact)
class ContactAdmin(TaggedAdmin):
    list_display = ("name", "organisation", "status", "language", "published_at")
    list_filter = ("status", "language", "is_organisation", "challenge_areas", "regions")
    search_fields = ("name", "organisation", "slug")
    prepopulated_fields = {"slug": ("name",)}
    raw_id_fields = ("user",)

    def save_related(self, request, form, formsets, change) -> None:
        """The organisation typed here links to its record, as everywhere else."""
        super().save_related(request, form, formsets, change)
        link_organisation(form.instance)
