from urllib.parse import urlencode

from django.conf import settings
from django.contrib.auth import REDIRECT_FIELD_NAME
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_POST

from sharehub.community import access, selectors, services
from sharehub.community.models import BOOKMARK_TARGETS, REACTION_TARGETS
from sharehub.core.pagination import PageError, get_page
from sharehub.core.ratelimit import RateLimited
from sharehub.core.views import bad_request, safe_next
from sharehub.taxonomy.browse import Counted


def _sign_in_first(kind: str, slug: str, targets: tuple[str, ...]) -> HttpResponse:
    """Someone signed out pressed a button: sign in, then back to the item."""
    if kind not in targets:
        raise Http404
    item = selectors.MODELS[kind](slug=slug)
    query = urlencode({REDIRECT_FIELD_NAME: item.get_absolute_url()})
    return redirect(f"{reverse('account_login')}?{query}")


def _wants_json(request: HttpRequest) -> bool:
    return "application/json" in request.headers.get("Accept", "")


def _refused(request: HttpRequest, item, message: str) -> HttpResponse:
    if _wants_json(request):
        return JsonResponse({"error": message}, status=429)
    return render(request, "community/refused.html", {"item": item, "message": message}, status=429)


def _mark(request: HttpRequest, kind: str, slug: str, *, targets, field: str, write, state):
    if not request.user.is_authenticated:
        return _sign_in_first(kind, slug, targets)
    item = access.get_markable(kind, slug, targets)
    wanted = request.POST.get(field)
    if wanted not in ("0", "1"):  # no state given: the opposite of the current one
        wanted = "0" if state(item) else "1"
    try:
        services.take_marking_slot(request.user)
    except RateLimited as exc:
        return _refused(request, item, str(exc))
    write(user=request.user, item=item, **{field: wanted == "1"})
    if _wants_json(request):
        marks = selectors.marks_for(item, request.user)
        return JsonResponse(
            {"useful": marks.useful, "useful_count": marks.useful_count, "saved": marks.saved}
        )
    return redirect(safe_next(request, item.get_absolute_url()))


@require_POST
def useful(request: HttpRequest, kind: str, slug: str) -> HttpResponse:
    """Mark an item useful (useful=1) or take the mark back (useful=0)."""
    return _mark(
        request,
        kind,
        slug,
        targets=REACTION_TARGETS,
        field="useful",
        write=services.useful_set,
        state=lambda item: selectors.marks_for(item, request.user).useful,
    )


@require_POST
def bookmark(request: HttpRequest, kind: str, slug: str) -> HttpResponse:
    """Save an item (saved=1) or take it off the "Saved" page (saved=0)."""
    return _mark(
        request,
        kind,
        slug,
        targets=BOOKMARK_TARGETS,
        field="saved",
        write=services.bookmark_set,
        state=lambda item: selectors.marks_for(item, request.user).saved,
    )


# The "Saved" page's filter: ?type= and its label, in the order the page lists them.
SAVED_TYPES = (
    ("", gettext_lazy("Everything")),
    ("innovation", gettext_lazy("Innovations")),
    ("resource", gettext_lazy("Resources")),
    ("need", gettext_lazy("Questions")),
    ("contact", gettext_lazy("Contacts")),
)


@require_GET
@login_required
def saved(request: HttpRequest) -> HttpResponse:
    kind = request.GET.get("type", "")
    if kind and kind not in BOOKMARK_TARGETS:
        return bad_request(
            request,
            [_("type: choose one of %(types)s.") % {"types": ", ".join(BOOKMARK_TARGETS)}],
        )
    counts = selectors.saved_counts(request.user)
    bookmarks = selectors.saved_bookmarks(request.user, kind)
    try:
        page = get_page(
            Counted(bookmarks, counts[kind] if kind else sum(counts.values())),
            request.GET.get("page"),
            settings.SHAREHUB_PAGE_SIZE,
        )
    except PageError as exc:
        return bad_request(request, [f"page: {exc}"])
    page.object_list = selectors.attach_items(list(page.object_list))
    total = sum(counts.values())
    types = [(slug, label, counts[slug] if slug else total) for slug, label in SAVED_TYPES]
    return render(
        request,
        "community/saved.html",
        {
            "page": page,
            "types": types,
            "total": total,
            "current_type": kind,
            "current_label": dict(SAVED_TYPES)[kind],
        },
    )
