"""allauth under ShareHub's rules: its e-mails leave through the background task."""

from allauth.account.adapter import DefaultAccountAdapter
from allauth.core import context as allauth_context
from django.contrib.sites.shortcuts import get_current_site
from django.utils.translation import get_language

from sharehub.core.mail import queue_email
from sharehub.core.models import Language


class AccountAdapter(DefaultAccountAdapter):
    def save_user(self, request, user, form, commit=True):
        """A new account is written to in the language it signed up in."""
        language = (get_language() or "")[:2]
        if language in Language.values:
            user.language = language
        return super().save_user(request, user, form, commit=commit)

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
