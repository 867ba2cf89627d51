from django.conf import settings
from django.http import HttpRequest
from django.urls import translate_url


def site(request: HttpRequest) -> dict:
    """The language switcher keeps the same page and query string."""
    path = request.get_full_path()
    alternates = {code: translate_url(path, code) for code, _name in settings.LANGUAGES}
    return {"language_alternates": alternates, "SITE_URL": settings.SITE_URL}
