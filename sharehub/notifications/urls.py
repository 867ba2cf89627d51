from django.urls import path

from sharehub.notifications import views

app_name = "notifications"

urlpatterns = [
    path("following/", views.following, name="following"),
    path("following/change/", views.follow_toggle, name="follow_toggle"),
    path("notifications/", views.notification_list, name="list"),
    path("notifications/<int:pk>/read/", views.mark_read, name="mark_read"),
    path("notifications/read/", views.mark_all_read, name="mark_all_read"),
    path("notifications/settings/", views.preferences, name="settings"),
    path("notifications/unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
]
