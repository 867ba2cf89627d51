from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save


class CatalogueConfig(AppConfig):
    name = "sharehub.catalogue"

    def ready(self) -> None:
        from sharehub.catalogue import adoptions
        from sharehub.catalogue.models import Adoption, CoAuthor, Innovation, Need, Resource

        # "Most adopted" counts published adoptions: every status change recounts,
        # whoever makes it (the gate's transitions, the admin, suspensions).
        post_save.connect(adoptions.adoption_saved, sender=Adoption, dispatch_uid="adoption_count")
        post_delete.connect(
            adoptions.adoption_deleted, sender=Adoption, dispatch_uid="adoption_count_delete"
        )
        # The parts of an item's page cached for readers (sharehub.core.fragments).
        for model in (Innovation, Resource, Need):
            post_save.connect(
                _item_changed, sender=model, dispatch_uid=f"fragments_{model.__name__}"
            )
        for signal in (post_save, post_delete):
            signal.connect(_adoption_changed, sender=Adoption, dispatch_uid=f"fragments_{signal}")
            signal.connect(_coauthor_changed, sender=CoAuthor, dispatch_uid=f"fragments_{signal}")


def _item_changed(sender, instance, **kwargs) -> None:
    from sharehub.core import fragments

    fragments.changed(instance)


def _adoption_changed(sender, instance, **kwargs) -> None:
    from sharehub.catalogue.models import Innovation
    from sharehub.core import fragments

    fragments.changed(Innovation(pk=instance.innovation_id))


def _coauthor_changed(sender, instance, **kwargs) -> None:
    from sharehub.catalogue.models import Innovation, Resource
    from sharehub.core import fragments

    if instance.innovation_id is not None:
        fragments.changed(Innovation(pk=instance.innovation_id))
    else:
        fragments.changed(Resource(pk=instance.resource_id))
