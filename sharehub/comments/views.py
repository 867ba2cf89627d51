"""Thin views: gatekeeper (access) → form → service → redirect. Each page works
without JavaScript; posting from an item's page lands here only when the form has
errors."""

from allauth.account.decorators import verified_email_required
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from sharehub.catalogue.workflow import get_language_code
from sharehub.comments import access, services
from sharehub.comments.forms import CommentForm
from sharehub.comments.models import BODY_MAX, Comment, item_field
from sharehub.core.ratelimit import RateLimited


def _posted(request, comment: Comment) -> HttpResponse:
    if comment.is_published:
        messages.success(request, _("Your comment is added."))
    else:
        messages.success(
            request,
            _("Thank you. A moderator will check your comment before other people can see it."),
        )
    return redirect(comment)


def _create(request, form: CommentForm, *, item, reply_to=None):
    """Post a valid form; None when the form now carries the error (429 when rate limited)."""
    try:
        comment = services.comment_create(
            item=item,
            author=request.user,
            body=form.cleaned_data["body"],
            language=get_language_code(),
            reply_to=reply_to,
        )
    except RateLimited as exc:
        form.add_error(None, str(exc))
        return None, 429
    except ValidationError as exc:
        form.add_error(None, exc)
        return None, 400
    except services.CommentRefused as exc:
        messages.info(request, str(exc))
        return redirect(item), 0
    return _posted(request, comment), 0


def _form_page(request, form, *, item, mode: str, comment=None, status=200) -> HttpResponse:
    if form.errors and status == 200:
        status = 400
    context = {
        "form": form,
        "item": item,
        "kind": item_field(item),
        "mode": mode,
        "comment": comment,
        "maxlength": BODY_MAX,
    }
    return render(request, "comments/comment_form.html", context, status=status)


@verified_email_required
def new(request: HttpRequest, kind: str, slug: str) -> HttpResponse:
    """A comment on a published innovation, resource or question (the form on its
    page posts here; the page with only the form is for errors and for signing in)."""
    item = access.get_item_for_comment(kind, slug)
    form = CommentForm(request.POST if request.method == "POST" else None)
    status = 200
    if request.method == "POST" and form.is_valid():
        response, status = _create(request, form, item=item)
        if response is not None:
            return response
    return _form_page(request, form, item=item, mode="new", status=status)


@verified_email_required
def reply(request: HttpRequest, pk: int) -> HttpResponse:
    """A reply to a published comment (to its thread, when it is itself a reply)."""
    to = access.get_comment_to_reply(pk)
    item = to.item
    form = CommentForm(request.POST if request.method == "POST" else None, label=_("Your reply"))
    status = 200
    if request.method == "POST" and form.is_valid():
        response, status = _create(request, form, item=item, reply_to=to)
        if response is not None:
            return response
    return _form_page(request, form, item=item, mode="reply", comment=to, status=status)


@verified_email_required
def edit(request: HttpRequest, pk: int) -> HttpResponse:
    comment = access.get_own_comment(request.user, pk)
    if not services.can_edit(comment, request.user):
        messages.info(request, _("This comment can no longer be changed."))
        return redirect(comment)
    if request.method != "POST":
        form = CommentForm(initial={"body": comment.body})
        return _form_page(request, form, item=comment.item, mode="edit", comment=comment)
    form = CommentForm(request.POST)
    if form.is_valid():
        try:
            changed = services.comment_edit(
                comment, user=request.user, body=form.cleaned_data["body"]
            )
        except ValidationError as exc:
            form.add_error(None, exc)
        except services.CommentRefused as exc:
            messages.info(request, str(exc))
            return redirect(comment)
        else:
            if changed.is_published:
                messages.success(request, _("Your comment is changed."))
            else:
                messages.success(
                    request,
                    _(
                        "Thank you. A moderator will check your change. Until then, only you "
                        "can see your comment."
                    ),
                )
            return redirect(changed)
    return _form_page(request, form, item=comment.item, mode="edit", comment=comment)


@verified_email_required
def delete(request: HttpRequest, pk: int) -> HttpResponse:
    comment = access.get_own_comment(request.user, pk)
    if request.method == "POST":
        try:
            services.comment_delete(comment, user=request.user)
        except services.CommentRefused as exc:
            messages.info(request, str(exc))
        else:
            messages.success(request, _("Your comment is deleted."))
        return redirect(f"{comment.item.get_absolute_url()}#comments")
    return render(
        request, "comments/comment_delete.html", {"comment": comment, "item": comment.item}
    )
