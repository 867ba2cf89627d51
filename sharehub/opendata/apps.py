from django.apps import AppConfig


class OpendataConfig(AppConfig):
    name = "sharehub.opendata"
    verbose_name = "Open data"
