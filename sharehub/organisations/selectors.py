"""What anyone may read about organisations. An organisation is public while it
stands behind something public (a published innovation, resource or adoption story,
or a listed contact: the gate's own rules, ContentKind.public_rows); a record made
from a draft's words alone shows nowhere until then."""

from functools import reduce
from operator import or_

from django.db.models import Q

from sharehub.gate.access import is_moderator
from sharehub.gate.kinds import KINDS
from sharehub.organisations.models import Organisation
from sharehub.taxonomy.browse import for_list
from sharehub.taxonomy.terms import attach_terms

# The kinds an organisation's page lists, in page order, with how each is sorted.
SHOWN = {
    "innovation": ("-published_at", "-id"),
    "resource": ("-published_at", "-id"),
    "adoption": ("-published_at", "-id"),
    "contact": ("name", "id"),
}
PAGE_LIMIT = 50  # of each kind on an organisation's page, newest first


def public_rows(kind: str):
    return KINDS[kind].public_rows()


def public_organisations():
    """Organisations with at least one public thing linked to them."""
    linked = (
        Q(
            pk__in=public_rows(kind)
            .filter(organisation_record__isnull=False)
            .values("organisation_record")
        )
        for kind in SHOWN
    )
    return Organisation.objects.filter(reduce(or_, linked))


def organisations_for(user, q: str = ""):
    """The list page: public organisations (moderators see every record, to find
    duplicates), by name, matching `q`."""
    rows = Organisation.objects.all() if is_moderator(user) else public_organisations()
    if q:
        rows = rows.search(q)
    return rows.select_related("organisation_type").order_by("name", "id")


def organisation_for(user, slug: str) -> Organisation | None:
    """The gatekeeper for one organisation's page: public ones for anyone, every
    record for moderators. None (a 404) otherwise."""
    rows = Organisation.objects.all() if is_moderator(user) else public_organisations()
    return (
        rows.select_related("organisation_type")
        .prefetch_related("local_authorities")
        .filter(slug=slug)
        .first()
    )


def shared_by(organisation: Organisation) -> dict:
    """{kind: (up to PAGE_LIMIT public rows, how many there are)} for its page: a
    fixed number of queries, however much it has shared."""
    shown = {}
    for kind, ordering in SHOWN.items():
        rows = public_rows(kind).filter(organisation_record=organisation)
        total = rows.count()
        if kind == "adoption":
            page = rows.select_related("innovation", "local_authority").order_by(*ordering)
        else:
            page = for_list(rows).order_by(*ordering)
        shown[kind] = (attach_terms(page[:PAGE_LIMIT]) if total else [], total)
    return shown
