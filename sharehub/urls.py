from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path
from django.views.i18n import set_language

# The admin (sharehub.accounts.admin_site) signs in through allauth: its rate limits,
# e-mail verification and two-factor authentication apply, and every admin page asks
# for two factors; the admin's own login form is never used.

urlpatterns = [
    path("api/v1/", include("sharehub.api.urls")),
    path("i18n/setlang/", set_language, name="set_language"),
]

# Uploaded files are never served from /media/, not even with DEBUG: the attachments
# download views are the only way to them (they check who may see the item).
urlpatterns += i18n_patterns(
    # First: innovations/feed/ and contacts/feed/ are feeds, not items called "feed".
    path("", include("sharehub.feeds.urls")),
    path("", include("sharehub.search.urls")),
    path("", include("sharehub.catalogue.urls")),
    path("contacts/", include("sharehub.contacts.urls")),
    path("attachments/", include("sharehub.attachments.urls")),
    path("", include("sharehub.accounts.urls")),
    path("", include("sharehub.organisations.urls")),
    path("", include("sharehub.core.urls")),
    path("", include("sharehub.moderation.urls")),
    path("", include("sharehub.notifications.urls")),
    path("", include("sharehub.comments.urls")),
    path("", include("sharehub.community.urls")),
    path("", include("sharehub.opendata.urls")),
    path("", include("sharehub.insights.urls")),
    path("accounts/", include("allauth.urls")),
    path("admin/", admin.site.urls),
    prefix_default_language=True,
)

# Error pages that say why (sharehub.core.errors): a 400 names what was wrong, and a
# database outage is a 503 with Retry-After rather than a 500.
handler400 = "sharehub.core.errors.bad_request"
handler500 = "sharehub.core.errors.server_error"
