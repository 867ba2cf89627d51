from django.apps import AppConfig
from django.utils.module_loading import autodiscover_modules


class AccountsConfig(AppConfig):
    name = "sharehub.accounts"

    def ready(self) -> None:
        # Each app's privacy.py describes what it holds about a person
        # (sharehub.accounts.privacy): its export section, deletion and public list.
        autodiscover_modules("privacy")
