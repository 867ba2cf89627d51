"""allauth under ShareHub's rules: its e-mails leave through the background task,
and failed sign-ins are counted per account and client (sharehub.accounts.throttle)."""

from allauth.account.adapter import DefaultAccountAdapter
from allauth.core import context as allauth_context
from django.contrib.sites.shortcuts import get_current_site
from django.utils.translation import get_language

from sharehub.accounts import throttle
from sharehub.core.mail import queue_email
from sharehub.core.models import Language


class AccountAdapter(DefaultAccountAdapter):
    def save_user(self, request, user, form, commit=True):
        """A new account is written to in the language it signed up in, and shows
        the name given at sign-up."""
        language = (get_language() or "")[:2]
        if language in Language.values:
            user.language = language
        # The name to show, checked by the gate in SignupForm.clean_display_name.
        user.display_name = form.cleaned_data.get("display_name", "")
        return super().save_user(request, user, form, commit=commit)

    def pre_authenticate(self, request, **credentials) -> None:
        """Count this password attempt per account and client, and against the
        account's ceiling (throttle), instead of allauth's per-account count that
        let anyone lock an account's owner out. authenticate() takes a right
        password off again through _rollback_login_failed_rl_usage."""
        account = self._get_login_attempts_cache_key(request, **credentials)
        self._login_failed_rl_usage = None
        self._login_failed_rl_usage = throttle.count_attempt(
            request, account, too_many_here=self.validation_error("too_many_login_attempts")
        )

    def _rollback_login_failed_rl_usage(self) -> None:
        throttle.succeeded(getattr(self, "_login_failed_rl_usage", None))

    def _delete_login_attempts_cached_email(self, request, **credentials) -> None:
        """A successful password reset clears the ceiling and this client's count."""
        throttle.clear(request, self._get_login_attempts_cache_key(request, **credentials))

    def send_mail(self, template_prefix: str, email: str, context: dict) -> None:
        """Render the message now, in the language of the request that caused it,
        and queue it: a worker sends it (at once in development and tests)."""
        request = allauth_context.request
        ctx = {"request": request, "email": email, "current_site": get_current_site(request)}
        ctx.update(context)
        message = self.render_mail(template_prefix, email, ctx)
        html = next(
            (
                content
                for content, mimetype in getattr(message, "alternatives", [])
                if mimetype == "text/html"
            ),
            "",
        )
        queue_email(
            subject=str(message.subject),
            body=str(message.body),
            to=list(message.to),
            html=str(html),
            from_email=message.from_email,
        )


def user_display(user) -> str:
    """How allauth names the signed-in person to themselves."""
    return user.display_name or user.email or user.get_username()
