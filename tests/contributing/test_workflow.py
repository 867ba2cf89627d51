"""The authors' status workflow (sharehub.catalogue.workflow), tested directly."""

import pytest

from sharehub.catalogue import workflow
from sharehub.catalogue.forms import InnovationForm
from sharehub.catalogue.models import Innovation
from sharehub.core.models import Status
from tests.factories import InnovationFactory, NeedFactory

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
            workflow.save_changes(form, user=author)
        assert Innovation.objects.get(pk=item.pk).title != "Edited"
    else:
        assert workflow.save_changes(form, user=author).status == after
        assert Innovation.objects.get(pk=item.pk).title == "Edited"


def test_an_edit_never_writes_back_a_status_read_before_it(author, innovation_data):
    """Staff publish while the author has the edit form open: it stays published."""
    item = InnovationFactory(author=author, status=Status.DRAFT)
    form = InnovationForm(data={**innovation_data, "title": "Edited"}, instance=item)
    assert form.is_valid()
    Innovation.objects.filter(pk=item.pk).update(status=Status.PUBLISHED)
    workflow.save_changes(form, user=author)
    assert Innovation.objects.get(pk=item.pk).status == Status.PUBLISHED


def test_only_the_author_can_move_an_item(author, other, innovation_data):
    item = InnovationFactory(author=author, status=Status.DRAFT)
    with pytest.raises(workflow.WorkflowError):
        workflow.submit(item, user=other, confirmed_no_personal_data=True)
    with pytest.raises(workflow.WorkflowError):
        workflow.withdraw(item, user=other)
    form = InnovationForm(data=innovation_data, instance=item)
    assert form.is_valid()
    with pytest.raises(workflow.WorkflowError):
        workflow.save_changes(form, user=other)
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
