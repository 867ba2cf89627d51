from dataclasses import dataclass
from functools import wraps
from urllib.parse import urlencode

from django.db.models import Case, Value, When
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext as _

from sharehub.catalogue import adoptions, coauthors, selectors
from sharehub.catalogue.contribute import owner_context
from sharehub.catalogue.forms import NeedReplyForm
from sharehub.catalogue.models import Innovation, Need, Resource
from sharehub.core import fragments
from sharehub.core.models import Status
from sharehub.core.views import bad_request
from sharehub.taxonomy import kept_pages
from sharehub.taxonomy.browse import BadQuery, browse, page_context
from sharehub.taxonomy.facet_arrays import table_versions
from sharehub.taxonomy.filters import nearness
from sharehub.taxonomy.models import LocalAuthority, Region
from sharehub.taxonomy.terms import attach_terms, by_pk, by_slug, terms
from sharehub.taxonomy.terms import version as term_version


def _list(request: HttpRequest, model, template: str) -> HttpResponse:
    try:
        result = browse(model, model.objects.published(), request.GET)
    except BadQuery as exc:
        return bad_request(request, exc.messages)
    return render(request, template, page_context(result, request.GET))


@kept_pages.kept_for_readers(Innovation._meta.db_table, people=True)
def innovation_list(request: HttpRequest) -> HttpResponse:
    return _list(request, Innovation, "catalogue/innovation_list.html")


@kept_pages.kept_for_readers(Resource._meta.db_table, people=True)
def resource_list(request: HttpRequest) -> HttpResponse:
    return _list(request, Resource, "catalogue/resource_list.html")


NEAR = "near"  # the notice board's extra sort: the reader's place first


@dataclass(frozen=True)
class Place:
    """Where a reader is, for "near me first": a local authority and its region,
    or a region alone; `chosen` when it came from the address, not the profile."""

    local_authority: LocalAuthority | None
    region: Region
    chosen: bool

    @property
    def name(self) -> str:
        return (self.local_authority or self.region).name


def reader_place(request: HttpRequest) -> Place | None:
    """`?near=<local authority or region slug>` if given (anyone may choose one,
    and the address can be shared); otherwise the local authority on a signed-in
    reader's profile; otherwise None. An unknown slug is a BadQuery."""
    slug = request.GET.get("near", "").strip()
    if slug:
        local_authorities = by_slug(LocalAuthority)
        if slug in local_authorities:
            la = local_authorities[slug]
            return Place(la, by_pk(Region)[la.region_id], chosen=True)
        regions = by_slug(Region)
        if slug in regions:
            return Place(None, regions[slug], chosen=True)
        raise BadQuery(
            [
                "near: "
                + _(
                    "Unknown place “%(value)s”. Use a local authority or region slug, such as cardiff."
                )
                % {"value": slug}
            ]
        )
    user = request.user
    if user.is_authenticated and user.local_authority_id:
        la = by_pk(LocalAuthority).get(user.local_authority_id)
        if la is not None:
            return Place(la, by_pk(Region)[la.region_id], chosen=False)
    return None


@kept_pages.kept_for_readers(Need._meta.db_table)
def need_list(request: HttpRequest) -> HttpResponse:
    """The notice board. With a place (reader_place), "near me first" is a sort
    choice, and the default without search words: questions in the local
    authority, then the rest of its region, then everything else; open before
    answered, newest first within each."""
    try:
        place = reader_place(request)
    except BadQuery as exc:
        return bad_request(request, exc.messages)
    data = request.GET
    ordering = data.get("ordering", "")
    near_first = place is not None and (ordering == NEAR or (not ordering and not data.get("q")))
    if ordering == NEAR:  # not a FilterSet choice: the order depends on the reader
        data = data.copy()
        data.pop("ordering")
    order_by = ()
    if near_first:
        order_by = (
            nearness(Need, local_authority=place.local_authority, region=place.region),
            Case(When(answered_at__isnull=True, then=Value(0)), default=Value(1)),
            "-published_at",
            "-id",
        )
    try:
        result = browse(Need, Need.objects.published(), data, order_by=order_by)
    except BadQuery as exc:
        return bad_request(request, exc.messages)
    orderings = list(result.filterset.filters["ordering"].extra["choices"])
    if place is not None:
        label = (
            _("Near %(place)s first") % {"place": place.name}
            if place.chosen
            else _("Near me first")
        )
        orderings.append((NEAR, label))
    context = page_context(result, request.GET, orderings)
    if near_first:
        context["current_ordering"] = NEAR
    if place is not None and place.chosen:  # the filters and "Clear filters" keep it
        near = {"near": request.GET["near"].strip()}
        context["keep_ordering"] = [*context["keep_ordering"], *near.items()]
        cleared = context["clear_filters_query"]
        context["clear_filters_query"] = (
            f"{cleared}&{urlencode(near)}" if cleared else (f"?{urlencode(near)}")
        )
    context.update(
        {
            "place": place,
            "places": [
                (region, [la for la in terms(LocalAuthority) if la.region_id == region.pk])
                for region in terms(Region)
                if any(la.region_id == region.pk for la in terms(LocalAuthority))
            ],
        }
    )
    return render(request, "catalogue/need_list.html", context)


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


