from sharehub.contacts.models import ContactMessage


def messages_sent_by(user) -> list[dict]:
    """For "download my data": the messages this person sent through ShareHub.
    Recipients appear by the name they chose to show, never by address."""
    return [
        {
            "sent_at": message.created_at.isoformat(),
            "to": message.recipient_name,
            "about": message.about,
            "subject": message.subject,
            "message": message.body,
        }
        for message in ContactMessage.objects.filter(sender=user).order_by("created_at", "id")
    ]
