from django import forms
from django.contrib import admin
from django.db import transaction
from django.urls import reverse

from sharehub.catalogue.models import Adoption, Innovation, Need, NeedReply, Resource
from sharehub.catalogue.services import innovation_refresh_adoption_count
from sharehub.core.uploads import validated_upload
from sharehub.gate.models import Action, ReasonCode
from sharehub.gate.transitions import transition
from sharehub.organisations.services import link as link_organisation
from sharehub.taxonomy.admin import TaggedAdmin

# Set by the authors' workflow when they submit; staff see them, nobody edits them.
SUBMISSION_FIELDS = ("submitted_at", "personal_data_confirmed_at", "personal_data_confirmed_by")


class CatalogueItemAdmin(TaggedAdmin):
    """Innovations, resources and needs: each may link to its translation, picked
    by title from a search box (a plain select would list the whole catalogue)."""

    autocomplete_fields = ("translation_of",)
    ordering = ("title",)  # the autocomplete pages through titles
    list_display = (*TaggedAdmin.list_display, "translation_of")
    list_select_related = ("translation_of",)

    def save_related(self, request, form, formsets, change) -> None:
        """The organisation typed here links to its record, as everywhere else."""
        super().save_related(request, form, formsets, change)
        link_organisation(form.instance)


@admin.register(Innovation)
class InnovationAdmin(CatalogueItemAdmin):
    list_select_related = ("stage", "translation_of")
    list_filter = (*TaggedAdmin.list_filter, "stage", "kind", "sector")
    search_fields = ("title", "slug", "summary")
    readonly_fields = (
        "useful_count",
        "adoption_count",
        "created_at",
        "updated_at",
        *SUBMISSION_FIELDS,
    )


class _LinkedFile:
    """A stored file as ClearableFileInput shows it, at another address."""

    def __init__(self, name: str, url: str):
        self.name, self.url = name, url

    def __str__(self) -> str:
        return self.name


class DownloadViewFileInput(forms.ClearableFileInput):
    """The current file links to ShareHub's download view, not to the storage's own
    address, which is never served (/media/ is not, and a private bucket refuses it)."""

    def __init__(self, url: str, attrs=None):
        super().__init__(attrs)
        self.url = url

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        if context["widget"]["is_initial"]:
            context["widget"]["value"] = _LinkedFile(value.name, self.url)
        return context


class ResourceAdminForm(forms.ModelForm):
    """Staff uploads pass the same content checks as everyone else's."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk and self.instance.file:
            url = reverse("attachments:resource_file", kwargs={"slug": self.instance.slug})
            self.fields["file"].widget = DownloadViewFileInput(url)

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload and upload is not self.initial.get("file"):
            return validated_upload(upload)
        return upload


@admin.register(Resource)
class ResourceAdmin(CatalogueItemAdmin):
    form = ResourceAdminForm
    list_filter = (*TaggedAdmin.list_filter, "resource_type", "evidence_level")
    filter_horizontal = (*TaggedAdmin.filter_horizontal, "roles", "job_roles")
    readonly_fields = SUBMISSION_FIELDS


class NeedReplyInline(admin.StackedInline):
    model = NeedReply
    extra = 0
    raw_id_fields = ("author", "innovations", "resources")
    # A reply's status changes through the moderators' pages (the transition table).
    readonly_fields = ("status", "published_at")


@admin.register(Need)
class NeedAdmin(CatalogueItemAdmin):
    inlines = [NeedReplyInline]
    readonly_fields = SUBMISSION_FIELDS


@admin.register(Adoption)
class AdoptionAdmin(admin.ModelAdmin):
    list_display = ("organisation", "innovation", "local_authority", "status", "published_at")
    list_filter = ("status", "progress")
    search_fields = ("organisation", "innovation__title")
    raw_id_fields = ("innovation", "author")

    def save_related(self, request, form, formsets, change) -> None:
        """The organisation typed here links to its record, as everywhere else."""
        super().save_related(request, form, formsets, change)
        link_organisation(form.instance)

    def get_readonly_fields(self, request, obj=None):
        """A new adoption starts as a draft; publishing it is a change of status,
        made afterwards through the transition function like any other."""
        return ("status", "published_at") if obj is None else ("published_at",)

    def save_model(self, request, obj, form, change):
        """A status chosen here goes through the transition function (audited, the
        author told), as for every other kind; the "most adopted" count follows
        (sharehub.catalogue.adoptions.adoption_saved)."""
        before = form.initial.get("status", "") if change else ""
        if obj.local_authority_id:
            obj.region_id = obj.local_authority.region_id
        if not change or obj.status == before:
            super().save_model(request, obj, form, change)
        else:
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
        if change and "innovation" in form.changed_data:
            # It moved: recount the innovation it left too.
            innovation_refresh_adoption_count(innovation_ids=[form.initial["innovation"]])
