from django import forms
from django.utils.translation import gettext_lazy as _


class InviteForm(forms.Form):
    """The author invites a co-author by the e-mail address of their ShareHub account."""

    email = forms.EmailField(
        label=_("Their e-mail address"),
        help_text=_("The address they use to sign in to ShareHub."),
        max_length=254,
        error_messages={
            "required": _("Enter their e-mail address"),
            "invalid": _("Enter an e-mail address in the correct format, like name@example.org"),
        },
    )
