"""Inbox, search, overview and review queue server time over a workspace of 1,000,000
generated mentions (10,000,000 with `make bench SCALE=10m`); one in 100 is a review.

The data is generated inside Postgres (INSERT … SELECT generate_series), not through the
ORM, and kept between runs (workspace "bench-1m", "bench-10m").
"""

from __future__ import annotations

import statistics
import sys
import time
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.db import connection, transaction
from django.test import Client
from django.utils import timezone

from mentions import counts
from mentions.models import Brand, Mention, Source
from orm_dashboard.models import Membership, Role, Workspace
from tests.bench import scale

SLUG = f"bench-{scale.label()}"
TOTAL = scale.TOTAL
WORDS = (
    "acme globex initech delivery support refund battery screen price quality service app update "
    "crash love hate great terrible fast slow broken excellent awful recommend never again happy "
    "angry store order shipping late early friendly rude helpful useless product review staff"
).split()

GENERATE_MENTIONS = """
INSERT INTO mentions_mention (
    workspace_id, source_id, external_id, url, url_key, fingerprint, content_hash, title, text,
    html, author, author_url, reach, published_at, fetched_at, language, rating,
    model_sentiment, model_label, sentiment, sentiment_label, status, tags
)
SELECT %(ws)s, (%(sources)s::bigint[])[1 + (g %% 5)], 'b' || g, 'https://bench.example/' || g, '',
       'bench:' || g, '',
       initcap(w[1 + (g %% 31)]) || ' ' || w[1 + ((g * 7) %% 31)] || ' ' || w[1 + ((g * 13) %% 31)],
       array_to_string(ARRAY(SELECT w[1 + ((g * k * 7919 + k) %% array_length(w, 1))]
                             FROM generate_series(1, 24) k), ' '),
       '', 'author' || (g %% 5000), '', CASE WHEN g %% 3 = 0 THEN (g * 7919) %% 100000 END,
       now() - ((g %% 2592000) * interval '2 seconds') - ((g %% 97) * interval '1 minute'),
       now(), CASE WHEN g %% 10 = 0 THEN 'de' ELSE 'en' END, NULL,
       s, CASE WHEN s > 0.05 THEN 'positive' WHEN s < -0.05 THEN 'negative' ELSE 'neutral' END,
       s, CASE WHEN s > 0.05 THEN 'positive' WHEN s < -0.05 THEN 'negative' ELSE 'neutral' END,
       (ARRAY['new','open','done','ignored'])[1 + (g %% 4)],
       CASE WHEN g %% 50 = 0 THEN ARRAY['vip']::varchar(60)[] ELSE '{}'::varchar(60)[] END
FROM generate_series(%(start)s::bigint, %(stop)s::bigint) g,
     LATERAL (SELECT ((g * 2654435761) %% 2001 - 1000) / 1000.0 AS s) score,
     LATERAL (SELECT %(words)s::text[] AS w) words
"""

LOADED = ("mentions_mention", "mentions_mentionbrand")

GENERATE_MATCHES = """
INSERT INTO mentions_mentionbrand (workspace_id, mention_id, brand_id, published_at, sentiment, sentiment_label, matched, rating)
SELECT m.workspace_id, m.id, (%(brands)s::bigint[])[1 + (m.id %% 3)], m.published_at, m.sentiment, m.sentiment_label, ARRAY['Acme'], m.rating
FROM mentions_mention m WHERE m.workspace_id = %(ws)s AND m.id BETWEEN %(lo)s AND %(hi)s
"""


# Words no generated text holds, added to a known number of mentions spread over the
# workspace and its time range, so the searches cover one match, a few and thousands.
PLANTED = {"quokka": 1, "narwhal": 7, "axolotl": 3000}
# One generated mention in REVIEW_EVERY is a review (it gets a rating), for the review queue.
REVIEW_EVERY = 100


