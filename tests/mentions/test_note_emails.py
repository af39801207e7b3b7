"""@mention emails of notes go through an outbox: sent once, retried while SMTP is down,
given up on (and said so on the note) after MAX_ATTEMPTS, never lost to a dead worker."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from mentions import notes
from mentions.ingest import ingest
from mentions.models import Mention, MentionNote, NoteEmail
from mentions.tasks import notify_note, send_due_note_emails
from orm_dashboard import outbox
from tests.helpers import free_port, url
from tests.mentions.factories import brand, item

pytestmark = pytest.mark.django_db


@pytest.fixture
def mention(workspace) -> Mention:
    brand(workspace)
    ingest(workspace, [item(1)])
    return Mention.objects.get()


@pytest.fixture
def noted(teammate_client, mention, owner) -> NoteEmail:
    """A note by the teammate that @mentions the owner (and someone who is not a member)."""
    response = teammate_client.post(
        url("mention_note", pk=mention.pk),
        {"text": "@owner can you call them? @nobody"},
        follow=True,
    )
    assert "Note added. Emailing owner." in response.content.decode()
    return NoteEmail.objects.get()


@pytest.fixture
def smtp_down(settings):
    """Nothing listens on the configured port: every send is refused."""
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", free_port()
    return settings


def page(client, mention: Mention) -> str:
    return client.get(url("mention", pk=mention.pk)).content.decode()


def test_note_writes_one_email_per_mentioned_member_and_sends_it_once(
    smtp_server, noted, owner, mention, teammate_client
) -> None:
    assert noted.recipient == owner and noted.email == owner.email
    assert noted.status == NoteEmail.Status.PENDING
    assert "Emailing owner…" in page(teammate_client, mention)

    assert notify_note(noted.note_id) == {"sent": 1}  # what the worker runs on commit
    assert notify_note(noted.note_id) == {"skipped": 1}  # delivered twice: still one email
    assert send_due_note_emails() == {}
    [message] = smtp_server.messages
    assert message["To"] == owner.email
    assert "teammate mentioned you" in message["Subject"]
    assert "can you call them?" in message.get_payload()
    assert f"/w/acme/mentions/{mention.pk}/" in message.get_payload()
    noted.refresh_from_db()
    assert noted.status == NoteEmail.Status.SENT and noted.sent_at and noted.attempts == 1
    assert "Emailed owner." in page(teammate_client, mention)


def test_smtp_down_then_up_delivers_exactly_once(
    smtp_server, noted, mention, teammate_client, settings
) -> None:
    working_port = settings.EMAIL_PORT  # smtp_server's
    settings.EMAIL_PORT = free_port()  # down: nothing listens there
    now = timezone.now()
    assert notes.deliver_due(now) == {"retry": 1}
    noted.refresh_from_db()
    assert noted.status == NoteEmail.Status.PENDING and noted.attempts == 1
    assert "Connection refused" in noted.last_error or "Errno" in noted.last_error
    assert noted.due_at >= now + timedelta(seconds=notes.RETRY_FIRST_SECONDS)
    assert notes.deliver_due(now) == {}  # backed off: not due yet
    html = page(teammate_client, mention)
    assert "Email to owner not sent yet, retrying:" in html
    assert MentionNote.objects.count() == 1  # the note itself is stored whatever SMTP does

    settings.EMAIL_PORT = working_port
    assert notes.deliver_due(noted.due_at) == {"sent": 1}
    assert notes.deliver_due(noted.due_at + timedelta(hours=2)) == {}
    assert len(smtp_server.messages) == 1
    noted.refresh_from_db()
    assert noted.status == NoteEmail.Status.SENT and noted.last_error == ""


def test_gives_up_after_max_attempts_and_says_so_on_the_note(
    smtp_down, noted, mention, teammate_client, monkeypatch
) -> None:
    monkeypatch.setattr(notes, "MAX_ATTEMPTS", 2)
    at = timezone.now()
    assert notes.deliver_due(at) == {"retry": 1}
    noted.refresh_from_db()
    assert notes.deliver_due(noted.due_at) == {"failed": 1}
    noted.refresh_from_db()
    assert noted.status == NoteEmail.Status.FAILED and noted.attempts == 2
    assert notes.deliver_due(noted.due_at + timedelta(days=1)) == {}  # never tried again
    html = page(teammate_client, mention)
    assert "Email to owner not delivered after 2 tries:" in html
    assert "note-email-failed" in html


def test_a_claim_held_by_a_live_sender_is_left_alone_and_a_dead_ones_is_taken_over(
    smtp_server, noted, settings
) -> None:
    now = timezone.now()
    lease = timedelta(seconds=settings.ALERT_LEASE_SECONDS)
    # A worker claimed the row and died before marking it sent.
    assert outbox.claim(NoteEmail, noted.pk, now)
    assert notes.deliver_due(now + lease - timedelta(seconds=1)) == {}  # its lease still holds
    assert smtp_server.messages == []
    assert notes.deliver_due(now + lease + timedelta(seconds=1)) == {"sent": 1}
    assert len(smtp_server.messages) == 1
    noted.refresh_from_db()
    assert noted.attempts == 2


def test_note_without_mentions_writes_no_email(teammate_client, mention) -> None:
    response = teammate_client.post(
        url("mention_note", pk=mention.pk), {"text": "Called them, all fine."}, follow=True
    )
    assert "Note added." in response.content.decode()
    assert "Emailing" not in response.content.decode()
    assert NoteEmail.objects.count() == 0


def test_a_teammate_removed_from_the_workspace_before_the_send_is_not_emailed(
    smtp_server, noted, owner, workspace, mention, teammate_client
) -> None:
    from orm_dashboard.models import Membership

    Membership.objects.filter(workspace=workspace, user=owner).delete()
    assert notes.deliver_due() == {"cancelled": 1}
    assert smtp_server.messages == []
    noted.refresh_from_db()
    assert noted.status == NoteEmail.Status.FAILED
    html = page(teammate_client, mention)
    assert "Email to owner not delivered: no longer a member of the workspace" in html


def test_one_lease_shape_serves_sources_replies_alerts_and_note_emails(noted, smtp_down) -> None:
    """Every kind of leased work has the same claim fields, so a restarted worker frees
    what its crashed run held in all of them at once; an email it held is due again."""
    from orm_dashboard import leases

    labels = {model._meta.label for model in leases.leased_models()}
    assert {"mentions.Source", "mentions.NoteEmail", "reviews.Reply", "crisis.AlertDelivery"} <= (
        labels
    )
    now = timezone.now()
    NoteEmail.objects.filter(pk=noted.pk).update(status="pending", due_at=now)
    token = outbox.claim(NoteEmail, noted.pk, now)
    assert token and outbox.due_ids(NoteEmail, now) == []
    NoteEmail.objects.filter(pk=noted.pk).update(claimed_by="celery@box#77")
    assert leases.release_abandoned("celery@box") == {"mentions.NoteEmail": 1}
    assert outbox.due_ids(NoteEmail, now) == [noted.pk]
    assert outbox.claim(NoteEmail, noted.pk, now) not in (None, token)


def test_email_names_the_writer_and_the_mention_by_name(
    owner, teammate, teammate_client, workspace, django_capture_on_commit_callbacks
) -> None:
    from django.core import mail

    from mentions import notes as note_emails
    from tests.mentions.factories import make_mention

    teammate.first_name, teammate.last_name = "Alex", "Rivera"
    teammate.save()
    mention = make_mention(workspace, title="Rocket exploded on launch")
    with django_capture_on_commit_callbacks(execute=False):
        response = teammate_client.post(
            reverse("mention_note", kwargs={"workspace": "acme", "pk": mention.pk}),
            {"text": "@Owner. please look"},
            follow=True,
        )
    assert "Emailing owner." in response.content.decode()
    note_emails.deliver_due()
    assert mail.outbox[0].subject == (
        'Alex Rivera mentioned you on "Rocket exploded on launch" in Acme Corp'
    )
    page = teammate_client.get(reverse("mention", kwargs={"workspace": "acme", "pk": mention.pk}))
    assert "Alex Rivera" in page.content.decode()


def test_a_mention_naming_nobody_tells_the_writer(
    owner, outsider, teammate_client, workspace, django_capture_on_commit_callbacks
) -> None:
    from tests.mentions.factories import make_mention

    mention = make_mention(workspace, title="Anything")
    with django_capture_on_commit_callbacks(execute=False):
        response = teammate_client.post(
            reverse("mention_note", kwargs={"workspace": "acme", "pk": mention.pk}),
            {"text": "@ghost and @outsider, have a look"},
            follow=True,
        )
    html = response.content.decode()
    assert "@ghost, @outsider name nobody in this workspace, so no one was told." in html
    assert not NoteEmail.objects.exists()
