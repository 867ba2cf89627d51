"""The insights page's filters, carried in its address (a GET form)."""

from datetime import datetime

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from sharehub.core.models import Language
from sharehub.gate.kinds import KINDS
from sharehub.insights.selectors import CONTENT_KINDS, Filters
from sharehub.taxonomy import models as tax
from sharehub.taxonomy.terms import by_slug, terms

DEFAULT_PERIOD = "12m"
YEARS_BACK = 4  # this year and the four before it


def _years() -> list[int]:
    year = timezone.localdate().year
    return list(range(year, year - YEARS_BACK - 1, -1))


def _period_bounds(period: str) -> tuple[datetime | None, datetime | None]:
    """The period's first moment and the moment after it, in Wales's time zone."""
    zone = timezone.get_current_timezone()
    if period == "all":
        return None, None
    if period == DEFAULT_PERIOD:
        today = timezone.localdate()
        # the current month and the eleven before it, whole
        month, year = today.month - 11, today.year
        if month < 1:
            month, year = month + 12, year - 1
        return datetime(year, month, 1, tzinfo=zone), None
    year = int(period)
    return datetime(year, 1, 1, tzinfo=zone), datetime(year + 1, 1, 1, tzinfo=zone)


class FilterForm(forms.Form):
    period = forms.ChoiceField(
        label=_("Period"),
        required=False,
        error_messages={"invalid_choice": _("Choose a period from the list.")},
    )
    sector = forms.ChoiceField(
        label=_("Sector"),
        required=False,
        error_messages={"invalid_choice": _("Choose a sector from the list.")},
    )
    kind = forms.ChoiceField(
        label=_("Content counted by area, region and month"),
        required=False,
        error_messages={"invalid_choice": _("Choose innovations, resources or questions.")},
    )
    language = forms.ChoiceField(
        label=_("Content language"),
        required=False,
        error_messages={"invalid_choice": _("Choose English, Welsh or both languages.")},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["period"].choices = [
            (DEFAULT_PERIOD, _("Last 12 months")),
            *((str(year), str(year)) for year in _years()),
            ("all", _("All time")),
        ]
        self.fields["sector"].choices = [("", _("All sectors"))] + [
            (term.slug, term.name) for term in terms(tax.Sector)
        ]
        self.fields["kind"].choices = [(name, KINDS[name].plural) for name in CONTENT_KINDS]
        self.fields["language"].choices = [("", _("Both languages")), *Language.choices]

    def filters(self) -> Filters:
        """The filters asked for; a value that is not one of the choices is left out
        (the form's errors say which), so the page still shows every figure."""
        self.is_valid()
        data = {name: self.cleaned_data.get(name) or "" for name in self.fields}
        period = data["period"] or DEFAULT_PERIOD
        start, end = _period_bounds(period)
        return Filters(
            period=period,
            start=start,
            end=end,
            sector=by_slug(tax.Sector).get(data["sector"]) if data["sector"] else None,
            kind=data["kind"] or CONTENT_KINDS[0],
            language=data["language"],
        )