def plant(workspace_id: int) -> None:
    """Add the planted words and the reviews where they are missing (once per data set)."""
    with connection.cursor() as cursor:
        for offset, (word, n) in enumerate(PLANTED.items()):
            cursor.execute(
                "SELECT count(*) FROM mentions_mention WHERE workspace_id = %s"
                " AND search @@ to_tsquery('simple', %s)",
                [workspace_id, word],
            )
            if cursor.fetchone()[0] == n:
                continue
            where = [f"bench:{1 + offset + k * (TOTAL // n)}" for k in range(n)]
            cursor.execute(
                "UPDATE mentions_mention SET text = text || ' ' || %s WHERE workspace_id = %s"
                " AND fingerprint = ANY(%s) AND NOT search @@ to_tsquery('simple', %s)",
                [word, workspace_id, where, word],
            )
        cursor.execute(
            "SELECT EXISTS (SELECT 1 FROM mentions_mention WHERE workspace_id = %s"
            " AND rating IS NOT NULL)",
            [workspace_id],
        )
        if not cursor.fetchone()[0]:
            cursor.execute(
                "UPDATE mentions_mention SET rating = 1 + (id / %s) %% 5 WHERE workspace_id = %s"
                " AND id %% %s = 0",
                [REVIEW_EVERY, workspace_id, REVIEW_EVERY],
            )
            cursor.execute(
                "UPDATE mentions_mentionbrand mb SET rating = m.rating FROM mentions_mention m"
                " WHERE m.id = mb.mention_id AND m.workspace_id = %s AND m.rating IS NOT NULL",
                [workspace_id],
            )
            cursor.execute("VACUUM ANALYZE mentions_mention")
            cursor.execute("VACUUM ANALYZE mentions_mentionbrand")


def ensure_data() -> tuple[Workspace, object]:
    workspace, _ = Workspace.objects.get_or_create(
        slug=SLUG, defaults={"name": f"Bench {scale.label().upper()}"}
    )
    user, _ = get_user_model().objects.get_or_create(username="bench-viewer")
    Membership.objects.get_or_create(
        user=user, workspace=workspace, defaults={"role": Role.MANAGER}
    )
    brands = [
        Brand.objects.get_or_create(
            workspace=workspace, slug=s, defaults={"name": s.title(), "is_competitor": s != "acme"}
        )[0]
        for s in ("acme", "globex", "initech")
    ]
    sources = [
        Source.objects.get_or_create(
            workspace=workspace, name=f"Bench {k}", defaults={"kind": k, "enabled": False}
        )[0]
        for k in ("rss", "reddit", "hackernews", "mastodon", "bluesky")
    ]
    with connection.cursor() as cursor:
        scale.restore_indexes(cursor)
    have = Mention.objects.filter(workspace=workspace).count()
    if have >= TOTAL:
        plant(workspace.pk)
        return workspace, user
    step = 100_000
    with connection.cursor() as cursor, scale.bulk_load(cursor, LOADED):
        for start in range(have + 1, TOTAL + 1, step):
            stop = min(start + step - 1, TOTAL)
            with transaction.atomic():  # a batch and its matches, or neither
                cursor.execute(
                    GENERATE_MENTIONS,
                    {
                        "ws": workspace.pk,
                        "sources": [s.pk for s in sources],
                        "start": start,
                        "stop": stop,
                        "words": WORDS,
                    },
                )
                cursor.execute(
                    "SELECT min(id), max(id) FROM mentions_mention"
                    " WHERE workspace_id = %s AND fingerprint IN (%s, %s)",
                    [workspace.pk, f"bench:{start}", f"bench:{stop}"],
                )
                lo, hi = cursor.fetchone()
                cursor.execute(
                    GENERATE_MATCHES,
                    {"ws": workspace.pk, "brands": [b.pk for b in brands], "lo": lo, "hi": hi},
                )
            print(f"# generated {stop:,} of {TOTAL:,} mentions", file=sys.stderr, flush=True)
    with connection.cursor() as cursor:
        # As autovacuum would have by now: statistics, and a visibility map for
        # index-only scans.
        cursor.execute("VACUUM ANALYZE mentions_mention")
        cursor.execute("VACUUM ANALYZE mentions_mentionbrand")
        counts.rebuild(workspace.pk)
        cursor.execute("ANALYZE mentions_hourlycount")
    plant(workspace.pk)
    return workspace, user


def p95(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=20)[-1] if len(samples) >= 2 else samples[0]


def timed(client: Client, url: str, params: dict[str, str], rounds: int) -> list[float]:
    samples = []
    client.get(url, params)  # warm caches for this combination
    for _ in range(rounds):
        started = time.perf_counter()
        response = client.get(url, params)
        samples.append((time.perf_counter() - started) * 1000)
        if response.status_code != 200:
            raise RuntimeError(f"{url} {params} answered {response.status_code}")
    return samples


