"""The review side of the demo workspace: reply templates, one per kind of review, so the
review page offers one and shows its placeholders filled in. Agents still personalise each
reply: the guardrail warns about a reply that is mostly template."""

from __future__ import annotations

from typing import Any

from django.contrib.auth import get_user_model
from django.dispatch import receiver

from mentions.signals import demo_seeded
from reviews.models import ReplyTemplate

DEMO_REPLY_TEMPLATES = [
    (
        "Apology, take it private",
        [1, 2],
        "Hi {reviewer_name}, thank you for telling us, and I am sorry this happened. It is "
        "not what {brand} wants anyone to go through. I have passed your review to the team "
        "responsible. Please send us a private message on {platform} so we can look into "
        "your order and put it right. {agent_name}, {brand} customer care",
    ),
    (
        "Thanks for honest feedback",
        [3],
        "Hi {reviewer_name}, thank you for the honest {rating}-star review. We are glad it "
        "does the job, and we have noted what did not work for you: feedback like yours is "
        "how we improve. {agent_name}, {brand}",
    ),
    (
        "Thank you",
        [4, 5],
        "Hi {reviewer_name}, thank you so much for the kind words! We are delighted you are "
        "happy with {brand}, and I will pass your thanks on to the team. {agent_name}",
    ),
]


@receiver(demo_seeded, dispatch_uid="reviews.demo_reply_templates")
def add_reply_templates(sender: Any, workspace: Any, **kwargs: Any) -> None:
    manager = get_user_model().objects.filter(username="manager").first()
    for name, ratings, text in DEMO_REPLY_TEMPLATES:
        ReplyTemplate.objects.get_or_create(
            workspace=workspace,
            name=name,
            defaults={"ratings": ratings, "text": text, "created_by": manager},
        )
