from allauth.account.adapter import get_adapter as get_account_adapter
from allauth.account.forms import ChangePasswordForm as AllauthChangePasswordForm
from allauth.account.forms import LoginForm as AllauthLoginForm
from allauth.account.forms import ResetPasswordKeyForm as AllauthResetPasswordKeyForm
from allauth.account.forms import SetPasswordForm as AllauthSetPasswordForm
from allauth.account.forms import SignupForm as AllauthSignupForm
from allauth.core import context
from allauth.mfa.adapter import get_adapter as get_mfa_adapter
from allauth.mfa.base.forms import AuthenticateForm as AllauthMFAAuthenticateForm
from allauth.mfa.base.forms import ReauthenticateForm as AllauthMFAReauthenticateForm
from allauth.mfa.models import Authenticator
from django import forms
from django.contrib.auth.hashers import make_password
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from sharehub.accounts import throttle
from sharehub.accounts.models import PROFILE_FIELDS, User
from sharehub.core.models import Language
from sharehub.core.validators import validate_single_line
from sharehub.gate import policy
from sharehub.gate.kinds import KINDS
from sharehub.taxonomy.models import InnovationProfile, LocalAuthority


class LoginForm(AllauthLoginForm):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["login"].label = _("E-mail address")
        if "remember" in self.fields:
            self.fields["remember"].label = _("Keep me signed in on this device")


PASSWORD_HINT = _(
    "Use at least 12 characters. A few unrelated words are easier to remember "
    "than a jumble of symbols. Common passwords are refused."
)


