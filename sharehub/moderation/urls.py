from django.urls import path

from sharehub.moderation import views

app_name = "moderation"

urlpatterns = [
    path("moderation/", views.queue, name="queue"),
    path("moderation/audit/", views.audit_log, name="audit_log"),
    # A public id is letters and digits (accounts.models.PUBLIC_ID_ALPHABET): anything
    # else, a NUL byte included, is a 404 before the database is asked.
    path("moderation/users/<slug:public_id>/", views.user_view, name="user"),
    path("moderation/users/<slug:public_id>/<slug:action>/", views.user_action, name="user_action"),
    path("moderation/<str:kind>/<slug:slug>/", views.item_view, name="item"),
    path(
        "moderation/<str:kind>/<slug:slug>/<str:action>/",
        views.item_action,
        name="item_action",
    ),
    path("report/sent/<str:kind>/", views.report_sent, name="report_sent"),
    path("report/<str:kind>/<slug:slug>/", views.report, name="report"),
    path("guidelines/", views.guidelines, name="guidelines"),
]
