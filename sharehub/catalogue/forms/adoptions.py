""" "We tried this too": the form. Validation only; saving goes through
sharehub.catalogue.adoptions.adoption_create."""

import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.forms.boundfield import BoundField
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from sharehub.catalogue.models.adoptions import STOPPED_REASON_MAX, STORY_MAX, Progress
from sharehub.catalogue.models.innovations import ContactPreference
from sharehub.taxonomy.models import LocalAuthority


class MonthYearField(forms.MultiValueField):
    """A GOV.UK date input with a month and a year: the first day of that month."""

    class Widget(forms.MultiWidget):
        def __init__(self):
            super().__init__({"month": forms.TextInput, "year": forms.TextInput})

        def decompress(self, value):
            return [value.month, value.year] if value else [None, None]

    class Parts(BoundField):
        @property
        def parts(self) -> dict:
            value = self.value()
            if not isinstance(value, (list, tuple)):
                value = self.field.widget.decompress(value)
            return dict(zip(("month", "year"), value, strict=False))

    widget = Widget
    bound_field_class = Parts

    def __init__(self, **kwargs):
        part = {"invalid": _("When it started must be a real month and year")}
        super().__init__(
            fields=(
                forms.IntegerField(required=False, error_messages=part),
                forms.IntegerField(required=False, error_messages=part),
            ),
            require_all_fields=False,
            **kwargs,
        )

    def compress(self, values):
        if not values or all(v in (None, "") for v in values):
            return None
        month, year = values
        if month is None:
            raise ValidationError(_("When it started must include a month"))
        if year is None:
            raise ValidationError(_("When it started must include a year"))
        if not 1900 <= year <= 9999 or not 1 <= month <= 12:
            raise ValidationError(_("When it started must be a real month and year"))
        return datetime.date(year, month, 1)


class AdoptionForm(forms.Form):
    organisation = forms.CharField(
        label=_("Your organisation or team"),
        help_text=_("For example, “Gwynedd Council reablement team”."),
        max_length=200,
        error_messages={
            "required": _("Enter your organisation or team"),
            "max_length": _("Organisation must be 200 characters or fewer"),
        },
    )
    local_authority = forms.ModelChoiceField(
        queryset=LocalAuthority.objects.all(),
        label=_("Where did you take it up?"),
        help_text=_("The local authority area where your organisation tried it."),
        empty_label=_("Choose a local authority"),
        error_messages={
            "required": _("Choose the local authority where you took it up"),
            "invalid_choice": _("Choose a local authority from the list"),
        },
    )
    started = MonthYearField(
        label=_("When did you start?"),
        help_text=_("For example, 3 2025"),
        error_messages={"required": _("Enter the month and year you started")},
    )
    progress = forms.ChoiceField(
        choices=Progress.choices,
        widget=forms.RadioSelect,
        label=_("How far has it got?"),
        error_messages={
            "required": _("Choose how far it has got"),
            "invalid_choice": _("Choose how far it has got"),
        },
    )
    stopped_reason = forms.CharField(
        label=_("If it stopped, why?"),
        help_text=_("Leave this empty if it has not stopped."),
        required=False,
        max_length=STOPPED_REASON_MAX,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={
            "max_length": _("Why it stopped must be 1,000 characters or fewer"),
        },
    )
    story = forms.CharField(
        label=_("What did you change, and how is it going?"),
        help_text=_(
            "What you did differently from the original, what helped and what got in the way."
        ),
        max_length=STORY_MAX,
        widget=forms.Textarea(attrs={"rows": 6}),
        error_messages={
            "required": _("Enter what you changed and how it is going"),
            "max_length": _("What you changed must be 5,000 characters or fewer"),
        },
    )
    contact_preference = forms.ChoiceField(
        choices=ContactPreference.choices,
        widget=forms.RadioSelect,
        label=_("Can people contact you about it?"),
        initial=ContactPreference.MESSAGE,
        error_messages={
            "required": _("Choose whether people can contact you"),
            "invalid_choice": _("Choose whether people can contact you"),
        },
    )
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

    def clean_started(self):
        started = self.cleaned_data["started"]
        if started and started > timezone.localdate():
            raise ValidationError(_("When you started must be this month or earlier"))
        return started

    def clean(self):
        cleaned = super().clean()
        stopped = cleaned.get("progress") == Progress.STOPPED
        reason = (cleaned.get("stopped_reason") or "").strip()
        if stopped and not reason and "stopped_reason" not in self.errors:
            self.add_error("stopped_reason", _("Say why it stopped"))
        return cleaned

    def values(self) -> dict:
        """The plain values adoption_create takes."""
        data = self.cleaned_data
        return {
            "organisation": data["organisation"],
            "local_authority": data["local_authority"],
            "started": data["started"],
            "progress": data["progress"],
            "stopped_reason": data.get("stopped_reason", ""),
            "story": data["story"],
            "contact_preference": data["contact_preference"],
        }
