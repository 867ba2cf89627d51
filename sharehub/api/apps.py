from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "sharehub.api"
