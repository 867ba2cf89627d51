"""What the catalogue tells the apps above it, without importing them."""

from django.dispatch import Signal

# The asker marked their published question answered (sender: Need; need: the locked,
# saved row, inside the writer's transaction; actor: who marked it). Sent only when it
# was open before. Notifications tell the question's followers.
need_answered = Signal()
