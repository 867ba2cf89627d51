from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView
from rest_framework.routers import SimpleRouter

from sharehub.api import views

app_name = "api"
router = SimpleRouter()
router.register("innovations", views.InnovationViewSet, basename="innovations")
router.register("resources", views.ResourceViewSet, basename="resources")
router.register("contacts", views.ContactViewSet, basename="contacts")
router.register("needs", views.NeedViewSet, basename="needs")

urlpatterns = [
    path("", views.root, name="root"),
    path("taxonomy/", views.taxonomy, name="taxonomy"),
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    path("", include(router.urls)),
]
