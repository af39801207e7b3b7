"""Ingest throughput end to end, and what re-polling an unchanged feed costs."""

from __future__ import annotations

import random
import time
import uuid

from django.db import connection
from django.test.utils import CaptureQueriesContext

from mentions import polling
from mentions.models import Brand, Source
from orm_dashboard.models import Workspace
from tests.localserver import LocalServer, Reply
from tests.mentions.factories import rss_feed

FEEDS = 10
ITEMS_PER_FEED = 200
WORDS = (
    "the service was quick and friendly but the delivery took far too long and the box arrived "
    "damaged which is disappointing for a brand that promises premium quality at premium prices "
    "our team loved the new design and the battery life is excellent compared with last year"
).split()


def body(rng: random.Random) -> str:
    sentences = []
    while sum(len(s) for s in sentences) < 2000:
        words = rng.choices(WORDS, k=rng.randint(8, 20))
        if rng.random() < 0.3:
            words.insert(rng.randint(0, len(words)), rng.choice(["Acme", "Globex"]))
        sentences.append(" ".join(words).capitalize() + ".")
    return "<p>" + " ".join(sentences) + " Acme.</p>"


def run() -> list[tuple[str, float, str]]:
    rng = random.Random(42)
    run_id = uuid.uuid4().hex[:8]
    workspace = Workspace.objects.create(name=f"Bench {run_id}", slug=f"bench-{run_id}")
    Brand.objects.create(workspace=workspace, name="Acme", slug="acme")
    Brand.objects.create(workspace=workspace, name="Globex", slug="globex", is_competitor=True)
    server = LocalServer()
    sources = []
    try:
        for f in range(FEEDS):
            entries = [
                {
                    "guid": f"{run_id}-{f}-{i}",
                    "link": f"https://bench.example/{run_id}/{f}/{i}",
                    "title": f"Acme report {f}-{i}",
                    "description": body(rng),
                }
                for i in range(ITEMS_PER_FEED)
            ]
            document = rss_feed(entries).encode()
            etag = f'"{run_id}-{f}"'

            def answer(request, document=document, etag=etag):
                if request.header("If-None-Match") == etag:
                    return Reply(304, b"", {"ETag": etag})
                return Reply(200, document, {"Content-Type": "application/rss+xml", "ETag": etag})

            server.route(f"/feed/{f}", answer)
            sources.append(
                Source.objects.create(
                    workspace=workspace,
                    kind="rss",
                    name=f"bench {f}",
                    config={"url": f"{server.url}/feed/{f}"},
                )
            )
        started = time.perf_counter()
        stored = sum(polling.poll(s.pk).new for s in sources)
        elapsed = time.perf_counter() - started

        Source.objects.filter(workspace=workspace).update(next_poll_at=polling.timezone.now())
        with CaptureQueriesContext(connection) as queries:
            outcome = polling.poll(sources[0].pk)
        assert outcome.outcome == "not_modified", outcome
        mention_queries = sum(1 for q in queries.captured_queries if "mentions_mention" in q["sql"])
    finally:
        server.close()
    return [
        ("ingest", stored / elapsed, "mentions/s"),
        ("repoll_unchanged_mention_queries", mention_queries, ""),
    ]
