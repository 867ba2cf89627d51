from django.apps import AppConfig


class TaxonomyConfig(AppConfig):
    name = "sharehub.taxonomy"
