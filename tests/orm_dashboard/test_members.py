"""Managers run their team: invitations by email (signed, single-use, expiring), roles,
removals, the last-manager rule, and the audit shown on the Members page."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.core import mail, signing
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from orm_dashboard import invitation_emails, team
from orm_dashboard.models import Event, Invitation, InvitationEmail, Membership, Role
from tests.conftest import client_for
from tests.mentions.factories import make_mention


def members_url(slug: str = "acme") -> str:
    return reverse("settings", kwargs={"workspace": slug})


def invite(client: Client, email: str, role: str = "agent") -> object:
    return client.post(
        reverse("member_invite", kwargs={"workspace": "acme"}), {"email": email, "role": role}
    )


def link_in(message: object) -> str:
    return re.search(r"https?://\S+/invitation/\S+/", message.body).group(0)  # type: ignore[attr-defined]


def send_all() -> None:
    invitation_emails.deliver_due(now=timezone.now() + timedelta(seconds=1))


def path_of(link: str) -> str:
    return "/" + link.split("/", 3)[3]


@pytest.fixture
def sent(owner, owner_client: Client, workspace, django_capture_on_commit_callbacks):
    """An invitation for new@example.test as agent, its email delivered; returns the link."""
    with django_capture_on_commit_callbacks(execute=False):
        assert invite(owner_client, "new@example.test").status_code == 302
    send_all()
    assert len(mail.outbox) == 1
    return path_of(link_in(mail.outbox[0]))


def test_invitation_email_names_the_inviter_and_workspace(
    owner, owner_client: Client, workspace, django_capture_on_commit_callbacks
) -> None:
    owner.first_name, owner.last_name = "Morgan", "Lee"
    owner.save()
    with django_capture_on_commit_callbacks(execute=False):
        invite(owner_client, "new@example.test")
    send_all()
    message = mail.outbox[0]
    assert message.to == ["new@example.test"]
    assert message.subject == "Morgan Lee invited you to Acme Corp"
    assert "as an agent" in message.body
    assert InvitationEmail.objects.get().status == "sent"


def test_new_person_sets_name_and_password_and_lands_in_the_workspace(sent, workspace) -> None:
    client = Client()
    page = client.get(sent)
    assert page.status_code == 200 and "Join Acme Corp" in page.content.decode()
    response = client.post(
        sent,
        {
            "name": "Alex Rivera",
            "username": "alex",
            "password1": "tricky-pass-9481",
            "password2": "tricky-pass-9481",
        },
    )
    assert response["Location"] == reverse("overview", kwargs={"workspace": "acme"})
    user = get_user_model().objects.get(username="alex")
    assert (user.get_full_name(), user.email) == ("Alex Rivera", "new@example.test")
    assert user.check_password("tricky-pass-9481")
    assert Membership.objects.get(user=user, workspace=workspace).role == Role.AGENT
    assert client.get(response["Location"]).status_code == 200  # logged in
    # Single use: the same link now says so plainly.
    again = Client().get(sent)
    assert again.status_code == 410
    assert "already accepted" in again.content.decode()
    assert Event.objects.filter(verb="invitation.accept", actor=user).exists()


def test_new_person_gets_clear_password_errors(sent) -> None:
    response = Client().post(
        sent, {"name": "A", "username": "alex", "password1": "abc", "password2": "abd"}
    )
    assert response.status_code == 200
    assert "The two passwords differ." in response.content.decode()
    assert not get_user_model().objects.filter(username="alex").exists()


def test_existing_user_logs_in_then_accepts_with_one_click(
    owner_client: Client, workspace, other_workspace, outsider, django_capture_on_commit_callbacks
) -> None:
    with django_capture_on_commit_callbacks(execute=False):
        invite(owner_client, "OUTSIDER@example.test", "viewer")
    send_all()
    link = path_of(link_in(mail.outbox[0]))
    anonymous = Client().get(link).content.decode()
    assert "Log in to accept" in anonymous
    client = client_for(outsider)
    assert "Accept and open Acme Corp" in client.get(link).content.decode()
    response = client.post(link, {"accept": "1"})
    assert response["Location"] == reverse("overview", kwargs={"workspace": "acme"})
    assert Membership.objects.get(user=outsider, workspace=workspace).role == Role.VIEWER


def test_tampered_link_is_refused_plainly(sent) -> None:
    response = Client().get(sent.replace(":", ":x", 1))
    assert response.status_code == 410
    assert "not valid" in response.content.decode()
    forged = signing.dumps({"i": Invitation.objects.get().pk, "n": "guess"}, salt="other-salt")
    assert "not valid" in Client().get(f"/invitation/{forged}/").content.decode()


def test_expired_link_says_so(sent) -> None:
    Invitation.objects.update(expires_at=timezone.now() - timedelta(minutes=1))
    response = Client().get(sent)
    assert response.status_code == 410
    assert "has expired" in response.content.decode()
    post = Client().post(
        sent,
        {
            "name": "X",
            "username": "x",
            "password1": "tricky-pass-9481",
            "password2": "tricky-pass-9481",
        },
    )
    assert post.status_code == 410
    assert not get_user_model().objects.filter(username="x").exists()


def test_expiry_is_configurable(
    settings, owner_client: Client, workspace, django_capture_on_commit_callbacks
) -> None:
    settings.INVITATION_DAYS = 2
    with django_capture_on_commit_callbacks(execute=False):
        invite(owner_client, "two@example.test")
    inv = Invitation.objects.get()
    assert inv.expires_at - inv.created_at == timedelta(days=2)


def test_revoked_link_says_so_and_pending_list_shows_it_until_then(
    owner_client: Client, sent
) -> None:
    page = owner_client.get(members_url()).content.decode()
    assert "new@example.test" in page and "Pending invitations" in page
    inv = Invitation.objects.get()
    owner_client.post(reverse("invitation_revoke", kwargs={"workspace": "acme", "pk": inv.pk}))
    response = Client().get(sent)
    assert response.status_code == 410 and "was revoked" in response.content.decode()
    assert "Pending invitations" not in owner_client.get(members_url()).content.decode()


def test_resend_sends_a_new_link_and_the_old_one_stops(owner_client: Client, sent) -> None:
    inv = Invitation.objects.get()
    owner_client.post(reverse("invitation_resend", kwargs={"workspace": "acme", "pk": inv.pk}))
    send_all()
    assert len(mail.outbox) == 2
    new_link = path_of(link_in(mail.outbox[1]))
    assert new_link != sent
    assert "replaced by a newer one" in Client().get(sent).content.decode()
    assert Client().get(new_link).status_code == 200
    assert Event.objects.filter(verb="invitation.resend").count() == 1


def test_invite_errors_are_clear(owner_client: Client, teammate, sent) -> None:
    bad = invite(owner_client, "not-an-address")
    assert bad.status_code == 400
    assert "That is not an email address" in bad.content.decode()
    member = invite(owner_client, "teammate@example.test")
    assert "teammate@example.test is already a member of Acme Corp" in member.content.decode()
    twice = invite(owner_client, "NEW@example.test")
    assert "was already invited" in twice.content.decode()
    assert Invitation.objects.count() == 1


def test_agents_cannot_invite(teammate_client: Client, workspace) -> None:
    assert invite(teammate_client, "x@example.test").status_code == 403
    assert not Invitation.objects.exists()


def test_email_is_not_sent_for_a_revoked_invitation(
    owner, workspace, django_capture_on_commit_callbacks
) -> None:
    with django_capture_on_commit_callbacks(execute=False):
        inv = team.invite(workspace, "late@example.test", Role.AGENT, owner)
        team.revoke(inv, owner)
    send_all()
    assert mail.outbox == []
    assert InvitationEmail.objects.get().status == "failed"


def test_smtp_failure_is_retried_not_lost(
    owner, workspace, settings, django_capture_on_commit_callbacks
) -> None:
    from tests.helpers import free_port

    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", free_port()  # nobody listens
    with django_capture_on_commit_callbacks(execute=False):
        team.invite(workspace, "retry@example.test", Role.AGENT, owner)
    send_all()
    row = InvitationEmail.objects.get()
    assert row.status == "pending" and row.attempts == 1 and row.last_error
    assert row.due_at > timezone.now()


# --- roles and removal -----------------------------------------------------------------


def test_manager_changes_a_role_and_it_is_audited_and_shown(
    owner_client: Client, teammate, workspace
) -> None:
    m = Membership.objects.get(user=teammate)
    url = reverse("member_role", kwargs={"workspace": "acme", "pk": m.pk})
    assert owner_client.post(url, {"role": "viewer"}).status_code == 302
    m.refresh_from_db()
    assert m.role == Role.VIEWER
    event = Event.objects.get(verb="member.role")
    assert event.data == {"name": "teammate", "old": "agent", "new": "viewer"}
    page = owner_client.get(members_url()).content.decode()
    assert "changed the role of teammate from agent to viewer" in page


def test_last_manager_cannot_be_demoted_or_removed(owner, owner_client: Client, teammate) -> None:
    mine = Membership.objects.get(user=owner)
    demote = owner_client.post(
        reverse("member_role", kwargs={"workspace": "acme", "pk": mine.pk}),
        {"role": "agent"},
        follow=True,
    )
    assert "last manager of this workspace" in demote.content.decode()
    removed = owner_client.post(
        reverse("member_remove", kwargs={"workspace": "acme", "pk": mine.pk}), follow=True
    )
    assert "last manager of this workspace" in removed.content.decode()
    mine.refresh_from_db()
    assert mine.role == Role.MANAGER
    # With a second manager, the first may step down.
    Membership.objects.filter(user=teammate).update(role=Role.MANAGER)
    owner_client.post(
        reverse("member_role", kwargs={"workspace": "acme", "pk": mine.pk}), {"role": "agent"}
    )
    mine.refresh_from_db()
    assert mine.role == Role.AGENT


def test_removed_member_gets_404_at_once_and_their_work_stays(
    owner, owner_client: Client, teammate, teammate_client: Client, workspace
) -> None:
    from mentions.models import MentionNote

    assigned = make_mention(workspace, title="Theirs", assignee=teammate, status="open")
    MentionNote.objects.create(
        workspace=workspace, mention=assigned, author=teammate, text="I looked into it"
    )
    overview = reverse("overview", kwargs={"workspace": "acme"})
    assert teammate_client.get(overview).status_code == 200
    m = Membership.objects.get(user=teammate)
    response = owner_client.post(reverse("member_remove", kwargs={"workspace": "acme", "pk": m.pk}))
    assert response.status_code == 302
    assert teammate_client.get(overview).status_code == 404  # the very next request
    assert (
        teammate_client.get(
            reverse("mention", kwargs={"workspace": "acme", "pk": assigned.pk})
        ).status_code
        == 404
    )
    assigned.refresh_from_db()
    assert assigned.assignee is None  # back in the queue
    assert MentionNote.objects.filter(author=teammate, text="I looked into it").exists()
    assert get_user_model().objects.filter(pk=teammate.pk).exists()
    event = Event.objects.get(verb="member.remove")
    assert (event.actor, event.data["name"]) == (owner, "teammate")
    page = owner_client.get(members_url()).content.decode()
    assert "removed teammate (agent)" in page


def test_removed_member_keeps_other_workspaces(
    owner_client: Client, teammate, workspace, other_workspace
) -> None:
    Membership.objects.create(user=teammate, workspace=other_workspace, role=Role.AGENT)
    m = Membership.objects.get(user=teammate, workspace=workspace)
    owner_client.post(reverse("member_remove", kwargs={"workspace": "acme", "pk": m.pk}))
    client = client_for(teammate)
    assert client.get(reverse("overview", kwargs={"workspace": "globex"})).status_code == 200


def test_cannot_touch_members_of_another_workspace(owner_client: Client, outsider) -> None:
    theirs = Membership.objects.get(user=outsider)
    url = reverse("member_remove", kwargs={"workspace": "acme", "pk": theirs.pk})
    assert owner_client.post(url).status_code == 404
    assert Membership.objects.filter(pk=theirs.pk).exists()


def test_members_page_shows_display_names(owner_client: Client, teammate) -> None:
    teammate.first_name, teammate.last_name = "Alex", "Rivera"
    teammate.save()
    assert "Alex Rivera" in owner_client.get(members_url()).content.decode()


def test_password_login_still_works_for_invited_people(sent) -> None:
    client = Client()
    client.post(
        sent,
        {
            "name": "Sam",
            "username": "sam",
            "password1": "tricky-pass-9481",
            "password2": "tricky-pass-9481",
        },
    )
    fresh = Client()
    response = fresh.post(reverse("login"), {"username": "sam", "password": "tricky-pass-9481"})
    assert response.status_code == 302


def test_role_change_message_names_the_new_role(owner_client: Client, teammate) -> None:
    m = Membership.objects.get(user=teammate)
    response = owner_client.post(
        reverse("member_role", kwargs={"workspace": "acme", "pk": m.pk}),
        {"role": "manager"},
        follow=True,
    )
    assert "teammate is now a manager." in response.content.decode()


@pytest.mark.django_db(transaction=True)
def test_two_managers_demoting_each_other_at_once_leave_one_manager(workspace) -> None:
    """Each demotion runs in its own thread and connection, released at the same moment."""
    import threading

    from django.db import connection

    first = Membership.objects.create(
        user=get_user_model().objects.create_user("m1"), workspace=workspace, role=Role.MANAGER
    )
    second = Membership.objects.create(
        user=get_user_model().objects.create_user("m2"), workspace=workspace, role=Role.MANAGER
    )
    start = threading.Barrier(2)
    outcomes: list[str] = []

    def demote(target: Membership, actor: object) -> None:
        try:
            start.wait()
            team.change_role(target, Role.AGENT, actor)
            outcomes.append("demoted")
        except team.TeamError:
            outcomes.append("refused")
        finally:
            connection.close()

    threads = [
        threading.Thread(target=demote, args=(second, first.user)),
        threading.Thread(target=demote, args=(first, second.user)),
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert sorted(outcomes) == ["demoted", "refused"]
    assert Membership.objects.filter(workspace=workspace, role=Role.MANAGER).count() == 1
