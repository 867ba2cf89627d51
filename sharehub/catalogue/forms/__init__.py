"""Forms for contributing innovations, resources, needs and replies.

Validation only: saving goes through sharehub.catalogue.workflow. Error messages
follow the GOV.UK pattern ("Enter …", "Choose …"); templates render them in the
error summary and next to each field (templates/includes/forms/).
"""

from sharehub.catalogue.forms.base import ContributionForm, DayMonthYearField, MarkdownPreview
from sharehub.catalogue.forms.innovations import InnovationDetailsForm, InnovationForm, parse_links
from sharehub.catalogue.forms.needs import (
    NeedForm,
    NeedReplyForm,
    SubmitForm,
    resolve_shared_links,
)
from sharehub.catalogue.forms.resources import ResourceForm

__all__ = [
    "ContributionForm",
    "DayMonthYearField",
    "InnovationDetailsForm",
    "InnovationForm",
    "MarkdownPreview",
    "NeedForm",
    "NeedReplyForm",
    "ResourceForm",
    "SubmitForm",
    "parse_links",
    "resolve_shared_links",
]
