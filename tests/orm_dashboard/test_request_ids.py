"""Ids and numbers typed into requests: anything but ASCII digits in range is no id.

``str.isdigit()`` says yes to "²" (which ``int()`` refuses) and to "١٢" (which it reads as
12); a bigint ends at 19 digits. Each of these answered 500 somewhere before.
"""

from __future__ import annotations

import pytest

from crisis.models import Incident
from mentions.connectors.base import parse_time
from mentions.models import Brand, LexiconEntry, Mention
from orm_dashboard.ids import is_digits, parse_id, parse_int
from reviews.connectors.app_store import review_item
from reviews.models import Reply
from tests.helpers import url
from tests.mentions.factories import brand, item
from tests.reviews import factories as f

pytestmark = pytest.mark.django_db
NOT_IDS = ["²", "١٢", "12²", "abc", "", "0", "-3", " 4", "4 ", "1e3", "9" * 20]


def test_only_ascii_digits_in_range_are_ids() -> None:
    assert [parse_id(v) for v in NOT_IDS] == [None] * len(NOT_IDS)
    assert parse_id("12") == 12 and parse_id(str(2**63 - 1)) == 2**63 - 1
    assert parse_id(str(2**63)) is None and parse_id(None) is None and parse_id(12) is None
    assert parse_int("0") == 0 and parse_int("6", 1, 5) is None and parse_int("5", 1, 5) == 5
    assert is_digits("123") and not is_digits("²") and not is_digits("١٢") and not is_digits(3)


@pytest.fixture
def mention(workspace):
    from mentions.ingest import ingest

    brand(workspace, "Acme")
    (pk,) = ingest(workspace, [item(1)]).mention_ids
    return Mention.objects.get(pk=pk)


def test_inbox_new_count_filters_and_cursor(viewer_client, mention) -> None:
    for value in NOT_IDS:
        response = viewer_client.get(url("inbox_new_count"), {"newest": value})
        assert response.status_code == 200, value
        assert "new — show" not in response.content.decode()
        inbox = viewer_client.get(url("inbox"), {"brand": value, "source": value})
        assert inbox.status_code == 200, value
        after = {"after": f"2026-01-01T00:00:00|{value}"}
        assert viewer_client.get(url("inbox"), after).status_code == 200, value


def test_bulk_ids_and_assign_value(teammate_client, mention) -> None:
    for value in NOT_IDS:
        response = teammate_client.post(
            url("inbox_bulk"), {"action": "status", "value": "done", "ids": [value]}, follow=True
        )
        assert response.status_code == 200, value
        assert "Select at least one mention." in [str(m) for m in response.context["messages"]]
        response = teammate_client.post(
            url("inbox_bulk"),
            {"action": "assign", "value": value, "ids": [mention.pk]},
            follow=True,
        )
        assert response.status_code == 200, value
        assert any("only be assigned" in str(m) for m in response.context["messages"])
    assert Mention.objects.get(pk=mention.pk).assignee_id is None
    assert Mention.objects.get(pk=mention.pk).status == "new"


def test_incident_link(teammate_client, workspace, mention) -> None:
    acme = Brand.objects.get(workspace=workspace, slug="acme")
    incident = Incident.objects.create(
        workspace=workspace, brand=acme, kind="keyword", severity="high", title="Recall"
    )
    for value in NOT_IDS:
        response = teammate_client.post(url("incident_link", pk=incident.pk), {"mention": value})
        assert response.status_code == 404, value
    assert not incident.links.exists()


def test_reply_template_version_and_queue_filters(workspace, teammate_client, owner_client) -> None:
    review = f.review(workspace, f.source(workspace))
    for value in NOT_IDS:
        page = teammate_client.get(
            url("review", pk=review.pk), {"template": value, "version": value}
        )
        assert page.status_code == 200, value
        saved = teammate_client.post(
            url("review_save", pk=review.pk), {"text": f"Thank you ({value})", "template": value}
        )
        assert saved.status_code == 302, value
        assert Reply.objects.get(mention=review).text == f"Thank you ({value})"
        queue = owner_client.get(url("review_queue"), {"rating": value, "source": value})
        assert queue.status_code == 200, value


def test_lexicon_entry_id(owner_client, workspace) -> None:
    LexiconEntry.objects.create(workspace=workspace, phrase="recall", valence=-2)
    for value in [*NOT_IDS, "abc"]:
        response = owner_client.post(url("lexicon_change"), {"what": "remove", "entry": value})
        assert response.status_code == 302, value
    assert LexiconEntry.objects.filter(workspace=workspace).count() == 1


def test_numbers_from_feeds_in_other_digits_are_not_numbers() -> None:
    assert parse_time("²") is None and parse_time("9" * 30) is None
    assert parse_time("1700000000").year == 2023
    entry = {"im:rating": {"label": "²"}, "id": {"label": "r1"}}
    assert review_item(entry, "284882215", "us") is None
