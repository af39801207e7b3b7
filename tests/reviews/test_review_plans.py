"""The query shapes of the review queue and the overview's review widgets, pinned with
EXPLAIN on real Postgres.

Both count every review of a workspace (or of a brand). They used to read each review's
mention row (one heap page a review: 0.3 s a query at 10,000,000 mentions, 100,000
reviews); now the reviews' own index (reviews/migrations/0003) answers the counts
index-only and gives the queue's urgency order, so a page is the first entries of an
index walk, not a sort of every review. These tests replay the queries the pages ran
through EXPLAIN and check that the mention table is read only through that index (the
page's 25 rows excepted), and that the figures and the order stay exact.

The table is analyzed and then described to the planner as autovacuum keeps it, every
page marked all-visible in the visibility map (what index-only scans rely on; a VACUUM in
the test could not promise it while another session holds an older snapshot).
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from mentions.models import Brand, Mention
from orm_dashboard.models import Workspace
from reviews import figures
from reviews.models import Reply, ReviewSettings
from tests import plans as pg
from tests.helpers import rows_made_once
from tests.reviews import factories as f

pytestmark = pytest.mark.django_db
ONLY_INDEXES = ("enable_seqscan", "enable_bitmapscan")

INDEX = "reviews_mention_review_idx"
TOTAL = 20000
REVIEW_EVERY = 5  # 4,000 reviews among 20,000 mentions

GENERATE = """
INSERT INTO mentions_mention (
    workspace_id, source_id, external_id, url, url_key, fingerprint, content_hash, title, text,
    html, author, author_url, published_at, fetched_at, language, model_sentiment, model_label,
    sentiment, sentiment_label, status, tags, rating
)
SELECT %(ws)s, %(source)s, 'p' || g, '', '', 'plan:' || g, '', '', 'some text', '', 'author', '',
       %(now)s::timestamptz - g * interval '7 minutes', %(now)s, 'en', 0, 'neutral', 0,
       'neutral', (ARRAY['new','open','done','ignored'])[1 + (g %% 4)], '{}',
       CASE WHEN g %% %(every)s = 0 THEN 1 + (g / %(every)s) %% 5 END
FROM generate_series(1, %(total)s) g
"""


@rows_made_once
def review_rows() -> dict[str, Any]:
    """The generated workspace, made once for the module's tests (they only read it)."""
    workspace = Workspace.objects.create(name="Acme Corp", slug="acme")
    source = f.source(workspace, "manual")
    acme, globex = f.brand(workspace), f.brand(workspace, "Globex")
    now = timezone.now()
    settings = ReviewSettings.for_workspace(workspace)
    settings.sla_hours_low, settings.sla_hours_mid, settings.sla_hours_high = 5, 40, 300
    settings.save()
    with connection.cursor() as cursor:
        cursor.execute(
            GENERATE,
            {
                "ws": workspace.pk,
                "source": source.pk,
                "now": now,
                "total": TOTAL,
                "every": REVIEW_EVERY,
            },
        )
        cursor.execute(
            """INSERT INTO mentions_mentionbrand (workspace_id, mention_id, brand_id,
                   published_at, sentiment, sentiment_label, matched, rating)
               SELECT workspace_id, id, CASE WHEN id %% 3 = 0 THEN %s ELSE %s END,
                      published_at, 0, 'neutral', '{}', rating
               FROM mentions_mention WHERE workspace_id = %s""",
            [globex.pk, acme.pk, workspace.pk],
        )
    reviews = list(Mention.objects.filter(workspace=workspace, rating__isnull=False)[:60])
    # Replies in every state, and syndicated copies (which the queue leaves out).
    statuses = [s for s, _ in Reply.Status.choices]
    for n, review in enumerate(reviews[:40]):
        status = statuses[n % len(statuses)]
        published = status == Reply.Status.PUBLISHED
        Reply.objects.create(
            workspace=workspace,
            mention=review,
            text="Thank you",
            status=status,
            published_at=review.published_at + timedelta(hours=n) if published else None,
        )
    Mention.objects.filter(pk__in=[m.pk for m in reviews[40:50]]).update(duplicate_of=reviews[0])
    with connection.cursor() as cursor:
        tables = ["mentions_mention", "mentions_mentionbrand", "reviews_reply"]
        for table in tables:
            cursor.execute(f"ANALYZE {table}")
        # As autovacuum keeps them: every page all-visible (rolled back with the test).
        cursor.execute("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")
        if not cursor.fetchone()[0]:
            pytest.skip("describing a vacuumed table to the planner needs a superuser")
        cursor.execute(
            "UPDATE pg_class SET relallvisible = relpages WHERE relname = ANY(%s)", [tables]
        )
    return {"workspace": workspace.pk, "acme": acme.pk, "settings": settings.pk, "now": now}


