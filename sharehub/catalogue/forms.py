"""Forms for contributing innovations, resources, needs and replies.

Validation only: saving goes through sharehub.catalogue.workflow. Error messages
follow the GOV.UK pattern ("Enter …", "Choose …"); templates render them in the
error summary and next to each field (templates/includes/forms/).
"""

import datetime
import re
from urllib.parse import urlsplit

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.forms.boundfield import BoundField
from django.forms.utils import ErrorDict
from django.utils.translation import gettext_lazy as _

from sharehub.catalogue.models import Innovation, Need, NeedReply, Resource
from sharehub.catalogue.models.innovations import LookingFor
from sharehub.core.markdown import render_markdown
from sharehub.taxonomy import models as tax
from sharehub.taxonomy.terms import terms

WEB_URL = URLValidator(schemes=["http", "https"])


def _required(message):
    return {"required": message}


class MarkdownPreview:
    """The Preview button: the form comes back with each Markdown field rendered
    below it, keeping what was typed and showing no errors (nothing is submitted)."""

    markdown_fields: tuple[str, ...] = ()

    def previews(self) -> dict[str, str]:
        return {name: render_markdown(self.data.get(name, "")) for name in self.markdown_fields}

    def for_preview(self):
        self._errors = ErrorDict()  # a bound form that is not validated
        self.cleaned_data = {}
        return self


class ContributionForm(MarkdownPreview, forms.ModelForm):
    """What every contribution form shares: Markdown previews, places set through
    Tagged.set_places, and a hook for saving the related rows after the item."""

    places_required = False
    places_required_message = _("Choose where it happened, or All Wales")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "regions" in self.fields and self.instance.pk:
            self.initial.setdefault("regions", [r.pk for r in self.instance.regions.all()])
            self.initial.setdefault(
                "local_authorities", [la.pk for la in self.instance.local_authorities.all()]
            )

    def clean(self):
        cleaned = super().clean()
        if (
            self.places_required
            and "regions" in self.fields
            and not cleaned.get("regions")
            and not cleaned.get("local_authorities")
            and "regions" not in self.errors
        ):
            self.add_error("regions", self.places_required_message)
        if cleaned.get("regions"):
            cleaned["regions"], cleaned["local_authorities"] = self._narrowest_places(
                cleaned["regions"], cleaned.get("local_authorities") or []
            )
        return cleaned

    @staticmethod
    def _narrowest_places(regions, local_authorities) -> tuple[list, list]:
        """Ticking Gwent, then Newport inside it, means Newport: a region is kept
        only where no local authority narrows it down. A region that is one local
        authority (Powys) is stored as that authority, which both filters find."""
        las_by_region: dict[int, list] = {}
        for la in terms(tax.LocalAuthority):
            las_by_region.setdefault(la.region_id, []).append(la)
        local_authorities = list(local_authorities)
        covered = {la.region_id for la in local_authorities}
        kept = []
        for region in regions:
            only = las_by_region.get(region.pk, [])
            if region.pk in covered:
                continue
            if len(only) == 1:
                local_authorities.append(only[0])
            else:
                kept.append(region)
        return kept, local_authorities

    def save_related(self, item) -> None:
        """After the item is saved: many-to-many fields, then its places."""
        self.save_m2m()
        if "regions" in self.fields:
            item.set_places(
                regions=self.cleaned_data["regions"],
                local_authorities=self.cleaned_data["local_authorities"],
            )

    def challenge_area_terms(self) -> list:
        """For "What the challenge areas mean" (from the term cache)."""
        return terms(tax.ChallengeArea)

    def place_groups(self) -> list[dict]:
        """Regions, each with its local authorities, and what is ticked: for the
        "where" question (includes/forms/places.html). Read from the term cache."""
        chosen_regions = {str(v) for v in (self["regions"].value() or [])}
        chosen_las = {str(v) for v in (self["local_authorities"].value() or [])}
        las_by_region: dict[int, list] = {}
        for la in terms(tax.LocalAuthority):
            las_by_region.setdefault(la.region_id, []).append(la)
        groups = []
        for region in terms(tax.Region):
            las = las_by_region.get(region.pk, [])
            narrowed = any(str(la.pk) in chosen_las for la in las)
            groups.append(
                {
                    "region": region,
                    # Ticked when chosen, or when a local authority inside it is,
                    # so the local authorities it reveals stay in view.
                    "checked": str(region.pk) in chosen_regions or narrowed,
                    # A region with one local authority (Powys) needs no second question.
                    "local_authorities": [
                        {"term": la, "checked": str(la.pk) in chosen_las} for la in las
                    ]
                    if len(las) > 1
                    else [],
                }
            )
        return groups


