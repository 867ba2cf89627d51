from django.urls import path

from sharehub.attachments import views

app_name = "attachments"
urlpatterns = [
    path("<uuid:pk>/<str:filename>", views.download, name="download"),
    path("remove/<uuid:pk>/", views.remove, name="remove"),
    path("<str:kind>/<slug:slug>/", views.manage, name="manage"),
    path("resources/<slug:slug>/file", views.resource_file, name="resource_file"),
    path(
        "resources/<slug:slug>/proposed-file",
        views.proposed_resource_file,
        name="proposed_resource_file",
    ),
]