class _PasswordHintMixin:
    """A new password's hint in plain words (sign-up's), instead of the list of
    Django's validator rules; the rules still apply, and their errors are Welsh
    too (sharehub/locale_vendor)."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        if "password1" in self.fields:
            self.fields["password1"].help_text = PASSWORD_HINT


class ChangePasswordForm(_PasswordHintMixin, AllauthChangePasswordForm):
    pass


class SetPasswordForm(_PasswordHintMixin, AllauthSetPasswordForm):
    pass


class ResetPasswordKeyForm(_PasswordHintMixin, AllauthResetPasswordKeyForm):
    pass


class SignupForm(_PasswordHintMixin, AllauthSignupForm):
    """allauth's sign-up form with the name to show and a plain-language password
    hint. The name passes the gate as profile text (AccountAdapter.save_user
    stores it)."""

    display_name = forms.CharField(
        label=_("Your name"),
        max_length=User._meta.get_field("display_name").max_length,
        required=False,
        validators=[validate_single_line],
        help_text=_(
            "Shown with what you share, so people know who to thank or ask, for example "
            "“Siân Jones” or “Siân, Hafod care home”. Leave it empty to appear as "
            "“A ShareHub member”. You can change it later."
        ),
        widget=forms.TextInput(attrs={"autocomplete": "name", "spellcheck": "false"}),
    )

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.order_fields(["display_name", "email"])
        self.fields["email"].label = _("E-mail address")
        if "password2" in self.fields:
            self.fields["password2"].label = _("Type the password again")

    def clean_display_name(self) -> str:
        """The name is public: certain personal data of someone who receives care
        is refused, as on the profile."""
        name = " ".join(self.cleaned_data.get("display_name", "").split())
        decision = policy.decide(KINDS["profile"], None, {"display_name": name})
        errors = policy.field_errors(decision)
        if "display_name" in errors:
            raise forms.ValidationError(errors["display_name"])
        return name

    def try_save(self, request):
        """For an address that already has an account allauth creates nothing and
        only queues the "you already have an account" e-mail, which answered in a
        fraction of the time a new account takes (the password hash alone is most
        of it), telling anyone which addresses are registered. Hash the password
        here too, as creating the account would, so both take about as long; both
        e-mails leave through the same task queue (adapter.send_mail)."""
        if self.account_already_exists:
            make_password(self.cleaned_data.get("password1") or "")
        return super().try_save(request)


class ProfileForm(forms.ModelForm):
    """The profile, and for each field whether it is shown on the public page."""

    class Meta:
        model = User
        fields = [*PROFILE_FIELDS, "language"]
        labels = {
            "display_name": _("Your name"),
            "bio": _("About you"),
            "language": _("Which language should ShareHub write to you in?"),
        }
        help_texts = {
            "display_name": _(
                "Shown with everything you share. Leave it empty to appear as “A ShareHub member”."
            ),
            "organisation": _("For example, the care home, council or charity you work for."),
            "local_authority": _(
                "Where you work. The notice board shows questions from there first."
            ),
            "bio": _("A few sentences about you and your work (up to 500 characters)."),
            "can_help_with": _(
                "What people could ask you about (up to 500 characters). "
                "For example, setting up a peer support group."
            ),
            "role": _("Which of these describes you best in innovation."),
            "innovation_profile": _("How you like to work on new ideas."),
            "language": _(
                "For e-mails about what moderators decide on your contributions and reports."
            ),
        }
        widgets = {
            "role": forms.RadioSelect,
            "innovation_profile": forms.RadioSelect,
            "language": forms.RadioSelect,
            "bio": forms.Textarea(attrs={"rows": 4}),
            "can_help_with": forms.Textarea(attrs={"rows": 4}),
        }

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        for name in ("role", "innovation_profile"):
            self.fields[name].empty_label = _("I would rather not say")
        for name in ("job_role", "organisation_type"):
            self.fields[name].empty_label = _("Not chosen")
        self.fields["local_authority"].queryset = LocalAuthority.objects.select_related("region")
        self.fields["local_authority"].empty_label = _("Not chosen")
        self.fields["innovation_profile"].queryset = InnovationProfile.objects.all()
        self.fields["language"].choices = Language.choices
        if not self.instance.language:
            self.initial["language"] = get_language()[:2]
        public = set(self.instance.public_fields)
        for name in PROFILE_FIELDS:
            self.fields[f"{name}_public"] = forms.BooleanField(
                label=_("Show on my public profile"), required=False, initial=name in public
            )

    def clean(self):
        """Profile text shown in public passes the gate: certain personal data of
        someone who receives care is refused, field by field, with what was found."""
        cleaned = super().clean()
        kind = KINDS["profile"]
        values = {name: cleaned.get(name) or "" for name in kind.text_fields if name in self.fields}
        decision = policy.decide(kind, self.instance, values)
        for name, message in policy.field_errors(decision).items():
            self.add_error(name, message)
        return cleaned

    def rows(self) -> list[tuple[forms.BoundField, forms.BoundField]]:
        """Each profile field with its "Show on my public profile" box."""
        return [(self[name], self[f"{name}_public"]) for name in PROFILE_FIELDS]

    def save(self, commit: bool = True) -> User:
        user = super().save(commit=False)
        user.public_fields = [n for n in PROFILE_FIELDS if self.cleaned_data.get(f"{n}_public")]
        if commit:
            user.save()
        return user


class DeleteAccountForm(forms.Form):
    REMOVE = "remove"
    KEEP = "keep"
    content = forms.ChoiceField(
        label=_("What should happen to what you have published?"),
        widget=forms.RadioSelect,
        choices=[
            (REMOVE, _("Remove everything I have shared")),
            (KEEP, _("Keep what I have published, without my name")),
        ],
        error_messages={"required": _("Choose what should happen to what you have published")},
    )
    confirm = forms.BooleanField(
        label=_("I understand that my account cannot be brought back"),
        error_messages={
            "required": _("Confirm that you understand your account cannot be brought back")
        },
    )


class _ThrottledCodeMixin:
    """allauth's two-factor code check, with attempts counted per account and
    client (sharehub.accounts.throttle) instead of per account only, where five
    wrong codes from anyone refused the owner's right one for 5 minutes."""

    def clean_code(self) -> str:
        account = f"mfa-auth-user-{self.user.pk}"
        usage = throttle.count_attempt(
            context.request,
            account,
            too_many_here=get_account_adapter().validation_error("too_many_login_attempts"),
            ceiling=throttle.PER_ACCOUNT_MFA,
            too_many_everywhere=throttle.TOO_MANY_CODES_FOR_ACCOUNT,
        )
        code = self.cleaned_data["code"]
        main = None
        # As allauth: recovery codes and TOTP (WebAuthn cannot check typed codes);
        # failure signals go to the main authenticator only.
        for authenticator in Authenticator.objects.filter(user=self.user).exclude(
            type=Authenticator.Type.WEBAUTHN
        ):
            if not main or authenticator.type == Authenticator.Type.TOTP:
                main = authenticator
            if authenticator.wrap().validate_code(code):
                authenticator.user = self.user
                self.authenticator = authenticator
                throttle.succeeded(usage)
                return code
        if main:
            self._emit_authentication_failed(main)
        raise get_mfa_adapter().validation_error("incorrect_code")


class MFAAuthenticateForm(_ThrottledCodeMixin, AllauthMFAAuthenticateForm):
    pass


class MFAReauthenticateForm(_ThrottledCodeMixin, AllauthMFAReauthenticateForm):
    pass
