from django.apps import AppConfig


class NotificationsConfig(AppConfig):
    name = "sharehub.notifications"

    def ready(self) -> None:
        from sharehub.catalogue.signals import need_answered
        from sharehub.gate.signals import published
        from sharehub.notifications import fanout

        # The one receiver: new content, replies, comments and adoptions fan out here.
        published.connect(fanout.on_published, dispatch_uid="sharehub.notifications.fanout")
        need_answered.connect(fanout.on_answered, dispatch_uid="sharehub.notifications.answered")
