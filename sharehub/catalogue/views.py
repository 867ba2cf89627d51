from functools import wraps

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render

from sharehub.catalogue import adoptions, selectors
from sharehub.catalogue.contribute import owner_context
from sharehub.catalogue.forms import NeedReplyForm
from sharehub.catalogue.models import Innovation, Need, Resource
from sharehub.core.models import Status
from sharehub.core.views import bad_request
from sharehub.taxonomy.browse import BadQuery, browse, page_context
from sharehub.taxonomy.terms import attach_terms


def _list(request: HttpRequest, model, template: str) -> HttpResponse:
    try:
        result = browse(model, model.objects.published(), request.GET)
    except BadQuery as exc:
        return bad_request(request, exc.messages)
    return render(request, template, page_context(result, request.GET))


def innovation_list(request: HttpRequest) -> HttpResponse:
    return _list(request, Innovation, "catalogue/innovation_list.html")


def resource_list(request: HttpRequest) -> HttpResponse:
    return _list(request, Resource, "catalogue/resource_list.html")


def need_list(request: HttpRequest) -> HttpResponse:
    return _list(request, Need, "catalogue/need_list.html")


def get_item_for_user(queryset, user, slug: str):
    """The gatekeeper for reading one item: published, or the reader's own.
    Anything else is a 404, so a draft's existence is never revealed."""
    return attach_terms([get_object_or_404(queryset.visible_to(user), slug=slug)])[0]


def follow_duplicates(model):
    """A detail page whose item a moderator hid as a duplicate leads to the
    published original (looked up only when the page would otherwise be a 404)."""

    def decorator(view):
        @wraps(view)
        def wrapped(request: HttpRequest, slug: str) -> HttpResponse:
            try:
                return view(request, slug)
            except Http404:
                original = (
                    model.objects.filter(
                        slug=slug, status=Status.HIDDEN, duplicate_of__status=Status.PUBLISHED
                    )
                    .values_list("duplicate_of__slug", flat=True)
                    .first()
                )
                if original is None:
                    raise
                return redirect(model(slug=original))

        return wrapped

    return decorator


def _detail(request: HttpRequest, item, template: str, **extra) -> HttpResponse:
    user = request.user
    is_owner = user.is_authenticated and item.author_id == user.pk
    context = {"item": item, "related": selectors.related(item), "is_owner": is_owner, **extra}
    if is_owner:
        context.update(owner_context(item))
    return render(request, template, context)


@follow_duplicates(Innovation)
def innovation_detail(request: HttpRequest, slug: str) -> HttpResponse:
    innovation = get_item_for_user(selectors.innovation_detail_queryset(), request.user, slug)
    return _detail(
        request,
        innovation,
        "catalogue/innovation_detail.html",
        spreading_offer=adoptions.can_offer_spreading(innovation, request.user),
    )


@follow_duplicates(Resource)
def resource_detail(request: HttpRequest, slug: str) -> HttpResponse:
    resource = get_item_for_user(selectors.resource_detail_queryset(), request.user, slug)
    return _detail(request, resource, "catalogue/resource_detail.html")


@follow_duplicates(Need)
def need_detail(request: HttpRequest, slug: str) -> HttpResponse:
    need = get_item_for_user(selectors.need_detail_queryset(request.user), request.user, slug)
    reply_form = None
    if need.is_published and request.user.is_authenticated:
        reply_form = NeedReplyForm(user=request.user)
    return _detail(request, need, "catalogue/need_detail.html", reply_form=reply_form)
