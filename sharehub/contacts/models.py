from django.conf import settings
from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from sharehub.core.models import Publishable
from sharehub.taxonomy.models import JobRole, OrganisationType, Role, Tagged


class Contact(Publishable, Tagged):
    """A person or organisation that chose to be listed. The e-mail address is
    only used to relay messages: it never appears on a page, in the API or in exports."""

    slug = models.SlugField(_("slug"), max_length=90, unique=True)
    name = models.CharField(_("name"), max_length=200)
    is_organisation = models.BooleanField(_("this is an organisation"), default=False)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="contact_listings",
        verbose_name=_("account"),
    )
    email = models.EmailField(_("e-mail address for messages (never shown)"), blank=True)
    role = models.ForeignKey(
        Role, on_delete=models.PROTECT, null=True, blank=True, verbose_name=_("role")
    )
    job_role = models.ForeignKey(
        JobRole, on_delete=models.PROTECT, null=True, blank=True, verbose_name=_("job role")
    )
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    organisation_type = models.ForeignKey(
        OrganisationType,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        verbose_name=_("organisation type"),
    )
    can_help_with = models.TextField(_("can help with"))
    bio = models.TextField(_("about"), blank=True)
    search_vector = SearchVectorField(null=True, editable=False)

    owner_field = "user"
    search_fields = ("name", "organisation", "can_help_with", "bio")
    headline_fields = ("can_help_with", "bio")

    class Meta:
        verbose_name = _("contact")
        verbose_name_plural = _("contacts")
        indexes = [
            models.Index(fields=["status", "-published_at", "-id"], name="contact_newest"),
            models.Index(fields=["language"], name="contact_language"),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def title(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("contacts:contact_detail", kwargs={"slug": self.slug})
