from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save
from django.utils.module_loading import autodiscover_modules

# What pages show of a person beside what they wrote (includes/author_link.html).
SHOWN_WITH_CONTENT = {"display_name", "public_fields", "is_active", "public_id"}


class AccountsConfig(AppConfig):
    name = "sharehub.accounts"

    def ready(self) -> None:
        # Each app's privacy.py describes what it holds about a person
        # (sharehub.accounts.privacy): its export section, deletion and public list.
        autodiscover_modules("privacy")
        # Parts of pages cached for readers show people's names (sharehub.core.fragments).
        post_save.connect(_person_saved, sender=self.get_model("User"), dispatch_uid="fragments")
        post_delete.connect(
            _person_deleted, sender=self.get_model("User"), dispatch_uid="fragments_delete"
        )


def _person_saved(sender, instance, created, update_fields=None, **kwargs) -> None:
    from sharehub.core import fragments

    if not created and (update_fields is None or SHOWN_WITH_CONTENT & set(update_fields)):
        fragments.everything_changed()


def _person_deleted(sender, instance, **kwargs) -> None:
    from sharehub.core import fragments

    fragments.everything_changed()
