"""Before submitting, the author sees exactly what looks like personal data, and where."""

import pytest

from sharehub.catalogue.models import Innovation

pytestmark = pytest.mark.django_db


def test_the_author_sees_each_finding_before_submitting(client_as, author, innovation_data):
    me = client_as(author)
    data = {**innovation_data, "body": "It began with Mrs X, aged 87. Call 07700 900123."}
    me.post("/en/innovations/new/", data)
    innovation = Innovation.objects.get()

    for url in (f"/en/innovations/{innovation.slug}/submit/", innovation.get_absolute_url()):
        html = me.get(url).content.decode()
        assert "This may include personal details of someone who receives care" in html, url
        assert "In “what changed and why”: <mark>Mrs X, aged 87</mark> looks like" in html
        assert "<mark>07700 900123</mark> looks like phone number" in html


def test_clean_text_shows_no_warning(client_as, author, innovation_data):
    me = client_as(author)
    me.post("/en/innovations/new/", innovation_data)
    innovation = Innovation.objects.get()
    html = me.get(f"/en/innovations/{innovation.slug}/submit/").content.decode()
    assert "This may include personal details" not in html


def test_the_warning_is_in_welsh_on_welsh_pages(client_as, author, innovation_data):
    me = client_as(author)
    me.post("/en/innovations/new/", {**innovation_data, "summary": "Mrs X, aged 87."})
    innovation = Innovation.objects.get()
    html = me.get(f"/cy/innovations/{innovation.slug}/submit/").content.decode()
    assert "<mark>Mrs X, aged 87</mark>" in html
    assert "This may include personal details" not in html
