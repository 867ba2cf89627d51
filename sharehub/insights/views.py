"""The insights page (/insights/) and each figure's CSV (/insights/<figure>.csv)."""

import csv

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from sharehub.core.spreadsheets import defused
from sharehub.core.views import bad_request
from sharehub.gate.access import is_moderator
from sharehub.gate.kinds import KINDS
from sharehub.insights import selectors
from sharehub.insights.charts import bar_chart, column_chart
from sharehub.insights.forms import FilterForm


def _form(request: HttpRequest) -> FilterForm:
    return FilterForm(request.GET)


def _errors(form: FilterForm) -> list[str]:
    return [
        f"{form.fields[name].label}: {' '.join(str(m) for m in messages)}"
        for name, messages in form.errors.items()
    ]


@require_GET
def insights(request: HttpRequest) -> HttpResponse:
    form = _form(request)
    filters = form.filters()
    staff = is_moderator(request.user)
    figures = selectors.page(filters, staff=staff)
    figures["trend"].chart = column_chart(figures["trend"])
    for name in ("stages", "spread", "organisation_types", "roles"):
        figures[name].chart = bar_chart(figures[name])
    context = {
        "form": form,
        "filters": filters,
        "staff": staff,
        "query": request.GET.urlencode() if not form.errors else "",
        "heat_kind": KINDS[filters.kind].plural,
        "showing": _showing(form, filters),
        "spread_two_or_more": figures["spread"].two_or_more,
        **figures,
    }
    return render(request, "insights/insights.html", context, status=400 if form.errors else 200)


def _showing(form: FilterForm, filters) -> list[tuple[str, str]]:
    """What the figures are for, as (filter, chosen value) pairs."""
    chosen = {
        "period": filters.period,
        "sector": filters.sector.slug if filters.sector else "",
        "kind": filters.kind,
        "language": filters.language,
    }
    return [
        (field.label, dict(field.choices).get(chosen[name], ""))
        for name, field in form.fields.items()
    ]


def safe_cell(value) -> str:
    """A cell (an innovation's title) with any formula defused."""
    return defused(str(value))


@require_GET
def figure_csv(request: HttpRequest, slug: str) -> HttpResponse:
    form = _form(request)
    filters = form.filters()
    if form.errors:
        return bad_request(request, _errors(form))
    figure = selectors.figure(slug, filters, staff=is_moderator(request.user))
    if figure is None:
        raise Http404
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response.write("\ufeff")  # a byte-order mark: spreadsheets then read ŵ and ŷ right
    response["Content-Disposition"] = f'attachment; filename="sharehub-insights-{slug}.csv"'
    writer = csv.writer(response)
    writer.writerow([safe_cell(c) for c in figure.columns])
    writer.writerows([safe_cell(c) for c in row] for row in figure.rows)
    return response
