from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save
from django.utils.translation import gettext_lazy as _


class OrganisationsConfig(AppConfig):
    name = "sharehub.organisations"
    verbose_name = _("Organisations")

    def ready(self) -> None:
        # Items' pages cached for readers name and link organisations (core.fragments).
        for signal in (post_save, post_delete):
            signal.connect(
                _organisation_changed,
                sender=self.get_model("Organisation"),
                dispatch_uid=f"fragments_{signal}",
            )


def _organisation_changed(sender, instance, **kwargs) -> None:
    from sharehub.core import fragments

    fragments.everything_changed()