def run() -> list[tuple[str, float, str]]:
    workspace, user = ensure_data()
    acme, globex, _ = Brand.objects.filter(workspace=workspace).order_by("slug")
    source = Source.objects.filter(workspace=workspace).first()
    client = Client()
    client.force_login(user)
    inbox = f"/w/{SLUG}/mentions/"
    week = (timezone.now() - timedelta(days=7)).date().isoformat()
    combos = [
        {},
        {"status": "all"},
        {"brand": acme.pk},
        {"brand": globex.pk, "sentiment": "negative"},
        {"sentiment": "positive"},
        {"status": "done"},
        {"assignee": "unassigned"},
        {"assignee": "me"},
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
    ]
    inbox_samples = [
        ms
        for params in combos
        for ms in timed(client, inbox, {k: str(v) for k, v in params.items()}, 5)
    ]
    # Every size of answer (nothing, one, a few, thousands, millions), alone and with
    # other filters; "zebra" is in no mention and not in Postgres' statistics.
    searches = [
        {"q": "zebra"},
        {"q": "quokka"},
        {"q": "narwhal"},
        {"q": "axolotl"},
        {"q": "delivery"},
        {"q": "refund"},
        {"q": "broken screen"},
        {"q": '"never again"'},
        {"q": "crash -update"},
        {"q": "excellent"},
        {"q": "zebra", "status": "all"},
        {"q": "quokka", "brand": acme.pk},
        {"q": "narwhal", "since": week},
        {"q": "axolotl", "brand": globex.pk, "sentiment": "negative"},
        {"q": "axolotl", "tag": "vip", "status": "all"},
        {"q": "delivery", "language": "de"},
        {"q": "refund", "brand": acme.pk, "since": week},
        {"q": "excellent", "tag": "vip"},
        {"q": "crash", "sentiment": "negative", "status": "done"},
        {"q": "zebra", "kind": "reddit"},
    ]
    search_samples = [
        ms
        for params in searches
        for ms in timed(client, inbox, {k: str(v) for k, v in params.items()}, 5)
    ]
    overview_samples = timed(client, f"/w/{SLUG}/", {"period": "30d"}, 20)
    pane_samples, action_samples = pane_and_actions(client, workspace)
    reviews = f"/w/{SLUG}/reviews/"
    queue_samples = [
        ms
        for params in ({}, {"rating": "1"}, {"tab": "published"}, {"source": str(source.pk)})
        for ms in timed(client, reviews, params, 5)
    ]
    return [
        ("inbox_p95_ms", p95(inbox_samples), "ms"),
        ("inbox_search_p95_ms", p95(search_samples), "ms"),
        ("inbox_pane_p95_ms", p95(pane_samples), "ms"),
        ("inbox_action_p95_ms", p95(action_samples), "ms"),
        ("overview_p95_ms", p95(overview_samples), "ms"),
        ("review_queue_p95_ms", p95(queue_samples), "ms"),
    ]


def pane_and_actions(client: Client, workspace: Workspace) -> tuple[list[float], list[float]]:
    """The reading pane, and one status change or assignment made from it: the whole htmx
    round trip on the server (the checks, the write, the audit row, the pane, the row and
    the undo token), on the newest mentions of the inbox; each is put back afterwards."""
    inbox = f"/w/{SLUG}/mentions/"
    headers = {"HX-Request": "true", "HX-Current-URL": f"http://testserver{inbox}"}
    newest = list(
        Mention.objects.filter(workspace=workspace, duplicate_of__isnull=True)
        .order_by("-published_at", "-id")
        .values_list("id", "status", "assignee_id")[:20]
    )
    pane, acted = [], []
    for pk, _, _ in newest[:2]:  # warm caches
        client.get(f"{inbox}{pk}/pane/", headers=headers)
    for pk, status, assignee in newest:
        started = time.perf_counter()
        response = client.get(f"{inbox}{pk}/pane/", headers=headers)
        pane.append((time.perf_counter() - started) * 1000)
        if response.status_code != 200:
            raise RuntimeError(f"pane {pk} answered {response.status_code}")
        other = "done" if status != "done" else "open"
        for action, value in (
            ("status", other),
            ("status", status),
            ("assign", "me"),
            ("assign", "none"),
        ):
            started = time.perf_counter()
            response = client.post(
                f"{inbox}{pk}/action/", {"action": action, "value": value}, headers=headers
            )
            acted.append((time.perf_counter() - started) * 1000)
            if response.status_code != 200 or "toast-error" in response.content.decode():
                raise RuntimeError(f"{action} {value} on {pk} was refused")
        Mention.objects.filter(pk=pk).update(status=status, assignee_id=assignee)
    return pane, acted
