"""The overview against the previous period, per brand and for the whole workspace."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from urllib.parse import urlencode

import pytest
from django.urls import reverse
from django.utils import timezone

from crisis.models import Incident, RuleKind
from mentions.ingest import ingest
from mentions.models import MentionBrand
from orm_dashboard.widgets import Delta
from tests.mentions.factories import brand, item
from tests.reviews.factories import review

pytestmark = pytest.mark.django_db


def url(**params: str) -> str:
    return reverse("overview", kwargs={"workspace": "acme"}) + "?" + urlencode(params)


def at(day: date, hour: int) -> datetime:
    return datetime.combine(day, time(hour), UTC)


def test_delta_reads_as_a_person_would() -> None:
    assert Delta(12, 10).text == "+2 (+20 %)" and Delta(12, 10).tone == ""
    assert Delta(8, 10, "up").text == "−2 (−20 %)" and Delta(8, 10, "up").tone == "bad"
    assert Delta(8, 10, "down").tone == "good"
    assert Delta(30.5, 25.0, "up", "%").text == "+5.5 pts (+22 %)"
    assert Delta(3, 0).text == "+3 (new)"
    assert Delta(3, 3, "up").text == "no change" and Delta(3, 3, "up").tone == ""
    assert Delta(3, None).text == "" and Delta(None, 3).tone == ""


def test_every_figure_is_compared_with_a_direct_count_of_the_previous_period(
    viewer_client, workspace
) -> None:
    acme = brand(workspace)
    brand(workspace, "Globex", is_competitor=True)
    today = timezone.now().date()
    first, last = today - timedelta(days=6), today - timedelta(days=4)  # 3 days
    before = first - timedelta(days=3)  # the previous 3 days start here
    texts = ["Acme is wonderful", "Acme is awful and broken", "Acme exists"]
    items = []
    n = 0
    for offset, (count_now, count_before) in enumerate([(4, 1), (2, 3), (3, 3)]):
        for _ in range(count_now):
            n += 1
            items.append(item(n, texts[offset], published_at=at(first, 1) + timedelta(hours=n)))
        for _ in range(count_before):
            n += 1
            items.append(item(n, texts[offset], published_at=at(before, 1) + timedelta(hours=n)))
    # Just outside both periods: counted in neither.
    items.append(item(900, "Acme is awful", published_at=at(before, 0) - timedelta(minutes=1)))
    items.append(item(901, "Acme is awful", published_at=at(last + timedelta(days=1), 0)))
    ingest(workspace, items)

    response = viewer_client.get(
        url(period="custom", since=first.isoformat(), until=last.isoformat(), brand=str(acme.pk))
    )
    summary = response.context["summary"]

    def direct(start: date, label: str | None = None) -> int:
        since = datetime.combine(start, time.min, timezone.get_current_timezone())
        found = MentionBrand.objects.filter(
            brand=acme, published_at__gte=since, published_at__lt=since + timedelta(days=3)
        )
        return found.filter(sentiment_label=label).count() if label else found.count()

    assert summary["total"].delta.current == direct(first) == 9
    assert summary["total"].delta.previous == direct(before) == 7
    assert summary["total"].delta.text == "+2 (+29 %)"
    pos_now, pos_before = direct(first, "positive"), direct(before, "positive")
    assert summary["negative_count"].delta.current == direct(first, "negative")
    assert summary["negative_count"].delta.previous == direct(before, "negative")
    assert summary["positive"].delta.current == round(100 * pos_now / 9, 1)
    assert summary["positive"].delta.previous == round(100 * pos_before / 7, 1)
    assert summary["positive"].delta.tone == "good"
    html = response.content.decode()
    assert "+2 (+29 %)" in html and "delta-good" in html


def test_a_brands_overview_counts_only_its_own_reviews_and_incidents(
    viewer_client, workspace
) -> None:
    acme = brand(workspace)
    globex = brand(workspace, "Globex")
    review(workspace, rating=1)  # matched to Acme
    Incident.objects.create(
        workspace=workspace, brand=acme, kind=RuleKind.KEYWORD, severity="high", title="Recall"
    )
    ingest(workspace, [item(1, "Globex is fine"), item(2, "Acme is fine")])

    def widgets(brand_param: str) -> dict[str, str]:
        response = viewer_client.get(url(period="7d", brand=brand_param))
        return {w.title: w.value for w in response.context["widgets"]}

    acme_widgets, globex_widgets, both = (
        widgets(str(acme.pk)),
        widgets(str(globex.pk)),
        widgets("all"),
    )
    assert acme_widgets["open incident now"] == "1" and acme_widgets["reviews to answer now"] == "1"
    assert acme_widgets["reviews received"] == "1" and acme_widgets["incident opened"] == "1"
    assert globex_widgets["open incidents now"] == "0"
    assert globex_widgets["reviews to answer now"] == "0"
    assert globex_widgets["reviews received"] == "0"
    assert both["open incident now"] == "1" and both["reviews received"] == "1"


def test_workspace_overview_adds_up_every_own_brand(viewer_client, workspace) -> None:
    brand(workspace)
    brand(workspace, "Globex")
    brand(workspace, "Initech", is_competitor=True)
    ingest(
        workspace,
        [item(1, "Acme is fine"), item(2, "Globex is fine"), item(3, "Initech is fine")],
    )
    response = viewer_client.get(url(period="7d", brand="all"))
    assert response.context["whole"] and response.context["brand"] is None
    assert response.context["total"] == 2  # the competitor is only in the share of voice
    assert sum(n for _, n, _ in response.context["voice"]) == 3
    assert "Overview: all brands" in response.content.decode()


def test_previous_period_overlay_on_the_volume_chart(viewer_client, workspace) -> None:
    brand(workspace)
    ingest(workspace, [item(1, "Acme is fine"), item(24 * 8, "Acme was fine last week")])
    plain = viewer_client.get(url(period="7d"))
    assert "previous-line" not in plain.content.decode()
    compared = viewer_client.get(url(period="7d", compare="1"))
    html = compared.content.decode()
    assert '<polyline class="previous-line"' in html and "previous period (1)" in html


def test_the_overview_prints_without_navigation_or_banner(viewer_client, workspace) -> None:
    brand(workspace)
    html = viewer_client.get(url()).content.decode()
    assert 'href="/static/css/print.css" media="print"' in html
    from django.contrib.staticfiles import finders

    with open(finders.find("css/print.css"), encoding="utf-8") as css:
        rules = css.read()
    assert ".crisis-banner" in rules and ".mainnav" in rules and ".topbar" in rules
