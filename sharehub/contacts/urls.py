from django.urls import path

from sharehub.contacts import views

app_name = "contacts"
urlpatterns = [
    path("", views.contact_list, name="contact_list"),
    path("list-me/", views.list_me, name="list_me"),
    path("innovation/<slug:slug>/message/", views.message_author, name="message_author"),
    path("adoption/<int:pk>/message/", views.message_adopter, name="message_adopter"),
    path("<slug:slug>/", views.contact_detail, name="contact_detail"),
    path("<slug:slug>/edit/", views.edit, name="edit"),
    path("<slug:slug>/remove/", views.remove, name="remove"),
    path("<slug:slug>/message/", views.message_contact, name="message_contact"),
]
