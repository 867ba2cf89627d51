"""Every field of an item, as a moderator reads it before deciding: driven by the
model's fields, so a field added to innovations, resources or needs shows up on
the moderator's page without a template change.

Each row is one field the author (or staff) can set: free text with likely
personal data highlighted, web addresses written out in full, terms, choices,
dates and files (with the address moderators download them from).
"""

import datetime
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from urllib.parse import urlsplit

from django.db import models
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.safestring import SafeString
from django.utils.text import capfirst
from django.utils.translation import gettext as _

from sharehub.catalogue.models import Resource
from sharehub.catalogue.models.innovations import LookingFor
from sharehub.core.personal_data import highlight

# Shown elsewhere on the page: the heading (title, status, featured), the author
# panel, and the rows after these (places, language, submission and publication dates).
SHOWN_ELSEWHERE = frozenset(
    {
        "slug",
        "author",
        "status",
        "featured",
        "language",
        "regions",
        "local_authorities",
        "published_at",
    }
)


def _resource_file(item) -> tuple[str, str]:
    """The address moderators download a resource's file at (it is not public while
    the resource waits), and the name the download gets."""
    suffix = PurePosixPath(item.file.name).suffix.lower()
    url = reverse("attachments:resource_file", kwargs={"slug": item.slug})
    return url, f"{item.slug}{suffix}"


# Each file field's download: (address, file name) for an item.
FILE_LINKS = {(Resource, "file"): _resource_file}
CHOICE_LISTS = {"looking_for": LookingFor}


@dataclass
class Link:
    url: str
    title: str = ""

    @property
    def safe(self) -> bool:
        """Only web addresses are made clickable; anything else is shown as text."""
        return urlsplit(self.url).scheme in ("http", "https")


@dataclass
class Row:
    name: str
    label: str
    kind: str  # text, link, links, file, terms, value
    text: SafeString | str = ""
    links: list[Link] = field(default_factory=list)
    values: list[str] = field(default_factory=list)
    file_name: str = ""
    file_url: str = ""

    @property
    def empty(self) -> bool:
        return not (self.text or self.links or self.values or self.file_name)


def shown_fields(model) -> list[models.Field]:
    """The fields a moderator sees: every editable field, the author's free text first
    (in the order the guard scans it), then the rest in the model's order."""
    fields = [
        f
        for f in model._meta.get_fields()
        if (f.concrete or f.many_to_many)
        and not f.auto_created
        and f.editable
        and f.name not in SHOWN_ELSEWHERE
    ]
    scanned = list(getattr(model, "search_fields", ()))
    first = [f for name in scanned for f in fields if f.name == name]
    return first + [f for f in fields if f not in first]


def _terms(item, f) -> list[str]:
    if f.many_to_many:
        return [str(term) for term in getattr(item, f.name).all()]
    value = getattr(item, f.name)
    return [str(value)] if value is not None else []


def _value(item, f) -> list[str]:
    value = getattr(item, f.name)
    if value in (None, "", []):
        return []
    if f.choices:
        return [str(dict(f.flatchoices).get(value, value))]
    if f.name in CHOICE_LISTS and isinstance(value, list):
        labels = dict(CHOICE_LISTS[f.name].choices)
        return [str(labels.get(v, v)) for v in value]
    if isinstance(value, datetime.datetime):
        return [date_format(value, "j F Y H:i")]
    if isinstance(value, datetime.date):
        return [date_format(value, "j F Y")]
    if isinstance(value, bool):
        return [_("Yes") if value else _("No")]
    if isinstance(value, list):
        return [str(v) for v in value]
    return [str(value)]


def row_for(item, f) -> Row:
    label = str(capfirst(f.verbose_name))
    row = Row(f.name, label, "value")
    value = getattr(item, f.name)
    if isinstance(f, models.FileField):
        row.kind = "file"
        if value:
            link = FILE_LINKS.get((type(item), f.name))
            if link:
                row.file_url, row.file_name = link(item)
            else:
                row.file_name = value.name.rsplit("/", 1)[-1]
    elif isinstance(f, models.URLField):
        row.kind = "link"
        row.links = [Link(value)] if value else []
    elif (
        isinstance(f, models.JSONField)
        and isinstance(value, list)
        and value
        and all(isinstance(v, dict) for v in value)
    ):
        row.kind = "links"
        row.links = [Link(str(v.get("url", "")), str(v.get("title", ""))) for v in value]
    elif f.is_relation:
        row.kind = "terms"
        row.values = _terms(item, f)
    elif isinstance(f, (models.CharField, models.TextField)) and not f.choices:
        row.kind = "text"
        row.text = highlight(value) if value else ""
    else:
        row.values = _value(item, f)
    return row


def item_rows(item) -> list[Row]:
    """One row for every field of `item` a moderator must see before deciding."""
    return [row_for(item, f) for f in shown_fields(type(item))]
