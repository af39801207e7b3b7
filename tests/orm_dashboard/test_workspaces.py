"""Client workspaces run from the app: create, rename, archive, restore, delete, switcher,
"My work" and the times shown in a person's zone."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.contrib.auth.models import Permission
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from orm_dashboard import purge
from orm_dashboard.models import Event, Membership, Profile, Role, Workspace
from tests.conftest import client_for, make_user
from tests.mentions.factories import make_mention


@pytest.fixture
def agency_owner(db):
    user = make_user("boss", None, None)
    user.user_permissions.add(Permission.objects.get(codename="add_workspace"))
    return user


def test_agency_owner_creates_a_client_and_becomes_its_manager(agency_owner) -> None:
    client = client_for(agency_owner)
    assert client.get(reverse("workspace_new")).status_code == 200
    response = client.post(
        reverse("workspace_new"),
        {"name": "Café Müller", "slug": "", "time_zone": "Europe/Vienna", "language": "de"},
    )
    ws = Workspace.objects.get(name="Café Müller")
    assert ws.slug == "cafe-muller"  # suggested from the name when left empty
    assert (ws.time_zone, ws.language) == ("Europe/Vienna", "de")
    assert response["Location"] == reverse("overview", kwargs={"workspace": "cafe-muller"})
    assert Membership.objects.get(workspace=ws, user=agency_owner).role == Role.MANAGER
    event = Event.objects.get(workspace=ws, verb="workspace.create")
    assert event.actor == agency_owner


def test_superuser_is_an_agency_owner(db) -> None:
    from django.contrib.auth import get_user_model

    admin = get_user_model().objects.create_superuser("admin", "a@example.test", "x")
    assert client_for(admin).get(reverse("workspace_new")).status_code == 200


def test_others_cannot_create_workspaces(owner_client: Client) -> None:
    refused = owner_client.get(reverse("workspace_new"))
    assert refused.status_code == 403
    assert "Only agency owners create client workspaces" in refused.content.decode()
    response = owner_client.post(reverse("workspace_new"), {"name": "X", "slug": "x"})
    assert response.status_code == 403
    assert not Workspace.objects.filter(slug="x").exists()


def test_duplicate_slug_is_refused_with_a_free_suggestion(agency_owner, workspace) -> None:
    response = client_for(agency_owner).post(
        reverse("workspace_new"),
        {"name": "Acme", "slug": "acme", "time_zone": "UTC", "language": "en"},
    )
    assert response.status_code == 200
    assert "Another workspace already uses the address “acme”; try “acme-2”" in (
        response.content.decode()
    )
    assert Workspace.objects.filter(slug="acme").count() == 1


def test_invalid_slug_and_unknown_zone_are_refused(agency_owner) -> None:
    response = client_for(agency_owner).post(
        reverse("workspace_new"),
        {"name": "Acme", "slug": "Not a slug!", "time_zone": "Mars/Olympus", "language": "en"},
    )
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert "slug" in errors and "time_zone" in errors
    assert not Workspace.objects.exists()


def test_manager_renames_and_it_is_audited(owner_client: Client, workspace) -> None:
    url = reverse("workspace_edit", kwargs={"workspace": "acme"})
    response = owner_client.post(
        url,
        {"name": "Acme Europe", "slug": "acme-eu", "time_zone": "Europe/Paris", "language": "fr"},
    )
    assert response.status_code == 302
    workspace.refresh_from_db()
    assert (workspace.name, workspace.slug) == ("Acme Europe", "acme-eu")
    event = Event.objects.get(workspace=workspace, verb="workspace.rename")
    assert event.data["name"] == ["Acme Corp", "Acme Europe"]
    members_page = owner_client.get(reverse("settings", kwargs={"workspace": "acme-eu"}))
    assert (
        "renamed the workspace from “Acme Corp” to “Acme Europe”" in members_page.content.decode()
    )


def test_agent_cannot_edit_workspace(teammate_client: Client, workspace) -> None:
    url = reverse("workspace_edit", kwargs={"workspace": "acme"})
    assert teammate_client.post(url, {"name": "Hacked", "slug": "acme"}).status_code == 403


def test_archive_makes_read_only_and_hides_then_restore(
    owner, owner_client: Client, teammate_client: Client, workspace, other_workspace
) -> None:
    Membership.objects.create(user=owner, workspace=other_workspace, role=Role.VIEWER)
    archive = reverse("workspace_archive", kwargs={"workspace": "acme"})
    assert owner_client.post(archive).status_code == 302
    workspace.refresh_from_db()
    assert workspace.archived_at is not None
    assert Event.objects.filter(workspace=workspace, verb="workspace.archive").exists()
    # Still readable, never writable.
    assert teammate_client.get(reverse("inbox", kwargs={"workspace": "acme"})).status_code == 200
    note = reverse("mention_note", kwargs={"workspace": "acme", "pk": 1})
    refused = teammate_client.post(note, {"text": "hi"})
    assert refused.status_code == 403
    assert "This workspace is archived, so it is read-only." in refused.content.decode()
    # Hidden from the switcher and from where login lands.
    page = owner_client.get(reverse("overview", kwargs={"workspace": "globex"})).content.decode()
    switcher = page.split('id="switcher-list"', 1)[1].split("</ul>", 1)[0]
    assert "/w/acme/" not in switcher
    assert owner_client.get(reverse("home"))["Location"] == "/w/globex/"
    # Listed as archived under All clients, and restorable.
    assert "Archived" in owner_client.get(reverse("workspace_list")).content.decode()
    assert owner_client.post(archive, {"restore": "1"}).status_code == 302
    workspace.refresh_from_db()
    assert workspace.archived_at is None
    assert teammate_client.post(note, {"text": "hi"}).status_code != 403


def test_delete_asks_for_the_slug_and_says_what_goes(
    owner, owner_client: Client, workspace
) -> None:
    owner.user_permissions.add(Permission.objects.get(codename="add_workspace"))
    make_mention(workspace, title="Kept until deleted")
    page = owner_client.get(reverse("workspace_edit", kwargs={"workspace": "acme"}))
    assert "1 mentions" in page.content.decode() or "1 mention" in page.content.decode()
    url = reverse("workspace_delete", kwargs={"workspace": "acme"})
    wrong = owner_client.post(url, {"confirm": "acme-corp"}, follow=True)
    assert "nothing was deleted" in wrong.content.decode()
    assert Workspace.objects.filter(slug="acme").exists()
    assert owner_client.post(url, {"confirm": "acme"}).status_code == 302
    closed = Workspace.objects.get(slug="acme")
    assert closed.deleting_at is not None  # nobody reaches it; a worker empties it
    assert owner_client.get(reverse("overview", kwargs={"workspace": "acme"})).status_code == 404
    assert purge.purge(closed.pk)
    assert not Workspace.objects.filter(slug="acme").exists()


def test_manager_who_is_not_an_owner_cannot_delete(owner_client: Client, workspace) -> None:
    url = reverse("workspace_delete", kwargs={"workspace": "acme"})
    assert owner_client.post(url, {"confirm": "acme"}).status_code == 403
    assert Workspace.objects.filter(slug="acme").exists()


def test_switcher_counts_open_work_and_lists_recent_first(
    owner, owner_client: Client, workspace, other_workspace
) -> None:
    Membership.objects.create(user=owner, workspace=other_workspace, role=Role.AGENT)
    zeta = Workspace.objects.create(name="Zeta", slug="zeta")
    Membership.objects.create(user=owner, workspace=zeta, role=Role.AGENT)
    make_mention(workspace, title="one")
    make_mention(workspace, title="two")
    owner_client.get(reverse("overview", kwargs={"workspace": "zeta"}))  # used last
    response = owner_client.get(
        reverse("switcher", kwargs={"workspace": "acme"}), headers={"HX-Request": "true"}
    )
    html = response.content.decode()
    # The current one, then the one used last (Zeta), then the rest by name.
    assert html.index("/w/acme/") < html.index("/w/zeta/") < html.index("/w/globex/")
    acme_row = html.split("/w/acme/", 1)[1].split("</li>", 1)[0]
    assert "2 new mentions" in acme_row
    assert "new mentions" not in html.split("/w/globex/", 1)[1].split("</li>", 1)[0]


def test_my_work_lists_assignments_across_workspaces(
    owner, owner_client: Client, workspace, other_workspace, outsider
) -> None:
    Membership.objects.create(user=owner, workspace=other_workspace, role=Role.AGENT)
    mine = make_mention(workspace, title="Acme thing for me", assignee=owner, status="open")
    theirs = make_mention(other_workspace, title="Globex thing for me", assignee=owner)
    make_mention(other_workspace, title="Someone else's", assignee=outsider)
    html = owner_client.get(reverse("my_work")).content.decode()
    assert "Acme thing for me" in html and "Globex thing for me" in html
    assert "Someone else" not in html
    assert reverse("mention", kwargs={"workspace": "acme", "pk": mine.pk}) in html
    assert reverse("mention", kwargs={"workspace": "globex", "pk": theirs.pk}) in html


def test_times_show_in_the_persons_zone_else_the_workspaces(
    owner, owner_client: Client, workspace
) -> None:
    from mentions.models import MentionNote

    mention = make_mention(workspace, title="Zoned")
    note = MentionNote.objects.create(
        workspace=workspace, mention=mention, author=owner, text="when?"
    )
    MentionNote.objects.filter(pk=note.pk).update(
        created_at=timezone.now().replace(hour=12, minute=0) - timedelta(days=1)
    )
    url = reverse("mention", kwargs={"workspace": "acme", "pk": mention.pk})
    Workspace.objects.filter(pk=workspace.pk).update(time_zone="Asia/Tokyo")
    assert "+09:00" in owner_client.get(url).content.decode()
    Profile.objects.create(user=owner, time_zone="America/New_York")
    html = owner_client.get(url).content.decode()
    assert "+09:00" not in html and ("-05:00" in html or "-04:00" in html)


def test_my_work_lists_approvals_and_incidents_and_the_switcher_counts_them(
    owner, owner_client: Client, teammate, workspace
) -> None:
    from crisis.models import Incident
    from tests.reviews.factories import brand, reply, review

    awaiting = review(workspace, author="Anna Schmidt", rating=1)
    reply(awaiting, teammate, "Sorry to hear that", status="submitted")
    Incident.objects.create(
        workspace=workspace,
        brand=brand(workspace),
        kind="volume_spike",
        severity="high",
        title="Spike of negative mentions",
        owner=owner,
    )
    html = owner_client.get(reverse("my_work")).content.decode()
    assert "Replies awaiting your approval" in html and "1★ review by Anna Schmidt" in html
    assert "drafted by teammate" in html
    assert "Incidents you own" in html and "Spike of negative mentions" in html
    switcher = owner_client.get(reverse("switcher", kwargs={"workspace": "acme"})).content.decode()
    assert "1 review to answer" in switcher and "1 active incident<" in switcher
    # An agent approves nothing: the reply is not in their list.
    assert "Replies awaiting" not in client_for(teammate).get(reverse("my_work")).content.decode()


def test_archived_workspace_is_neither_polled_nor_evaluated(workspace, other_workspace) -> None:
    from crisis.tasks import evaluate_all
    from mentions import polling
    from tests.mentions.factories import brand, rss_source

    due = timezone.now() - timedelta(minutes=5)
    ours = rss_source(workspace, "https://feeds.example/a.xml", next_poll_at=due)
    theirs = rss_source(other_workspace, "https://feeds.example/b.xml", next_poll_at=due)
    brand(workspace)
    brand(other_workspace, "Globex")
    Workspace.objects.filter(pk=workspace.pk).update(archived_at=timezone.now())
    assert polling.due_sources(timezone.now()) == [theirs.pk]
    assert polling.claim(ours.pk, timezone.now()) is None
    assert evaluate_all() == 1  # Globex's brands only
    Workspace.objects.filter(pk=workspace.pk).update(archived_at=None)
    assert sorted(polling.due_sources(timezone.now())) == sorted([ours.pk, theirs.pk])


def test_address_is_checked_while_typed(agency_owner, workspace, owner_client: Client) -> None:
    client = client_for(agency_owner)
    url = reverse("workspace_address")
    free = client.get(url, {"slug": "northwind", "name": "Northwind"}).content.decode()
    assert "/w/northwind/ is free." in free
    taken = client.get(url, {"slug": "acme", "name": "Acme"}).content.decode()
    assert "already uses the address “acme”; try “acme-2”" in taken
    bad = client.get(url, {"slug": "no spaces", "name": "X"}).content.decode()
    assert "form-error" in bad
    assert owner_client.get(url, {"slug": "acme"}).status_code == 403