@pytest.fixture
def workspace(review_rows: dict[str, Any], db: None) -> Workspace:
    return Workspace.objects.get(pk=review_rows["workspace"])


@pytest.fixture
def generated(review_rows: dict[str, Any], workspace: Workspace) -> dict[str, Any]:
    return {
        "workspace": workspace,
        "acme": Brand.objects.get(pk=review_rows["acme"]),
        "settings": ReviewSettings.objects.get(pk=review_rows["settings"]),
        "now": review_rows["now"],
    }


def _mention_reads(queries: list[dict[str, str]]) -> list[tuple[str, dict[str, Any]]]:
    """(sql, plan) of every query that read the mention table."""
    return [
        (q["sql"], pg.explain(q["sql"]))
        for q in queries
        if q["sql"].startswith("SELECT") and '"mentions_mention"' in q["sql"]
    ]


def _expected_order(workspace, settings: ReviewSettings, now) -> list[int]:
    """The queue's "needs reply" tab in urgency order, computed here in Python: rating,
    then the SLA deadline (published_at + the hours for the rating's band), then id."""
    hours = {1: settings.sla_hours_low, 2: settings.sla_hours_low, 3: settings.sla_hours_mid}
    rows = Mention.objects.filter(
        workspace=workspace,
        rating__isnull=False,
        duplicate_of__isnull=True,
        reply__isnull=True,
    ).exclude(status=Mention.Status.IGNORED)
    return [
        m.pk
        for m in sorted(
            rows,
            key=lambda m: (
                m.rating,
                m.published_at + timedelta(hours=hours.get(m.rating, settings.sla_hours_high)),
                m.pk,
            ),
        )
    ]


@pytest.mark.parametrize("params", [{}, {"rating": "2"}, {"page": "3"}, {"tab": "published"}])
def test_the_queue_reads_mentions_only_through_the_reviews_index(
    generated, owner_client: Client, params: dict[str, str]
) -> None:
    workspace = generated["workspace"]
    url = reverse("review_queue", kwargs={"workspace": workspace.slug})
    with CaptureQueriesContext(connection) as captured:
        response = owner_client.get(url, params)
    assert response.status_code == 200
    reads = _mention_reads(captured.captured_queries)
    assert reads, "no query on the mention table was captured"
    counts = [(sql, plan) for sql, plan in reads if sql.startswith("SELECT COUNT(")]
    assert len(counts) == 1  # the tabs, the SLA figures and the pages: one pass
    for sql, plan in reads:
        nodes = pg.nodes(plan)
        scans = [n for n in nodes if n.get("Relation Name") == "mentions_mention"]
        context = f"{params}\n{sql}\n{pg.outline(plan)}"
        if sql.startswith("SELECT COUNT("):
            found = [(n["Node Type"], n.get("Index Name")) for n in scans]
            assert found == [("Index Only Scan", INDEX)], context
        elif "tab" not in params:
            # The page in urgency order is the index's own order, so a walk of the index
            # under the LIMIT can answer it. With a few thousand reviews Postgres rightly
            # prefers to sort them; at 100,000 it walks (0.4 ms at 10,000,000 mentions).
            # Sorting is forbidden here to check that the walk exists: ordered by the
            # deadline expression, no index could give the order and a sort would remain.
            walk = pg.explain(sql, off=("enable_sort", *ONLY_INDEXES))
            nodes = pg.nodes(walk)
            context = f"{params}\n{sql}\n{pg.outline(walk)}"
            assert walk["Node Type"] == "Limit", context
            assert not [n for n in nodes if "Sort" in n["Node Type"]], context
            scans = [n for n in nodes if n.get("Relation Name") == "mentions_mention"]
            assert [(n["Node Type"], n["Index Name"]) for n in scans] == [("Index Scan", INDEX)]


