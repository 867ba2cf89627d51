from django.apps import AppConfig
from django.conf import settings
from django.utils.translation import gettext_lazy as _


class CommunityConfig(AppConfig):
    name = "sharehub.community"
    verbose_name = _("Community")

    def ready(self) -> None:
        from sharehub.community import receivers

        receivers.connect(settings.AUTH_USER_MODEL)
