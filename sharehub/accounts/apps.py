from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "sharehub.accounts"
