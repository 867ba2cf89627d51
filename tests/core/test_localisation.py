"""Dates and numbers follow the page's language."""

from datetime import UTC, date, datetime
from types import SimpleNamespace

import pytest
from django.template.loader import render_to_string
from django.utils import translation

from sharehub.core.pagination import PageError, get_page
from tests.factories import InnovationFactory, NeedFactory, ResourceFactory


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("prefix", "published", "review_by", "answered"),
    [
        ("en", "15 January 2026", "3 August 2027", "2 March 2026"),
        ("cy", "15 Ionawr 2026", "3 Awst 2027", "2 Mawrth 2026"),
    ],
)
def test_dates_are_written_in_the_page_language(client, prefix, published, review_by, answered):
    at = datetime(2026, 1, 15, 12, tzinfo=UTC)
    innovation = InnovationFactory(published_at=at)
    resource = ResourceFactory(published_at=at, review_by=date(2027, 8, 3))
    need = NeedFactory(published_at=at, answered_at=datetime(2026, 3, 2, 12, tzinfo=UTC))
    for item, expected in [(innovation, published), (resource, review_by), (need, answered)]:
        html = client.get(f"/{prefix}/{item.get_absolute_url()[4:]}").content.decode()
        assert f">{expected}</time>" in html, (item, expected)
    listing = client.get(f"/{prefix}/innovations/").content.decode()
    assert f">{published}</time>" in listing


@pytest.mark.parametrize("language", ["en", "cy"])
def test_result_counts_group_thousands(language):
    result = SimpleNamespace(total=12345, query="")
    with translation.override(language):
        text = render_to_string("includes/result_count.html", {"result": result})
    assert "12,345" in text


@pytest.mark.parametrize("language", ["en", "cy"])
def test_the_result_cap_message_groups_thousands(settings, language):
    settings.SHAREHUB_MAX_RESULTS = 1000
    with translation.override(language), pytest.raises(PageError) as error:
        get_page(list(range(1005)), "1001", 1)
    assert "1,000" in str(error.value)
