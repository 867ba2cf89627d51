"""What a person marks on published content: "useful" reactions and bookmarks.

Each row points at exactly one item through one of its nullable foreign keys (a
CheckConstraint says so), and one person marks an item once (a UniqueConstraint per
target: PostgreSQL treats the NULLs of the other targets as distinct). Rows are
written by sharehub.community.services only, which keeps Innovation.useful_count
equal to the number of its reactions."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

# The kinds (sharehub.gate.kinds names) each row may point at, and their field.
REACTION_TARGETS = ("innovation", "resource", "need")
BOOKMARK_TARGETS = ("innovation", "resource", "need", "contact")


def _exactly_one(prefix: str, targets: tuple[str, ...]) -> models.CheckConstraint:
    options = [Q(**{f"{name}__isnull": name != target for name in targets}) for target in targets]
    condition = options[0]
    for option in options[1:]:
        condition |= option
    return models.CheckConstraint(condition=condition, name=f"{prefix}_exactly_one_target")


def _once_each(prefix: str, targets: tuple[str, ...]) -> list[models.UniqueConstraint]:
    return [
        models.UniqueConstraint(fields=["user", target], name=f"{prefix}_once_per_{target}")
        for target in targets
    ]


def _target(related_model: str, verbose_name) -> models.ForeignKey:
    return models.ForeignKey(
        related_model,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=verbose_name,
    )


class Marked(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("person"),
    )
    created_at = models.DateTimeField(_("created"), default=timezone.now, editable=False)
    innovation = _target("catalogue.Innovation", _("innovation"))
    resource = _target("catalogue.Resource", _("resource"))
    need = _target("catalogue.Need", _("need"))

    targets: tuple[str, ...] = REACTION_TARGETS

    class Meta:
        abstract = True

    @property
    def item(self):
        """The item it marks (loaded with it by the page that shows it)."""
        for name in self.targets:
            if getattr(self, f"{name}_id") is not None:
                return getattr(self, name)
        return None

    @property
    def kind(self) -> str:
        for name in self.targets:
            if getattr(self, f"{name}_id") is not None:
                return name
        return ""


class Reaction(Marked):
    """ "Useful": one per person per item."""

    class Meta:
        verbose_name = _("useful mark")
        verbose_name_plural = _("useful marks")
        constraints = [
            _exactly_one("reaction", REACTION_TARGETS),
            *_once_each("reaction", REACTION_TARGETS),
        ]

    def __str__(self) -> str:
        return f"{self.user_id} → {self.kind}"


class Bookmark(Marked):
    """Saved for later: one per person per item, listed on their "Saved" page while
    the item is published (the row stays while it is not, so it comes back)."""

    contact = _target("contacts.Contact", _("contact"))

    targets = BOOKMARK_TARGETS

    class Meta:
        verbose_name = _("bookmark")
        verbose_name_plural = _("bookmarks")
        constraints = [
            _exactly_one("bookmark", BOOKMARK_TARGETS),
            *_once_each("bookmark", BOOKMARK_TARGETS),
        ]
        indexes = [models.Index(fields=["user", "-created_at", "-id"], name="bookmark_newest")]

    def __str__(self) -> str:
        return f"{self.user_id} → {self.kind}"
