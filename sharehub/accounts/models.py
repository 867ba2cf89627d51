from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils.translation import gettext_lazy as _


class User(AbstractUser):
    """ShareHub's user, custom from day one. Public profile fields come with accounts."""

    display_name = models.CharField(_("display name"), max_length=120, blank=True)

    def __str__(self) -> str:
        return self.display_name or self.get_username()

    @property
    def public_name(self) -> str:
        return self.display_name or _("A ShareHub member")
