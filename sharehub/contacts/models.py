from django.conf import settings
from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from sharehub.core.models import MarkdownRendered, Publishable, max_length
from sharehub.core.validators import validate_single_line
from sharehub.taxonomy.models import JobRole, OrganisationType, Role, Tagged

# The longest text each field takes (forms and the database both refuse more).
CAN_HELP_WITH_MAX = 2000
BIO_MAX = 5000
MESSAGE_MAX = 5000


class Contact(MarkdownRendered, Publishable, Tagged):
    """A person or organisation that chose to be listed. The e-mail address is
    only used to relay messages: it never appears on a page, in the API or in exports."""

    slug = models.SlugField(_("slug"), max_length=90, unique=True)
    name = models.CharField(_("name"), max_length=200, validators=[validate_single_line])
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
    organisation = models.CharField(
        _("organisation"), max_length=200, blank=True, validators=[validate_single_line]
    )
    # The record this text names (sharehub.organisations.services.link); the text stays
    # exactly as written.
    organisation_record = models.ForeignKey(
        "organisations.Organisation",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="contacts",
        verbose_name=_("organisation record"),
    )
    organisation_type = models.ForeignKey(
        OrganisationType,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        verbose_name=_("organisation type"),
    )
    can_help_with = models.TextField(_("can help with"), max_length=CAN_HELP_WITH_MAX)
    bio = models.TextField(_("about"), max_length=BIO_MAX, blank=True)
    search_vector = SearchVectorField(null=True, editable=False)

    owner_field = "user"
    search_fields = ("name", "organisation", "can_help_with", "bio")
    headline_fields = ("can_help_with", "bio")
    markdown_fields = ("can_help_with", "bio")

    class Meta:
        verbose_name = _("contact")
        verbose_name_plural = _("contacts")
        indexes = [
            models.Index(fields=["status", "-published_at", "-id"], name="contact_newest"),
            models.Index(fields=["language"], name="contact_language"),
        ]
        constraints = [
            max_length("contact", "can_help_with", CAN_HELP_WITH_MAX),
            max_length("contact", "bio", BIO_MAX),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def title(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("contacts:contact_detail", kwargs={"slug": self.slug})


class ContactMessage(models.Model):
    """A message relayed by e-mail through "Contact this person".

    Kept for the sender's rate limit and for their "download my data"; shown to
    nobody else. The recipient's address is not stored: it is read when the
    message is sent, from the listing or the account.
    """

    sender = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="contact_messages_sent",
        verbose_name=_("sender"),
    )
    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("recipient's account"),
    )
    contact = models.ForeignKey(
        Contact,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("contact listing"),
    )
    recipient_name = models.CharField(
        _("sent to"), max_length=200, validators=[validate_single_line]
    )
    about = models.CharField(
        _("about"), max_length=300, blank=True, validators=[validate_single_line]
    )
    subject = models.CharField(_("subject"), max_length=150, validators=[validate_single_line])
    body = models.TextField(_("message"), max_length=MESSAGE_MAX)
    created_at = models.DateTimeField(_("sent"), default=timezone.now, editable=False)

    class Meta:
        verbose_name = _("contact message")
        verbose_name_plural = _("contact messages")
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["sender", "-created_at"], name="contactmessage_sender")]
        constraints = [max_length("contactmessage", "body", MESSAGE_MAX)]

    def __str__(self) -> str:
        return self.subject
