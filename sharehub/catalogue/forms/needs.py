"""Asking the notice board, submitting anything, and replying to a question."""

import re
from urllib.parse import urlsplit

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from sharehub.catalogue.forms.base import (
    ContributionForm,
    MarkdownPreview,
    challenge_areas_field,
    language_field,
    places_fields,
)
from sharehub.catalogue.models import Innovation, Need, NeedReply, Resource
from sharehub.core.fields import ModelMultipleChoiceField


class NeedForm(ContributionForm):
    markdown_fields = ("body",)
    places_required = True
    places_required_message = _("Choose where you are, or All Wales")
    places_legend = _("Where are you?")
    places_hint = _(
        "Choose your region, or All Wales. You can narrow a region down to local authorities."
    )

    title = forms.CharField(
        label=_("What is your question?"),
        max_length=200,
        error_messages={
            "required": _("Enter your question"),
            "max_length": _("Question must be 200 characters or fewer"),
        },
    )
    body = forms.CharField(
        label=_("Details"),
        help_text=_("What have you tried, and what kind of answer would help?"),
        max_length=10000,
        widget=forms.Textarea(attrs={"rows": 6}),
        error_messages={
            "required": _("Enter the details of your question"),
            "max_length": _("Details must be 10,000 characters or fewer"),
        },
    )
    challenge_areas = challenge_areas_field()
    regions, local_authorities = places_fields()
    language = language_field()

    class Meta:
        model = Need
        fields = ["title", "body", "challenge_areas", "language"]


class SubmitForm(forms.Form):
    confirm_no_personal_data = forms.BooleanField(
        label=_(
            "I confirm this does not include anything that could identify a person who receives care"
        ),
        error_messages={
            "required": _(
                "Confirm that it does not include anything that could identify a person who receives care"
            )
        },
    )


_SHAREHUB_PATH = re.compile(r"^/(?:en|cy)/(innovations|resources)/([-\w]+)/?$")


def resolve_shared_links(text: str) -> tuple[list[Innovation], list[Resource]]:
    """Published innovations and resources named by pasted ShareHub addresses or
    slugs (separated by spaces, commas or new lines). Raises ValidationError
    naming whatever cannot be found."""
    wanted: list[tuple[str | None, str]] = []
    for token in re.split(r"[\s,]+", (text or "").strip()):
        if not token:
            continue
        path = urlsplit(token).path if "/" in token else ""
        match = _SHAREHUB_PATH.match(path) if path else None
        if match:
            wanted.append((match[1], match[2]))
        elif re.fullmatch(r"[-\w]+", token):
            wanted.append((None, token))
        else:
            wanted.append(("?", token))
    if len(wanted) > 10:
        raise ValidationError(_("Link to 10 items or fewer"))
    slugs = {slug for _kind, slug in wanted}
    innovations = {i.slug: i for i in Innovation.objects.published().filter(slug__in=slugs)}
    resources = {r.slug: r for r in Resource.objects.published().filter(slug__in=slugs)}
    found_innovations, found_resources, missing = [], [], []
    for kind, slug in wanted:
        if kind in (None, "innovations") and slug in innovations:
            found_innovations.append(innovations[slug])
        elif kind in (None, "resources") and slug in resources:
            found_resources.append(resources[slug])
        else:
            missing.append(slug)
    if missing:
        raise ValidationError(
            _("We could not find these published innovations or resources: %(missing)s"),
            params={"missing": ", ".join(missing)},
        )
    return found_innovations, found_resources


class NeedReplyForm(MarkdownPreview, forms.ModelForm):
    markdown_fields = ("body",)

    body = forms.CharField(
        label=_("Your reply"),
        max_length=10000,
        widget=forms.Textarea(attrs={"rows": 5}),
        error_messages={
            "required": _("Enter your reply"),
            "max_length": _("Reply must be 10,000 characters or fewer"),
        },
    )
    own_innovations = ModelMultipleChoiceField(
        queryset=Innovation.objects.none(),
        required=False,
        label=_("Point to innovations you shared (optional)"),
        widget=forms.CheckboxSelectMultiple,
        error_messages={"invalid_choice": _("Choose innovations from the list")},
    )
    own_resources = ModelMultipleChoiceField(
        queryset=Resource.objects.none(),
        required=False,
        label=_("Point to resources you added (optional)"),
        widget=forms.CheckboxSelectMultiple,
        error_messages={"invalid_choice": _("Choose resources from the list")},
    )
    shared_links = forms.CharField(
        label=_("Links to other innovations or resources on ShareHub (optional)"),
        help_text=_("Paste their addresses, one a line."),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )

    class Meta:
        model = NeedReply
        fields = ["body"]

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        mine = {"author": user}
        self.fields["own_innovations"].queryset = (
            Innovation.objects.published().filter(**mine).only("pk", "title").order_by("title")
        )
        self.fields["own_resources"].queryset = (
            Resource.objects.published().filter(**mine).only("pk", "title").order_by("title")
        )

    def clean_shared_links(self):
        return resolve_shared_links(self.cleaned_data["shared_links"])

    def values(self) -> dict:
        """What sharehub.catalogue.workflow.add_reply takes: the reply and what it points to."""
        innovations, resources = self.cleaned_data["shared_links"]
        return {
            "body": self.cleaned_data["body"],
            "innovations": {*self.cleaned_data["own_innovations"], *innovations},
            "resources": {*self.cleaned_data["own_resources"], *resources},
        }
