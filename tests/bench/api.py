"""The REST API's mention list at 1,000,000 mentions: a page of 100, with the inbox's
filter combinations, through the whole stack (key lookup, rate limit, serialisation).

Reuses the inbox bench's generated workspace (tests/bench/inbox.py)."""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.test import Client
from django.utils import timezone

from mentions.models import Brand, Source
from orm_dashboard import apikeys
from orm_dashboard.models import ApiKey
from tests.bench.inbox import SLUG, ensure_data, p95, timed


def run() -> list[tuple[str, float, str]]:
    workspace, user = ensure_data()
    ApiKey.objects.filter(workspace=workspace, name="bench").delete()
    _key, clear = apikeys.create(workspace, "bench", ApiKey.Scope.READ, created_by=user)
    # The limiter still runs (a Redis round trip per request); the bench only must not hit it.
    settings.API_RATE_LIMIT = 1_000_000
    acme, globex, _ = Brand.objects.filter(workspace=workspace).order_by("slug")
    source = Source.objects.filter(workspace=workspace).first()
    week = (timezone.now() - timedelta(days=7)).date().isoformat()
    client = Client(headers={"Authorization": f"Bearer {clear}"})
    combos = [
        {},
        {"status": "all"},
        {"brand": acme.pk},
        {"brand": globex.pk, "sentiment": "negative"},
        {"sentiment": "positive"},
        {"status": "done"},
        {"assignee": "unassigned"},
        {"language": "de"},
        {"tag": "vip"},
        {"since": week},
        {"brand": acme.pk, "since": week, "status": "all"},
        {"source": source.pk},
        {"kind": "reddit"},
        {"kind": "rss", "sentiment": "negative"},
        {"brand": acme.pk, "status": "open", "sentiment": "neutral"},
        {"language": "en", "status": "new"},
        {"tag": "vip", "status": "all", "brand": globex.pk},
        {"sentiment": "unscored"},
        {"until": week, "status": "all"},
        {"q": "refund"},
    ]
    samples = [
        ms
        for params in combos
        for ms in timed(
            client,
            "/api/v1/mentions",
            {"limit": "100", **{k: str(v) for k, v in params.items()}},
            5,
        )
    ]
    ApiKey.objects.filter(workspace=workspace, name="bench").delete()
    return [("api_mentions_p95_ms", p95(samples), "ms")]


__all__ = ["SLUG", "run"]
