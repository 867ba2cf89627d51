"""Every write of a "useful" reaction or a bookmark.

Innovation.useful_count is the number of its reactions, exactly, under any number
of concurrent requests: the row is inserted or deleted and the counter moved with
F() in the same transaction, and only when the insert or delete happened (the
unique constraint makes a second insert of the same mark wait for the first and
then fail; a second delete finds nothing to delete)."""

from django.conf import settings
from django.db import IntegrityError, models, transaction
from django.db.models import F
from django.utils.translation import gettext as _

from sharehub.catalogue.models import Innovation
from sharehub.community.models import Bookmark, Reaction
from sharehub.core import fragments
from sharehub.core.ratelimit import take_slot


def _kind(item: models.Model) -> str:
    return item._meta.model_name


def take_marking_slot(user) -> None:
    """One hourly allowance for useful marks and bookmarks (SHAREHUB_MARKS_PER_HOUR);
    raises sharehub.core.ratelimit.RateLimited past it."""
    take_slot(
        "marks",
        user,
        settings.SHAREHUB_MARKS_PER_HOUR,
        _(
            "You have marked or saved %(limit)s things in the last hour, which is as many "
            "as ShareHub allows. Try again later."
        ),
    )


def _move_counter(item: models.Model, by: int) -> None:
    if any(f.name == "useful_count" for f in item._meta.concrete_fields):
        type(item).objects.filter(pk=item.pk).update(useful_count=F("useful_count") + by)
        fragments.counters_changed()  # lists kept for readers show it


def _add(model, *, user, item: models.Model) -> bool:
    """Insert the mark; False if it was already there."""
    try:
        with transaction.atomic():
            model.objects.create(user=user, **{_kind(item): item})
    except IntegrityError:
        return False
    return True


@transaction.atomic
def useful_set(*, user, item: models.Model, useful: bool) -> bool:
    """Mark `item` (published: see sharehub.community.access) useful for `user`, or
    take the mark back. Returns whether anything changed."""
    if useful:
        changed = _add(Reaction, user=user, item=item)
        if changed:
            _move_counter(item, 1)
    else:
        deleted, _rows = Reaction.objects.filter(user=user, **{_kind(item): item}).delete()
        changed = deleted > 0
        if changed:
            _move_counter(item, -1)
    return changed


@transaction.atomic
def bookmark_set(*, user, item: models.Model, saved: bool) -> bool:
    """Save `item` to `user`'s "Saved" page, or take it off. Returns whether anything changed."""
    if saved:
        return _add(Bookmark, user=user, item=item)
    deleted, _rows = Bookmark.objects.filter(user=user, **{_kind(item): item}).delete()
    return deleted > 0


@transaction.atomic
def marks_delete_for_user(user) -> None:
    """Take back everything `user` marked useful (their account is being deleted),
    moving the counters down, and delete their bookmarks."""
    reactions = Reaction.objects.filter(user=user)
    # Locked, so a request taking one of them back at the same time waits, then finds
    # nothing to delete and leaves the counter alone.
    innovation_ids = list(
        reactions.select_for_update()
        .filter(innovation__isnull=False)
        .values_list("innovation_id", flat=True)
    )
    reactions.delete()
    if innovation_ids:
        Innovation.objects.filter(pk__in=innovation_ids).update(useful_count=F("useful_count") - 1)
        fragments.counters_changed()
    Bookmark.objects.filter(user=user).delete()
