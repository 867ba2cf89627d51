"""The one list of content kinds: what people write, by the name URLs use.

The queue, the moderators' pages, the gate, suspension and the data download
read it. It names models by label, so this app never imports the content apps
above it."""

from dataclasses import dataclass
from functools import reduce
from operator import or_

from django.apps import apps
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from sharehub.core.models import Status

# How the gate treats a kind (sharehub.gate.policy):
REVIEWED = "reviewed"  # published content: untrusted authors wait for a moderator
DIRECT = "direct"  # goes to one person or onto a profile at once: certain findings refused
PRIVATE = "private"  # seen only by moderators (reports, notes): length rules only


@dataclass(frozen=True)
class ContentKind:
    name: str
    model_label: str
    label: str
    plural: str
    policy: str
    # The text people write in it. Searchable content names its search fields once,
    # on the model (`search_fields`); a kind lists its own only where they differ.
    fields: tuple[str, ...] = ()
    also: tuple[str, ...] = ()  # more fields people write: links, web addresses
    owner_field: str = "author"
    queued: bool = True  # a moderator's queue lists it when it waits
    lookup: str = "slug"  # how the moderators' URLs name one (its `slug` attribute)
    # An approval counts towards the author's trust (SHAREHUB_TRUST_AFTER): posts do,
    # replies and listings do not.
    earns_trust: bool = False
    # What it answers (a reply, its question): loaded with it, named in its title, and
    # it is public only while that is.
    parent: str = ""
    # The foreign keys behind `parent` when it is a property that picks one of several
    # (a comment is on an innovation, a resource or a question, exactly one).
    parent_fields: tuple[str, ...] = ()

    @property
    def model(self):
        return apps.get_model(self.model_label)

    def owner_of(self, obj):
        """Who wrote `obj` (an account is its own profile's owner)."""
        return obj if self.owner_field == "pk" else getattr(obj, self.owner_field, None)

    def parent_of(self, obj):
        """What `obj` answers or is about (a reply's question), or None."""
        return getattr(obj, self.parent, None) if self.parent else None

    @property
    def parent_links(self) -> tuple[str, ...]:
        """The foreign keys that lead to the parent: loaded with a row, and filtered
        on (its parent is public) by the report form."""
        return self.parent_fields or ((self.parent,) if self.parent else ())

    def public_rows(self):
        """What anyone may read of this kind: its published rows, and a reply or
        comment only while what it answers is published too (one of its parent
        links is set)."""
        rows = self.model.objects.filter(status=Status.PUBLISHED)
        if not self.parent_links:
            return rows
        parent_published = (
            Q(**{f"{link}__status": Status.PUBLISHED}) for link in self.parent_links
        )
        return rows.filter(reduce(or_, parent_published))

    @property
    def related(self) -> list[str]:
        """What to load with a row (select_related): its owner and its parent."""
        owner = [] if self.owner_field == "pk" else [self.owner_field]
        return owner + list(self.parent_links)

    @property
    def text_fields(self) -> tuple[str, ...]:
        return (*(self.fields or self.model.search_fields), *self.also)


KINDS: dict[str, ContentKind] = {
    kind.name: kind
    for kind in (
        ContentKind(
            "innovation",
            "catalogue.Innovation",
            _("innovation"),
            _("Innovations"),
            REVIEWED,
            also=("links",),
            earns_trust=True,
        ),
        ContentKind(
            "resource",
            "catalogue.Resource",
            _("resource"),
            _("Resources"),
            REVIEWED,
            also=("licence", "url", "organisation"),
            earns_trust=True,
        ),
        ContentKind(
            "need", "catalogue.Need", _("question"), _("Questions"), REVIEWED, earns_trust=True
        ),
        ContentKind(
            "reply",
            "catalogue.NeedReply",
            _("reply"),
            _("Replies"),
            REVIEWED,
            ("body",),
            lookup="pk",
            parent="need",
        ),
        ContentKind(
            "adoption",
            "catalogue.Adoption",
            _("adoption story"),
            _("Adoption stories"),
            REVIEWED,
            ("organisation", "story", "stopped_reason"),
            lookup="pk",
            parent="innovation",
        ),
        ContentKind(
            "comment",
            "comments.Comment",
            _("comment"),
            _("Comments"),
            REVIEWED,
            ("body",),
            lookup="pk",
            parent="item",
            parent_fields=("innovation", "resource", "need"),
        ),
        ContentKind(
            "contact",
            "contacts.Contact",
            _("contact listing"),
            _("Contact listings"),
            REVIEWED,
            owner_field="user",
        ),
        ContentKind(
            "message",
            "contacts.ContactMessage",
            _("message"),
            _("Messages"),
            DIRECT,
            ("subject", "body"),
            owner_field="sender",
            queued=False,
        ),
        ContentKind(
            "profile",
            "accounts.User",
            _("profile"),
            _("Profiles"),
            DIRECT,
            ("display_name", "organisation", "bio", "can_help_with"),
            owner_field="pk",
            queued=False,
        ),
        ContentKind(
            "report",
            "moderation.Report",
            _("report"),
            _("Reports"),
            PRIVATE,
            ("text",),
            owner_field="reporter",
            queued=False,
        ),
        ContentKind(
            "note",
            "moderation.Note",
            _("note"),
            _("Notes"),
            PRIVATE,
            ("text",),
            queued=False,
        ),
    )
}
# The kinds a moderator's queue holds and their pages show.
QUEUED = {name: kind for name, kind in KINDS.items() if kind.queued}


def kind_of(item) -> ContentKind:
    label = item._meta.label
    for kind in KINDS.values():
        if kind.model_label == label:
            return kind
    raise LookupError(label)


def get(name: str) -> ContentKind | None:
    return KINDS.get(name)


def models_for(names) -> dict:
    """{kind name: its model} for the kinds an app takes (comments, marks, follows),
    read from this one list rather than written out again."""
    return {name: KINDS[name].model for name in names}
