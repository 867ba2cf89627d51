"""What the gate tells the apps above it, without importing them."""

from django.dispatch import Signal

# A trusted author's text was published with possible personal data in it
# (sender: the item's model; item, findings: the finding kinds). Moderation
# turns it into a flag in the queue.
flagged = Signal()
