from __future__ import annotations

import pytest
from django.urls import reverse

from mentions.ingest import ingest
from tests.mentions.factories import brand, item

pytestmark = pytest.mark.django_db


def url(**params: str) -> str:
    from urllib.parse import urlencode

    return reverse("overview", kwargs={"workspace": "acme"}) + (
        "?" + urlencode(params) if params else ""
    )


def test_overview_without_brands_explains_what_to_do(viewer_client, workspace) -> None:
    assert "No brands yet" in viewer_client.get(url()).content.decode()


def test_overview_shows_volume_split_voice_and_links(
    viewer_client, workspace, django_assert_max_num_queries
) -> None:
    acme = brand(workspace)
    globex = brand(workspace, "Globex", is_competitor=True)
    ingest(workspace, [item(i, "Acme is wonderful") for i in range(6)])
    ingest(workspace, [item(i + 10, "Acme is awful and broken") for i in range(2)])
    ingest(workspace, [item(i + 20, "Globex is fine") for i in range(2)])
    with django_assert_max_num_queries(25):
        response = viewer_client.get(url(period="30d"))
    html = response.content.decode()
    assert response.context["total"] == 8
    assert response.context["split"]["negative"] == 2
    assert [(b.name, n) for b, n, _ in response.context["voice"]] == [("Acme", 8), ("Globex", 2)]
    assert (
        f"brand={acme.pk}" in response.context["links"]["negative"]
        and "sentiment=negative" in response.context["links"]["negative"]
    )
    assert '<svg viewBox="0 0 100 100"' in html and "seg-positive" in html
    assert "open incidents" in html and "reviews to answer" in html  # other apps' numbers
    assert "Most negative" in html and "Story 10" in html and "Story 11" in html
    other = viewer_client.get(url(brand=str(globex.pk)))
    assert other.context["brand"] == globex and other.context["total"] == 2


def test_custom_period_and_bad_input(viewer_client, workspace) -> None:
    brand(workspace)
    ok = viewer_client.get(url(period="custom", since="2026-01-01", until="2026-01-31"))
    assert ok.context["period"] == "custom"
    bad = viewer_client.get(url(period="custom", since="2026-02-01", until="2026-01-01"))
    assert bad.context["period"] == "7d"
    assert "Choose a custom period" in bad.content.decode()


def test_top_authors_rank_the_brands_latest_mentions_by_reach(
    viewer_client, workspace, monkeypatch
) -> None:
    from mentions import figures

    acme = brand(workspace)
    brand(workspace, "Globex", is_competitor=True)
    # item(n) is published n hours ago: 1 and 2 are the latest, 3 is older.
    ingest(
        workspace,
        [
            item(1, "Acme is fine", author="Recent Small", reach=10),
            item(2, "Acme is fine too", author="Recent Big", reach=500),
            item(3, "Acme again", author="Older Huge", reach=90000),
            item(4, "Globex only", author="Other Brand", reach=99999),
            item(5, "Acme without reach", author="Unknown Reach"),
        ],
    )
    top = viewer_client.get(url(period="30d", brand=str(acme.pk))).context["top_authors"]
    assert [a["author"] for a in top] == ["Older Huge", "Recent Big", "Recent Small"]

    # The ranking reads a bounded sample of the latest mentions, whatever the period's size.
    assert "Among the latest" not in viewer_client.get(url(period="30d")).content.decode()
    monkeypatch.setattr(figures, "AUTHOR_SAMPLE", 2)
    response = viewer_client.get(url(period="30d", brand=str(acme.pk)))
    assert [a["author"] for a in response.context["top_authors"]] == ["Recent Big", "Recent Small"]
    assert "Among the latest 2 mentions of the period." in response.content.decode()
