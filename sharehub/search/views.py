import hashlib

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils.translation import get_language
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from sharehub.catalogue.models import Innovation, Need, NeedReply, Resource
from sharehub.contacts.models import Contact
from sharehub.core.views import bad_request
from sharehub.search import suggestions
from sharehub.search.selectors import combined_search, home_page
from sharehub.search.suggest import suggest
from sharehub.taxonomy import kept_pages
from sharehub.taxonomy.browse import BadQuery, page_context
from sharehub.taxonomy.filters import Ordering
from sharehub.taxonomy.models import ChallengeArea, Region
from sharehub.taxonomy.terms import terms


@kept_pages.kept_for_readers(
    Innovation._meta.db_table,
    Need._meta.db_table,
    NeedReply._meta.db_table,
    vary=lambda: str(settings.SHAREHUB_UNANSWERED_AFTER_DAYS),  # the questions waiting
    people=True,
)
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


@kept_pages.kept_for_readers(
    *(model._meta.db_table for model in (Innovation, Resource, Need, Contact)),
    people=True,
)
def search(request: HttpRequest) -> HttpResponse:
    try:
        result = combined_search(request.GET)
    except BadQuery as exc:
        return bad_request(request, exc.messages)
    if result.query and result.total == 0:
        result.suggestion = suggest(result.query)
    orderings = [(o.value, o.label) for o in (Ordering.RELEVANCE, Ordering.NEWEST)]
    return render(request, "search/search.html", page_context(result, request.GET, orderings))


MATCHES_MAX_QUERY = 500
MATCHES_CACHE_SECONDS = 120


@require_GET
@cache_control(max_age=60, private=True)
def question_matches(request: HttpRequest) -> HttpResponse:
    """A fragment for the notice board form's script: published innovations,
    resources and contacts like the question being typed (the same as its page
    shows its asker afterwards). Read-only and public, like the lists."""
    query = " ".join(request.GET.get("q", "")[:MATCHES_MAX_QUERY].lower().split())
    key = f"question-matches:{get_language()}:{hashlib.sha256(query.encode()).hexdigest()}"
    html = cache.get(key)
    if html is None:  # typing sends many requests; the same words come from the cache
        found = suggestions.for_text(query) if len(query) >= 3 else suggestions.Suggestions()
        html = render_to_string(
            "search/includes/need_suggestions.html",
            {"suggestions": found, "compact": True},
            request=request,
        )
        cache.set(key, html, MATCHES_CACHE_SECONDS)
    return HttpResponse(html)
