"""The authors' status workflow (sharehub.catalogue.workflow), tested directly."""

import pytest
from django.core.exceptions import ValidationError

from sharehub.catalogue import workflow
from sharehub.catalogue.forms import InnovationForm
from sharehub.catalogue.models import Innovation, Revision
from sharehub.core.models import Status
from sharehub.taxonomy import models as tax
from tests.factories import InnovationFactory, NeedFactory, term

pytestmark = pytest.mark.django_db

ALL = list(Status)


@pytest.mark.parametrize("status", ALL)
def test_what_can_be_submitted(author, status):
    item = InnovationFactory(author=author, status=status)
    if status in (Status.DRAFT, Status.CHANGES_REQUESTED):
        assert workflow.submit(item, user=author, confirmed_no_personal_data=True).status == (
            Status.SUBMITTED
        )
    else:
        with pytest.raises(workflow.WorkflowError):
            workflow.submit(item, user=author, confirmed_no_personal_data=True)
        item.refresh_from_db()
        assert item.status == status


@pytest.mark.parametrize("status", ALL)
def test_anything_but_withdrawn_can_be_withdrawn(author, status):
    item = InnovationFactory(author=author, status=status)
    if status == Status.WITHDRAWN:
        with pytest.raises(workflow.WorkflowError):
            workflow.withdraw(item, user=author)
    else:
        assert workflow.withdraw(item, user=author).status == Status.WITHDRAWN


@pytest.mark.parametrize(
    ("before", "after"),
    [
        (Status.DRAFT, Status.DRAFT),
        (Status.SUBMITTED, Status.DRAFT),
        (Status.CHANGES_REQUESTED, Status.CHANGES_REQUESTED),
        (Status.PUBLISHED, Status.PUBLISHED),
        (Status.REJECTED, None),
        (Status.WITHDRAWN, None),
    ],
)
def test_what_an_edit_does_to_the_status(author, innovation_data, before, after):
    """For a trusted author (an untrusted author's edit of a published item waits for
    review: tests/moderation/test_edit_review.py)."""
    author.trusted = True
    author.save(update_fields=["trusted"])
    item = InnovationFactory(author=author, status=before)
    form = InnovationForm(data={**innovation_data, "title": "Edited"}, instance=item)
    assert form.is_valid(), form.errors
    if after is None:
        with pytest.raises(workflow.WorkflowError):
            workflow.save_changes(form.instance, form.values(), user=author)
        assert Innovation.objects.get(pk=item.pk).title != "Edited"
    else:
        assert workflow.save_changes(form.instance, form.values(), user=author).status == after
        assert Innovation.objects.get(pk=item.pk).title == "Edited"


def test_an_edit_never_writes_back_a_status_read_before_it(author, innovation_data):
    """Staff publish while the author has the edit form open: it stays published."""
    item = InnovationFactory(author=author, status=Status.DRAFT)
    form = InnovationForm(data={**innovation_data, "title": "Edited"}, instance=item)
    assert form.is_valid()
    Innovation.objects.filter(pk=item.pk).update(status=Status.PUBLISHED)
    workflow.save_changes(form.instance, form.values(), user=author)
    assert Innovation.objects.get(pk=item.pk).status == Status.PUBLISHED


def test_an_untrusted_authors_edit_from_plain_values_waits_with_only_what_changed(author):
    """No form (a command's edit): the values are compared with the published item,
    and only what differs is kept for a moderator; the public keeps the published
    version."""
    item = InnovationFactory(
        author=author, title="Tea trolley rounds", places=(["gwent"], ["newport"])
    )
    values = {
        "title": "Tea and toast rounds",
        "summary": item.summary,
        "body": item.body.replace("\n", "\r\n"),
        "challenge_areas": [term(tax.ChallengeArea, "value")],
        "regions": [],
        "local_authorities": [term(tax.LocalAuthority, "newport")],
    }
    result = workflow.save_changes(item, values, user=author)
    assert result.pending_revision.changes == {"title": "Tea and toast rounds"}
    assert Revision.objects.get().state == Revision.State.PENDING
    published = Innovation.objects.get(pk=item.pk)
    assert (published.title, published.status) == ("Tea trolley rounds", Status.PUBLISHED)
    with pytest.raises(ValueError, match="colour"):
        workflow.save_changes(item, {"colour": "blue"}, user=author)


def test_a_drafts_edit_from_plain_values_is_applied_at_once(author):
    item = InnovationFactory(author=author, status=Status.DRAFT, challenge_areas=["value"])
    risk = term(tax.ChallengeArea, "risk")
    result = workflow.save_changes(
        item, {"title": "Edited", "challenge_areas": [risk]}, user=author
    )
    assert not hasattr(result, "pending_revision")
    saved = Innovation.objects.get(pk=item.pk)
    assert (saved.title, saved.status) == ("Edited", Status.DRAFT)
    assert list(saved.challenge_areas.all()) == [risk]
    assert not Revision.objects.exists()
    with pytest.raises(ValidationError) as refused:
        workflow.save_changes(item, {"title": "", "challenge_areas": []}, user=author)
    assert set(refused.value.message_dict) == {"title", "challenge_areas"}
    assert Innovation.objects.get(pk=item.pk).title == "Edited"


def test_only_the_author_can_move_an_item(author, other, innovation_data):
    item = InnovationFactory(author=author, status=Status.DRAFT)
    with pytest.raises(workflow.WorkflowError):
        workflow.submit(item, user=other, confirmed_no_personal_data=True)
    with pytest.raises(workflow.WorkflowError):
        workflow.withdraw(item, user=other)
    form = InnovationForm(data=innovation_data, instance=item)
    assert form.is_valid()
    with pytest.raises(workflow.WorkflowError):
        workflow.save_changes(form.instance, form.values(), user=other)
    need = NeedFactory(author=author)
    with pytest.raises(workflow.WorkflowError):
        workflow.mark_answered(need, user=other)
    item.refresh_from_db()
    assert item.status == Status.DRAFT


def test_submitting_requires_the_confirmation(author):
    item = InnovationFactory(author=author, status=Status.DRAFT)
    with pytest.raises(workflow.WorkflowError):
        workflow.submit(item, user=author, confirmed_no_personal_data=False)
    item.refresh_from_db()
    assert item.status == Status.DRAFT


def test_a_stale_copy_cannot_submit_twice(author):
    item = InnovationFactory(author=author, status=Status.DRAFT)
    stale = Innovation.objects.get(pk=item.pk)
    workflow.submit(item, user=author, confirmed_no_personal_data=True)
    with pytest.raises(workflow.WorkflowError):
        workflow.submit(stale, user=author, confirmed_no_personal_data=True)


def test_a_trusted_authors_submission_publishes_at_once(author):
    """The gate decides what a submission becomes: a trusted author's, with nothing
    in it to check, is published when it is submitted."""
    author.trusted = True
    author.save(update_fields=["trusted"])
    item = InnovationFactory(author=author, status=Status.DRAFT, published_at=None)
    item = workflow.submit(item, user=author, confirmed_no_personal_data=True)
    assert item.status == Status.PUBLISHED
    assert item.published_at == item.submitted_at
