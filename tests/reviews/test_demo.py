"""The demo workspace's review side: reply templates that suit its reviews and read well."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from mentions.models import Mention
from reviews import drafting
from reviews.models import ReplyTemplate, ReviewSettings


@pytest.mark.django_db
def test_demo_offers_a_reply_template_for_every_review(monkeypatch) -> None:
    monkeypatch.setenv("DEMO_PASSWORD", "demo-pass-123")
    call_command("seed_demo")
    reviews = list(Mention.objects.filter(workspace__slug="demo", rating__isnull=False))
    assert len(reviews) == 6
    agent = get_user_model().objects.get(username="agent")
    for review in reviews:
        suits, _others = drafting.suitable_templates(review.workspace_id, review)
        assert len(suits) == 1, (review.rating, [t.name for t in suits])
        ctx = drafting.context_for(review)
        reply = drafting.fill(suits[0].text, ctx.values(agent))
        assert "{" not in reply and review.author.split()[0] in reply
        assert "Alex" in reply  # the demo agent signs with a name, not a username
        findings = drafting.check(
            reply, ctx, settings=ReviewSettings.for_workspace(review.workspace_id), user=agent
        )
        # Sent as it stands, the template only draws the warning to make it personal.
        assert [f.code for f in findings] == ["unpersonalised"], (review.rating, findings)
    call_command("seed_demo")  # seeding again adds no second copy
    assert ReplyTemplate.objects.filter(workspace__slug="demo").count() == 3
