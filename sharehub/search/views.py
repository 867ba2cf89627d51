from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from sharehub.core.views import bad_request
from sharehub.search.selectors import combined_search, home_page
from sharehub.search.suggest import suggest
from sharehub.taxonomy.browse import BadQuery, page_context
from sharehub.taxonomy.filters import Ordering
from sharehub.taxonomy.models import ChallengeArea, Region
from sharehub.taxonomy.terms import terms


def home(request: HttpRequest) -> HttpResponse:
    context = home_page()
    counts = context["counts"]
    context["areas"] = [
        (area, counts["challenge_area"].get(area.slug, 0)) for area in terms(ChallengeArea)
    ]
    context["regions"] = [
        (region, counts["region"].get(region.slug, 0)) for region in terms(Region)
    ]
    return render(request, "search/home.html", context)


def search(request: HttpRequest) -> HttpResponse:
    try:
        result = combined_search(request.GET)
    except BadQuery as exc:
        return bad_request(request, exc.messages)
    if result.query and result.total == 0:
        result.suggestion = suggest(result.query)
    orderings = [(o.value, o.label) for o in (Ordering.RELEVANCE, Ordering.NEWEST)]
    return render(request, "search/search.html", page_context(result, request.GET, orderings))
