"""Innovation.useful_count stays exact when an account goes, however it goes (the
"delete my account" page, the admin, a script): before the account's rows are
deleted, its marks are taken back through the service, moving the counters down.
A signal, not a step in sharehub.accounts.privacy, because the admin's delete does
not pass through that module."""

from django.db.models.signals import pre_delete

from sharehub.community.services import marks_delete_for_user


def take_back_marks(sender, instance, **kwargs) -> None:
    marks_delete_for_user(instance)


def connect(user_model) -> None:
    pre_delete.connect(take_back_marks, sender=user_model, dispatch_uid="community_marks")
