"""Read-only open data API: published content only, the pages' FilterSets."""

from django.urls import reverse
from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema
from rest_framework import viewsets
from rest_framework.decorators import api_view
from rest_framework.response import Response

from sharehub.api import serializers
from sharehub.catalogue.models import Innovation, Need, Resource
from sharehub.contacts.models import Contact
from sharehub.taxonomy import kept_pages
from sharehub.taxonomy import models as tax
from sharehub.taxonomy.browse import for_list, known
from sharehub.taxonomy.filters import TOTAL, facet_counts, filterset_for
from sharehub.taxonomy.terms import attach_terms, terms


class FilterBackend(DjangoFilterBackend):
    """The FilterSet validates every filter; invalid values become a 400."""

    raise_exception = True


class ContentViewSet(viewsets.ReadOnlyModelViewSet):
    lookup_field = "slug"
    filter_backends = [FilterBackend]
    model = None
    extra_prefetch: tuple[str, ...] = ()

    def get_queryset(self, published=None):
        published = self.model.objects.published() if published is None else published
        return for_list(published).prefetch_related(*self.extra_prefetch)

    def paginate_queryset(self, queryset):
        return attach_terms(super().paginate_queryset(queryset))

    def list(self, request, *args, **kwargs):
        """The page, its total and `facets`: for each filter, {slug: the number
        of results choosing it gives}, the counts the pages show. Kept for
        readers who are not signed in (sharehub.taxonomy.kept_pages)."""
        tables = (self.model._meta.db_table,)
        return kept_pages.for_readers(request, tables, lambda _request: self._list(request))

    def _list(self, request):
        published = self.model.objects.published()
        seen = known(self.model, published, request.query_params)
        queryset = self.filter_queryset(self.get_queryset(seen.queryset))  # a bad filter: 400
        counts = facet_counts(self.model, published, request.query_params, index=seen.index)
        page = self.paginate_queryset(seen.counted(queryset, counts[TOTAL][""]))
        response = self.get_paginated_response(self.get_serializer(page, many=True).data)
        response.data["facets"] = {p: per for p, per in counts.items() if p != TOTAL}
        return response

    def get_object(self):
        return attach_terms([super().get_object()])[0]


class InnovationViewSet(ContentViewSet):
    """Published innovations."""

    model = Innovation
    serializer_class = serializers.InnovationSerializer
    filterset_class = filterset_for(Innovation)


class ResourceViewSet(ContentViewSet):
    """Published resources."""

    model = Resource
    extra_prefetch = ("roles", "job_roles")
    serializer_class = serializers.ResourceSerializer
    filterset_class = filterset_for(Resource)


class ContactViewSet(ContentViewSet):
    """Published contacts: only the fields a contact chose to list."""

    model = Contact
    serializer_class = serializers.ContactSerializer
    filterset_class = filterset_for(Contact)


class NeedViewSet(ContentViewSet):
    """Published notice-board needs."""

    model = Need
    serializer_class = serializers.NeedSerializer
    filterset_class = filterset_for(Need)


TAXONOMIES = {
    "challenge_areas": tax.ChallengeArea,
    "regions": tax.Region,
    "local_authorities": tax.LocalAuthority,
    "roles": tax.Role,
    "job_roles": tax.JobRole,
    "organisation_types": tax.OrganisationType,
    "stages": tax.Stage,
    "kinds": tax.Kind,
    "sectors": tax.Sector,
    "innovation_profiles": tax.InnovationProfile,
}


@extend_schema(
    summary="The shared taxonomy: slugs with English and Welsh names",
    responses=OpenApiTypes.OBJECT,
)
@api_view(["GET"])
def taxonomy(request):
    regions = {r.pk: r.slug for r in terms(tax.Region)}
    data = {}
    for key, model in TAXONOMIES.items():
        data[key] = [
            {
                "slug": term.slug,
                "name": {"en": term.name_en, "cy": term.name_cy},
                "description": {"en": term.description_en, "cy": term.description_cy},
                **({"region": regions[term.region_id]} if key == "local_authorities" else {}),
            }
            for term in terms(model)
        ]
    return Response(data)


@extend_schema(exclude=True)
@api_view(["GET"])
def root(request):
    names = ["innovations", "resources", "contacts", "needs", "taxonomy", "schema"]
    return Response(
        {
            name: request.build_absolute_uri(
                reverse(f"api:{name}-list" if name in names[:4] else f"api:{name}")
            )
            for name in names
        }
    )
