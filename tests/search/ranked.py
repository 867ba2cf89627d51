"""The published innovations a query finds, best first: what search tests compare."""

from sharehub.catalogue.models import Innovation


def search(q: str) -> list[str]:
    return list(
        Innovation.objects.published()
        .search(q)
        .order_by("-rank", "-published_at", "-id")
        .values_list("title", flat=True)
    )
