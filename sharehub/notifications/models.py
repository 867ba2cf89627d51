"""Follows, the notifications they and people's own items bring, and how each person
wants to hear about them by e-mail."""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from sharehub.taxonomy.models import ChallengeArea, LocalAuthority, Region


class Event(models.TextChoices):
    """What a notification is about; each person chooses, per event, how e-mail tells them."""

    MATCH = "match", _("Something new in what you follow")
    ANSWER = "answer", _("A reply to your question")
    COMMENT = "comment", _("A comment on something you shared")
    ADOPTION = "adoption", _("Someone tried your innovation")
    ACTIVITY = "activity", _("Replies and news on innovations and questions you follow")
    ANSWERED = "answered", _("A question you follow is marked answered")


class Delivery(models.TextChoices):
    IMMEDIATE = "immediate", _("An e-mail straight away")
    DIGEST = "digest", _("In a weekly digest e-mail")
    OFF = "off", _("No e-mail (only on ShareHub)")


# What a person gets by e-mail until they choose.
DEFAULT_DELIVERY: dict[str, str] = {
    Event.MATCH: Delivery.DIGEST,
    Event.ANSWER: Delivery.IMMEDIATE,
    Event.COMMENT: Delivery.IMMEDIATE,
    Event.ADOPTION: Delivery.IMMEDIATE,
    Event.ACTIVITY: Delivery.DIGEST,
    Event.ANSWERED: Delivery.DIGEST,
}


class ListName(models.TextChoices):
    """The list and search pages a saved search can come from (their URL names)."""

    INNOVATIONS = "innovations", _("Innovations")
    RESOURCES = "resources", _("Resources")
    NEEDS = "needs", _("Notice board")
    CONTACTS = "contacts", _("Contacts")
    SEARCH = "search", _("Search")


# A follow's target: exactly one of these is set (a saved search sets list_name).
TARGET_FIELDS = ("challenge_area", "region", "local_authority", "innovation", "need")


def _exactly_one_target() -> Q:
    options = []
    for chosen in (*TARGET_FIELDS, "list_name"):
        condition = Q()
        for name in TARGET_FIELDS:
            condition &= Q(**{f"{name}__isnull": name != chosen})
        condition &= ~Q(list_name="") if chosen == "list_name" else Q(list_name="")
        options.append(condition)
    result = options[0]
    for option in options[1:]:
        result |= option
    return result


# What a follow points at (select_related when listing follows or their notifications).
FOLLOW_RELATED = ("challenge_area", "region", "local_authority", "innovation", "need")


class Follow(models.Model):
    """A person follows a challenge area, a region or local authority, an innovation,
    a question, or a saved search (a list's name and its normalised query string)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="follows"
    )
    challenge_area = models.ForeignKey(
        ChallengeArea, on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    region = models.ForeignKey(
        Region, on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    local_authority = models.ForeignKey(
        LocalAuthority, on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    innovation = models.ForeignKey(
        "catalogue.Innovation", on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    need = models.ForeignKey(
        "catalogue.Need", on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    list_name = models.CharField(max_length=20, choices=ListName.choices, blank=True)
    query = models.CharField(max_length=1000, blank=True)
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            *(
                models.UniqueConstraint(
                    fields=["user", name],
                    condition=Q(**{f"{name}__isnull": False}),
                    name=f"follow_once_{name}",
                )
                for name in TARGET_FIELDS
            ),
            models.UniqueConstraint(
                fields=["user", "list_name", "query"],
                condition=~Q(list_name=""),
                name="follow_once_search",
            ),
            models.CheckConstraint(condition=_exactly_one_target(), name="follow_one_target"),
        ]
        indexes = [
            models.Index(fields=["list_name", "query"], name="follow_search"),
        ]

    def __str__(self) -> str:
        return f"{self.user_id} → {self.target_field}"

    @property
    def target_field(self) -> str:
        for name in TARGET_FIELDS:
            if getattr(self, f"{name}_id") is not None:
                return name
        return "search"

    @property
    def target(self):
        name = self.target_field
        return None if name == "search" else getattr(self, name)


class Digest(models.Model):
    """One weekly digest e-mail to one person: at most one per week (the constraint is
    what makes `send_digest` safe to run twice)."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    week = models.DateField()  # the Monday of the week it covers
    sent_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "week"], name="one_digest_a_week"),
        ]

    def __str__(self) -> str:
        return f"{self.user_id} {self.week}"


class NotificationQuerySet(models.QuerySet):
    def visible(self):
        """Those whose item is published now (and what it answers, too): a hidden or
        withdrawn item leaves lists, counts and e-mails."""
        from sharehub.notifications.visibility import visible_items

        return self.filter(visible_items())

    def unread(self):
        return self.filter(read_at__isnull=True)


class Notification(models.Model):
    """One thing one person is told: unique per person, event and item, so an item
    published again (after being hidden) never tells anyone twice."""

    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    event = models.CharField(max_length=20, choices=Event.choices)
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    object_id = models.PositiveBigIntegerField()
    item = GenericForeignKey("content_type", "object_id")
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    # The follow that matched (a new item in something followed), if any.
    follow = models.ForeignKey(
        Follow, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    read_at = models.DateTimeField(null=True, blank=True)
    emailed_at = models.DateTimeField(null=True, blank=True)  # sent straight away
    digest = models.ForeignKey(
        Digest, on_delete=models.SET_NULL, null=True, blank=True, related_name="notifications"
    )

    objects = NotificationQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["recipient", "event", "content_type", "object_id"],
                name="notify_once",
            ),
        ]
        indexes = [
            models.Index(fields=["recipient", "-created_at", "-id"], name="notification_newest"),
            models.Index(
                fields=["recipient"],
                condition=Q(read_at__isnull=True),
                name="notification_unread",
            ),
            models.Index(
                fields=["created_at"],
                condition=Q(digest__isnull=True, emailed_at__isnull=True),
                name="notification_pending",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.event} → {self.recipient_id}"


class Preference(models.Model):
    """How one person hears about one event by e-mail (no row: DEFAULT_DELIVERY)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notification_preferences"
    )
    event = models.CharField(max_length=20, choices=Event.choices)
    delivery = models.CharField(max_length=20, choices=Delivery.choices)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "event"], name="one_preference_per_event"),
        ]

    def __str__(self) -> str:
        return f"{self.user_id} {self.event}: {self.delivery}"
