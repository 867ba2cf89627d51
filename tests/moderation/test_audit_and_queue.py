"""The audit log outlives content; author actions are recorded; the queue lists,
filters and flags what waits; bulk actions; reports from users."""

import pytest
from django.core import mail
from django.urls import reverse

from sharehub.catalogue import workflow
from sharehub.core.models import Status
from sharehub.gate.audit import entries_for
from sharehub.gate.models import Action, AuditEntry
from sharehub.moderation import services
from tests.factories import InnovationFactory, NeedFactory, sign_in_with_two_factor, verified_user

pytestmark = pytest.mark.django_db


def test_audit_entry_survives_deleting_the_content(moderator, submitted):
    services.decision_approve(submitted, moderator=moderator)
    pk = submitted.pk
    submitted.delete()
    entry = AuditEntry.objects.get(target_id=pk, action=Action.APPROVE)
    assert entry.target_title == "Hydration stations"
    assert entry.actor_name == "Mo"


def test_audit_entry_survives_deleting_the_moderator(moderator, submitted):
    services.decision_approve(submitted, moderator=moderator)
    moderator.delete()
    entry = AuditEntry.objects.get(action=Action.APPROVE)
    assert entry.actor is None
    assert entry.actor_name == "Mo"


def test_author_submit_and_withdraw_are_recorded(author):
    item = InnovationFactory(author=author, status=Status.DRAFT, published_at=None)
    workflow.submit(item, user=author, confirmed_no_personal_data=True)
    workflow.withdraw(item, user=author)
    rows = list(entries_for(item).order_by("id").values_list("action", "status_after"))
    assert rows == [(Action.SUBMIT, "submitted"), (Action.WITHDRAW, "withdrawn")]


def test_audit_log_page_filters(client, moderator, submitted, published):
    services.decision_approve(submitted, moderator=moderator)
    services.item_feature(published, moderator=moderator, featured=True)
    client.force_login(moderator)
    page = client.get(reverse("moderation:audit_log"), {"action": "feature"}).text
    assert "Tea trolley rounds" in page
    assert "Hydration stations" not in page


def test_queue_oldest_first_with_personal_data_flag(
    client, moderator, author, django_assert_max_num_queries
):
    from datetime import timedelta

    from django.utils import timezone

    old = InnovationFactory(
        author=author,
        status=Status.SUBMITTED,
        title="Old one",
        submitted_at=timezone.now() - timedelta(days=3),
        body="Mrs Jones, aged 87, from NP20 1AA.",
    )
    InnovationFactory(
        author=author, status=Status.SUBMITTED, title="New one", submitted_at=timezone.now()
    )
    NeedFactory(
        author=author,
        status=Status.SUBMITTED,
        title="A question",
        submitted_at=timezone.now() - timedelta(days=1),
    )
    InnovationFactory(author=author, title="Published, not in the queue")
    client.force_login(moderator)
    from sharehub.gate.kinds import QUEUED

    # A few queries per kind the queue holds (its waiting rows, edits, reports, the
    # rows the page shows), however many items wait.
    with django_assert_max_num_queries(10 + 5 * len(QUEUED)):
        page = client.get(reverse("moderation:queue")).text
    assert page.index("Old one") < page.index("A question") < page.index("New one")
    assert "Published, not in the queue" not in page
    assert page.count("Possible personal data") == 1
    # Only innovations
    page = client.get(reverse("moderation:queue"), {"type": "need"}).text
    assert "A question" in page and "Old one" not in page
    # The item view highlights what was found.
    page = client.get(reverse("moderation:item", args=["innovation", old.slug])).text
    assert '<mark class="sh-personal-data"' in page


def test_queue_pages_hold_25_oldest_first_and_bulk_actions_reach_every_page(
    client, moderator, author
):
    from datetime import timedelta

    from django.utils import timezone

    from sharehub.moderation.views import QUEUE_PAGE

    start = timezone.now() - timedelta(days=40)
    items = [
        InnovationFactory(
            author=author,
            status=Status.SUBMITTED,
            title=f"Waiting {n:02d}",
            submitted_at=start + timedelta(days=n),
            body="Mrs Jones, aged 87." if n == QUEUE_PAGE + 2 else "Tea at handover.",
        )
        for n in range(QUEUE_PAGE + 5)
    ]
    client.force_login(moderator)
    first = client.get(reverse("moderation:queue")).text
    assert f"{QUEUE_PAGE + 5} items waiting, oldest first" in first
    assert "Waiting 00" in first and f"Waiting {QUEUE_PAGE - 1:02d}" in first
    assert f"Waiting {QUEUE_PAGE:02d}" not in first
    assert "Possible personal data" not in first and 'rel="next"' in first
    second = client.get(reverse("moderation:queue"), {"page": 2}).text
    assert f"Waiting {QUEUE_PAGE:02d}" in second and "Waiting 00" not in second
    assert second.count("Possible personal data") == 1
    # An item on the second page can be approved from it.
    last = items[-1]
    response = client.post(
        reverse("moderation:queue") + "?page=2",
        {"selected": [f"innovation:{last.pk}"], "action": "approve"},
    )
    assert response.status_code == 302
    last.refresh_from_db()
    assert last.status == Status.PUBLISHED
    for page in ("0", "x", "3"):
        response = client.get(reverse("moderation:queue"), {"page": page})
        assert response.status_code == 400 and "page" in response.text