def _challenge_areas():
    return forms.ModelMultipleChoiceField(
        queryset=tax.ChallengeArea.objects.all(),
        label=_("Challenge areas"),
        widget=forms.CheckboxSelectMultiple,
        error_messages={
            "required": _("Choose at least one challenge area"),
            "invalid_choice": _("Choose challenge areas from the list"),
            "invalid_pk_value": _("Choose challenge areas from the list"),
        },
    )


def _places():
    invalid = {
        "invalid_choice": _("Choose places from the list"),
        "invalid_pk_value": _("Choose places from the list"),
    }
    return (
        forms.ModelMultipleChoiceField(
            queryset=tax.Region.objects.all(), required=False, error_messages=invalid
        ),
        forms.ModelMultipleChoiceField(
            queryset=tax.LocalAuthority.objects.all(), required=False, error_messages=invalid
        ),
    )


def _term_choice(model, label, message, *, select=False):
    """An optional term: radio buttons (nothing ticked is blank), or a select for long lists."""
    return forms.ModelChoiceField(
        queryset=model.objects.all(),
        required=False,
        label=label,
        empty_label=_("Not given") if select else None,
        widget=forms.Select if select else forms.RadioSelect,
        error_messages={"invalid_choice": message},
    )


def _language():
    from sharehub.core.models import Language

    return forms.ChoiceField(
        choices=Language.choices,
        widget=forms.RadioSelect,
        label=_("Which language is it written in?"),
        error_messages=_required(_("Choose the language it is written in")),
    )


