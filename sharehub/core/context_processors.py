from django.conf import settings
from django.http import HttpRequest
from django.urls import translate_url


def site(request: HttpRequest) -> dict:
    """The language switcher keeps the same page and query string; the <head>'s
    hreflang alternates say the same with absolute addresses (SITE_URL), plus
    x-default, the default language's page."""
    path = request.get_full_path()
    alternates = {code: _in_language(path, code) for code, _name in settings.LANGUAGES}
    base = settings.SITE_URL.rstrip("/")
    hreflang = [(code, base + url) for code, url in alternates.items()]
    hreflang.append(("x-default", base + alternates[settings.LANGUAGE_CODE]))
    return {
        "language_alternates": alternates,
        "hreflang_alternates": hreflang,
        "SITE_URL": settings.SITE_URL,
    }


def _in_language(path: str, code: str) -> str:
    """The same address in another language: translate_url, or (for an address that
    resolves to nothing, a 404 page) the language prefix swapped."""
    translated = translate_url(path, code)
    if translated == path:
        current, _slash, rest = path.lstrip("/").partition("/")
        if current in dict(settings.LANGUAGES) and current != code:
            return f"/{code}/{rest}"
    return translated
