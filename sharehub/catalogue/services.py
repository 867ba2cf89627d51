"""Writes to the catalogue. Every change to content goes through a function here."""

from django.db import transaction
from django.db.models import Count, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce

from sharehub.catalogue.models import Adoption, Innovation
from sharehub.core.models import Status


@transaction.atomic
def innovation_refresh_adoption_count(*, innovation_ids: list[int]) -> None:
    """Recount published adoptions, the key of the "most adopted" sort."""
    published = (
        Adoption.objects.filter(innovation=OuterRef("pk"))
        .order_by()
        .values("innovation")
        .annotate(n=Count("pk", filter=Q(status=Status.PUBLISHED)))
        .values("n")
    )
    Innovation.objects.filter(pk__in=innovation_ids).update(
        adoption_count=Coalesce(Subquery(published), 0)
    )
