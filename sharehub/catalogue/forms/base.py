"""What every contribution form shares, and the shared fields."""

import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.forms.boundfield import BoundField
from django.forms.utils import ErrorDict
from django.utils.translation import gettext_lazy as _

from sharehub.core.fields import ModelMultipleChoiceField
from sharehub.core.markdown import render_markdown
from sharehub.core.models import Language
from sharehub.taxonomy import models as tax
from sharehub.taxonomy.terms import terms

WEB_URL = URLValidator(schemes=["http", "https"])


class MarkdownPreview:
    """The Preview button: the form comes back with each Markdown field rendered
    below it, keeping what was typed (nothing is submitted). Only text that passes
    its field's own checks is rendered: a field that is too long shows its error
    instead, and no other field is validated."""

    markdown_fields: tuple[str, ...] = ()

    def for_preview(self):
        self._errors = ErrorDict()  # a bound form that is not validated as a whole
        self.cleaned_data = {}
        self._previews = {}
        for name in self.markdown_fields:
            raw = self[name].data
            if not raw:
                continue
            try:
                value = self.fields[name].clean(raw)
            except ValidationError as exc:
                self.add_error(name, exc)
                continue
            self._previews[name] = render_markdown(value)
        return self

    def previews(self) -> dict[str, str]:
        if not hasattr(self, "_previews"):
            self.for_preview()
        return self._previews


class ContributionForm(MarkdownPreview, forms.ModelForm):
    """What every contribution form shares: Markdown previews, places set through
    Tagged.set_places, and a hook for saving the related rows after the item."""

    places_required = False
    places_required_message = _("Choose where it happened, or All Wales")
    places_legend = _("Where did it happen?")
    places_hint = _(
        "Choose every region it covers. You can narrow a region down to local authorities."
    )

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

    def values(self) -> dict:
        """The cleaned values the model takes, for sharehub.catalogue.workflow: what
        form.save() would set (a field with a default that the page did not send
        keeps the default), many-to-many values and places included."""
        model = self._meta.model
        names = {f.name for f in model._meta.concrete_fields} | {
            f.name for f in model._meta.many_to_many
        }
        values = {}
        for name, value in self.cleaned_data.items():
            if name not in names or name not in self.fields:
                continue
            field, form_field = model._meta.get_field(name), self.fields[name]
            if (  # as django.forms.models.construct_instance
                not field.many_to_many
                and field.has_default()
                and form_field.widget.value_omitted_from_data(
                    self.data, self.files, self.add_prefix(name)
                )
                and value in form_field.empty_values
            ):
                continue
            values[name] = value
        return values

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
        first = True  # the error summary links to the first local authority
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
            if first and groups[-1]["local_authorities"]:
                groups[-1]["local_authorities"][0]["first"] = True
                first = False
        return groups


def challenge_areas_field():
    return ModelMultipleChoiceField(
        queryset=tax.ChallengeArea.objects.all(),
        label=_("Challenge areas"),
        help_text=_("Choose all that apply."),
        widget=forms.CheckboxSelectMultiple,
        error_messages={
            "required": _("Choose at least one challenge area"),
            "invalid_choice": _("Choose challenge areas from the list"),
            "invalid_pk_value": _("Choose challenge areas from the list"),
        },
    )


def places_fields():
    invalid = {
        "invalid_choice": _("Choose places from the list"),
        "invalid_pk_value": _("Choose places from the list"),
    }
    return (
        ModelMultipleChoiceField(
            queryset=tax.Region.objects.all(), required=False, error_messages=invalid
        ),
        ModelMultipleChoiceField(
            queryset=tax.LocalAuthority.objects.all(), required=False, error_messages=invalid
        ),
    )


def term_choice(model, label, message, *, select=False):
    """An optional term: radio buttons (nothing ticked is blank), or a select for long lists."""
    return forms.ModelChoiceField(
        queryset=model.objects.all(),
        required=False,
        label=label,
        empty_label=_("Not given") if select else None,
        widget=forms.Select if select else forms.RadioSelect,
        error_messages={"invalid_choice": message},
    )


def language_field():
    return forms.ChoiceField(
        choices=Language.choices,
        widget=forms.RadioSelect,
        label=_("Which language is it written in?"),
        error_messages={"required": _("Choose the language it is written in")},
    )


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
