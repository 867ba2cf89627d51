from django.urls import path

from sharehub.core import views

app_name = "core"
urlpatterns = [
    path("accessibility/", views.accessibility, name="accessibility"),
    path("privacy/", views.privacy, name="privacy"),
]
