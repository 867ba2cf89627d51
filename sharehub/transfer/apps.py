from django.apps import AppConfig


class TransferConfig(AppConfig):
    name = "sharehub.transfer"
    verbose_name = "Import and export"