def test_queue_lists_an_item_whose_author_deleted_their_account(client, moderator, submitted):
    """Authors are set to NULL when their account goes (found by bench/locustfile.py:
    the queue answered 500 for such an item)."""
    submitted.author.delete()
    client.force_login(moderator)
    response = client.get(reverse("moderation:queue"))
    assert response.status_code == 200
    assert "Hydration stations" in response.text


def test_queue_filters_by_region_and_reason(client, moderator, submitted, published, user):
    services.report_create(published, reporter=user, reason="spam", text="An advert")
    client.force_login(moderator)
    page = client.get(reverse("moderation:queue"), {"reason": "spam"}).text
    assert "Tea trolley rounds" in page and "Hydration stations" not in page
    page = client.get(reverse("moderation:queue"), {"region": "gwent"}).text
    assert "Hydration stations" in page and "Tea trolley rounds" not in page
    # An unknown filter value is a 400 that names the parameter, as on the public lists.
    bogus = client.get(reverse("moderation:queue"), {"type": "bogus"})
    assert bogus.status_code == 400 and "type:" in bogus.text


def test_bulk_approve_and_reject(client, moderator, author):
    items = [InnovationFactory(author=author, status=Status.SUBMITTED) for _ in range(3)]
    client.force_login(moderator)
    url = reverse("moderation:queue")
    response = client.post(url, {"action": "reject", "selected": [f"innovation:{items[0].pk}"]})
    assert response.status_code == 400  # a reason is needed
    client.post(
        url,
        {"action": "approve", "selected": [f"innovation:{i.pk}" for i in items[:2]]},
    )
    client.post(
        url, {"action": "reject", "reason": "Off topic", "selected": [f"innovation:{items[2].pk}"]}
    )
    statuses = [type(i).objects.get(pk=i.pk).status for i in items]
    assert statuses == [Status.PUBLISHED, Status.PUBLISHED, Status.REJECTED]
    assert len(mail.outbox) == 3


def test_bulk_mark_reviewed_closes_reports(client, moderator, published, user):
    services.report_create(published, reporter=user, reason="other", text="Odd")
    client.force_login(moderator)
    client.post(
        reverse("moderation:queue"),
        {"action": "mark_reviewed", "selected": [f"innovation:{published.pk}"]},
    )
    published.refresh_from_db()
    assert published.status == Status.PUBLISHED
    assert not services.open_reports(published).exists()
    assert "Tea trolley rounds" not in client.get(reverse("moderation:queue")).text


def test_report_link_and_form(client, user, author, published):
    client.force_login(user)
    assert "Report this" in client.get(published.get_absolute_url()).text
    url = reverse("moderation:report", args=["innovation", published.slug])
    response = client.post(url, {"reason": "nonsense", "text": ""})
    assert response.status_code == 400
    assert "There is a problem" in response.text
    client.force_login(author)
    assert "Report this" not in client.get(published.get_absolute_url()).text


def test_only_published_content_can_be_reported(client, user, submitted):
    client.force_login(user)
    url = reverse("moderation:report", args=["innovation", submitted.slug])
    assert client.get(url).status_code == 404


def test_unverified_user_cannot_report(client, published):
    from tests.factories import UserFactory

    client.force_login(UserFactory())
    url = reverse("moderation:report", args=["innovation", published.slug])
    client.post(url, {"reason": "spam", "text": "Advert"})
    assert not services.open_reports(published).exists()


def test_guidelines_page_is_linked_from_posting_forms(client, author):
    assert client.get(reverse("moderation:guidelines")).status_code == 200
    client.force_login(author)
    for name in ("innovation_create", "resource_create", "need_create"):
        assert reverse("moderation:guidelines") in client.get(reverse(f"catalogue:{name}")).text


def test_reporter_is_told_the_outcome(settings, moderator, published):
    reporter = verified_user(username="rita")
    services.report_create(published, reporter=reporter, reason="unsafe", text="Bad advice")
    services.reports_resolve(published, moderator=moderator, outcome="kept_hidden", reason="Fix it")
    published.refresh_from_db()
    assert published.status == Status.HIDDEN
    assert sorted(m.to[0] for m in mail.outbox) == sorted([reporter.email, published.author.email])
    report_mail = next(m for m in mail.outbox if m.to == [reporter.email])
    assert "hidden it while the author changes it" in report_mail.body


def test_status_changes_in_the_admin_are_recorded(client, superuser, submitted, published):
    sign_in_with_two_factor(client, superuser)
    client.post(
        "/en/admin/catalogue/innovation/",
        {"action": "publish", "_selected_action": [submitted.pk, published.pk]},
    )
    submitted.refresh_from_db()
    assert submitted.status == Status.PUBLISHED
    entry = entries_for(submitted).get()
    assert (entry.action, entry.actor, entry.status_before) == (
        "admin_change",
        superuser,
        "submitted",
    )
    assert not entries_for(published).exists()
