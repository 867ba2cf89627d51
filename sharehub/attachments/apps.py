from django.apps import AppConfig


class AttachmentsConfig(AppConfig):
    name = "sharehub.attachments"

    def ready(self) -> None:
        from sharehub.attachments import receivers  # noqa: F401  (stored files follow their rows)
