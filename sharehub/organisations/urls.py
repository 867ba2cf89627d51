from django.urls import path

from sharehub.organisations import views

app_name = "organisations"
urlpatterns = [
    path("organisations/", views.organisation_list, name="list"),
    path("organisations/<slug:slug>/", views.organisation_detail, name="detail"),
    path("organisations/<slug:slug>/merge/", views.organisation_merge, name="merge"),
    path("accounts/organisations/", views.my_organisations, name="mine"),
    path(
        "accounts/organisations/<slug:slug>/leave/",
        views.leave_organisation,
        name="leave",
    ),
]
