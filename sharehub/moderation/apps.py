from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ModerationConfig(AppConfig):
    name = "sharehub.moderation"
    verbose_name = _("Moderation")

    def ready(self) -> None:
        # Connects the receiver that turns the gate's flags into queue entries.
        from sharehub.moderation import services  # noqa: F401
