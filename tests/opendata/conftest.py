import pytest
from django.core.files.storage import default_storage
from django.utils import timezone

from sharehub.catalogue.models import NeedReply
from sharehub.comments.models import Comment
from sharehub.core.models import Status
from tests.factories import (
    AdoptionFactory,
    ContactFactory,
    InnovationFactory,
    NeedFactory,
    ResourceFactory,
    UserFactory,
)

HIDDEN_STATES = (Status.DRAFT, Status.SUBMITTED, Status.HIDDEN, Status.REJECTED)


@pytest.fixture
def catalogue(db):
    """One published row of each kind, and one of each unpublished state beside it,
    and children (replies, comments, adoptions) of unpublished parents. Returns the
    published rows by kind, and every author (whose e-mail addresses must never show)."""
    author = UserFactory(display_name="Alys Public")
    author.public_fields = ["display_name"]
    author.save()
    private = UserFactory(display_name="Secret Name")
    private.public_fields = []
    private.save()
    now = timezone.now()
    innovation = InnovationFactory(
        author=author,
        title='=HYPERLINK("http://evil.example")',
        summary='Tea, cake and "talk"\nover two lines',
        links=[{"title": "Report", "url": "https://example.org/report"}],
        looking_for=["partners", "funding"],
        challenge_areas=["value"],
        places=(["powys"], ["newport"]),
    )
    resource = ResourceFactory(author=private)
    need = NeedFactory(author=author)
    contact = ContactFactory(user=private)
    for state in HIDDEN_STATES:
        InnovationFactory(status=state, author=author, published_at=None)
        ResourceFactory(status=state, author=author, published_at=None)
        NeedFactory(status=state, author=author, published_at=None)
        ContactFactory(status=state, user=private)
    hidden_innovation = InnovationFactory(status=Status.HIDDEN, author=author)
    hidden_need = NeedFactory(status=Status.HIDDEN, author=author)
    reply = NeedReply.objects.create(
        need=need, author=author, body="-1 for that", status=Status.PUBLISHED, published_at=now
    )
    reply.innovations.set([innovation, hidden_innovation])
    NeedReply.objects.create(need=need, author=author, body="Waiting", status=Status.SUBMITTED)
    NeedReply.objects.create(
        need=hidden_need, author=author, body="Under a hidden question", status=Status.PUBLISHED
    )
    adoption = AdoptionFactory(innovation=innovation, author=private)
    AdoptionFactory(innovation=innovation, status=Status.SUBMITTED)
    AdoptionFactory(innovation=hidden_innovation)
    comment = Comment.objects.create(
        innovation=innovation,
        author=author,
        body="@everyone look",
        status=Status.PUBLISHED,
        published_at=now,
    )
    Comment.objects.create(resource=resource, author=author, body="Held", status=Status.SUBMITTED)
    Comment.objects.create(
        innovation=hidden_innovation,
        author=author,
        body="On hidden",
        status=Status.PUBLISHED,
        published_at=now,
    )
    Comment.objects.create(
        need=need, author=author, body="Deleted", status=Status.WITHDRAWN, published_at=now
    )
    return {
        "published": {
            "innovation": [innovation.slug],
            "resource": [resource.slug],
            "need": [need.slug],
            "reply": [reply.pk],
            "adoption": [adoption.pk],
            "comment": [comment.pk],
            "contact": [contact.slug],
        },
        "emails": [author.email, private.email, contact.email]
        + [c.email for c in type(contact).objects.all()],
        "author": author,
        "private": private,
    }


def read(name: str) -> str:
    with default_storage.open(f"open-data/{name}", "rb") as handle:
        return handle.read().decode("utf-8")
