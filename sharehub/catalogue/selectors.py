"""Reads for the catalogue pages: what each list and detail page fetches."""

from django.db.models import Prefetch
from django.http import QueryDict

from sharehub.catalogue.models import Adoption, Innovation, Need, NeedReply, Resource
from sharehub.core.models import Status
from sharehub.taxonomy.filters import filterset_for


def decorate_innovations(qs):
    return qs.select_related("stage", "kind", "sector").prefetch_related(
        "challenge_areas", "regions", "local_authorities"
    )


def decorate_resources(qs):
    return qs.prefetch_related("challenge_areas", "regions", "local_authorities")


def decorate_needs(qs):
    return qs.prefetch_related("challenge_areas", "regions", "local_authorities")


def innovation_detail_queryset():
    return decorate_innovations(
        Innovation.objects.select_related("role", "job_role", "organisation_type", "author")
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
    return decorate_resources(Resource.objects.select_related("sector", "author")).prefetch_related(
        "roles", "job_roles"
    )


def need_detail_queryset():
    replies = NeedReply.objects.select_related("author").prefetch_related(
        Prefetch("innovations", queryset=Innovation.objects.published()),
        Prefetch("resources", queryset=Resource.objects.published()),
    )
    return decorate_needs(Need.objects.select_related("author")).prefetch_related(
        Prefetch("replies", queryset=replies)
    )


def related(item, *, limit: int = 4) -> list:
    """Published items of the same type sharing a challenge area, nearest first:
    those in the same regions (by the same rules as the region filter), then
    the rest; newest first within each. Uses the newest-first index, so it
    stays fast on a large catalogue."""
    model = type(item)
    areas = [area.slug for area in item.challenge_areas.all()]
    if not areas:
        return []
    regions = sorted({region.slug for _la, region in item.places()})
    decorate = {Innovation: decorate_innovations, Need: decorate_needs}.get(
        model, decorate_resources
    )
    filterset = filterset_for(model)
    base = model.objects.published().exclude(pk=item.pk)

    def pick(n: int, exclude: list[int], **params: list[str]) -> list:
        data = QueryDict(mutable=True)
        for key, values in params.items():
            data.setlist(key, values)
        return list(decorate(filterset(data, queryset=base.exclude(pk__in=exclude)).qs)[:n])

    found = pick(limit, [], challenge_area=areas, region=regions) if regions else []
    if len(found) < limit:
        found += pick(limit - len(found), [f.pk for f in found], challenge_area=areas)
    return found