def test_the_queue_figures_and_order_stay_exact(generated, owner_client: Client) -> None:
    workspace, settings = generated["workspace"], generated["settings"]
    url = reverse("review_queue", kwargs={"workspace": workspace.slug})
    expected = _expected_order(workspace, settings, generated["now"])
    last = (len(expected) + 24) // 25
    for page in (1, 2, last):
        response = owner_client.get(url, {"page": str(page)})
        shown = [c.mention.pk for c in response.context["cards"]]
        assert shown == expected[(page - 1) * 25 : page * 25], page
    assert response.context["page"].paginator.count == len(expected)
    tabs = {tab.key: n for tab, n in response.context["tabs"]}
    assert tabs["needs_reply"] == len(expected)
    reviews = Mention.objects.filter(
        workspace=workspace, rating__isnull=False, duplicate_of__isnull=True
    )
    assert tabs["published"] == reviews.filter(reply__status=Reply.Status.PUBLISHED).count()
    now = timezone.now()
    hours = {1: settings.sla_hours_low, 2: settings.sla_hours_low, 3: settings.sla_hours_mid}
    overdue = [
        m
        for m in reviews.exclude(status=Mention.Status.IGNORED).exclude(
            reply__status=Reply.Status.PUBLISHED
        )
        if m.published_at + timedelta(hours=hours.get(m.rating, settings.sla_hours_high)) < now
    ]
    assert response.context["stats"].overdue == len(overdue) > 0


def test_the_overview_review_widgets_read_only_the_reviews_index(generated) -> None:
    workspace, acme = generated["workspace"], generated["acme"]
    now = timezone.now()
    scope = figures.Scope(workspace, (acme.pk,), now - timedelta(days=30), now)
    with CaptureQueriesContext(connection) as captured:
        numbers = figures.glance(scope, generated["settings"])
    reads = _mention_reads(captured.captured_queries)
    assert len(reads) == 2  # the reviews' figures in one pass, the replies in the other
    whole = reads[0]
    scans = [n for n in pg.nodes(whole[1]) if n.get("Relation Name") == "mentions_mention"]
    assert [(n["Node Type"], n.get("Index Name")) for n in scans] == [("Index Only Scan", INDEX)], (
        whole
    )

    # And the figures are those of the brand's reviews, counted the slow way.
    brand = Brand.objects.get(pk=acme.pk)
    mine = Mention.objects.filter(
        workspace=workspace,
        rating__isnull=False,
        duplicate_of__isnull=True,
        matches__brand=brand,
    )
    in_period = mine.filter(published_at__gte=scope.since, published_at__lt=scope.until)
    assert numbers.received[0] == in_period.count() > 0
    ratings = list(in_period.values_list("rating", flat=True))
    assert numbers.average[0] == round(sum(ratings) / len(ratings), 2)
    waiting = mine.filter(reply__isnull=True).exclude(status=Mention.Status.IGNORED).count()
    drafted = mine.filter(
        reply__status__in=[Reply.Status.DRAFT, Reply.Status.REJECTED, Reply.Status.SUBMITTED]
    ).count()
    assert numbers.waiting == waiting + drafted
