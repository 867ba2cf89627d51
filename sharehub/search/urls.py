from django.urls import path

from sharehub.search import views

app_name = "search"
urlpatterns = [
    path("", views.home, name="home"),
    path("search/", views.search, name="search"),
    path("search/question-matches/", views.question_matches, name="question_matches"),
]
