import re

from allauth.account.models import EmailAddress
from django import forms
from django.utils.translation import gettext_lazy as _

from sharehub.contacts.models import Contact
from sharehub.core.fields import ModelMultipleChoiceField
from sharehub.taxonomy.models import ChallengeArea, JobRole, OrganisationType, Region, Role


class ContactForm(forms.ModelForm):
    """Listing yourself, or an organisation you speak for, as a contact."""

    role = forms.ModelChoiceField(
        Role.objects.all(),
        required=False,
        empty_label=_("Choose one"),
        label=_("Role (optional)"),
    )
    job_role = forms.ModelChoiceField(
        JobRole.objects.all(),
        required=False,
        empty_label=_("Choose one"),
        label=_("Job role (optional)"),
    )
    organisation_type = forms.ModelChoiceField(
        OrganisationType.objects.all(),
        required=False,
        empty_label=_("Choose one"),
        label=_("Type of organisation (optional)"),
    )
    challenge_areas = ModelMultipleChoiceField(
        ChallengeArea.objects.all(),
        widget=forms.CheckboxSelectMultiple,
        label=_("Challenge areas you know about"),
        help_text=_("Select all that apply."),
        error_messages={"required": _("Select at least one challenge area.")},
    )
    regions = ModelMultipleChoiceField(
        Region.objects.all(),
        widget=forms.CheckboxSelectMultiple,
        required=False,
        label=_("Regions you work in (optional)"),
        help_text=_("Select all that apply."),
    )
    email = forms.EmailField(
        label=_("E-mail address for messages"),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        help_text=_(
            "Messages from ShareHub members are sent here. It is never shown to anyone. "
            "It must be an address you have confirmed in your account."
        ),
        error_messages={"required": _("Enter the e-mail address that should receive messages.")},
    )

    class Meta:
        model = Contact
        fields = [
            "name",
            "is_organisation",
            "role",
            "job_role",
            "organisation",
            "organisation_type",
            "challenge_areas",
            "regions",
            "can_help_with",
            "bio",
        ]
        labels = {
            "name": _("Name"),
            "is_organisation": _("This listing is for an organisation, not a person"),
            "organisation": _("Organisation (optional)"),
            "can_help_with": _("What you can help with"),
            "bio": _("About you or your organisation (optional)"),
        }
        help_texts = {
            "name": _("Your name, or your organisation's name. It is shown on the contacts page."),
            "organisation": _("Where you work, if you want to say."),
            "can_help_with": _(
                "For example: setting up peer support, writing a funding bid, "
                "using technology in home care."
            ),
        }
        widgets = {
            "name": forms.TextInput(attrs={"autocomplete": "name"}),
            "organisation": forms.TextInput(attrs={"autocomplete": "organization"}),
            "can_help_with": forms.Textarea(attrs={"rows": 5}),
            "bio": forms.Textarea(attrs={"rows": 8}),
        }
        error_messages = {
            "name": {"required": _("Enter a name.")},
            "can_help_with": {
                "required": _("Say what you can help with."),
                "max_length": _(
                    "What you can help with must be %(limit_value)d characters or fewer."
                ),
            },
            "bio": {
                "max_length": _(
                    "About you or your organisation must be %(limit_value)d characters or fewer."
                )
            },
        }

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.fields["email"].initial = self.instance.email or user.email

    def clean_email(self) -> str:
        email = self.cleaned_data["email"]
        if not EmailAddress.objects.filter(
            user=self.user, email__iexact=email, verified=True
        ).exists():
            raise forms.ValidationError(
                _(
                    "Use an e-mail address you have confirmed in your account. "
                    "To use another one, add and confirm it in your account first."
                )
            )
        return email


class MessageForm(forms.Form):
    subject = forms.CharField(
        label=_("Subject"),
        max_length=150,
        error_messages={
            "required": _("Enter a subject."),
            "max_length": _("The subject must be %(limit_value)d characters or fewer."),
        },
    )
    body = forms.CharField(
        label=_("Message"),
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_(
            "Say who you are and why you are getting in touch. "
            "Do not include details of people who receive care."
        ),
        error_messages={
            "required": _("Enter your message."),
            "max_length": _("The message must be %(limit_value)d characters or fewer."),
        },
    )

    def clean_subject(self) -> str:
        subject = self.cleaned_data["subject"]
        # One line only: a line break in a subject could add e-mail headers.
        if re.search(r"[\r\n\x00-\x1f\x7f\u2028\u2029]", subject):
            raise forms.ValidationError(_("The subject must be a single line of text."))
        return subject
