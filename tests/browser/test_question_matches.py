"""While a question is typed on the notice board form, what may already answer it
appears below (static/js/contribute.mjs), with links opening in a new tab."""

import pytest

pytestmark = pytest.mark.browser


def test_matches_appear_while_the_question_is_typed(page, seeded, signed_in_page):
    signed_in_page(seeded.alice)
    page.goto("/cy/needs/new/")
    page.fill("#id_title", "Gorsafoedd dŵr neu hydration stations?")
    region = page.locator("[data-sh-similar]")
    region.locator("#suggestions-heading").wait_for()
    links = region.locator("a[target=_blank]")
    assert links.count() >= 2
    assert region.get_attribute("aria-live") == "polite"
    hrefs = [links.nth(i).get_attribute("href") for i in range(links.count())]
    assert f"/cy/resources/{seeded.resource.slug}/" in hrefs
    assert f"/cy/contacts/{seeded.contact.slug}/" in hrefs
