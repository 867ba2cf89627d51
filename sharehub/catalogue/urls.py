from django.urls import path

from sharehub.catalogue import views

app_name = "catalogue"
urlpatterns = [
    path("innovations/", views.innovation_list, name="innovation_list"),
    path("innovations/<slug:slug>/", views.innovation_detail, name="innovation_detail"),
    path("resources/", views.resource_list, name="resource_list"),
    path("resources/<slug:slug>/", views.resource_detail, name="resource_detail"),
    path("needs/", views.need_list, name="need_list"),
    path("needs/<slug:slug>/", views.need_detail, name="need_detail"),
]
