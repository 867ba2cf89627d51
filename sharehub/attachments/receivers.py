"""Stored files follow their rows: when an attachment or a resource is deleted (by
its author, by staff, or with an account), its file goes too once the deletion
commits. A receiver rather than a service, because rows also go by cascade."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from sharehub.attachments.models import Attachment
from sharehub.catalogue.models import Innovation, Resource
from sharehub.core import fragments


def delete_stored_file(field_file) -> None:
    if field_file and field_file.name:
        storage, name = field_file.storage, field_file.name
        transaction.on_commit(lambda: storage.delete(name))


@receiver(post_delete, sender=Attachment, dispatch_uid="attachment_file")
def _attachment_deleted(sender, instance: Attachment, **kwargs) -> None:
    delete_stored_file(instance.file)


@receiver(post_delete, sender=Resource, dispatch_uid="resource_file")
def _resource_deleted(sender, instance: Resource, **kwargs) -> None:
    delete_stored_file(instance.file)


@receiver(post_save, sender=Attachment, dispatch_uid="attachment_fragments")
@receiver(post_delete, sender=Attachment, dispatch_uid="attachment_fragments_delete")
def _attachment_changed(sender, instance: Attachment, **kwargs) -> None:
    """The item's page lists its files (sharehub.core.fragments)."""
    for model in (Innovation, Resource):
        pk = getattr(instance, f"{model._meta.model_name}_id")
        if pk is not None:
            fragments.changed(model(pk=pk))
