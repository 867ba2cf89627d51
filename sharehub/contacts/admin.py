from django.contrib import admin

from sharehub.contacts.models import Contact
from sharehub.taxonomy.admin import TaggedAdmin


@admin.register(Contact)
class ContactAdmin(TaggedAdmin):
    list_display = ("name", "organisation", "status", "language", "published_at")
    list_filter = ("status", "language", "is_organisation", "challenge_areas", "regions")
    search_fields = ("name", "organisation", "slug")
    prepopulated_fields = {"slug": ("name",)}
    raw_id_fields = ("user",)
