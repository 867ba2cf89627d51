from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save


class CatalogueConfig(AppConfig):
    name = "sharehub.catalogue"

    def ready(self) -> None:
        from sharehub.catalogue import adoptions
        from sharehub.catalogue.models import Adoption

        # "Most adopted" counts published adoptions: every status change recounts,
        # whoever makes it (the gate's transitions, the admin, suspensions).
        post_save.connect(adoptions.adoption_saved, sender=Adoption, dispatch_uid="adoption_count")
        post_delete.connect(
            adoptions.adoption_deleted, sender=Adoption, dispatch_uid="adoption_count_delete"
        )
