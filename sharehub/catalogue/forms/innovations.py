from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from sharehub.catalogue.forms.base import (
    WEB_URL,
    ContributionForm,
    challenge_areas_field,
    language_field,
    places_fields,
    term_choice,
)
from sharehub.catalogue.models import Innovation
from sharehub.catalogue.models.innovations import LookingFor
from sharehub.taxonomy import models as tax


class InnovationForm(ContributionForm):
    """The short first step, and editing it later: only what a phone user needs."""

    markdown_fields = ("body",)
    places_required = True

    title = forms.CharField(
        label=_("Give it a title"),
        help_text=_(
            "A few words that say what it is, like “Hydration stations on every corridor”."
        ),
        max_length=200,
        error_messages={
            "required": _("Enter a title"),
            "max_length": _("Title must be 200 characters or fewer"),
        },
    )
    body = forms.CharField(
        label=_("What changed and why?"),
        help_text=_("What was the problem, what did you do differently, and what happened?"),
        widget=forms.Textarea(attrs={"rows": 8}),
        max_length=20000,
        error_messages={
            "required": _("Enter what changed and why"),
            "max_length": _("What changed and why must be 20,000 characters or fewer"),
        },
    )
    summary = forms.CharField(
        label=_("Sum it up in a sentence or two"),
        help_text=_("This shows in search results and lists."),
        max_length=280,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={
            "required": _("Enter a short summary"),
            "max_length": _("Summary must be 280 characters or fewer"),
        },
    )
    challenge_areas = challenge_areas_field()
    regions, local_authorities = places_fields()

    class Meta:
        model = Innovation
        fields = ["title", "body", "summary", "challenge_areas"]


def parse_links(text: str) -> list[dict]:
    """One link a line: an address, optionally after a name ("NHS guide https://…")."""
    links = []
    for number, line in enumerate((text or "").splitlines(), start=1):
        line = line.strip()
        if not line:
            continue
        *words, url = line.split()
        try:
            WEB_URL(url)
        except ValidationError:
            raise ValidationError(
                _("Line %(number)s: enter a web address starting with https:// or http://"),
                params={"number": number},
            ) from None
        link = {"url": url}
        if words:
            link["title"] = " ".join(words)[:200]
        links.append(link)
    if len(links) > 20:
        raise ValidationError(_("Add 20 links or fewer"))
    return links


class InnovationDetailsForm(ContributionForm):
    """Everything optional, added when the author has time."""

    markdown_fields = ("what_helped", "what_got_in_the_way", "outcomes")

    sector = term_choice(tax.Sector, _("Who is it for?"), _("Choose a sector from the list"))
    kind = term_choice(tax.Kind, _("What kind of change is it?"), _("Choose a kind of change"))
    stage = term_choice(tax.Stage, _("How far along is it?"), _("Choose a stage from the list"))
    role = term_choice(tax.Role, _("How would you describe your part in it?"), _("Choose a role"))
    job_role = term_choice(
        tax.JobRole, _("Your job role"), _("Choose a job role from the list"), select=True
    )
    organisation_type = term_choice(
        tax.OrganisationType,
        _("Type of organisation"),
        _("Choose a type of organisation"),
        select=True,
    )
    organisation = forms.CharField(
        label=_("Organisation"),
        widget=forms.TextInput(attrs={"autocomplete": "organization"}),
        required=False,
        max_length=200,
        error_messages={"max_length": _("Organisation must be 200 characters or fewer")},
    )
    what_helped = forms.CharField(
        label=_("What helped?"),
        required=False,
        max_length=10000,
        widget=forms.Textarea(attrs={"rows": 5}),
        error_messages={"max_length": _("What helped must be 10,000 characters or fewer")},
    )
    what_got_in_the_way = forms.CharField(
        label=_("What got in the way?"),
        required=False,
        max_length=10000,
        widget=forms.Textarea(attrs={"rows": 5}),
        error_messages={"max_length": _("What got in the way must be 10,000 characters or fewer")},
    )
    outcomes = forms.CharField(
        label=_("What difference has it made? Outcomes and evidence"),
        required=False,
        max_length=10000,
        widget=forms.Textarea(attrs={"rows": 5}),
        error_messages={"max_length": _("Outcomes must be 10,000 characters or fewer")},
    )
    looking_for = forms.MultipleChoiceField(
        label=_("Are you looking for anything?"),
        choices=LookingFor.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"invalid_choice": _("Choose what you are looking for from the list")},
    )
    links = forms.CharField(
        label=_("Links"),
        help_text=_(
            "One link a line. To give a link a name, write the name, a space, then the "
            "address, like: Our evaluation https://example.org/report"
        ),
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    language = language_field()

    class Meta:
        model = Innovation
        fields = [
            "sector",
            "kind",
            "stage",
            "role",
            "job_role",
            "organisation",
            "organisation_type",
            "what_helped",
            "what_got_in_the_way",
            "outcomes",
            "looking_for",
            "links",
            "contact_preference",
            "language",
        ]
        widgets = {"contact_preference": forms.RadioSelect}
        labels = {"contact_preference": _("Can people contact you about it?")}
        error_messages = {
            "contact_preference": {"invalid_choice": _("Choose how you can be contacted")}
        }

    # ATTACHMENTS: documents and images for an innovation are added on this page.
    # The uploads work adds its file field(s) here and fills
    # templates/catalogue/contribute/includes/attachments.html.

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        links = self.initial.get("links")
        if not self.is_bound and isinstance(links, list):  # the instance's or a pending edit's
            self.initial["links"] = "\n".join(
                f"{link.get('title', '')} {link['url']}".strip() for link in links
            )

    def clean_links(self) -> list[dict]:
        return parse_links(self.cleaned_data["links"])
