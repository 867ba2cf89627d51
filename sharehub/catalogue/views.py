from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render

from sharehub.catalogue import selectors
from sharehub.catalogue.models import Innovation, Need, Resource
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


def innovation_detail(request: HttpRequest, slug: str) -> HttpResponse:
    innovation = get_item_for_user(selectors.innovation_detail_queryset(), request.user, slug)
    return render(
        request,
        "catalogue/innovation_detail.html",
        {"item": innovation, "related": selectors.related(innovation)},
    )


def resource_detail(request: HttpRequest, slug: str) -> HttpResponse:
    resource = get_item_for_user(selectors.resource_detail_queryset(), request.user, slug)
    return render(
        request,
        "catalogue/resource_detail.html",
        {"item": resource, "related": selectors.related(resource)},
    )


def need_detail(request: HttpRequest, slug: str) -> HttpResponse:
    need = get_item_for_user(selectors.need_detail_queryset(), request.user, slug)
    return render(
        request, "catalogue/need_detail.html", {"item": need, "related": selectors.related(need)}
    )
