from django.urls import path

from sharehub.moderation import views

app_name = "moderation"

urlpatterns = [
    path("moderation/", views.queue, name="queue"),
    path("moderation/audit/", views.audit_log, name="audit_log"),
    path("moderation/users/<str:public_id>/", views.user_view, name="user"),
    path("moderation/users/<str:public_id>/<str:action>/", views.user_action, name="user_action"),
    path("moderation/<str:kind>/<slug:slug>/", views.item_view, name="item"),
    path(
        "moderation/<str:kind>/<slug:slug>/<str:action>/",
        views.item_action,
        name="item_action",
    ),
    path("report/<str:kind>/<slug:slug>/", views.report, name="report"),
    path("guidelines/", views.guidelines, name="guidelines"),
]
