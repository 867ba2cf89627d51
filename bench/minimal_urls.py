"""URLconf for the benchmark's floor: the site's own URLs plus one trivial view.

`bench/run.py` switches ROOT_URLCONF to this module (with override_settings)
only while it times `/__bench_minimal`, so that request passes through the
same middleware and the same resolver as the real pages but does no work.
"""

from django.http import HttpRequest, HttpResponse
from django.urls import path

from sharehub.urls import urlpatterns as site_urlpatterns

MINIMAL_PATH = "/__bench_minimal"


def minimal(request: HttpRequest) -> HttpResponse:
    return HttpResponse("ok")


urlpatterns = [path(MINIMAL_PATH.lstrip("/"), minimal), *site_urlpatterns]
