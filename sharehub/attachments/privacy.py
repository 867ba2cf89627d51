"""What the attachments app holds about a person (see sharehub.accounts.privacy)."""

from sharehub.accounts.models import User
from sharehub.accounts.privacy import export_section
from sharehub.attachments.models import Attachment


@export_section("files_uploaded")
def _files_uploaded(user: User) -> list[dict]:
    """The files themselves stay downloadable from the items they belong to."""
    files = Attachment.objects.filter(uploaded_by=user).select_related("innovation", "resource")
    return [
        {
            "file_name": attachment.original_name,
            "content_type": attachment.content_type,
            "size": attachment.size,
            "uploaded_at": attachment.created_at.isoformat(),
            "item": str(attachment.innovation or attachment.resource),
        }
        for attachment in files.order_by("created_at", "id")
    ]
