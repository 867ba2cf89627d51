"""'Your contributions': everything of yours, every status, with the next step."""

import pytest

from sharehub.core.models import Status
from tests.factories import InnovationFactory, NeedFactory, ResourceFactory
from tests.test_query_counts import count as count_queries

pytestmark = pytest.mark.django_db


def test_it_lists_your_items_of_every_status_with_the_next_step(client_as, author, other):
    draft = InnovationFactory(author=author, status=Status.DRAFT, title="My draft")
    InnovationFactory(author=author, status=Status.SUBMITTED, title="My submitted one")
    published = InnovationFactory(author=author, title="My published one")
    changes = ResourceFactory(author=author, status=Status.CHANGES_REQUESTED, title="Fix me")
    NeedFactory(author=author, status=Status.WITHDRAWN, title="My old question")
    InnovationFactory(author=other, title="Not mine")
    html = client_as(author).get("/en/contributions/").content.decode()
    for title in ["My draft", "My submitted one", "My published one", "Fix me", "My old question"]:
        assert title in html
    assert "Not mine" not in html
    assert '<strong class="govuk-tag govuk-tag--grey">Draft</strong>' in html
    assert '<strong class="govuk-tag ">Submitted</strong>' in html
    assert '<strong class="govuk-tag govuk-tag--green">Published</strong>' in html
    assert '<strong class="govuk-tag govuk-tag--orange">Changes requested</strong>' in html
    assert '<strong class="govuk-tag govuk-tag--grey">Withdrawn</strong>' in html
    assert f'href="/en/innovations/{draft.slug}/preview/">Preview and submit' in html
    assert f'href="/en/innovations/{published.slug}/edit/">Edit' in html
    assert f'href="/en/resources/{changes.slug}/edit/">Make changes' in html
    assert "Waiting for review" in html


def test_it_says_when_there_is_nothing_yet(client_as, author):
    html = client_as(author).get("/en/contributions/").content.decode()
    assert html.count("Nothing yet.") == 3
    assert 'href="/en/innovations/new/"' in html


def test_it_costs_the_same_queries_for_many_items(client_as, author):
    client = client_as(author)
    InnovationFactory(author=author)
    few = count_queries(client, "/en/contributions/")
    for status in [Status.DRAFT, Status.SUBMITTED, Status.PUBLISHED] * 5:
        InnovationFactory(author=author, status=status)
        ResourceFactory(author=author, status=status)
        NeedFactory(author=author, status=status)
    # 10: the page's 8, the invitations to co-author, and the header's count of
    # unread notifications.
    assert count_queries(client, "/en/contributions/") == few <= 10
