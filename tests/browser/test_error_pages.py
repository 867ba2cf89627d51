"""The pages ShareHub shows when it cannot serve a request normally: the 413 (a body
too large to read) and the 503 (the database is down), in English and Welsh. A real
outage would take the live server's database with it, so each page is drawn by its
own view and handed to the browser in place of the live server's answer; the styles
and scripts still come from the live server."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.test import RequestFactory

from sharehub.core.errors import request_too_large, service_unavailable
from tests.browser.checks import axe_violations, describe_focus, load_axe_on_every_page


def drawn(view, path: str):
    request = RequestFactory().post(path)
    request.user = AnonymousUser()
    return view(request)


@pytest.mark.parametrize("language", ["en", "cy"])
@pytest.mark.parametrize(("view", "status"), [(request_too_large, 413), (service_unavailable, 503)])
def test_error_page_is_accessible(page, live_server, view, status, language):
    load_axe_on_every_page(page.context)
    path = f"/{language}/innovations/new/"
    response = drawn(view, path)
    assert response.status_code == status
    page.route(
        f"{live_server.url}{path}",
        lambda route: route.fulfill(
            status=status, body=response.content, content_type="text/html; charset=utf-8"
        ),
    )
    assert page.goto(path).status == status
    assert page.locator("h1").count() == 1
    assert page.locator("html").get_attribute("lang") == language
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement?.matches('a.govuk-skip-link')"), describe_focus(
        page
    )
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement?.id === 'main-content'")
    assert not axe_violations(page), "\n".join(axe_violations(page))
    assert not page.console_errors, page.console_errors
