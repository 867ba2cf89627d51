from django.urls import path

from sharehub.contacts import views

app_name = "contacts"
urlpatterns = [
    path("", views.contact_list, name="contact_list"),
    path("<slug:slug>/", views.contact_detail, name="contact_detail"),
]
