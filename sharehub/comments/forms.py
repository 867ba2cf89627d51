from django import forms
from django.utils.translation import gettext_lazy as _

from sharehub.comments.models import BODY_MAX


class CommentForm(forms.Form):
    """A comment, a reply or an edit: the text only (services.check_body checks it again)."""

    body = forms.CharField(
        label=_("Your comment"),
        max_length=BODY_MAX,
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={
            "required": _("Enter your comment"),
            "max_length": _("Comment must be 2,000 characters or fewer"),
        },
    )

    def __init__(self, *args, label=None, **kwargs):
        super().__init__(*args, **kwargs)
        if label:
            self.fields["body"].label = label
