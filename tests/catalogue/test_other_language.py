"""An item linked to its translation offers it, and content carries its own language."""

import re

import pytest
from django.utils import translation

from tests.factories import (
    InnovationFactory,
    NeedFactory,
    ResourceFactory,
    UserFactory,
    sign_in_with_two_factor,
)

pytestmark = pytest.mark.django_db

FACTORIES = {
    "innovations": InnovationFactory,
    "resources": ResourceFactory,
    "needs": NeedFactory,
}


def offer(html: str) -> str | None:
    """The <a> of the "read this in the other language" link, if the page has one."""
    match = re.search(r'<p class="govuk-body sh-other-language">(<a [^>]*>[^<]*</a>)', html)
    return match.group(1) if match else None


def pair(factory, **welsh):
    english = factory(title="Hydration stations", language="en")
    welsh = factory(title="Gorsafoedd dŵr", language="cy", translation_of=english, **welsh)
    return english, welsh


@pytest.mark.parametrize("kind", FACTORIES)
def test_it_offers_the_welsh_version_in_welsh(client, kind):
    english, welsh = pair(FACTORIES[kind])
    link = offer(client.get(f"/en/{kind}/{english.slug}/").content.decode())
    with translation.override("cy"):
        text = translation.gettext("Read this in Welsh")
    assert link == (
        f'<a class="govuk-link" href="/cy/{kind}/{welsh.slug}/" lang="cy" hreflang="cy">{text}</a>'
    )


@pytest.mark.parametrize("kind", FACTORIES)
def test_the_translation_links_back_to_the_original(client, kind):
    english, welsh = pair(FACTORIES[kind])
    link = offer(client.get(f"/cy/{kind}/{welsh.slug}/").content.decode())
    assert link == (
        f'<a class="govuk-link" href="/en/{kind}/{english.slug}/" lang="en" hreflang="en">'
        "Read this in English</a>"
    )


def test_an_unpublished_translation_is_not_offered(client):
    english, welsh = pair(InnovationFactory, status="draft")
    assert offer(client.get(f"/en/innovations/{english.slug}/").content.decode()) is None
    # Even its author, who can see the draft, is not sent from the published page to it.
    client.force_login(welsh.author)
    assert offer(client.get(f"/en/innovations/{english.slug}/").content.decode()) is None


def test_an_item_without_a_translation_offers_nothing(client):
    item = InnovationFactory()
    assert offer(client.get(item.get_absolute_url()).content.decode()) is None


def test_content_in_the_other_language_is_marked_with_its_language(client):
    welsh = InnovationFactory(
        title="Gorsafoedd dŵr", summary="Dŵr ym mhob coridor.", body="Dŵr.", language="cy"
    )
    html = client.get(f"/en/innovations/{welsh.slug}/").content.decode()
    assert '<h1 class="govuk-heading-xl" lang="cy">Gorsafoedd dŵr</h1>' in html
    assert '<p class="govuk-body-l" lang="cy">Dŵr ym mhob coridor.</p>' in html
    assert '<div class="govuk-body sh-prose" lang="cy"><p>Dŵr.</p>' in html
    # Under /cy/ the page language already says so.
    html = client.get(f"/cy/innovations/{welsh.slug}/").content.decode()
    assert '<h1 class="govuk-heading-xl">Gorsafoedd dŵr</h1>' in html


def test_staff_pick_the_translation_by_searching_titles(client):
    _english, welsh = pair(InnovationFactory)
    sign_in_with_two_factor(client, UserFactory(is_staff=True, is_superuser=True))
    page = client.get(f"/en/admin/catalogue/innovation/{welsh.pk}/change/").content.decode()
    assert 'name="translation_of"' in page and "admin-autocomplete" in page
    found = client.get(
        "/en/admin/autocomplete/",
        {
            "app_label": "catalogue",
            "model_name": "innovation",
            "field_name": "translation_of",
            "term": "Hydration",
        },
    ).json()
    assert [r["text"] for r in found["results"]] == ["Hydration stations"]
