from django import forms
from django.utils.translation import gettext_lazy as _

from sharehub.core.validators import validate_single_line
from sharehub.organisations.models import Organisation
from sharehub.organisations.names import normalise


class JoinForm(forms.Form):
    """A person says they belong to an organisation, by its name."""

    name = forms.CharField(
        label=_("Name of the organisation"),
        help_text=_(
            "For example, the care home, council or charity you work for. If it is "
            "already on ShareHub, you will be added to it."
        ),
        max_length=200,
        validators=[validate_single_line],
        widget=forms.TextInput(attrs={"autocomplete": "organization"}),
        error_messages={
            "required": _("Enter the name of the organisation"),
            "max_length": _("The name must be 200 characters or fewer"),
        },
    )

    def clean_name(self) -> str:
        name = self.cleaned_data["name"]
        if not normalise(name):
            raise forms.ValidationError(_("Enter a name with letters or numbers in it"))
        return name


class MergeForm(forms.Form):
    """A moderator merges a duplicate into the organisation whose page they are on."""

    duplicate = forms.CharField(
        label=_("Address of the duplicate organisation"),
        help_text=_(
            "The last part of the duplicate's web address, for example "
            "bryn-derw-care-home in /organisations/bryn-derw-care-home/."
        ),
        max_length=90,
        error_messages={"required": _("Enter the address of the duplicate organisation")},
    )

    def __init__(self, *args, keep: Organisation, **kwargs):
        super().__init__(*args, **kwargs)
        self.keep = keep

    def clean_duplicate(self) -> Organisation:
        slug = self.cleaned_data["duplicate"].strip().strip("/").rsplit("/", 1)[-1]
        duplicate = Organisation.objects.filter(slug=slug).first()
        if duplicate is None:
            raise forms.ValidationError(_("There is no organisation at that address"))
        if duplicate.pk == self.keep.pk:
            raise forms.ValidationError(_("Choose another organisation, not this one"))
        return duplicate