def cached_for_readers(model, *shown_tables: str):
    """An item's page as everyone who is not signed in sees it, kept in the cache
    (sharehub.core.fragments) while nothing it shows has changed: the item and what
    hangs from it (its token), people's names (the generation), its table (its
    related items and its other-language version: the table's version, and the
    versions of `shown_tables`, other tables whose rows it shows), the taxonomy, and
    its "useful" count. Only a plain GET of a published item with no
    query but a page of comments and no message waiting is served from the cache."""

    counts = [f.name for f in model._meta.fields if f.name == "useful_count"]

    def decorator(view):
        @wraps(view)
        def wrapped(request: HttpRequest, slug: str) -> HttpResponse:
            if not _readers_request(request):
                return view(request, slug)
            row = model.objects.published().filter(slug=slug).values("pk", *counts).first()
            versions = table_versions(model._meta.db_table, *shown_tables)
            key = None
            if row is not None and versions is not None:
                key = fragments.key(
                    model(pk=row["pk"]),
                    "item-page",
                    request.get_full_path(),
                    *(str(row[name]) for name in counts),
                    versions,
                    str(term_version()),
                )
            return kept_pages.serve(request, key, lambda: view(request, slug))

        return wrapped

    return decorator


def _readers_request(request: HttpRequest) -> bool:
    if not kept_pages.readers_request(request):
        return False
    query = list(request.GET.items())
    return not query or (len(query) == 1 and query[0][0] == "comments" and query[0][1].isdigit())


def _detail(request: HttpRequest, item, template: str, **extra) -> HttpResponse:
    user = request.user
    is_owner = coauthors.may_edit(item, user)  # the author, or a co-author
    # Read only when its cards are not kept (templates' {% shared_part %}).
    related = SimpleLazyObject(lambda: selectors.related(item))
    context = {"item": item, "related": related, "is_owner": is_owner, **extra}
    if is_owner:
        context.update(owner_context(item, user))
    return render(request, template, context)


@cached_for_readers(Innovation)
@follow_duplicates(Innovation)
def innovation_detail(request: HttpRequest, slug: str) -> HttpResponse:
    innovation = get_item_for_user(selectors.innovation_detail_queryset(), request.user, slug)
    return _detail(
        request,
        innovation,
        "catalogue/innovation_detail.html",
        spreading_offer=adoptions.can_offer_spreading(innovation, request.user),
    )


@cached_for_readers(Resource)
@follow_duplicates(Resource)
def resource_detail(request: HttpRequest, slug: str) -> HttpResponse:
    resource = get_item_for_user(selectors.resource_detail_queryset(), request.user, slug)
    return _detail(request, resource, "catalogue/resource_detail.html")


# Its replies, and the innovations, resources and contacts they (and the asker's
# suggestions) name.
@cached_for_readers(
    Need, "catalogue_needreply", "catalogue_innovation", "catalogue_resource", "contacts_contact"
)
@follow_duplicates(Need)
def need_detail(request: HttpRequest, slug: str) -> HttpResponse:
    need = get_item_for_user(selectors.need_detail_queryset(request.user), request.user, slug)
    reply_form = None
    if need.is_published and request.user.is_authenticated:
        reply_form = NeedReplyForm(user=request.user)
    return _detail(request, need, "catalogue/need_detail.html", reply_form=reply_form)
