from django.urls import path

from sharehub.comments import views

app_name = "comments"

urlpatterns = [
    path("comments/on/<str:kind>/<slug:slug>/", views.new, name="new"),
    path("comments/<int:pk>/reply/", views.reply, name="reply"),
    path("comments/<int:pk>/edit/", views.edit, name="edit"),
    path("comments/<int:pk>/delete/", views.delete, name="delete"),
]
