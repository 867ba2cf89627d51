"""What a notification and a follow say, on the page and in e-mail."""

from dataclasses import dataclass

from django.http import QueryDict
from django.utils.translation import gettext as _

from sharehub.gate.kinds import kind_of
from sharehub.notifications import saved
from sharehub.notifications.models import Event, Follow, ListName, Notification
from sharehub.notifications.visibility import (
    content_types,
    public_kinds,
)
from sharehub.taxonomy.filters import FACETS_BY_PARAM
from sharehub.taxonomy.terms import by_slug


def headline(event: str) -> str:
    return {
        Event.MATCH: _("New in something you follow"),
        Event.ANSWER: _("A new reply to your question"),
        Event.COMMENT: _("A new comment on something you shared"),
        Event.ADOPTION: _("Someone tried your innovation"),
        Event.ACTIVITY: _("News on something you follow"),
        Event.ANSWERED: _("A question you follow has been answered"),
    }.get(event, _("News on ShareHub"))


@dataclass
class Entry:
    """One notification, ready to show: None for `item` when it is no longer public."""

    notification: Notification
    item: object | None

    @property
    def headline(self) -> str:
        return headline(self.notification.event)

    @property
    def subject(self):
        """What the person knows: the item itself, or what a reply or comment is about."""
        if self.item is None:
            return None
        try:
            parent = kind_of(self.item).parent_of(self.item)
        except LookupError:
            parent = None
        return parent or self.item

    @property
    def title(self) -> str:
        subject = self.subject
        return "" if subject is None else title_of(subject)

    @property
    def language(self) -> str:
        return getattr(self.subject, "language", "") or ""

    @property
    def kind_label(self) -> str:
        if self.item is None:
            return ""
        try:
            return str(kind_of(self.item).label)
        except LookupError:
            return ""

    @property
    def url(self) -> str:
        item = self.item
        if item is None:
            return ""
        if hasattr(item, "get_absolute_url"):
            return item.get_absolute_url()
        subject = self.subject
        return subject.get_absolute_url() if hasattr(subject, "get_absolute_url") else ""

    @property
    def follow(self) -> str:
        follow = self.notification.follow
        return describe_follow(follow) if follow is not None else ""


def title_of(item) -> str:
    return str(getattr(item, "title", "") or getattr(item, "name", "") or item)


def _heavy_fields(model) -> list[str]:
    return [f.name for f in model._meta.concrete_fields if f.name in ("search_vector", "rendered")]


def entries(notifications) -> list[Entry]:
    """The notifications with their items, published ones only: one query per kind of
    content among them (a bounded number, whatever the page size)."""
    notifications = list(notifications)
    wanted: dict[int, set[int]] = {}
    for notification in notifications:
        wanted.setdefault(notification.content_type_id, set()).add(notification.object_id)
    found: dict[tuple[int, int], object] = {}
    kinds = public_kinds()
    types = content_types(kinds)
    for kind in kinds:
        content_type = types[kind.model]
        ids = wanted.get(content_type.pk)
        if not ids:
            continue
        rows = kind.public_rows().filter(pk__in=ids).defer(*_heavy_fields(kind.model))
        for link in kind.parent_links:
            parent_model = kind.model._meta.get_field(link).related_model
            rows = rows.select_related(link).defer(
                *(f"{link}__{name}" for name in _heavy_fields(parent_model))
            )
        for row in rows:
            found[(content_type.pk, row.pk)] = row
    return [Entry(n, found.get((n.content_type_id, n.object_id))) for n in notifications]


def describe_follow(follow: Follow) -> str:
    """What a follow follows, in words."""
    name = follow.target_field
    if name == "search":
        return describe_search(follow.list_name, follow.query)
    target = follow.target
    if name == "challenge_area":
        return _("Challenge area: %(name)s") % {"name": target.name}
    if name == "region":
        return _("Region: %(name)s") % {"name": target.name}
    if name == "local_authority":
        return _("Local authority: %(name)s") % {"name": target.name}
    if not target.is_published:  # hidden or withdrawn since: its title is not repeated
        return _("Something that is no longer published")
    if name == "innovation":
        return _("Innovation: %(title)s") % {"title": target.title}
    return _("Question: %(title)s") % {"title": target.title}


def describe_search(list_name: str, query: str) -> str:
    """A saved search in words: its page and its filters, with the terms' names."""
    page = ListName(list_name).label if list_name in ListName.values else list_name
    data = QueryDict(query)
    parts = []
    for param in data:
        values = data.getlist(param)
        if param == "q":
            parts.append(_("words “%(q)s”") % {"q": " ".join(values)})
            continue
        if param == "type":
            parts.append(", ".join(values))
            continue
        facet = FACETS_BY_PARAM.get(param)
        if facet is None:
            continue
        if facet.model is not None:
            known = by_slug(facet.model)
            names = [known[v].name if v in known else v for v in values]
        else:
            choices = dict(facet.choices)
            names = [str(choices.get(v, v)) for v in values]
        parts.append(f"{facet.label}: {', '.join(names)}")
    if not parts:
        return _("Everything in %(page)s") % {"page": page}
    return f"{page} ({'; '.join(parts)})"


def follow_url(follow: Follow) -> str:
    """Where a follow's target is shown."""
    name = follow.target_field
    if name == "search":
        return saved.page_url(follow.list_name, follow.query)
    if name in ("innovation", "need"):
        return follow.target.get_absolute_url() if follow.target.is_published else ""
    return saved.page_url(ListName.SEARCH, f"{name}={follow.target.slug}")
