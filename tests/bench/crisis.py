"""Crisis figures: alert latency through real processes, and the cost of one evaluation.

- crisis_alert_latency_s: from the commit of the mention that crosses a volume-spike
  threshold to the SMTP server (aiosmtpd, in this process) accepting the email, with a
  real `celery worker` and `celery beat` started as subprocesses.
- crisis_evaluate_ms: median time of one evaluation of every rule of a brand, in a
  workspace of 1,000,000 mentions generated inside Postgres (kept between runs) over 180
  days. At another scale (`make bench SCALE=10m`) it is measured on the inbox bench's
  generated workspace instead (tests/bench/inbox.py: 10,000,000 mentions over 60 days, one
  brand in three each, one mention in 100 a review): generating a second workspace of that
  size would double a run's first hour, and that one is the harder case, 166,000 mentions
  a day where a busy client has 25,000.
"""

from __future__ import annotations

import logging
import statistics
import sys
import tempfile
import threading
import time
import uuid
from datetime import timedelta
from pathlib import Path

from django.contrib.auth import get_user_model
from django.db import connection, transaction
from django.utils import timezone

from crisis import rules
from crisis.detection import evaluate_brand
from crisis.models import OnCallShift
from mentions import counts
from mentions.connectors.base import Item
from mentions.ingest import ingest
from mentions.models import Brand, HourlyCount, Mention
from orm_dashboard.models import Membership, Role, Workspace
from tests.bench import scale
from tests.conftest import celery_bin, start_process, stop_process
from tests.helpers import free_port, worker_answers, worker_command

SLUG = "bench-crisis-1m"
TOTAL = 1_000_000
DAYS = 180

GENERATE_MENTIONS = """
INSERT INTO mentions_mention (
    workspace_id, external_id, url, url_key, fingerprint, content_hash, title, text, html,
    author, author_url, reach, published_at, fetched_at, language, rating,
    model_sentiment, model_label, sentiment, sentiment_label, status, tags
)
SELECT %(ws)s, 'c' || g, 'https://bench.example/c/' || g, '', 'crisis:' || g, '',
       'Acme update ' || (g %% 1000), 'people talk about the product and the service ' || (g %% 977),
       '', 'author' || (g %% 20000), '', (g * 7919) %% 50000,
       %(end)s::timestamptz - ((g::float / %(total)s) * %(days)s * interval '1 day'),
       %(end)s::timestamptz, 'en', CASE WHEN g %% 20 = 0 THEN 3 + (g %% 3) END,
       s, l, s, l, 'new', '{}'::varchar(60)[]
FROM generate_series(%(start)s::bigint, %(stop)s::bigint) g,
     LATERAL (SELECT ((g * 2654435761) %% 2001 - 1000) / 1000.0 AS s) score,
     LATERAL (SELECT CASE WHEN s > 0.3 THEN 'positive' WHEN s < -0.6 THEN 'negative'
                          ELSE 'neutral' END AS l) label
"""

LOADED = ("mentions_mention", "mentions_mentionbrand")

GENERATE_MATCHES = """
INSERT INTO mentions_mentionbrand
    (workspace_id, mention_id, brand_id, published_at, sentiment, sentiment_label, matched, rating)
SELECT m.workspace_id, m.id, (%(brands)s::bigint[])[1 + (m.id %% 3)], m.published_at,
       m.sentiment, m.sentiment_label, ARRAY['Acme'], m.rating
FROM mentions_mention m WHERE m.workspace_id = %(ws)s AND m.id BETWEEN %(lo)s AND %(hi)s
ON CONFLICT DO NOTHING
"""


def ensure_data() -> tuple[Brand, object]:
    """The 1M-mention workspace (generated once, reused); returns its brand and data end."""
    workspace, _ = Workspace.objects.get_or_create(slug=SLUG, defaults={"name": "Bench crisis"})
    brands = [
        Brand.objects.get_or_create(workspace=workspace, slug=s, defaults={"name": s.title()})[0]
        for s in ("acme", "globex", "initech")
    ]
    with connection.cursor() as cursor:
        scale.restore_indexes(cursor)
    have = Mention.objects.filter(workspace=workspace).count()
    if have < TOTAL:
        end = timezone.now().replace(microsecond=0)
        Mention.objects.filter(workspace=workspace).delete()
        step = 100_000
        with connection.cursor() as cursor, scale.bulk_load(cursor, LOADED):
            for start in range(1, TOTAL + 1, step):
                stop = min(start + step - 1, TOTAL)
                cursor.execute(
                    GENERATE_MENTIONS,
                    {
                        "ws": workspace.pk,
                        "start": start,
                        "stop": stop,
                        "end": end,
                        "total": TOTAL,
                        "days": DAYS,
                    },
                )
                print(f"# generated {stop:,} of {TOTAL:,} mentions", file=sys.stderr, flush=True)
            cursor.execute(
                "SELECT min(id), max(id) FROM mentions_mention WHERE workspace_id = %s",
                [workspace.pk],
            )
            lo, hi = cursor.fetchone()
            for a in range(lo, hi + 1, step):
                cursor.execute(
                    GENERATE_MATCHES,
                    {
                        "ws": workspace.pk,
                        "brands": [b.pk for b in brands],
                        "lo": a,
                        "hi": a + step - 1,
                    },
                )
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE mentions_mention")
            cursor.execute("VACUUM ANALYZE mentions_mentionbrand")
    if not HourlyCount.objects.filter(workspace=workspace).exists():
        # The surge and spike baselines read the hourly counts, as in a real workspace.
        counts.rebuild(workspace.pk)
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT max(published_at) FROM mentions_mention WHERE workspace_id = %s",
            [workspace.pk],
        )
        (data_end,) = cursor.fetchone()
    return brands[0], data_end


