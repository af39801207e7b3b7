"""The inbox as a two-pane workspace: the reading pane, actions in place with undo, the
filter chips and result count, bulk actions by name, and saved views."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from mentions import inbox
from mentions.ingest import ingest
from mentions.models import Mention, SavedView
from orm_dashboard.models import Event
from tests.conftest import client_for, make_user
from tests.helpers import url
from tests.mentions.factories import brand, item

pytestmark = pytest.mark.django_db


INBOX = "/w/acme/mentions/"


def htmx(current: str = INBOX) -> dict[str, str]:
    """Headers of an htmx request made from ``current`` (the inbox by default)."""
    return {"HX-Request": "true", "HX-Current-URL": f"http://testserver{current}"}


@pytest.fixture
def stored(workspace):
    brand(workspace)
    ingest(workspace, [item(i, f"Acme note {i}: the skates are fine.") for i in range(5)])
    return list(Mention.objects.order_by("-published_at", "-id"))


def test_reading_pane_is_the_mention_without_the_page(viewer_client, stored) -> None:
    mention = stored[0]
    response = viewer_client.get(url("mention_pane", pk=mention.pk), headers=htmx())
    html = response.content.decode()
    assert response.status_code == 200
    assert "<html" not in html and 'id="mention-view"' in html
    assert "Why this sentiment" in html and "Notes" in html
    assert "data-pane-close" in html  # the way back to the list on a phone
    # The list links each mention to its page (no JavaScript) and to the pane (htmx).
    page = viewer_client.get(INBOX).content.decode()
    assert (
        f'href="{url("mention", pk=mention.pk)}" hx-get="{url("mention_pane", pk=mention.pk)}"'
        in page
    )


def test_status_in_place_updates_the_row_and_offers_undo(teammate_client, teammate, stored) -> None:
    mention = stored[1]
    response = teammate_client.post(
        url("mention_action", pk=mention.pk),
        {"action": "status", "value": "done"},
        headers={**htmx(), "HX-Target": "mention-view"},
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert Mention.objects.get(pk=mention.pk).status == "done"
    assert 'id="mention-view"' in html  # the pane again
    assert re.search(rf'<li class="mention row row-done"[^>]*id="row-{mention.pk}"', html)
    assert 'hx-swap-oob="true"' in html
    assert "Set status: 1 mention." in html
    token = re.search(r'name="token" value="([^"]+)"', html).group(1)
    assert Event.objects.filter(verb="mention.status", object_id=mention.pk).count() == 1

    undone = teammate_client.post(url("inbox_undo"), {"token": token}, headers=htmx())
    assert undone.status_code == 200
    assert Mention.objects.get(pk=mention.pk).status == "new"
    assert f'id="row-{mention.pk}"' in undone.content.decode()
    assert "mentions-changed" in undone["HX-Trigger"]
    # The undo is an audited action like any other.
    assert Event.objects.filter(verb="mention.status", object_id=mention.pk).count() == 2


def test_undo_is_only_for_the_person_who_acted(teammate_client, owner_client, stored) -> None:
    mention = stored[0]
    response = teammate_client.post(
        url("mention_action", pk=mention.pk), {"action": "assign", "value": "me"}, headers=htmx()
    )
    token = re.search(r'name="token" value="([^"]+)"', response.content.decode()).group(1)
    assert Mention.objects.get(pk=mention.pk).status == "open"  # assigning opens it
    refused = owner_client.post(url("inbox_undo"), {"token": token}, headers=htmx())
    assert "Too late to undo" in refused.content.decode()
    assert owner_client.post(url("inbox_undo"), {"token": "forged"}).status_code == 404
    teammate_client.post(url("inbox_undo"), {"token": token}, headers=htmx())
    back = Mention.objects.get(pk=mention.pk)
    assert (back.assignee_id, back.status) == (None, "new")  # assignee and status restored


def test_undo_of_tag_and_sentiment(teammate_client, stored) -> None:
    mention = stored[0]
    label = mention.sentiment_label
    for action, value in (("tag", "VIP"), ("sentiment", "negative")):
        response = teammate_client.post(
            url("mention_action", pk=mention.pk),
            {"action": action, "value": value},
            headers=htmx(),
        )
        token = re.search(r'name="token" value="([^"]+)"', response.content.decode()).group(1)
        teammate_client.post(url("inbox_undo"), {"token": token}, headers=htmx())
    back = Mention.objects.get(pk=mention.pk)
    assert back.tags == [] and back.sentiment_label == label and back.sentiment_by_id is None


def test_in_place_action_keeps_the_assignee_rules(teammate_client, owner, stored) -> None:
    mention = stored[0]
    Mention.objects.filter(pk=mention.pk).update(assignee=owner, status="open")
    response = teammate_client.post(
        url("mention_action", pk=mention.pk),
        {"action": "status", "value": "done"},
        headers=htmx(),
    )
    html = response.content.decode()
    assert "Not changed: assigned to someone else" in html
    assert "toast-error" in html and 'name="token"' not in html  # nothing to undo
    assert Mention.objects.get(pk=mention.pk).status == "open"


def test_note_in_place(teammate_client, stored) -> None:
    mention = stored[0]
    response = teammate_client.post(
        url("mention_note", pk=mention.pk), {"text": "Call them back"}, headers=htmx()
    )
    html = response.content.decode()
    assert "Call them back" in html and 'id="mention-view"' in html and "Note added." in html


def test_bulk_assign_picks_a_person_by_name_and_says_what_was_skipped(
    owner_client, owner, teammate, stored
) -> None:
    teammate.first_name, teammate.last_name = "Alex", "Rivera"
    teammate.save()
    page = owner_client.get(INBOX).content.decode()
    assert f'<option value="assign:{teammate.pk}">Assign to Alex Rivera</option>' in page
    Mention.objects.filter(pk=stored[0].pk).update(assignee=teammate)
    ids = [m.pk for m in stored[:3]]
    response = owner_client.post(
        url("inbox_bulk"), {"do": f"assign:{teammate.pk}", "ids": ids}, headers=htmx()
    )
    html = response.content.decode()
    assert "Assign: 2 mentions; 1 skipped: already assigned so." in html
    assert all(f'id="row-{pk}"' in html for pk in ids)
    assert Mention.objects.filter(assignee=teammate).count() == 3
    tagged = owner_client.post(
        url("inbox_bulk"), {"do": "tag:", "tag_value": "urgent", "ids": ids}, headers=htmx()
    )
    assert "Add tag: 3 mentions." in tagged.content.decode()
    # Without htmx the bulk form still posts and redirects with the message.
    plain = owner_client.post(url("inbox_bulk"), {"do": "status:done", "ids": ids})
    assert plain.status_code == 302


def test_summary_counts_each_reason() -> None:
    from mentions.actions import Outcome

    outcome = Outcome(changed=[1], skipped=[(2, "already in that status"), (3, "x"), (4, "x")])
    assert outcome.summary("Set status") == (
        "Set status: 1 mention; 3 skipped: already in that status (1); x (2)."
    )


def test_filter_chips_and_result_count(viewer_client, stored, monkeypatch) -> None:
    response = viewer_client.get(INBOX, {"status": "all", "tag": "vip"})
    html = response.content.decode()
    assert response.context["chips"] == [
        ("Status", "Any status", "tag=vip"),
        ("Tag", "#vip", "status=all"),
    ]
    assert 'aria-label="Remove filter Tag: #vip"' in html
    assert viewer_client.get(INBOX).context["count_label"] == "5"
    # Beyond the bound the count says so instead of counting on.
    monkeypatch.setattr(inbox, "COUNT_BOUND", 2)
    monkeypatch.setattr(inbox, "PAGE_SIZE", 2)
    assert viewer_client.get(INBOX).context["count_label"] == "2+"
    assert inbox.bounded_count(Mention.objects.all()) == 3


# --- saved views ------------------------------------------------------------------------


def test_save_a_private_view_and_reopen_it(viewer_client, viewer, teammate_client, stored):
    response = viewer_client.post(
        url("saved_view_new"), {"name": "  Bad news ", "query": "sentiment=negative&status=todo"}
    )
    view = SavedView.objects.get()
    assert (view.name, view.query, view.shared, view.owner) == (
        "Bad news",
        "sentiment=negative",
        False,
        viewer,
    )
    assert response.status_code == 302 and response["Location"].endswith("?sentiment=negative")
    tabs = viewer_client.get(url("saved_view_tabs"), {"current": "sentiment=negative"})
    html = tabs.content.decode()
    assert 'aria-current="page">Bad news' in html
    counts = re.findall(r'<span class="count"[^>]*>([^<]*)<', html)
    assert counts == ["5 new", "0 new"]  # all five are new; none is negative
    # Private: a teammate neither sees it nor can delete it.
    assert "Bad news" not in teammate_client.get(INBOX).content.decode()
    assert teammate_client.post(url("saved_view_delete", pk=view.pk)).status_code == 404


def test_shared_view_is_seen_by_the_workspace(
    teammate_client, viewer_client, owner_client, stored, teammate, owner
):
    teammate_client.post(url("saved_view_new"), {"name": "Mine", "query": "tag=vip", "shared": "1"})
    view = SavedView.objects.get()
    assert view.shared
    assert ">Mine" in viewer_client.get(INBOX).content.decode()
    # A viewer cannot delete it; a manager can.
    viewer_client.post(url("saved_view_delete", pk=view.pk))
    assert SavedView.objects.filter(pk=view.pk).exists()
    owner_client.post(url("saved_view_delete", pk=view.pk))
    assert not SavedView.objects.filter(pk=view.pk).exists()
    saved, deleted = Event.objects.filter(verb__in=["view.save", "view.delete"]).order_by("id")
    assert (saved.verb, saved.actor, saved.object_id) == ("view.save", teammate, view.pk)
    assert saved.data == {"name": "Mine", "query": "tag=vip", "shared": True}
    assert (deleted.verb, deleted.actor, deleted.data) == ("view.delete", owner, {"name": "Mine"})


def test_viewer_may_not_share_a_view(viewer_client, stored) -> None:
    response = viewer_client.post(
        url("saved_view_new"), {"name": "Everyone", "query": "", "shared": "1"}
    )
    assert response.status_code == 200
    assert "Viewers can keep views for themselves only" in response.content.decode()
    assert not SavedView.objects.exists()


def test_same_name_twice_is_refused(viewer_client, stored) -> None:
    viewer_client.post(url("saved_view_new"), {"name": "A", "query": ""})
    response = viewer_client.post(url("saved_view_new"), {"name": "A", "query": "tag=x"})
    assert "already have a view called" in response.content.decode()
    assert SavedView.objects.count() == 1


def test_outsider_cannot_see_or_touch_views(outsider_client, teammate_client, stored) -> None:
    teammate_client.post(url("saved_view_new"), {"name": "Shared", "query": "", "shared": "1"})
    view = SavedView.objects.get()
    assert outsider_client.get(url("saved_view_tabs")).status_code == 404
    assert outsider_client.post(url("saved_view_delete", pk=view.pk)).status_code == 404
    assert outsider_client.post(url("saved_view_new"), {"name": "x"}).status_code == 404
    # Another workspace's member who also has their own workspace sees none of it there.
    other = make_user("stranger", None, None)
    assert client_for(other).get(url("saved_view_tabs")).status_code == 404


def test_settings_pages_under_crisis_highlight_settings(owner_client, workspace) -> None:
    rules = owner_client.get(reverse("crisis_rules", kwargs={"workspace": "acme"}))
    html = rules.content.decode()
    assert '<a href="/w/acme/settings/" aria-current="page">Settings</a>' in html
    assert '<a href="/w/acme/crisis/" aria-current="page">' not in html
    incidents = owner_client.get(reverse("incidents", kwargs={"workspace": "acme"}))
    assert '<a href="/w/acme/crisis/" aria-current="page">Crisis</a>' in incidents.content.decode()


def test_status_from_the_actions_card_sends_only_what_changed(teammate_client, stored) -> None:
    mention = stored[2]
    response = teammate_client.post(
        url("mention_action", pk=mention.pk),
        {"action": "assign", "value": "me"},
        headers={**htmx(), "HX-Target": "mention-act"},
    )
    html = response.content.decode()
    assert html.lstrip().startswith('<section class="card act" id="mention-act"')
    assert 'id="mention-meta" hx-swap-oob="true"' in html
    assert 'id="mention-history"' in html and "assign → me" in html
    assert "Why this sentiment" not in html  # the explanation is not worked out again
    assert f'id="row-{mention.pk}"' in html and "Assign: 1 mention." in html
    # A sentiment changes the explanation: the whole mention is sent.
    relabel = teammate_client.post(
        url("mention_action", pk=mention.pk),
        {"action": "sentiment", "value": "negative"},
        headers={**htmx(), "HX-Target": "mention-view"},
    )
    assert "Why this sentiment" in relabel.content.decode()


def test_a_big_bulk_action_asks_for_the_list_again(owner_client, stored, monkeypatch) -> None:
    from mentions import views

    monkeypatch.setattr(views, "OOB_ROWS", 2)
    ids = [m.pk for m in stored[:3]]
    response = owner_client.post(
        url("inbox_bulk"), {"action": "status", "value": "open", "ids": ids}, headers=htmx()
    )
    html = response.content.decode()
    assert "Set status: 3 mentions." in html and 'id="row-' not in html
    assert '"reload": true' in response["HX-Trigger"]
