from django.urls import path, re_path

from sharehub.opendata import views

app_name = "opendata"
urlpatterns = [
    path("open-data/", views.index, name="index"),
    path("open-data/dictionary/", views.dictionary, name="dictionary"),
    path("open-data/rebuild/", views.rebuild, name="rebuild"),
    path("open-data/files/manifest.json", views.manifest, name="manifest"),
    re_path(
        r"^open-data/files/(?P<kind>[a-z]+)\.(?P<fmt>[a-z]+)$", views.download, name="download"
    ),
]
