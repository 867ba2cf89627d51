"""Comments for benchmarks (bench/seed.py): many published comments on one item, so the detail page is measured with a busy comments section."""

import functools
import random
from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from sharehub.accounts.models import User
from sharehub.comments.models import Comment
from sharehub.core.markdown import render_markdown
from sharehub.core.models import Status

LINES = [
    "We tried this in our home last winter and **it worked**.",
    "How did you get the night staff on board?",
    "Thank you for sharing. Did families notice the difference?",
    "We did something similar in Gwynedd: happy to talk about what we learned.",
    "Roedd hyn yn ddefnyddiol iawn i'n tîm ni.",
    "Which cups did you use? Some of our residents cannot hold the usual ones.",
    "- Start small\n- Ask the cook early\n- Write down what changes",
]


@transaction.atomic
def generate_comments(item, count: int, *, commenters: int = 20, seed: int = 1) -> int:
    """Add `count` published comments on `item` (about one in four a reply to an
    earlier one), by `commenters` bench accounts made for them."""
    rng = random.Random(seed)
    people = [
        User.objects.get_or_create(
            username=f"bench-commenter-{n}",
            defaults={
                "email": f"bench-commenter-{n}@example.org",
                "display_name": f"Commenter {n}",
            },
        )[0]
        for n in range(commenters)
    ]
    render = functools.lru_cache(maxsize=256)(render_markdown)
    start = timezone.now() - timedelta(days=count)
    tops: list[Comment] = []
    made = 0
    for number in range(count):
        at = start + timedelta(days=number)
        reply_to = rng.choice(tops) if tops and rng.random() < 0.25 else None
        comment = Comment(
            author=rng.choice(people),
            body=rng.choice(LINES),
            language="en",
            status=Status.PUBLISHED,
            published_at=at,
            created_at=at,
            reply_to=reply_to,
        )
        comment.item = item
        comment.render_markdown_fields(render=render)
        Comment.objects.bulk_create([comment])  # its id is known: replies point at it
        if reply_to is None:
            tops.append(comment)
        made += 1
    return made
