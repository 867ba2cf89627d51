from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save
from django.utils.translation import gettext_lazy as _


class CommentsConfig(AppConfig):
    name = "sharehub.comments"
    verbose_name = _("Comments")

    def ready(self) -> None:
        from sharehub.comments.models import Comment

        # The comments under an item are cached for readers (sharehub.core.fragments).
        for signal in (post_save, post_delete):
            signal.connect(_comment_changed, sender=Comment, dispatch_uid=f"fragments_{signal}")


def _comment_changed(sender, instance, **kwargs) -> None:
    from sharehub.comments.models import ITEM_FIELDS
    from sharehub.core import fragments

    for name in ITEM_FIELDS:
        pk = getattr(instance, f"{name}_id")
        if pk is not None:
            fragments.changed(instance._meta.get_field(name).related_model(pk=pk))
