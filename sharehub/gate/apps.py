from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GateConfig(AppConfig):
    """The one gate everything people write passes (policy.py), the one place
    status changes happen (transitions.py) and the audit log they write
    (models.AuditEntry, audit.py). It sits below the content apps: it names them
    only by model label (kinds.py), never by import."""

    name = "sharehub.gate"
    verbose_name = _("Gate and audit log")
