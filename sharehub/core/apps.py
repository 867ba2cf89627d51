from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "sharehub.core"
