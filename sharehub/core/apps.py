from django.apps import AppConfig
from django.core.signals import request_finished, request_started


class CoreConfig(AppConfig):
    name = "sharehub.core"

    def ready(self) -> None:
        from sharehub.core import fragments

        # A request reads each fragment token once (sharehub.core.fragments).
        request_started.connect(fragments.start_request, dispatch_uid="fragments_tokens")
        request_finished.connect(fragments.end_request, dispatch_uid="fragments_tokens")
