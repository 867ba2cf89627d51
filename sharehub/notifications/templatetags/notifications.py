"""Follow buttons and the unread count, for templates of any app:
{% load notifications %}{% follow_button item %}, {% follow_search_button request %},
{% notifications_nav_item %}."""

from django import template
from django.http import QueryDict

from sharehub.notifications import saved, services
from sharehub.notifications.models import Notification

register = template.Library()

TARGETS = {
    "catalogue.Innovation": "innovation",
    "catalogue.Need": "need",
    "taxonomy.ChallengeArea": "challenge_area",
    "taxonomy.Region": "region",
    "taxonomy.LocalAuthority": "local_authority",
}


def _button(context, *, target: str, value: str, query: str, following: bool, label: str):
    request = context.get("request")
    return {
        "request": request,
        "user": context.get("user"),
        "csrf_token": context.get("csrf_token"),
        "target": target,
        "value": value,
        "query": query,
        "following": following,
        "label": label,
        "next": request.get_full_path() if request else "",
    }


@register.inclusion_tag("notifications/includes/follow_button.html", takes_context=True)
def follow_button(context, item, label: str = "", following=None):
    """A Follow / Stop following button for an innovation, a question, a challenge
    area, a region or a local authority. `following`: whether the person follows it,
    when the page knows already (otherwise one query)."""
    target = TARGETS.get(item._meta.label, "")
    user = context.get("user")
    if following is None:
        following = bool(target) and services.is_following(user, {target: item})
    return _button(
        context,
        target=target,
        value=item.slug,
        query="",
        following=following,
        label=label or str(getattr(item, "title", "") or getattr(item, "name", "")),
    )


@register.inclusion_tag("notifications/includes/follow_search_button.html", takes_context=True)
def follow_search_button(context, request):
    """ "Follow this search": the list or search page with its filters now."""
    list_name = saved.list_name_for(request)
    query = saved.normalise(request.GET) if list_name else ""
    user = context.get("user")
    following = bool(list_name) and services.is_following(
        user, {"list_name": list_name, "query": query}
    )
    data = _button(
        context, target="search", value=list_name, query=query, following=following, label=""
    )
    data["shown"] = bool(list_name)
    data["has_filters"] = bool(QueryDict(query))
    return data


def unread_count(request) -> int:
    """The person's unread notifications about public items: one or two queries,
    kept on the request so the header and the page share it."""
    if request is None or not request.user.is_authenticated:
        return 0
    if not hasattr(request, "_sharehub_unread"):
        unread = Notification.objects.filter(recipient=request.user).unread()
        # Most pages are read by someone with nothing unread: a plain look first,
        # and the count of those whose item is still public only if there are any.
        request._sharehub_unread = unread.visible().count() if unread.exists() else 0
    return request._sharehub_unread


@register.inclusion_tag("notifications/includes/nav_item.html", takes_context=True)
def notifications_nav_item(context):
    request = context.get("request")
    return {"request": request, "count": unread_count(request)}
