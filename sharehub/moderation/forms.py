from django import forms
from django.utils.translation import gettext_lazy as _

from sharehub.moderation.models import NOTE_MAX, REPORT_MAX, Outcome, ReportReason


class MessageForm(forms.Form):
    """The text a moderator action carries: a message to the author or a reason."""

    text = forms.CharField(
        label=_("Message"),
        max_length=NOTE_MAX,
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={"max_length": _("Write %(limit_value)s characters or fewer.")},
    )

    def __init__(self, *args, label=None, help_text="", required=True, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["text"]
        field.required = required
        if label:
            field.label = label
        field.help_text = help_text


class DuplicateForm(forms.Form):
    original = forms.CharField(
        label=_("Address of the original"),
        max_length=300,
        help_text=_("The published item this repeats, for example /en/innovations/its-name/."),
    )


class ResolveForm(forms.Form):
    outcome = forms.ChoiceField(
        label=_("What to do"), choices=Outcome.choices, widget=forms.RadioSelect
    )
    text = forms.CharField(
        label=_("Reason, for the author"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Needed unless you restore it."),
    )

    def clean(self):
        data = super().clean()
        if data.get("outcome") and data["outcome"] != Outcome.RESTORED and not data.get("text"):
            self.add_error("text", _("Give the reason, for the author."))
        return data


class SuspendForm(forms.Form):
    text = forms.CharField(
        label=_("Reason for suspending"), widget=forms.Textarea(attrs={"rows": 3})
    )
    hide_content = forms.BooleanField(
        label=_("Also hide their published content until it is reviewed"), required=False
    )


class ReportForm(forms.Form):
    reason = forms.ChoiceField(
        label=_("What is wrong with it?"), choices=ReportReason.choices, widget=forms.RadioSelect
    )
    text = forms.CharField(
        label=_("Tell us more"),
        max_length=REPORT_MAX,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("Say what you saw and where. Moderators read every report."),
    )


class BulkForm(forms.Form):
    ACTIONS = [
        ("approve", _("Approve")),
        ("reject", _("Reject")),
        ("mark_reviewed", _("Mark reviewed (keep published, close the reports)")),
    ]
    action = forms.ChoiceField(label=_("Action"), choices=ACTIONS, widget=forms.RadioSelect)
    reason = forms.CharField(
        label=_("Reason for rejecting"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Sent to every author whose item you reject."),
    )
    selected = forms.MultipleChoiceField(label=_("Items"), choices=[])

    def __init__(self, *args, choices=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["selected"].choices = choices
        self.fields["selected"].error_messages["required"] = _("Select at least one item.")

    def clean(self):
        data = super().clean()
        if data.get("action") == "reject" and not data.get("reason"):
            self.add_error("reason", _("Give the reason for rejecting."))
        return data
