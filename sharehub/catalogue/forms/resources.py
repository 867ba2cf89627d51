from django import forms
from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.functional import lazy
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from sharehub.catalogue.forms.base import (
    WEB_URL,
    ContributionForm,
    DayMonthYearField,
    challenge_areas_field,
    language_field,
    places_fields,
)
from sharehub.catalogue.models import Resource
from sharehub.core.fields import ModelMultipleChoiceField
from sharehub.core.uploads import validated_upload
from sharehub.taxonomy import models as tax


class ResourceForm(ContributionForm):
    markdown_fields = ("body",)

    title = forms.CharField(
        label=_("Title"),
        max_length=200,
        error_messages={
            "required": _("Enter a title"),
            "max_length": _("Title must be 200 characters or fewer"),
        },
    )
    # A resource is a link, an uploaded file, or both (clean() asks for one).
    url = forms.URLField(
        label=_("Link to the resource"),
        help_text=_("The web address where people can find it, starting with https://"),
        required=False,
        max_length=500,
        validators=[WEB_URL],
        error_messages={
            "required": _("Enter a link to the resource"),
            "invalid": _("Enter a web address starting with https:// or http://"),
            "max_length": _("Link must be 500 characters or fewer"),
        },
    )
    file = forms.FileField(
        label=_("Or upload the file"),
        help_text=format_lazy(
            _("PDF, Word, Excel, PowerPoint, OpenDocument text, PNG, JPEG or WebP, up to {}."),
            lazy(filesizeformat, str)(settings.SHAREHUB_UPLOAD_MAX_BYTES),
        ),
        required=False,
        widget=forms.FileInput,
    )
    summary = forms.CharField(
        label=_("Summary"),
        help_text=_("What is it, and who will find it useful?"),
        max_length=280,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={
            "required": _("Enter a short summary"),
            "max_length": _("Summary must be 280 characters or fewer"),
        },
    )
    body = forms.CharField(
        label=_("Description (optional)"),
        required=False,
        max_length=20000,
        widget=forms.Textarea(attrs={"rows": 6}),
        error_messages={"max_length": _("Description must be 20,000 characters or fewer")},
    )
    challenge_areas = challenge_areas_field()
    roles = ModelMultipleChoiceField(
        queryset=tax.Role.objects.all(),
        required=False,
        label=_("Who is it for? (optional)"),
        widget=forms.CheckboxSelectMultiple,
        error_messages={"invalid_choice": _("Choose roles from the list")},
    )
    job_roles = ModelMultipleChoiceField(
        queryset=tax.JobRole.objects.all(),
        required=False,
        label=_("Which job roles is it for? (optional)"),
        widget=forms.CheckboxSelectMultiple,
        error_messages={"invalid_choice": _("Choose job roles from the list")},
    )
    regions, local_authorities = places_fields()
    organisation = forms.CharField(
        label=_("Organisation (optional)"),
        help_text=_("Who made or published it, if you want to say."),
        widget=forms.TextInput(attrs={"autocomplete": "organization"}),
        required=False,
        max_length=200,
        error_messages={"max_length": _("Organisation must be 200 characters or fewer")},
    )
    licence = forms.CharField(
        label=_("Licence (optional)"),
        help_text=_("For example, Open Government Licence or CC BY 4.0."),
        required=False,
        max_length=120,
        error_messages={"max_length": _("Licence must be 120 characters or fewer")},
    )
    review_by = DayMonthYearField(
        label=_("Review-by date"),
        required=False,
        help_text=_("When should someone check it is still up to date? For example, 31 3 2027."),
    )
    language = language_field()

    places_required_message = _("Choose where it applies, or All Wales")
    places_legend = _("Where does it apply? (optional)")
    places_hint = _("Leave this empty if it is not about particular places.")

    class Meta:
        model = Resource
        fields = [
            "title",
            "resource_type",
            "url",
            "file",
            "summary",
            "body",
            "challenge_areas",
            "roles",
            "job_roles",
            "evidence_level",
            "cost",
            "time_to_implement",
            "organisation",
            "licence",
            "review_by",
            "language",
        ]
        widgets = {
            "resource_type": forms.RadioSelect,
            "evidence_level": forms.RadioSelect,
            "cost": forms.RadioSelect,
            "time_to_implement": forms.RadioSelect,
        }
        labels = {
            "resource_type": _("What kind of resource is it?"),
            "evidence_level": _("How strong is the evidence behind it? (optional)"),
            "cost": _("What does it cost? (optional)"),
            "time_to_implement": _("How long does it take to put in place? (optional)"),
        }
        error_messages = {
            "resource_type": {
                "required": _("Choose what kind of resource it is"),
                "invalid_choice": _("Choose what kind of resource it is"),
            },
            "evidence_level": {"invalid_choice": _("Choose an evidence level from the list")},
            "cost": {"invalid_choice": _("Choose a cost from the list")},
            "time_to_implement": {"invalid_choice": _("Choose a time from the list")},
        }

    def clean_file(self):
        """A new upload is checked by its content and stored under a generated name."""
        upload = self.cleaned_data.get("file")
        if upload and upload is not self.initial.get("file"):
            return validated_upload(upload)
        return upload

    def clean(self):
        cleaned = super().clean()
        has_file = cleaned.get("file") or "file" in self.errors
        if not cleaned.get("url") and not has_file and "url" not in self.errors:
            self.add_error("url", _("Enter a link to the resource, or upload the file"))
        return cleaned

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Radio buttons without a blank "---------" choice; leaving them unticked is the blank.
        for name in ("resource_type", "evidence_level", "cost", "time_to_implement"):
            self.fields[name].choices = [c for c in self.fields[name].choices if c[0]]
