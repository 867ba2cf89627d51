"""GOV.UK Design System markup for Django form fields (templates/includes/form_field.html)."""

from django import forms, template
from django.forms.boundfield import BoundField

register = template.Library()

_WIDGET_CLASSES = {
    "textarea": "govuk-textarea",
    "select": "govuk-select",
    "checkbox": "govuk-checkboxes__input",
    "input": "govuk-input",
    "file": "govuk-file-upload",
}


@register.filter
def govuk_kind(field: BoundField) -> str:
    """Which GOV.UK component renders this field."""
    widget = field.field.widget
    if widget.is_hidden:
        return "hidden"
    # CheckboxSelectMultiple is a subclass of RadioSelect: ask about it first.
    if isinstance(widget, forms.CheckboxSelectMultiple):
        return "checkboxes"
    if isinstance(widget, forms.RadioSelect):
        return "radios"
    if isinstance(widget, forms.CheckboxInput):
        return "checkbox"
    if isinstance(widget, forms.Textarea):
        return "textarea"
    if isinstance(widget, forms.Select):
        return "select"
    if isinstance(widget, forms.FileInput):
        return "file"
    return "input"


@register.filter
def govuk_anchor(field: BoundField) -> str:
    """The id an error-summary link points at: the input, or a group's first option."""
    if govuk_kind(field) in ("radios", "checkboxes"):
        return f"{field.auto_id}_0"
    return field.auto_id


@register.filter
def govuk_described_by(field: BoundField) -> str:
    ids = []
    if field.help_text:
        ids.append(f"{field.auto_id}-hint")
    if field.errors:
        ids.append(f"{field.auto_id}-error")
    return " ".join(ids)


@register.filter
def govuk_widget(field: BoundField):
    """The field's own widget with GOV.UK classes, the hint and error wired to
    aria-describedby, and no placeholder (GOV.UK forms label, they don't hint inside)."""
    kind = govuk_kind(field)
    css = _WIDGET_CLASSES.get(kind, "")
    if field.errors and kind in ("input", "textarea", "select", "file"):
        css += f" {css}--error"
    existing = field.field.widget.attrs.get("class")
    attrs = {"class": f"{existing} {css}".strip() if existing else css}
    described_by = govuk_described_by(field)
    if described_by:
        attrs["aria-describedby"] = described_by
    if isinstance(field.field.widget, forms.EmailInput | forms.PasswordInput):
        attrs["spellcheck"] = "false"
    # Each form instance has its own copy of its widgets, so this is local to it.
    field.field.widget.attrs.pop("placeholder", None)
    return field.as_widget(attrs=attrs)
