from django.conf import settings
from django.utils.translation import gettext as _
from rest_framework.exceptions import ValidationError
from rest_framework.pagination import PageNumberPagination

from sharehub.core.pagination import PageError, get_page


class BoundedPagination(PageNumberPagination):
    """`page` and `page_size` (1 to SHAREHUB_MAX_PAGE_SIZE), never deeper than
    SHAREHUB_MAX_RESULTS rows; anything else is a 400 naming the parameter."""

    page_size_query_param = "page_size"

    def get_page_size(self, request) -> int:
        raw = request.query_params.get(self.page_size_query_param)
        if raw in (None, ""):
            return settings.SHAREHUB_PAGE_SIZE
        maximum = settings.SHAREHUB_MAX_PAGE_SIZE
        try:
            size = int(raw)
        except ValueError:
            size = 0
        if not 1 <= size <= maximum:
            raise ValidationError(
                {
                    "page_size": [
                        _("page_size must be a whole number from 1 to %(max)s.") % {"max": maximum}
                    ]
                }
            )
        return size

    def paginate_queryset(self, queryset, request, view=None):
        self.request = request
        try:
            self.page = get_page(
                queryset, request.query_params.get("page"), self.get_page_size(request)
            )
        except PageError as exc:
            raise ValidationError({"page": [str(exc)]}) from None
        return list(self.page)

    def get_paginated_response_schema(self, schema):
        response = super().get_paginated_response_schema(schema)
        response["properties"]["facets"] = {
            "type": "object",
            "description": "For each filter, {slug: the number of results choosing it gives}",
            "additionalProperties": {
                "type": "object",
                "additionalProperties": {"type": "integer"},
            },
        }
        return response