def evaluate_ms() -> float:
    if scale.IS_DEFAULT:
        brand, data_end = ensure_data()
    else:
        from tests.bench import inbox

        workspace = inbox.ensure_data()[0]
        brand = Brand.objects.get(workspace=workspace, slug="acme")
        data_end = Mention.objects.filter(workspace=workspace).latest("published_at").published_at
    now = data_end + timedelta(minutes=1)  # evaluate as of the data's end, however old
    evaluate_brand(brand.pk, now)  # warm the caches and the policy row
    times = []
    for _ in range(20):
        started = time.perf_counter()
        evaluate_brand(brand.pk, now)
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


# --- alert latency -------------------------------------------------------------------


class _Inbox:
    def __init__(self) -> None:
        self.accepted = threading.Event()
        self.at = 0.0

    async def handle_DATA(self, server: object, session: object, envelope: object) -> str:
        self.at = time.perf_counter()
        self.accepted.set()
        return "250 OK"


def alert_latency_s() -> float:
    from aiosmtpd.controller import Controller

    from orm_dashboard.celery import app

    logging.getLogger("mail.log").setLevel(logging.WARNING)
    inbox = _Inbox()
    port = free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    run = uuid.uuid4().hex[:8]
    workspace = Workspace.objects.create(name=f"Bench alert {run}", slug=f"bench-alert-{run}")
    user = get_user_model().objects.create_user(
        username=f"oncall-{run}", email=f"oncall-{run}@example.test"
    )
    Membership.objects.create(user=user, workspace=workspace, role=Role.MANAGER)
    now = timezone.now()
    OnCallShift.objects.create(
        workspace=workspace,
        user=user,
        starts_at=now - timedelta(hours=1),
        ends_at=now + timedelta(hours=1),
    )
    Brand.objects.create(workspace=workspace, name="Acme", slug="acme")

    name = f"bench-crisis-{run}@localhost"
    logs = Path(tempfile.mkdtemp(prefix="crisis-bench-"))
    mail = {"EMAIL_HOST": "127.0.0.1", "EMAIL_PORT": str(port)}
    app.control.purge()
    worker = start_process(
        worker_command(name, "--concurrency", "2", loglevel="WARNING"), logs / "worker.log", **mail
    )
    beat_command = [celery_bin(), "-A", "orm_dashboard", "beat", "--loglevel", "WARNING"]
    beat = start_process(
        [*beat_command, "--schedule", str(logs / "beat")], logs / "beat.log", **mail
    )
    try:
        deadline = time.monotonic() + 120
        while not worker_answers(name):
            if worker.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(
                    f"worker did not start: {(logs / 'worker.log').read_text()[-2000:]}"
                )
        # More than the default spike rule's minimum count (15 since rules fire on real
        # bursts only; the 12 mentions this used to store fired nothing, and no email came).
        burst = rules.get("volume_spike").defaults["min_count"] + 5
        items = [
            Item(
                external_id=f"{run}-{i}",
                url=f"https://bench.example/{run}/{i}",
                title=f"Acme news {i}",
                text=f"Everybody talks about Acme now ({i})",
                published_at=now - timedelta(minutes=i),
            )
            for i in range(burst)
        ]
        committed = [0.0]
        with transaction.atomic():
            # Registered before ingest's own hook, so it runs first at commit.
            transaction.on_commit(lambda: committed.__setitem__(0, time.perf_counter()))
            ingest(workspace, items, now=now)
        if not inbox.accepted.wait(120):
            raise RuntimeError(f"no email within 120 s; see {logs}")
        return inbox.at - committed[0]
    finally:
        for process in (beat, worker):
            stop_process(process, timeout=20)
        controller.stop()
        workspace.delete()
        user.delete()


def replay_figures() -> list[tuple[str, float, str]]:
    """Detection delay and false alarms of the default surge and spike rules, replayed over
    the synthetic histories of tests/crisis/histories.py (three seeds each)."""
    from tests.crisis import histories as h

    delays: list[float] = []
    false_pages = 0
    runs = 0
    for seed in (1, 2, 3):
        for kind in ("negative_surge", "volume_spike"):
            rule = h.default_rule(kind)
            for make in h.HISTORIES.values():
                false_pages += h.replay(make(seed), rule).pages
                runs += 1
            if kind == "negative_surge":
                for make in h.BURSTS.values():
                    history = make(seed)
                    result = h.replay(history, rule)
                    if result.first_fire is not None and history.burst_start is not None:
                        delays.append(result.first_fire - history.burst_start)
    return [
        (
            "crisis_detection_delay_min",
            statistics.median(delays) if delays else float("nan"),
            "min",
        ),
        (
            "crisis_false_alarms_per_month",
            false_pages / runs * 30 / h.JUDGED_DAYS,
            "per rule and brand",
        ),
    ]


def run() -> list[tuple[str, float, str]]:
    return [
        *replay_figures(),
        ("crisis_alert_latency_s", alert_latency_s(), "s"),
        ("crisis_evaluate_ms", evaluate_ms(), "ms"),
    ]
