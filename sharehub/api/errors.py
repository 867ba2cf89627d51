from django.utils.translation import gettext as _
from rest_framework import status
from rest_framework.exceptions import ValidationError
from rest_framework.views import exception_handler as drf_exception_handler


def exception_handler(exc, context):
    """Bad query parameters: 400 with one message list per parameter, e.g.
    {"detail": "Invalid query parameters.", "errors": {"region": ["..."]}}."""
    response = drf_exception_handler(exc, context)
    if response is not None and isinstance(exc, ValidationError):
        errors = response.data if isinstance(response.data, dict) else {"query": response.data}
        response.data = {"detail": _("Invalid query parameters."), "errors": errors}
        response.status_code = status.HTTP_400_BAD_REQUEST
    return response
