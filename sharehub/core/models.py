"""Abstract bases shared by every kind of content."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.functions import Length
from django.db.models.lookups import LessThanOrEqual
from django.utils import timezone
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from sharehub.core.markdown import RENDERER_VERSION, render_markdown
from sharehub.core.search import SearchableQuerySet


class Timestamped(models.Model):
    created_at = models.DateTimeField(_("created"), default=timezone.now, editable=False)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        abstract = True


class Status(models.TextChoices):
    DRAFT = "draft", _("Draft")
    SUBMITTED = "submitted", _("Submitted")
    PUBLISHED = "published", _("Published")
    CHANGES_REQUESTED = "changes_requested", _("Changes requested")
    REJECTED = "rejected", _("Rejected")
    WITHDRAWN = "withdrawn", _("Withdrawn")
    # Taken down by a moderator, or by enough reports, until someone reviews it.
    HIDDEN = "hidden", _("Hidden")


class Language(models.TextChoices):
    ENGLISH = "en", _("English")
    WELSH = "cy", _("Welsh")


class PublishableQuerySet(SearchableQuerySet):
    def published(self):
        """What the public, the API, feeds, search and exports may see."""
        return self.filter(status=Status.PUBLISHED)

    def visible_to(self, user):
        """Published, or `user`'s own (co-authored included: owned_by)."""
        if user.is_authenticated:
            return self.filter(models.Q(status=Status.PUBLISHED) | owned_by(self.model, user))
        return self.published()

    def editable_by(self, user):
        """The rows `user` may change as an author: their own and those they co-author."""
        return self.filter(owned_by(self.model, user)) if user.is_authenticated else self.none()


def owned_by(model, user, *, owner_field: str = "", shared: bool = True) -> models.Q:
    """The one rule for whose content is whose: `user` owns the rows whose owner field
    (`owner_field`, by default the model's) is them and, unless `shared` is False, the
    rows they co-author. A model that can be co-authored names the reverse relation to
    its co-author rows in `shared_with`; that model's `granting(user)` says which of
    `user`'s rows give editing rights (sharehub.catalogue.models.CoAuthor: accepted
    ones). Authors' pages, the status workflow's row lock (sharehub.gate.transitions)
    and files all ask this."""
    mine = models.Q(**{owner_field or model.owner_field: user})
    relation = getattr(model, "shared_with", "") if shared else ""
    if not relation:
        return mine
    field = model._meta.get_field(relation)
    rows = field.related_model.granting(user).filter(**{field.field.name: models.OuterRef("pk")})
    return mine | models.Q(models.Exists(rows))


class Publishable(Timestamped):
    """Status workflow fields; transitions live in services, not here."""

    language = models.CharField(
        _("language"), max_length=2, choices=Language.choices, default=Language.ENGLISH
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.DRAFT
    )
    published_at = models.DateTimeField(_("published"), null=True, blank=True)

    objects = PublishableQuerySet.as_manager()
    owner_field = "author"  # the user who may see and edit it before publication
    shared_with = ""  # the reverse relation to co-author rows, if it can be co-authored

    class Meta:
        abstract = True

    @property
    def is_published(self) -> bool:
        return self.status == Status.PUBLISHED

    def mark_published(self, *, at=None) -> None:
        """Set the status and the publication time together."""
        self.status = Status.PUBLISHED
        self.published_at = at or self.published_at or timezone.now()


# --- Text people write ------------------------------------------------------------


class MaxLengthConstraint(models.CheckConstraint):
    """The database's own limit on a text field: length(field) <= limit.

    Pair it with `max_length=limit` on the TextField, which gives forms (and the
    admin) the same limit and its error message. Model validation checks it in
    Python, without the query a CheckConstraint would make."""

    def __init__(self, *, field: str, limit: int, name: str, **kwargs):
        self.field = field
        self.limit = limit
        kwargs.pop("condition", None)
        super().__init__(condition=LessThanOrEqual(Length(field), limit), name=name, **kwargs)

    def deconstruct(self):
        path, args, kwargs = super().deconstruct()
        kwargs.pop("condition", None)
        return path, args, {**kwargs, "field": self.field, "limit": self.limit}

    def validate(self, model, instance, exclude=None, using=None):
        if exclude and self.field in exclude:
            return
        value = getattr(instance, self.field, None)
        if isinstance(value, str) and len(value) > self.limit:
            label = capfirst(model._meta.get_field(self.field).verbose_name)
            raise ValidationError(
                {
                    self.field: ValidationError(
                        _("%(label)s must be %(limit)s characters or fewer."),
                        code="max_length",
                        params={"label": label, "limit": f"{self.limit:,}"},
                    )
                }
            )


def max_length(model_name: str, field: str, limit: int) -> MaxLengthConstraint:
    """The constraint for `Meta.constraints`, named after the model and field."""
    return MaxLengthConstraint(field=field, limit=limit, name=f"{model_name}_{field}_max_length")


RENDERED_VERSION_KEY = "_version"


class MarkdownRendered(models.Model):
    """A model with Markdown fields keeps their sanitised HTML, rendered when it is
    saved: pages read `rendered` (the `rendered` template filter) and never render
    Markdown themselves. `rendered` maps each field name to its HTML, plus the
    renderer's version; `manage.py render_markdown` renders every row again after
    the renderer changes."""

    markdown_fields: tuple[str, ...] = ()

    rendered = models.JSONField(_("rendered HTML"), default=dict, editable=False)

    class Meta:
        abstract = True

    def save(self, **kwargs):
        update_fields = kwargs.get("update_fields")
        if update_fields is None:
            deferred = self.get_deferred_fields()
            names = [n for n in self.markdown_fields if n not in deferred]
            if names:
                self.render_markdown_fields(names)
        else:
            update_fields = list(update_fields)
            names = [n for n in self.markdown_fields if n in update_fields]
            if names:
                self.render_markdown_fields(names)
                if "rendered" not in update_fields:
                    update_fields.append("rendered")
                kwargs["update_fields"] = update_fields
        super().save(**kwargs)

    def render_markdown_fields(self, names=None, *, render=render_markdown) -> None:
        """Render `names` (every Markdown field by default) into `rendered`. When the
        stored HTML comes from another renderer version, every field is rendered.
        `render` may be a cached render_markdown, for bulk inserts of repeated text."""
        stored = dict(self.rendered or {})
        if names is None or stored.get(RENDERED_VERSION_KEY) != RENDERER_VERSION:
            names = self.markdown_fields
        for name in names:
            stored[name] = str(render(getattr(self, name) or ""))
        stored[RENDERED_VERSION_KEY] = RENDERER_VERSION
        self.rendered = stored

    def rendered_html(self, name: str) -> SafeString:
        """The stored HTML of one Markdown field."""
        return mark_safe((self.rendered or {}).get(name, ""))


class OutgoingEmail(models.Model):
    """One e-mail waiting to be sent (sharehub.core.mail): written in the caller's
    transaction, deleted in the transaction that sends it. A row that is here has not
    been accepted by the mail server, as far as the database knows."""

    message_id = models.CharField(max_length=255, unique=True, editable=False)
    subject = models.TextField()
    body = models.TextField()
    html = models.TextField(blank=True)
    to = models.JSONField()
    reply_to = models.JSONField(default=list, blank=True)
    from_email = models.CharField(max_length=320, blank=True)
    # More headers for the message (List-Unsubscribe, List-Unsubscribe-Post), by name.
    headers = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        ordering = ["pk"]

    def __str__(self) -> str:
        return self.message_id
