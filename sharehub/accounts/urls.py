from django.urls import path

from sharehub.accounts import views

app_name = "accounts"
urlpatterns = [
    path("accounts/profile/", views.profile_edit, name="profile_edit"),
    path("accounts/privacy/", views.privacy_overview, name="privacy"),
    path("accounts/privacy/my-data.json", views.data_download, name="data_download"),
    path("accounts/delete/", views.account_delete, name="account_delete"),
    path("accounts/deleted/", views.account_deleted, name="account_deleted"),
    path("people/<slug:public_id>/", views.person_detail, name="person_detail"),
]
