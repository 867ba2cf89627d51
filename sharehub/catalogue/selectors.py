"""Reads for the catalogue pages: what each list and detail page fetches."""

from django.db.models import Prefetch

from sharehub.catalogue.models import Adoption, Innovation, Need, NeedReply, Resource
from sharehub.core.models import Status
from sharehub.taxonomy.browse import for_display
from sharehub.taxonomy.filters import tagged_with
from sharehub.taxonomy.terms import attach_terms


def with_other_language(queryset):
    """Fetch the item's counterpart in the other language (either direction of
    the link) in the same query, for other_language_version()."""
    return queryset.select_related("translation_of", "translated_as").defer(
        "translation_of__search_vector", "translated_as__search_vector"
    )


def innovation_detail_queryset():
    return for_display(
        with_other_language(Innovation.objects.select_related("author"))
    ).prefetch_related(
        Prefetch(
            "adoptions",
            queryset=Adoption.objects.filter(status=Status.PUBLISHED).select_related(
                "local_authority", "region"
            ),
            to_attr="published_adoptions",
        )
    )


def resource_detail_queryset():
    return for_display(
        with_other_language(Resource.objects.select_related("author"))
    ).prefetch_related("roles", "job_roles")


def need_detail_queryset():
    replies = NeedReply.objects.select_related("author").prefetch_related(
        Prefetch("innovations", queryset=Innovation.objects.published()),
        Prefetch("resources", queryset=Resource.objects.published()),
    )
    return for_display(with_other_language(Need.objects.select_related("author"))).prefetch_related(
        Prefetch("replies", queryset=replies)
    )


def related(item, *, limit: int = 4) -> list:
    """Published items of the same type sharing a challenge area, nearest first:
    those in the same regions (by the same rules as the region filter), then
    the rest; newest first within each. Walks the newest-first index, so it
    stays fast on a large catalogue."""
    model = type(item)
    area_ids = [area.pk for area in item.challenge_areas.all()]
    if not area_ids:
        return []
    region_ids = {region.pk for _la, region in item.places()}
    base = tagged_with(model.objects.published().exclude(pk=item.pk), "challenge_areas", area_ids)
    base = base.order_by("-published_at", "-id")
    found = (
        list(for_display(tagged_with(base, "regions", region_ids))[:limit]) if region_ids else []
    )
    if len(found) < limit:
        found += list(for_display(base.exclude(pk__in=[f.pk for f in found]))[: limit - len(found)])
    return attach_terms(found)
