from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.core import signing
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST

from sharehub.core.pagination import PageError, get_page
from sharehub.core.ratelimit import RateLimited
from sharehub.core.views import bad_request, safe_next
from sharehub.notifications import display, services
from sharehub.notifications.forms import PreferencesForm
from sharehub.notifications.models import FOLLOW_RELATED, Event, Follow, Notification
from sharehub.taxonomy.models import ChallengeArea, LocalAuthority, Region
from sharehub.taxonomy.terms import terms


@login_required
def following(request: HttpRequest) -> HttpResponse:
    follows = list(
        Follow.objects.filter(user=request.user)
        .select_related(*FOLLOW_RELATED)
        .defer(
            "innovation__search_vector",
            "innovation__rendered",
            "need__search_vector",
            "need__rendered",
        )
    )
    followed = {(f.target_field, getattr(f.target, "slug", None)) for f in follows}
    rows = [(f, display.describe_follow(f), display.follow_url(f)) for f in follows]
    return render(
        request,
        "notifications/following.html",
        {
            "rows": rows,
            "areas": [(a, ("challenge_area", a.slug) in followed) for a in terms(ChallengeArea)],
            "regions": [(r, ("region", r.slug) in followed) for r in terms(Region)],
            "local_authorities": [
                (la, ("local_authority", la.slug) in followed) for la in terms(LocalAuthority)
            ],
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def follow_toggle(request: HttpRequest) -> HttpResponse:
    """Follow something, or stop following it (POST from a follow button)."""
    back = safe_next(request, reverse("notifications:following"))
    if request.method != "POST":
        return redirect(back)
    try:
        target = services.resolve_target(
            request.POST.get("target", ""),
            request.POST.get("value", ""),
            request.POST.get("query", ""),
        )
        now_following = services.toggle_follow(user=request.user, target=target)
    except services.FollowRefused as exc:
        return bad_request(request, [str(exc)])
    except RateLimited as exc:
        return bad_request(request, [str(exc)], status=429)
    if now_following:
        messages.success(request, _("You are following it. We will tell you when there is news."))
    else:
        messages.success(request, _("You no longer follow it."))
    return redirect(back)


@login_required
def notification_list(request: HttpRequest) -> HttpResponse:
    rows = (
        Notification.objects.filter(recipient=request.user)
        .visible()
        .select_related(*(f"follow__{name}" for name in FOLLOW_RELATED))
        .defer(
            "follow__innovation__search_vector",
            "follow__innovation__rendered",
            "follow__need__search_vector",
            "follow__need__rendered",
        )
        .order_by("-created_at", "-id")
    )
    try:
        page = get_page(rows, request.GET.get("page"), settings.SHAREHUB_PAGE_SIZE)
    except PageError as exc:
        return bad_request(request, [f"page: {exc}"])
    page.object_list = display.entries(page.object_list)
    unread = any(entry.notification.read_at is None for entry in page.object_list)
    return render(
        request, "notifications/notification_list.html", {"page": page, "any_unread": unread}
    )


@login_required
@require_POST
def mark_read(request: HttpRequest, pk: int) -> HttpResponse:
    services.mark_read(user=request.user, notification_id=pk)
    return redirect(safe_next(request, reverse("notifications:list")))


@login_required
@require_POST
def mark_all_read(request: HttpRequest) -> HttpResponse:
    services.mark_all_read(user=request.user)
    messages.success(request, _("All your notifications are marked read."))
    return redirect(safe_next(request, reverse("notifications:list")))


@login_required
@require_http_methods(["GET", "POST"])
def preferences(request: HttpRequest) -> HttpResponse:
    current = services.preferences_for(request.user)
    form = PreferencesForm(data=request.POST or None, initial=current)
    if request.method == "POST" and form.is_valid():
        services.set_preferences(user=request.user, choices=form.cleaned_data)
        messages.success(request, _("Your e-mail choices are saved."))
        return redirect("notifications:settings")
    return render(request, "notifications/settings.html", {"form": form})


@csrf_exempt  # RFC 8058 one-click: the signed token is the authority, not a session
@require_http_methods(["GET", "POST"])
def unsubscribe(request: HttpRequest, token: str) -> HttpResponse:
    """A link from an e-mail: GET asks to confirm; POST (the button, or a mail
    client's List-Unsubscribe-Post) turns that e-mail off."""
    try:
        user_id, event = services.read_unsubscribe_token(token)
    except signing.BadSignature:
        raise Http404 from None
    user = get_user_model().objects.filter(pk=user_id).first()
    if user is None:
        raise Http404
    label = Event(event).label if event in Event.values else _("The weekly digest")
    if request.method == "POST":
        services.unsubscribe(user=user, event=event)
        return render(request, "notifications/unsubscribed.html", {"label": label})
    return render(request, "notifications/unsubscribe.html", {"label": label})
