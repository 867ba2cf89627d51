from django.apps import AppConfig


class CatalogueConfig(AppConfig):
    name = "sharehub.catalogue"
