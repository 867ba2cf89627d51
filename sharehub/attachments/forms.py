"""Form pieces for uploads, for any form that takes files (Django's documented
pattern for several files in one field)."""

from django import forms
from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from sharehub.core.uploads import ACCEPT, CheckedFile, check_uploads


def upload_hint() -> str:
    """The limits in words, for a file field's hint (read when the form is built)."""
    return _(
        "Up to %(count)s files of %(size)s each: PDF, Word (DOCX), Excel (XLSX), "
        "PowerPoint (PPTX), OpenDocument text (ODT), PNG, JPEG or WebP."
    ) % {
        "count": settings.SHAREHUB_UPLOAD_MAX_FILES,
        "size": filesizeformat(settings.SHAREHUB_UPLOAD_MAX_BYTES),
    }


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Cleans to a list of CheckedFile (possibly empty): every file checked from
    its content, and every refusal reported. Pass the list to attach_files()."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput(attrs={"accept": ACCEPT}))
        kwargs.setdefault("required", False)
        kwargs.setdefault("allow_empty_file", True)  # check_upload names the empty file
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None) -> list[CheckedFile]:
        single_clean = super().clean
        if isinstance(data, list | tuple):
            files = [single_clean(item, initial) for item in data if item]
        else:
            files = [single_clean(data, initial)] if data else []
        if self.required and not files:
            raise forms.ValidationError(self.error_messages["required"], code="required")
        return check_uploads(files)


class AttachmentsForm(forms.Form):
    files = MultipleFileField(
        label=gettext_lazy("Choose files"),
        required=True,
        error_messages={"required": gettext_lazy("Choose at least one file to upload.")},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["files"].help_text = upload_hint()
