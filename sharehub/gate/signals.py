"""What the gate tells the apps above it, without importing them."""

from django.dispatch import Signal

# A trusted author's text was published with possible personal data in it
# (sender: the item's model; item, findings: the finding kinds). Moderation
# turns it into a flag in the queue.
flagged = Signal()

# Content became public (sender: the item's model; item: the saved row, inside the
# writer's transaction; first: True the first time it is published, False when it
# comes back after being hidden or taken down). Notifications fan out from here.
published = Signal()
