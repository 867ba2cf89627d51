from django.urls import path

from sharehub.community import views

app_name = "community"

urlpatterns = [
    path("saved/", views.saved, name="saved"),
    path("saved/<slug:kind>/<slug:slug>/", views.bookmark, name="bookmark"),
    path("useful/<slug:kind>/<slug:slug>/", views.useful, name="useful"),
]
