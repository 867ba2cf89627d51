from django.urls import path

from sharehub.feeds import views

app_name = "feeds"
urlpatterns = [
    path("innovations/feed/", views.list_feed, {"name": "innovation_list"}, name="innovation_list"),
    path("resources/feed/", views.list_feed, {"name": "resource_list"}, name="resource_list"),
    path("needs/feed/", views.list_feed, {"name": "need_list"}, name="need_list"),
    path("contacts/feed/", views.list_feed, {"name": "contact_list"}, name="contact_list"),
    path("search/feed/", views.search, name="search"),
    path("challenges/<slug:slug>/feed/", views.challenge_area, name="challenge_area"),
    path("regions/<slug:slug>/feed/", views.region, name="region"),
    path("local-authorities/<slug:slug>/feed/", views.local_authority, name="local_authority"),
]
