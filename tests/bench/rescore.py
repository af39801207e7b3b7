"""How fast ``manage.py rescore`` brings stored mentions in line after a scorer change.

A workspace of MENTIONS mentions (the ingest bench's ~2 KB bodies, two tracked brands) is
made once and kept; each run first sets every score back to neutral, as an older scorer
would have left them, so every mention and brand row is written again, then times the
command's path (``mentions.rescore.score_mentions`` a batch at a time, hourly counts
following) over all of them. ``rescore``: mentions re-scored a second, in one process (the
command runs in one).
"""

from __future__ import annotations

import random
import time

from mentions import counts
from mentions.connectors.base import Item
from mentions.ingest import ingest
from mentions.models import Brand, Mention, MentionBrand
from mentions.rescore import BATCH, mention_ids, score_mentions
from orm_dashboard.models import Workspace
from tests.bench.ingest import body

MENTIONS = 5_000
SLUG = "rescore-bench"


def workspace() -> Workspace:
    found = Workspace.objects.filter(slug=SLUG).first()
    if found and Mention.objects.filter(workspace=found).count() == MENTIONS:
        return found
    if found:
        found.delete()
    ws = Workspace.objects.create(name="Rescore bench", slug=SLUG)
    for name in ("Acme", "Globex"):
        Brand.objects.create(workspace=ws, name=name, slug=name.lower())
    rng = random.Random(11)
    items = [
        Item(text=body(rng), external_id=f"r-{i}", url=f"https://rescore.example/{i}", title="")
        for i in range(MENTIONS)
    ]
    for start in range(0, MENTIONS, 500):
        ingest(ws, items[start : start + 500])
    return ws


def run() -> list[tuple[str, float, str]]:
    ws = workspace()
    MentionBrand.objects.filter(workspace=ws).update(sentiment=0.0, sentiment_label="neutral")
    Mention.objects.filter(workspace=ws).update(sentiment=0.0, sentiment_label="neutral")
    counts.rebuild(ws.pk)
    ids = list(mention_ids(ws.pk, None))
    started = time.perf_counter()
    for start in range(0, len(ids), BATCH):
        score_mentions(ids[start : start + BATCH])
    elapsed = time.perf_counter() - started
    return [("rescore", len(ids) / elapsed, "mentions/s")]
