"""Direction controls from feeds cannot turn a title around or reorder the page around it."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from django.conf import settings
from django.utils import timezone

from crisis import detection
from crisis.models import Incident
from mentions.ingest import ingest
from orm_dashboard.templatetags.ui import isolate, nobidi
from tests.helpers import url
from tests.mentions.factories import brand, item
from tests.reviews import factories as f

pytestmark = pytest.mark.django_db
RLO, PDI, LRI = "\u202e", "\u2069", "\u2066"
CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")


def test_filters() -> None:
    assert nobidi(f"{RLO}gnp.exe") == "gnp.exe"
    assert isolate(f"{LRI}<b>Acme</b>{PDI}") == "<bdi>&lt;b&gt;Acme&lt;/b&gt;</bdi>"
    assert nobidi("שלום Acme") == "שלום Acme"  # right-to-left text itself is kept


def test_list_mention_and_report_pages_isolate_feed_text(
    workspace, owner, owner_client, viewer_client
) -> None:
    acme = brand(workspace, "Acme")
    title = f"Acme recall {RLO}gnp.exe"
    (pk,) = ingest(
        workspace,
        [
            item(
                1,
                f"Acme {RLO}recall of batteries, reach me",
                title=title,
                author=f"{RLO}evil",
                reach=5,
                published_at=timezone.now() - timedelta(hours=1),
            )
        ],
    ).mention_ids
    detection.evaluate_brand(acme.pk)  # the keyword rule opens an incident: "recall"
    incident = Incident.objects.get(brand=acme, kind="keyword")
    assert incident.links.filter(mention_id=pk).exists()
    review = f.review(workspace, f.source(workspace), title=f"{RLO}Bad", author=f"{RLO}Rev")
    pages = {
        "list": viewer_client.get(url("inbox")),
        "mention": viewer_client.get(url("mention", pk=pk)),
        "report": viewer_client.get(url("overview")),
        "incident": viewer_client.get(url("incident", pk=incident.pk)),
        "reviews": owner_client.get(url("review_queue")),
        "review": owner_client.get(url("review", pk=review.pk)),
    }
    for name, response in pages.items():
        assert response.status_code == 200, name
        html = response.content.decode()
        assert not CONTROLS.search(html), f"{name} page keeps a direction control"
    assert ">Acme recall gnp.exe</a></h2>" in pages["list"].content.decode()  # .mention-title
    assert '<span class="author">evil</span>' in pages["list"].content.decode()
    assert 'class="mention-heading">Acme recall gnp.exe</h1>' in pages["mention"].content.decode()
    assert "<bdi>Acme recall gnp.exe</bdi>" in pages["incident"].content.decode()
    assert "<bdi>Bad</bdi>" in pages["reviews"].content.decode()


def test_blocks_of_feed_text_set_their_own_direction() -> None:
    css = (settings.BASE_DIR / "static" / "css" / "app.css").read_text()
    rule = re.search(r"^([^{}/]+)\{\s*unicode-bidi:\s*plaintext;\s*\}", css, re.MULTILINE)
    assert rule is not None
    isolated = {s.strip() for s in rule.group(1).split(",")}
    assert isolated >= {".snippet", ".content", ".mention-title", ".mention-heading", ".author"}
