"""The review queue, the review page and its actions, templates, settings and import."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from mentions.models import Mention
from orm_dashboard.models import Event, Membership, Role
from reviews.models import Reply, ReplyTemplate, ReplyVersion, ReviewSettings
from tests.conftest import client_for, make_user
from tests.reviews import factories as f

pytestmark = pytest.mark.django_db
S = Reply.Status


def queue_url(slug: str = "acme", **params: str) -> str:
    url = reverse("review_queue", kwargs={"workspace": slug})
    return url + ("?" + "&".join(f"{k}={v}" for k, v in params.items()) if params else "")


def url(name: str, mention: Mention, slug: str = "acme") -> str:
    return reverse(name, kwargs={"workspace": slug, "pk": mention.pk})


# --- the queue -------------------------------------------------------------------------


def test_queue_orders_by_rating_then_time_left_and_marks_overdue(
    workspace, owner_client: Client, django_assert_max_num_queries
) -> None:
    src = f.source(workspace)
    now = timezone.now()
    fresh_one_star = f.review(
        workspace, src, rating=1, author="Fresh One", published_at=now - timedelta(hours=1)
    )
    old_one_star = f.review(
        workspace, src, rating=1, author="Old One", published_at=now - timedelta(hours=30)
    )
    three = f.review(
        workspace, src, rating=3, author="Three Stars", published_at=now - timedelta(hours=60)
    )
    five = f.review(
        workspace, src, rating=5, author="Five Stars", published_at=now - timedelta(hours=1)
    )
    f.review(workspace, src, rating=None, author="Not a review")  # a mention without a rating

    # Constant in the number of reviews: session, user, membership, settings (created on
    # first use), tab counts with the SLA figures (which give the page count too), page
    # rows, and the shell's own queries.
    with django_assert_max_num_queries(9):
        response = owner_client.get(queue_url())
    assert response.status_code == 200
    cards = [c.mention for c in response.context["cards"]]
    # 1-star first (the overdue one first), then 3 (overdue after 48 h), then 5.
    assert cards == [old_one_star, fresh_one_star, three, five]
    overdue = {c.mention.author: c.overdue for c in response.context["cards"]}
    assert overdue == {
        "Old One": True,
        "Fresh One": False,
        "Three Stars": True,
        "Five Stars": False,
    }
    html = response.content.decode()
    assert html.count('class="review-card overdue"') == 2
    assert re.search(r"overdue by 6 h\b", html)  # 30 h old, 24 h allowed
    assert re.search(r"due in 22 h 5\d min", html)  # 1 h old
    assert response.context["stats"].overdue == 2


def test_tabs_hold_each_step_and_count_it(workspace, owner, teammate, owner_client: Client) -> None:
    src = f.source(workspace)
    steps = {
        "needs_reply": f.review(workspace, src, author="Nobody answered"),
        "drafts": f.review(workspace, src, author="Drafted"),
        "awaiting": f.review(workspace, src, author="Submitted"),
        "scheduled": f.review(workspace, src, author="Scheduled"),
        "published": f.review(workspace, src, author="Published"),
        "failed": f.review(workspace, src, author="Failed"),
    }
    f.reply(steps["drafts"], teammate, "draft")
    f.reply(steps["awaiting"], teammate, "submitted", S.SUBMITTED)
    f.reply(steps["scheduled"], teammate, "scheduled", S.SCHEDULED)
    published = f.reply(steps["published"], teammate, "published", S.PUBLISHED)
    published.published_at = timezone.now()
    published.save()
    f.reply(steps["failed"], teammate, "failed", S.FAILED)
    ignored = f.review(workspace, src, author="No reply needed")
    Mention.objects.filter(pk=ignored.pk).update(status=Mention.Status.IGNORED)

    for key, mention in steps.items():
        response = owner_client.get(queue_url(tab=key))
        assert [c.mention for c in response.context["cards"]] == [mention], key
        counts = dict((t.key, n) for t, n in response.context["tabs"])
        assert counts[key] == 1
    # Answered 2 h after a 2-star review: within the 24 h SLA.
    assert owner_client.get(queue_url()).context["stats"].share == 100


def test_queue_filters_and_htmx_partial(workspace, viewer_client: Client) -> None:
    src = f.source(workspace)
    f.review(workspace, src, rating=1, author="Low")
    f.review(workspace, src, rating=4, author="High")
    assert [
        c.mention.author for c in viewer_client.get(queue_url(rating="4")).context["cards"]
    ] == ["High"]
    response = viewer_client.get(queue_url(rating="4"), headers={"HX-Request": "true"})
    assert b"High" in response.content and b"Low" not in response.content
    assert b"<html" not in response.content
    assert b'id="results"' in response.content


def test_queue_never_shows_other_workspaces(
    workspace, other_workspace, owner_client: Client
) -> None:
    f.review(other_workspace, f.source(other_workspace), author="Their customer")
    response = owner_client.get(queue_url())
    assert response.context["cards"] == []
    assert b"Their customer" not in response.content


# --- the review page ---------------------------------------------------------------------


def test_template_fills_placeholders_and_is_offered_by_rating(
    workspace, teammate_client: Client
) -> None:
    mention = f.review(workspace, f.source(workspace), rating=1)
    apology = f.template(workspace, ratings=[1, 2])
    thanks = f.template(workspace, "Thanks", "Thank you {reviewer_name}!", ratings=[5])
    response = teammate_client.get(url("review", mention))
    assert response.context["suits"] == [apology]
    assert response.context["others"] == [thanks]

    partial = teammate_client.get(
        url("review", mention) + f"?template={apology.pk}", headers={"HX-Request": "true"}
    )
    assert b"<html" not in partial.content
    assert b"Hi Anna, thank you for telling us" in partial.content
    response = teammate_client.get(url("review", mention) + f"?template={apology.pk}")
    text = response.context["text"]
    assert text.startswith("Hi Anna, thank you")
    assert "Acme let you down" in text
    # Left as it is, the filled template is flagged as unpersonalised.
    assert [x.code for x in response.context["findings"]] == ["unpersonalised"]


def test_viewer_sees_the_reply_but_no_editor(workspace, teammate, viewer_client: Client) -> None:
    mention = f.review(workspace, f.source(workspace))
    f.reply(mention, teammate, f.GOOD_REPLY, S.SUBMITTED)
    response = viewer_client.get(url("review", mention))
    assert response.status_code == 200
    assert response.context["editable"] is False
    assert b"<textarea" not in response.content
    assert b"Approve" not in response.content
    for name in ("review_save", "review_check", "review_pull_back", "review_no_reply"):
        assert viewer_client.post(url(name, mention), {"text": "x"}).status_code == 403
    for name in ("review_approve", "review_reject", "review_retry"):
        assert viewer_client.post(url(name, mention)).status_code == 403


def test_outsider_cannot_reach_a_review_through_their_own_workspace(
    workspace, outsider_client: Client
) -> None:
    mention = f.review(workspace, f.source(workspace))
    # The outsider is a manager of globex; acme's review id under globex is still a 404.
    assert outsider_client.get(url("review", mention, "globex")).status_code == 404
    assert (
        outsider_client.post(url("review_save", mention, "globex"), {"text": "x"}).status_code
        == 404
    )
    assert outsider_client.get(url("review", mention)).status_code == 404
    assert not Reply.objects.exists()


def test_live_check_returns_the_guardrails(workspace, teammate_client: Client) -> None:
    mention = f.review(workspace, f.source(workspace, "google_play"))
    response = teammate_client.post(
        url("review_check", mention), {"text": "Hi {reviewer_name} " + "x" * 400}
    )
    page = response.content.decode()
    assert "<html" not in page
    assert 'data-code="too_long"' in page and "accepts at most 350" in page
    assert 'data-code="placeholder"' in page
    assert page.index("too_long") < page.index('data-code="placeholder"')
    assert "submit anyway" not in page  # blocking findings cannot be acknowledged


def test_saving_keeps_versions_and_history(workspace, teammate, teammate_client: Client) -> None:
    mention = f.review(workspace, f.source(workspace))
    teammate_client.post(
        url("review_save", mention), {"text": "Hi Anna, first try.", "action": "save"}
    )
    teammate_client.post(
        url("review_save", mention), {"text": "Hi Anna, second try.", "action": "save"}
    )
    teammate_client.post(
        url("review_save", mention), {"text": "Hi Anna, second try.", "action": "save"}
    )
    reply = Reply.objects.get(mention=mention)
    assert reply.version == 2 and reply.status == S.DRAFT
    assert list(ReplyVersion.objects.filter(reply=reply).values_list("text", flat=True)) == [
        "Hi Anna, second try.",
        "Hi Anna, first try.",
    ]
    response = teammate_client.get(url("review", mention) + "?version=1")
    assert response.context["text"] == "Hi Anna, first try."
    verbs = list(
        Event.objects.filter(object_type="reply", object_id=reply.pk).values_list("verb", flat=True)
    )
    assert sorted(verbs) == ["reply.drafted", "reply.edited"]


def test_submit_with_warnings_needs_acknowledging(workspace, teammate_client: Client) -> None:
    mention = f.review(workspace, f.source(workspace))
    argue = "Hi Anna, that is simply not true. Our app works fine for everyone else."
    response = teammate_client.post(
        url("review_save", mention), {"text": argue, "action": "submit"}
    )
    assert response.status_code == 200
    assert "confirm" in response.context["error"]
    assert b"submit anyway" in response.content
    assert Reply.objects.get(mention=mention).status == S.DRAFT  # kept as a draft

    teammate_client.post(
        url("review_save", mention), {"text": argue, "action": "submit", "acknowledge": "1"}
    )
    reply = Reply.objects.get(mention=mention)
    assert reply.status == S.SUBMITTED
    assert [w["code"] for w in reply.warnings] == ["argumentative"]


def test_blocking_findings_cannot_be_acknowledged_away(workspace, teammate_client: Client) -> None:
    mention = f.review(workspace, f.source(workspace))
    text = "Hi {reviewer_name}, thanks for the feedback on the basket, we fixed it."
    response = teammate_client.post(
        url("review_save", mention), {"text": text, "action": "submit", "acknowledge": "1"}
    )
    assert "Fill in or remove {reviewer_name}" in response.context["error"]
    assert Reply.objects.get(mention=mention).status == S.DRAFT


# --- approval permissions -------------------------------------------------------------


def submitted(workspace, author, text: str = f.GOOD_REPLY) -> tuple[Mention, Reply]:
    mention = f.review(workspace, f.source(workspace))
    return mention, f.reply(mention, author, text, S.SUBMITTED)


def test_agent_cannot_approve_or_reject(workspace, teammate, teammate_client: Client) -> None:
    other = make_user("agent2", workspace, Role.AGENT)
    mention, reply = submitted(workspace, other)
    assert teammate_client.post(url("review_approve", mention), {"version": 1}).status_code == 403
    assert (
        teammate_client.post(
            url("review_reject", mention), {"version": 1, "reason": "no"}
        ).status_code
        == 403
    )
    reply.refresh_from_db()
    assert reply.status == S.SUBMITTED


def test_nobody_approves_their_own_reply(workspace, owner, owner_client: Client) -> None:
    make_user("manager2", workspace, Role.MANAGER)
    mention, reply = submitted(workspace, owner)
    response = owner_client.get(url("review", mention))
    assert response.context["approvable"] is False
    assert b"another manager has to approve" in response.content
    response = owner_client.post(url("review_approve", mention), {"version": 1}, follow=True)
    assert "another manager has to approve" in response.content.decode()
    reply.refresh_from_db()
    assert reply.status == S.SUBMITTED and reply.approver is None


def test_single_manager_may_self_approve_when_allowed_and_it_is_recorded(
    workspace, owner, owner_client: Client
) -> None:
    mention, reply = submitted(workspace, owner)
    settings = ReviewSettings.for_workspace(workspace)
    settings.allow_self_approval = True
    settings.save()
    assert owner_client.post(url("review_approve", mention), {"version": 1}).status_code == 302
    reply.refresh_from_db()
    assert reply.status == S.SCHEDULED and reply.self_approved
    event = Event.objects.get(verb="reply.approved", object_id=reply.pk)
    assert event.data["self_approval"] is True
    assert event.actor == owner


def test_self_approval_setting_does_nothing_with_two_managers(
    workspace, owner, owner_client: Client
) -> None:
    make_user("manager2", workspace, Role.MANAGER)
    mention, reply = submitted(workspace, owner)
    ReviewSettings.objects.filter(workspace=workspace).update(allow_self_approval=True)
    ReviewSettings.for_workspace(workspace)
    owner_client.post(url("review_approve", mention), {"version": 1})
    reply.refresh_from_db()
    assert reply.status == S.SUBMITTED


def test_approving_a_stale_version_fails(workspace, teammate, owner_client: Client) -> None:
    mention, reply = submitted(workspace, teammate)
    response = owner_client.post(url("review_approve", mention), {"version": 0}, follow=True)
    assert "changed or was decided meanwhile" in response.content.decode()
    reply.refresh_from_db()
    assert reply.status == S.SUBMITTED


def test_manager_approves_with_send_delay_and_warnings_recorded(
    workspace, teammate, owner, owner_client: Client
) -> None:
    text = f.GOOD_REPLY + " Call me on +44 7700 900123."
    mention, reply = submitted(workspace, teammate, text)
    before = timezone.now()
    owner_client.post(url("review_approve", mention), {"version": 1})
    reply.refresh_from_db()
    assert reply.status == S.SCHEDULED and reply.approver == owner
    assert timedelta(minutes=9) < reply.publish_after - before <= timedelta(minutes=10, seconds=5)
    event = Event.objects.get(verb="reply.approved", object_id=reply.pk)
    assert [w["code"] for w in event.data["warnings"]] == ["contact_data"]


def test_rejecting_needs_a_reason(workspace, teammate, owner_client: Client) -> None:
    mention, reply = submitted(workspace, teammate)
    owner_client.post(url("review_reject", mention), {"version": 1, "reason": "  "})
    reply.refresh_from_db()
    assert reply.status == S.SUBMITTED
    owner_client.post(
        url("review_reject", mention), {"version": 1, "reason": "Mention the fix version."}
    )
    reply.refresh_from_db()
    assert reply.status == S.REJECTED and reply.reason == "Mention the fix version."


def test_editing_an_approved_reply_sends_it_back(
    workspace, teammate, teammate_client: Client
) -> None:
    mention, reply = submitted(workspace, teammate)
    Reply.objects.filter(pk=reply.pk).update(
        status=S.SCHEDULED, publish_after=timezone.now() + timedelta(minutes=9)
    )
    teammate_client.post(
        url("review_save", mention), {"text": f.GOOD_REPLY + " Thanks again!", "action": "save"}
    )
    reply.refresh_from_db()
    assert reply.status == S.DRAFT and reply.publish_after is None
    assert Event.objects.filter(verb="reply.sent_back", object_id=reply.pk).exists()


def test_pull_back_during_the_send_delay(workspace, teammate, teammate_client: Client) -> None:
    mention, reply = submitted(workspace, teammate)
    Reply.objects.filter(pk=reply.pk).update(
        status=S.SCHEDULED, publish_after=timezone.now() + timedelta(minutes=9)
    )
    other = client_for(make_user("agent2", workspace, Role.AGENT))
    assert other.post(url("review_pull_back", mention)).status_code == 403  # not theirs
    teammate_client.post(url("review_pull_back", mention))
    reply.refresh_from_db()
    assert reply.status == S.DRAFT


def test_pull_back_is_too_late_once_publishing_started(
    workspace, teammate, teammate_client: Client
) -> None:
    mention, reply = submitted(workspace, teammate)
    Reply.objects.filter(pk=reply.pk).update(status=S.PUBLISHING, attempts=1)
    response = teammate_client.post(url("review_pull_back", mention), follow=True)
    assert "Too late" in response.content.decode()
    reply.refresh_from_db()
    assert reply.status == S.PUBLISHING


def test_manual_platform_reply_is_marked_posted_by_hand(
    workspace, teammate, owner_client: Client, teammate_client: Client
) -> None:
    mention = f.review(workspace, f.source(workspace, "manual"))
    reply = f.reply(mention, teammate, f.GOOD_REPLY, S.SUBMITTED)
    owner_client.post(url("review_approve", mention), {"version": 1})
    reply.refresh_from_db()
    assert reply.status == S.APPROVED and reply.publish_after is None
    response = teammate_client.get(url("review", mention))
    assert b"Mark as posted" in response.content
    teammate_client.post(url("review_posted", mention), {"url": "javascript:alert(1)"})
    reply.refresh_from_db()
    assert reply.status == S.APPROVED
    teammate_client.post(url("review_posted", mention), {"url": "https://www.yelp.com/biz/acme#r1"})
    reply.refresh_from_db()
    assert reply.status == S.PUBLISHED and reply.published_by == teammate


def test_no_reply_needed_takes_a_review_off_the_queue(workspace, teammate_client: Client) -> None:
    mention = f.review(workspace, f.source(workspace), rating=5, text="")
    teammate_client.post(url("review_no_reply", mention))
    assert teammate_client.get(queue_url()).context["cards"] == []
    teammate_client.post(url("review_no_reply", mention), {"undo": "1"})
    assert [c.mention for c in teammate_client.get(queue_url()).context["cards"]] == [mention]


# --- templates, settings, import ---------------------------------------------------------


def test_manager_manages_templates(
    workspace, owner_client: Client, teammate_client: Client
) -> None:
    new = reverse("reply_template_new", kwargs={"workspace": "acme"})
    response = owner_client.post(
        new,
        {
            "name": "Thanks",
            "text": "Thank you {reviewr}!",
            "ratings": ["5"],
            "sentiment": "",
            "language": "",
        },
    )
    assert "Unknown placeholder {reviewr}" in response.content.decode()
    owner_client.post(
        new,
        {
            "name": "Thanks",
            "text": "Thank you {reviewer_name}!",
            "ratings": ["4", "5"],
            "sentiment": "positive",
            "language": "en",
        },
    )
    template = ReplyTemplate.objects.get(workspace=workspace)
    assert template.ratings == [4, 5] and template.sentiment == "positive"
    assert teammate_client.post(new, {"name": "x", "text": "y"}).status_code == 403
    listing = teammate_client.get(reverse("reply_templates", kwargs={"workspace": "acme"}))
    assert b"Thanks" in listing.content and b"New template" not in listing.content
    owner_client.post(
        reverse("reply_template_delete", kwargs={"workspace": "acme", "pk": template.pk})
    )
    assert not ReplyTemplate.objects.exists()


def test_review_settings(workspace, owner_client: Client) -> None:
    settings_url = reverse("review_settings", kwargs={"workspace": "acme"})
    data = {
        "sla_hours_low": "12",
        "sla_hours_mid": "36",
        "sla_hours_high": "72",
        "send_delay_minutes": "5",
        "public_contacts": "support@acme.example\n+1 800 555 0100",
    }
    assert owner_client.post(settings_url, data).status_code == 302
    saved = ReviewSettings.for_workspace(workspace)
    assert (saved.sla_hours_low, saved.send_delay_minutes) == (12, 5)
    assert saved.contact_list == ["support@acme.example", "+1 800 555 0100"]
    assert Event.objects.filter(verb="review_settings.saved").exists()


def test_csv_import_into_a_manual_source(workspace, owner_client: Client) -> None:
    src = f.source(workspace, "manual")
    csv = (
        "id,author,rating,date,title,text,url\n"
        "y1,Maria,2,2026-01-10T10:00:00Z,Cold,The soup was cold.,https://www.yelp.com/r/y1\n"
        "y2,Tom,9,2026-01-11T10:00:00Z,?,Nine stars?,\n"
    )
    upload = SimpleUploadedFile("reviews.csv", csv.encode(), content_type="text/csv")
    response = owner_client.post(
        reverse("review_import", kwargs={"workspace": "acme"}),
        {"source": src.pk, "file": upload},
        follow=True,
    )
    page = response.content.decode()
    assert "Imported 1 new reviews" in page
    assert "row 3: rating must be 1 to 5" in page
    stored = Mention.objects.get(workspace=workspace, external_id="y1")
    assert (stored.rating, stored.author, stored.source) == (2, "Maria", src)


def test_approving_a_review_of_another_workspace_is_404(
    workspace, other_workspace, teammate, outsider_client: Client
) -> None:
    mention, reply = submitted(workspace, teammate)
    assert Membership.objects.filter(workspace=other_workspace).exists()
    response = outsider_client.post(url("review_approve", mention, "globex"), {"version": 1})
    assert response.status_code == 404
    reply.refresh_from_db()
    assert reply.status == S.SUBMITTED


def test_contact_warning_links_to_where_public_contacts_are_set(
    workspace, teammate_client: Client
) -> None:
    mention = f.review(workspace, f.source(workspace, "google_play"))
    ReviewSettings.objects.update_or_create(
        workspace=workspace, defaults={"public_contacts": "help@acme.example\n+49 30 1234567"}
    )
    page = teammate_client.post(
        url("review_check", mention),
        {"text": "Hi Ben, we called you on 0151 4960123 and sent a new one."},
    ).content.decode()
    assert 'data-code="contact_data"' in page
    settings_url = reverse("review_settings", kwargs={"workspace": "acme"})
    assert f'href="{settings_url}#id_public_contacts"' in page
    own = teammate_client.post(
        url("review_check", mention),
        {"text": "Hi Ben, sorry about that. Call us on 030 1234567 or help@acme.example."},
    ).content.decode()
    assert 'data-code="contact_data"' not in own


@pytest.mark.parametrize("name", ["review_queue", "review_settings", "reply_templates"])
def test_review_pages_write_nothing_on_get(workspace, owner_client: Client, name) -> None:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        assert owner_client.get(reverse(name, kwargs={"workspace": "acme"})).status_code == 200
    writes = [q["sql"] for q in queries if q["sql"].lstrip().upper().startswith("INSERT")]
    assert writes == []
    assert not ReviewSettings.objects.filter(workspace=workspace).exists()
