from django.urls import path

from sharehub.insights import views

app_name = "insights"
urlpatterns = [
    path("insights/", views.insights, name="insights"),
    path("insights/<slug:slug>.csv", views.figure_csv, name="figure_csv"),
]
