from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from sharehub.core.models import Timestamped

# The items people may co-author, by the foreign key that names each.
ITEM_FIELDS = ("innovation", "resource")


class CoAuthorQuerySet(models.QuerySet):
    def accepted(self):
        return self.filter(state=CoAuthor.State.ACCEPTED)

    def for_item(self, item):
        return self.filter(**{item._meta.model_name: item})


class CoAuthor(Timestamped):
    """Someone an item's author invited to write it with them (one row per item and
    person). While `accepted`, they edit and submit it through the same gate and
    revision flow as the author (sharehub.core.models.owned_by is the one rule);
    only the author withdraws it, invites and removes. A removed co-author's row is
    deleted (the audit log keeps who removed whom); a declined one stays, so the
    author sees the answer and the same person is not asked again and again."""

    class State(models.TextChoices):
        INVITED = "invited", _("Invited")
        ACCEPTED = "accepted", _("Co-author")
        DECLINED = "declined", _("Declined")

    innovation = models.ForeignKey(
        "catalogue.Innovation",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="coauthors",
        verbose_name=_("innovation"),
    )
    resource = models.ForeignKey(
        "catalogue.Resource",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="coauthors",
        verbose_name=_("resource"),
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="coauthorships",
        verbose_name=_("co-author"),
    )
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("invited by"),
    )
    # The address the author typed, as they typed it: what their page names an
    # invitation by. Never the account's own addresses, which are the invitee's.
    address = models.EmailField(_("address invited"), blank=True, editable=False)
    state = models.CharField(
        _("state"), max_length=10, choices=State.choices, default=State.INVITED
    )
    answered_at = models.DateTimeField(_("answered"), null=True, blank=True)

    objects = CoAuthorQuerySet.as_manager()

    class Meta:
        verbose_name = _("co-author")
        verbose_name_plural = _("co-authors")
        ordering = ["created_at", "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(innovation__isnull=False, resource__isnull=True)
                | Q(innovation__isnull=True, resource__isnull=False),
                name="coauthor_one_item",
            ),
            *(
                models.UniqueConstraint(
                    fields=[name, "user"],
                    condition=Q(**{f"{name}__isnull": False}),
                    name=f"coauthor_once_{name}",
                )
                for name in ITEM_FIELDS
            ),
        ]
        indexes = [models.Index(fields=["user", "state"], name="coauthor_user_state")]

    def __str__(self) -> str:
        return f"{self.user} → {self.item}"

    @property
    def item(self):
        return self.innovation or self.resource

    @property
    def shown_name(self) -> str:
        """Who this is, on the author's pages: the name the invitee shows everyone
        once they accept, else the address the author typed (the invitee's private
        name and other addresses are theirs)."""
        user = self.user
        if self.state == self.State.ACCEPTED and user.shown_display_name:
            return user.shown_display_name
        return self.address or user.public_name

    @classmethod
    def granting(cls, user):
        """The rows that let `user` edit their item: accepted ones
        (sharehub.core.models.owned_by reads this, never the states)."""
        return cls.objects.filter(user=user, state=cls.State.ACCEPTED)

    def answer(self, accepted: bool) -> None:
        self.state = self.State.ACCEPTED if accepted else self.State.DECLINED
        self.answered_at = timezone.now()
        self.save(update_fields=["state", "answered_at", "updated_at"])
