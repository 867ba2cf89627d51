"""Reads for the catalogue pages: what each list and detail page fetches."""

from django.db.models import Exists, OuterRef, Prefetch

from sharehub.catalogue.models import Adoption, Innovation, Need, NeedReply, Resource
from sharehub.core.models import Status


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
    those that also share a place, then the rest; newest first within each.
    Walks the newest-first index, so it stays fast on a large catalogue."""
    model = type(item)
    area_ids = [a.pk for a in item.challenge_areas.all()]
    region_ids = [r.pk for r in item.regions.all()]
    if not area_ids:
        return []
    base = model.objects.published().exclude(pk=item.pk).order_by("-published_at", "-id")
    areas = model.challenge_areas.through.objects.filter(
        **{f"{model._meta.model_name}_id": OuterRef("pk"), "challengearea_id__in": area_ids}
    )
    base = base.filter(Exists(areas))
    decorate = {Innovation: decorate_innovations, Need: decorate_needs}.get(
        model, decorate_resources
    )
    found = []
    if region_ids:
        places = model.regions.through.objects.filter(
            **{f"{model._meta.model_name}_id": OuterRef("pk"), "region_id__in": region_ids}
        )
        found = list(decorate(base.filter(Exists(places)))[:limit])
    if len(found) < limit:
        found += list(decorate(base.exclude(pk__in=[f.pk for f in found]))[: limit - len(found)])
    return found
