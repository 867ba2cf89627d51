from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from sharehub.core.models import Publishable, max_length
from sharehub.core.validators import validate_single_line
from sharehub.taxonomy.models import LocalAuthority, Region

STORY_MAX = 5000


class Adoption(Publishable):
    """ "We tried this too": an organisation or place that took up an innovation."""

    innovation = models.ForeignKey(
        "catalogue.Innovation",
        on_delete=models.CASCADE,
        related_name="adoptions",
        verbose_name=_("innovation"),
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("author"),
    )
    organisation = models.CharField(
        _("organisation"), max_length=200, validators=[validate_single_line]
    )
    region = models.ForeignKey(
        Region,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("region"),
    )
    local_authority = models.ForeignKey(
        LocalAuthority,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("local authority"),
    )
    story = models.TextField(_("what happened"), max_length=STORY_MAX)

    class Meta:
        ordering = ["-published_at", "-id"]
        constraints = [max_length("adoption", "story", STORY_MAX)]
        verbose_name = _("adoption")
        verbose_name_plural = _("adoptions")

    def __str__(self) -> str:
        return f"{self.organisation} → {self.innovation_id}"