class InnovationForm(ContributionForm):
    """The short first step, and editing it later: only what a phone user needs."""

    markdown_fields = ("body",)
    places_required = True

    title = forms.CharField(
        label=_("Give it a title"),
        max_length=200,
        error_messages={
            "required": _("Enter a title"),
            "max_length": _("Title must be 200 characters or fewer"),
        },
    )
    body = forms.CharField(
        label=_("What changed and why?"),
        widget=forms.Textarea(attrs={"rows": 8}),
        max_length=20000,
        error_messages={
            "required": _("Enter what changed and why"),
            "max_length": _("What changed and why must be 20,000 characters or fewer"),
        },
    )
    summary = forms.CharField(
        label=_("Sum it up in a sentence or two"),
        max_length=280,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={
            "required": _("Enter a short summary"),
            "max_length": _("Summary must be 280 characters or fewer"),
        },
    )
    challenge_areas = _challenge_areas()
    regions, local_authorities = _places()

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

    sector = _term_choice(tax.Sector, _("Who is it for?"), _("Choose a sector from the list"))
    kind = _term_choice(tax.Kind, _("What kind of change is it?"), _("Choose a kind of change"))
    stage = _term_choice(tax.Stage, _("How far along is it?"), _("Choose a stage from the list"))
    role = _term_choice(tax.Role, _("How would you describe your part in it?"), _("Choose a role"))
    job_role = _term_choice(
        tax.JobRole, _("Your job role"), _("Choose a job role from the list"), select=True
    )
    organisation_type = _term_choice(
        tax.OrganisationType,
        _("Type of organisation"),
        _("Choose a type of organisation"),
        select=True,
    )
    organisation = forms.CharField(
        label=_("Organisation"),
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
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    language = _language()

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
        if not self.is_bound:
            self.initial["links"] = "\n".join(
                f"{link.get('title', '')} {link['url']}".strip()
                for link in self.instance.links or []
            )

    def clean_links(self) -> list[dict]:
        return parse_links(self.cleaned_data["links"])


class DayMonthYearField(forms.MultiValueField):
    """A GOV.UK date input: day, month and year in three boxes."""

    class Widget(forms.MultiWidget):
        def __init__(self):
            super().__init__(
                {"day": forms.TextInput, "month": forms.TextInput, "year": forms.TextInput}
            )

        def decompress(self, value):
            return [value.day, value.month, value.year] if value else [None, None, None]

    class Parts(BoundField):
        @property
        def parts(self) -> dict:
            value = self.value()
            if not isinstance(value, (list, tuple)):
                value = self.field.widget.decompress(value)
            return dict(zip(("day", "month", "year"), value, strict=False))

    widget = Widget
    bound_field_class = Parts

    def __init__(self, *, label, **kwargs):
        self.label_text = label
        invalid = _("%(label)s must be a real date") % {"label": label}
        part = {"invalid": invalid}
        super().__init__(
            fields=(
                forms.IntegerField(required=False, error_messages=part),
                forms.IntegerField(required=False, error_messages=part),
                forms.IntegerField(required=False, error_messages=part),
            ),
            require_all_fields=False,
            label=label,
            **kwargs,
        )
        self.invalid_message = invalid

    def compress(self, values):
        if not values or all(v in (None, "") for v in values):
            return None
        day, month, year = values
        if None in (day, month, year):
            raise ValidationError(
                _("%(label)s must include a day, month and year") % {"label": self.label_text}
            )
        try:
            return datetime.date(year, month, day)
        except (ValueError, OverflowError):
            raise ValidationError(self.invalid_message) from None


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
    # ATTACHMENTS: a resource is a link OR an uploaded file. Until uploads land the
    # link is required; the uploads work adds a `file` field and replaces this
    # rule with "a link, a file, or both" in clean().
    url = forms.URLField(
        label=_("Link to the resource"),
        max_length=500,
        validators=[WEB_URL],
        error_messages={
            "required": _("Enter a link to the resource"),
            "invalid": _("Enter a web address starting with https:// or http://"),
            "max_length": _("Link must be 500 characters or fewer"),
        },
    )
    summary = forms.CharField(
        label=_("Summary"),
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
    challenge_areas = _challenge_areas()
    roles = forms.ModelMultipleChoiceField(
        queryset=tax.Role.objects.all(),
        required=False,
        label=_("Who is it for? (optional)"),
        widget=forms.CheckboxSelectMultiple,
        error_messages={"invalid_choice": _("Choose roles from the list")},
    )
    job_roles = forms.ModelMultipleChoiceField(
        queryset=tax.JobRole.objects.all(),
        required=False,
        label=_("Which job roles is it for? (optional)"),
        widget=forms.CheckboxSelectMultiple,
        error_messages={"invalid_choice": _("Choose job roles from the list")},
    )
    regions, local_authorities = _places()
    licence = forms.CharField(
        label=_("Licence (optional)"),
        required=False,
        max_length=120,
        error_messages={"max_length": _("Licence must be 120 characters or fewer")},
    )
    review_by = DayMonthYearField(label=_("Review-by date"), required=False)
    language = _language()

    places_required_message = _("Choose where it applies, or All Wales")

    class Meta:
        model = Resource
        fields = [
            "title",
            "resource_type",
            "url",
            "summary",
            "body",
            "challenge_areas",
            "roles",
            "job_roles",
            "evidence_level",
            "cost",
            "time_to_implement",
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

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Radio buttons without a blank "---------" choice; leaving them unticked is the blank.
        for name in ("resource_type", "evidence_level", "cost", "time_to_implement"):
            self.fields[name].choices = [c for c in self.fields[name].choices if c[0]]


class NeedForm(ContributionForm):
    markdown_fields = ("body",)
    places_required = True
    places_required_message = _("Choose where you are, or All Wales")

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
        max_length=10000,
        widget=forms.Textarea(attrs={"rows": 6}),
        error_messages={
            "required": _("Enter the details of your question"),
            "max_length": _("Details must be 10,000 characters or fewer"),
        },
    )
    challenge_areas = _challenge_areas()
    regions, local_authorities = _places()
    language = _language()

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
    own_innovations = forms.ModelMultipleChoiceField(
        queryset=Innovation.objects.none(),
        required=False,
        label=_("Point to innovations you shared (optional)"),
        widget=forms.CheckboxSelectMultiple,
        error_messages={"invalid_choice": _("Choose innovations from the list")},
    )
    own_resources = forms.ModelMultipleChoiceField(
        queryset=Resource.objects.none(),
        required=False,
        label=_("Point to resources you added (optional)"),
        widget=forms.CheckboxSelectMultiple,
        error_messages={"invalid_choice": _("Choose resources from the list")},
    )
    shared_links = forms.CharField(
        label=_("Or paste links to anything else on ShareHub (optional)"),
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

    def save_related(self, reply) -> None:
        innovations, resources = self.cleaned_data["shared_links"]
        reply.innovations.set({*self.cleaned_data["own_innovations"], *innovations})
        reply.resources.set({*self.cleaned_data["own_resources"], *resources})
