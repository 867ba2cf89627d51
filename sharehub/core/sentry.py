"""The error tracker (Sentry or a compatible service), started from settings only when
SENTRY_DSN is set. ShareHub holds personal data about people in social care, so the
events carry as little as they can and still be useful: the exception, its stack
without local variables, the URL path and the request id. No user details beyond the
account id, no addresses, cookies, headers that identify, request bodies or query
strings."""

from sharehub.core.logging import request_id


def scrub(event, hint):
    """before_send: drop what could hold personal data and add the request id, so an
    event can be matched with the request's log lines."""
    request = event.get("request")
    if isinstance(request, dict):
        for key in ("data", "query_string", "cookies", "env"):
            request.pop(key, None)
        if isinstance(request.get("url"), str):
            request["url"] = request["url"].split("?", 1)[0]
        headers = request.get("headers")
        if isinstance(headers, dict):
            # The page before, with its query string (a search for someone's name).
            request["headers"] = {k: v for k, v in headers.items() if k.lower() != "referer"}
    user = event.get("user")
    if isinstance(user, dict):
        event["user"] = {"id": user["id"]} if "id" in user else {}
    rid = request_id.get()
    if rid != "-":
        event.setdefault("tags", {})["request_id"] = rid
    return event


def init_sentry(dsn: str, *, environment: str, traces_sample_rate: float = 0.0) -> None:
    import sentry_sdk

    sentry_sdk.init(
        dsn=dsn,
        environment=environment,
        send_default_pii=False,
        include_local_variables=False,
        max_request_body_size="never",
        traces_sample_rate=traces_sample_rate,
        before_send=scrub,
    )
