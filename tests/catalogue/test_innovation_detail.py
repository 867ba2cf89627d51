import pytest

from sharehub.catalogue.models import Innovation
from tests.factories import AdoptionFactory, InnovationFactory

pytestmark = pytest.mark.django_db


def test_it_shows_every_field_with_tags_linking_to_filtered_lists(client):
    innovation = InnovationFactory(
        title="Hydration stations",
        summary="Water everywhere",
        body="We put **water** on every corridor.",
        what_helped="The cook.",
        what_got_in_the_way="Spills.",
        outcomes="Fewer infections.",
        looking_for=["partners", "evidence"],
        challenge_areas=["risk"],
        places=([], ["newport"]),
    )
    AdoptionFactory(innovation=innovation, organisation="Torfaen home care", story="Took it up")
    html = client.get(innovation.get_absolute_url()).content.decode()
    for text in [
        "Hydration stations",
        "Water everywhere",
        "<strong>water</strong>",
        "The cook.",
        "Spills.",
        "Fewer infections.",
        "Partners, Evidence",
        "Torfaen home care",
    ]:
        assert text in html, text
    assert 'href="/en/innovations/?challenge_area=risk"' in html
    assert 'href="/en/innovations/?local_authority=newport"' in html
    assert 'href="/en/innovations/?region=gwent"' in html
    assert 'href="/en/innovations/?stage=idea"' in html


def test_drafts_are_invisible_to_the_public_and_other_users(client, client_as, alice, eve):
    draft = InnovationFactory(status="draft", author=alice)
    assert client.get(draft.get_absolute_url()).status_code == 404
    assert client_as(eve).get(draft.get_absolute_url()).status_code == 404


def test_an_author_can_see_their_own_draft(client_as, alice):
    draft = InnovationFactory(status="draft", author=alice)
    response = client_as(alice).get(draft.get_absolute_url())
    assert response.status_code == 200
    assert b"Only you can see this" in response.content


def test_related_items_share_a_challenge_area_and_are_published(client):
    target = InnovationFactory(challenge_areas=["risk"], places=([], ["newport"]))
    near = InnovationFactory(title="Near", challenge_areas=["risk"], places=([], ["torfaen"]))
    far = InnovationFactory(title="Far", challenge_areas=["risk"], places=([], ["gwynedd"]))
    InnovationFactory(title="Other area", challenge_areas=["value"], places=([], ["newport"]))
    InnovationFactory(title="Unpublished", status="submitted", challenge_areas=["risk"])
    related = client.get(target.get_absolute_url()).context["related"]
    assert [r.title for r in related] == [near.title, far.title]


def test_unpublished_adoptions_are_not_shown(client):
    innovation = InnovationFactory()
    AdoptionFactory(innovation=innovation, organisation="Secret org", status="draft")
    assert b"Secret org" not in client.get(innovation.get_absolute_url()).content


@pytest.mark.parametrize(
    "links",
    [
        [{"title": "x", "url": "javascript:alert(1)"}],
        [{"url": "data:text/html,<script>alert(1)</script>"}],
        [{"title": "no url"}],
        "https://example.org",
    ],
)
def test_links_must_be_web_links(links):
    from django.core.exceptions import ValidationError

    innovation = Innovation(title="T", summary="S", body="B", slug="t", links=links)
    with pytest.raises(ValidationError) as error:
        innovation.full_clean(exclude=["slug", "challenge_areas"])
    assert "links" in error.value.message_dict


def test_looking_for_only_takes_known_values():
    from django.core.exceptions import ValidationError

    innovation = Innovation(title="T", summary="S", body="B", slug="t", looking_for=["money"])
    with pytest.raises(ValidationError) as error:
        innovation.full_clean(exclude=["slug", "challenge_areas"])
    assert "looking_for" in error.value.message_dict
