"""Crisis pages: each works, an outsider gets 404, a viewer gets 403 on writes, bad ids 404."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from crisis import detection, incidents
from crisis.models import (
    ChecklistItem,
    Incident,
    IncidentStatus,
    OnCallShift,
    Playbook,
    Rule,
    RuleKind,
)
from tests.crisis.conftest import mentions
from tests.mentions.factories import brand as make_brand


@pytest.fixture
def incident(workspace, acme, owner) -> Incident:
    now = timezone.now()
    mentions(
        workspace, acme, 2, end=now, prefix="kw", text="{brand} product recall announced", now=now
    )
    detection.evaluate_brand(acme.pk, now)
    return Incident.objects.get(kind=RuleKind.KEYWORD)


def results(client, query: str) -> bytes:
    """The result list only (the htmx partial): the banner names active incidents too."""
    response = client.get(
        f"/w/acme/crisis/?{query}", headers={"HX-Request": "true", "HX-Target": "incident-results"}
    )
    assert response.status_code == 200 and b"<html" not in response.content
    return response.content


def test_incident_list_and_search(incident, viewer_client, django_assert_max_num_queries) -> None:
    with django_assert_max_num_queries(12):
        page = viewer_client.get("/w/acme/crisis/")
    assert page.status_code == 200
    assert b"Acme: keyword trigger" in results(viewer_client, "")
    assert b"Acme: keyword trigger" not in results(viewer_client, "q=boycott")
    incidents.resolve(incident, None, "A battery supplier shipped bad cells", "New QA step")
    assert b"Acme: keyword trigger" in results(viewer_client, "q=supplier&status=resolved")
    assert b"Acme: keyword trigger" not in results(viewer_client, "status=active")
    assert b"Acme: keyword trigger" not in results(viewer_client, "q=supplier&status=open")


def test_incident_page_shows_the_explanation(incident, viewer_client) -> None:
    page = viewer_client.get(f"/w/acme/crisis/{incident.pk}/")
    assert page.status_code == 200
    body = page.content.decode()
    for text in (
        "Why this incident opened",
        "Observed",
        "Baseline",
        "Threshold",
        "Window",
        "Top mentions driving it",
        "Playbook checklist",
        "Timeline",
        "matched: recall",
    ):
        assert text in body, text
    # Two matching mentions against a threshold of one: counted in the right number.
    assert "<strong>2</strong> mentions</dd>" in body
    assert "<dd>1 mention</dd>" in body and "1 mentions" not in body
    assert "Acknowledge and own it" not in body  # a viewer cannot act


def test_bad_incident_id_is_404(owner_client) -> None:
    assert owner_client.get("/w/acme/crisis/999999/").status_code == 404
    assert owner_client.post("/w/acme/crisis/999999/acknowledge/").status_code == 404


def test_viewer_cannot_change_an_incident(incident, viewer_client) -> None:
    base = f"/w/acme/crisis/{incident.pk}"
    for url in ("acknowledge/", "note/", "resolve/", "owner/", "severity/", "reopen/"):
        assert viewer_client.post(f"{base}/{url}", {"text": "x"}).status_code == 403, url
    incident.refresh_from_db()
    assert incident.status == IncidentStatus.OPEN


def test_agent_acknowledges_and_becomes_owner(incident, teammate, teammate_client) -> None:
    response = teammate_client.post(f"/w/acme/crisis/{incident.pk}/acknowledge/")
    assert response.status_code == 302
    incident.refresh_from_db()
    assert incident.status == IncidentStatus.ACKNOWLEDGED and incident.owner == teammate


def test_notes_and_checklist_go_on_the_timeline(incident, teammate_client) -> None:
    base = f"/w/acme/crisis/{incident.pk}"
    note = teammate_client.post(
        f"{base}/note/", {"text": "Called the supplier"}, headers={"HX-Request": "true"}
    )
    assert note.status_code == 200 and b"Called the supplier" in note.content
    step = incident.checklist.first()
    ticked = teammate_client.post(f"{base}/checklist/{step.pk}/", headers={"HX-Request": "true"})
    assert ticked.status_code == 200 and b'aria-pressed="true"' in ticked.content
    step.refresh_from_db()
    assert step.done_at is not None
    assert incident.timeline.filter(kind="checklist").exists()


def test_checklist_item_of_another_incident_is_404(
    incident, workspace, acme, teammate_client
) -> None:
    other = Incident.objects.create(
        workspace=workspace, brand=acme, kind=RuleKind.HIGH_REACH, severity="low", title="other"
    )
    step = ChecklistItem.objects.create(workspace=workspace, incident=other, text="x")
    assert (
        teammate_client.post(f"/w/acme/crisis/{incident.pk}/checklist/{step.pk}/").status_code
        == 404
    )


def test_resolving_asks_for_a_post_mortem(incident, teammate_client) -> None:
    url = f"/w/acme/crisis/{incident.pk}/resolve/"
    assert teammate_client.get(url).status_code == 200
    refused = teammate_client.post(url, {"postmortem_what": "", "postmortem_changed": ""})
    assert refused.status_code == 200
    incident.refresh_from_db()
    assert incident.status == IncidentStatus.OPEN
    done = teammate_client.post(
        url, {"postmortem_what": "Recall rumour", "postmortem_changed": "FAQ page"}
    )
    assert done.status_code == 302
    incident.refresh_from_db()
    assert incident.status == IncidentStatus.RESOLVED and incident.postmortem_changed == "FAQ page"
    assert teammate_client.post(f"/w/acme/crisis/{incident.pk}/reopen/").status_code == 302
    incident.refresh_from_db()
    assert incident.status == IncidentStatus.ACKNOWLEDGED


def test_banner_on_every_workspace_page_while_an_incident_is_active(
    incident, viewer_client
) -> None:
    for url in ("/w/acme/", "/w/acme/mentions/", "/w/acme/settings/", "/w/acme/crisis/"):
        page = viewer_client.get(url)
        assert page.status_code == 200, url
        assert b'data-testid="incident-banner"' in page.content, url
    incidents.resolve(incident, None, "x", "y")
    assert b'data-testid="incident-banner"' not in viewer_client.get("/w/acme/").content


def test_banner_never_shows_another_workspaces_incident(incident, outsider_client) -> None:
    assert b'data-testid="incident-banner"' not in outsider_client.get("/w/globex/").content


def test_rules_page_and_preview(acme, viewer_client, owner_client) -> None:
    page = viewer_client.get("/w/acme/crisis/settings/rules/")
    assert page.status_code == 200 and b"Volume spike" in page.content
    rule = Rule.objects.get(brand=acme, kind=RuleKind.VOLUME_SPIKE)
    preview = viewer_client.get(f"/w/acme/crisis/settings/rules/{rule.pk}/preview/")
    assert preview.status_code == 200 and b"Would not have fired" in preview.content
    tried = viewer_client.get(
        f"/w/acme/crisis/settings/rules/{rule.pk}/preview/?min_count=1&sigma=1&window_minutes=60&baseline_days=7&severity=high&enabled=on"
    )
    assert tried.status_code == 200 and b"Not saved" in tried.content
    rule.refresh_from_db()
    assert rule.min_count == 15  # the default, unchanged by trying other values


def test_manager_edits_a_rule_within_limits(acme, owner_client, teammate_client) -> None:
    rule = Rule.objects.get(brand=acme, kind=RuleKind.VOLUME_SPIKE)
    url = f"/w/acme/crisis/settings/rules/{rule.pk}/"
    assert teammate_client.get(url).status_code == 403
    form = {
        "enabled": "on",
        "severity": "critical",
        "window_minutes": 30,
        "baseline_days": 14,
        "sigma": 2.5,
        "min_count": 20,
    }
    assert owner_client.post(url, {**form, "sigma": 0}).status_code == 200  # rejected
    assert owner_client.post(url, form).status_code == 302
    rule.refresh_from_db()
    assert (rule.severity, rule.window_minutes, rule.sigma, rule.min_count) == (
        "critical",
        30,
        2.5,
        20,
    )


def test_keywords_and_escalation_policy(workspace, owner_client) -> None:
    response = owner_client.post(
        "/w/acme/crisis/settings/policy/",
        {"keywords": "recall\nfood poisoning", "escalation_minutes": 10, "cooldown_minutes": 60},
    )
    assert response.status_code == 302
    from crisis.models import CrisisPolicy

    policy = CrisisPolicy.for_workspace(workspace.pk)
    assert policy.keywords == ["recall", "food poisoning"] and policy.escalation_minutes == 10


def test_on_call_rota(workspace, teammate, owner_client, viewer_client, outsider) -> None:
    assert viewer_client.get("/w/acme/crisis/settings/on-call/").status_code == 200
    start = timezone.localtime().replace(second=0, microsecond=0)
    form = {
        "user": teammate.pk,
        "starts_at": start.strftime("%Y-%m-%dT%H:%M"),
        "ends_at": (start + timedelta(hours=12)).strftime("%Y-%m-%dT%H:%M"),
        "repeat_weeks": 3,
    }
    assert owner_client.post("/w/acme/crisis/settings/on-call/shifts/", form).status_code == 302
    assert OnCallShift.objects.filter(workspace=workspace, user=teammate).count() == 4
    page = owner_client.get("/w/acme/crisis/settings/on-call/")
    assert b"teammate" in page.content
    # someone from another workspace cannot be put on call here
    owner_client.post("/w/acme/crisis/settings/on-call/shifts/", {**form, "user": outsider.pk})
    assert not OnCallShift.objects.filter(user=outsider).exists()
    shift = OnCallShift.objects.first()
    assert (
        owner_client.post(f"/w/acme/crisis/settings/on-call/shifts/{shift.pk}/delete/").status_code
        == 302
    )
    assert OnCallShift.objects.count() == 3


def test_quiet_hours_are_personal(teammate, teammate_client) -> None:
    response = teammate_client.post(
        "/w/acme/crisis/settings/on-call/quiet-hours/",
        {"quiet_start": "22:00", "quiet_end": "07:00", "time_zone": "Europe/Paris"},
    )
    assert response.status_code == 302
    from crisis.models import AlertPreference

    assert AlertPreference.objects.get(user=teammate).time_zone == "Europe/Paris"


def test_playbooks_feed_the_checklist(workspace, acme, owner_client) -> None:
    assert owner_client.get("/w/acme/crisis/settings/playbooks/").status_code == 200
    response = owner_client.post(
        "/w/acme/crisis/settings/playbooks/new/",
        {"title": "Recall", "kind": "keyword", "steps": "Call legal\nPrepare a statement"},
    )
    assert response.status_code == 302
    assert Playbook.objects.filter(workspace=workspace).count() == 2
    now = timezone.now()
    mentions(workspace, acme, 1, end=now, prefix="kw", text="{brand} recall", now=now)
    detection.evaluate_brand(acme.pk, now)
    steps = list(Incident.objects.get(kind="keyword").checklist.values_list("text", flat=True))
    assert steps[:2] == ["Call legal", "Prepare a statement"]
    assert "Do not delete comments or reviews" in steps


def test_a_mention_found_in_the_inbox_is_linked_to_its_brands_incident(
    incident, workspace, acme, teammate_client, viewer_client, outsider_client
) -> None:
    from crisis.models import IncidentMention, TimelineEntry
    from mentions.models import Mention
    from orm_dashboard.models import Event

    [found] = mentions(
        workspace,
        acme,
        1,
        end=timezone.now(),
        prefix="found",
        text="Customers of {brand} report burns from the heater",
    )
    page = teammate_client.get(f"/w/acme/mentions/{found}/").content.decode()
    assert "Active incidents" in page and incident.title in page
    assert "Link to this incident" in page
    assert (
        "Link to this incident"
        not in viewer_client.get(f"/w/acme/mentions/{found}/").content.decode()
    )

    link = f"/w/acme/crisis/{incident.pk}/link/"
    assert viewer_client.post(link, {"mention": found}).status_code == 403
    assert outsider_client.post(link, {"mention": found}).status_code == 404
    assert teammate_client.post(link, {"mention": "nope"}).status_code == 404
    assert (
        teammate_client.post("/w/acme/crisis/999999/link/", {"mention": found}).status_code == 404
    )
    assert not IncidentMention.objects.filter(mention_id=found).exists()

    response = teammate_client.post(link, {"mention": found}, follow=True)
    assert f"Linked to incident #{incident.pk}" in response.content.decode()
    assert "This mention is linked to it." in response.content.decode()
    teammate_client.post(link, {"mention": found})  # twice: still one link, one timeline entry
    assert IncidentMention.objects.filter(incident=incident, mention_id=found).count() == 1
    [entry] = incident.timeline.filter(kind=TimelineEntry.Kind.MENTION)
    assert entry.actor.username == "teammate" and entry.text == "Linked by hand: Acme story found 0"
    assert Event.objects.filter(verb="incident.mention_linked").count() == 1
    incident_page = teammate_client.get(f"/w/acme/crisis/{incident.pk}/").content.decode()
    assert "Acme story found 0" in incident_page  # among the linked mentions

    # A mention of another brand cannot be linked to Acme's incident.
    globex = make_brand(workspace, "Globex")
    [other] = mentions(workspace, globex, 1, end=timezone.now(), prefix="gx")
    response = teammate_client.post(link, {"mention": other}, follow=True)
    assert "This mention is not about Acme." in response.content.decode()
    assert not IncidentMention.objects.filter(mention_id=other).exists()
    assert Mention.objects.filter(pk=other).exists()


def test_owner_select_says_nobody_until_someone_owns_it(incident, owner_client, teammate) -> None:
    Incident.objects.filter(pk=incident.pk).update(owner=None)
    body = owner_client.get(f"/w/acme/crisis/{incident.pk}/").content.decode()
    assert '<option value="" selected>— nobody yet: choose the owner —</option>' in body
    assert "---------" not in body
    incident.refresh_from_db()
    incidents.set_owner(incident, teammate, None)
    body = owner_client.get(f"/w/acme/crisis/{incident.pk}/").content.decode()
    assert f'<option value="{teammate.pk}" selected>' in body


@pytest.mark.parametrize(
    "path",
    [
        "/w/acme/crisis/",
        "/w/acme/crisis/settings/rules/",
        "/w/acme/crisis/settings/playbooks/",
        "/w/acme/crisis/settings/on-call/",
    ],
)
def test_crisis_pages_write_nothing_on_get(workspace, acme, owner_client, path) -> None:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        assert owner_client.get(path).status_code == 200
    writes = [
        q["sql"]
        for q in queries
        if q["sql"].lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE"))
    ]
    assert writes == []


def test_a_new_workspace_starts_with_its_playbook(workspace, viewer_client) -> None:
    from crisis.models import CrisisPolicy

    assert Playbook.objects.filter(workspace=workspace, title="Every crisis").count() == 1
    page = viewer_client.get("/w/acme/crisis/settings/rules/")
    assert b"data breach" in page.content  # the default trigger words, shown…
    assert not CrisisPolicy.objects.filter(workspace=workspace).exists()  # …not saved


def test_deleted_playbooks_stay_deleted(workspace, acme, owner_client) -> None:
    for playbook in Playbook.objects.filter(workspace=workspace):
        response = owner_client.post(f"/w/acme/crisis/settings/playbooks/{playbook.pk}/delete/")
        assert response.status_code == 302
    assert b"No playbooks." in owner_client.get("/w/acme/crisis/settings/playbooks/").content
    now = timezone.now()
    mentions(workspace, acme, 1, end=now, prefix="kw", text="{brand} recall", now=now)
    detection.evaluate_brand(acme.pk, now)
    assert not Playbook.objects.filter(workspace=workspace).exists()
    assert not Incident.objects.get(kind="keyword").checklist.exists()  # the team's choice


def test_owner_is_changed_by_a_teammate_and_the_timeline_says_who(
    incident, teammate, teammate_client, outsider
) -> None:
    response = teammate_client.post(f"/w/acme/crisis/{incident.pk}/owner/", {"owner": teammate.pk})
    assert response.status_code == 302
    incident.refresh_from_db()
    assert incident.owner == teammate and incident.status == IncidentStatus.ACKNOWLEDGED
    assert incident.timeline.filter(kind="owner", actor=teammate).exists()
    from orm_dashboard.models import Event

    assert Event.objects.filter(verb="incident.owner", object_id=incident.pk).count() == 1
    # Someone from another workspace cannot be made the owner.
    refused = teammate_client.post(
        f"/w/acme/crisis/{incident.pk}/owner/", {"owner": outsider.pk}, follow=True
    )
    assert "Choose a member of this workspace." in [str(m) for m in refused.context["messages"]]
    incident.refresh_from_db()
    assert incident.owner == teammate


def test_severity_is_changed_and_the_timeline_says_from_what(incident, teammate_client) -> None:
    before = incident.get_severity_display()
    response = teammate_client.post(
        f"/w/acme/crisis/{incident.pk}/severity/", {"severity": "critical"}
    )
    assert response.status_code == 302
    incident.refresh_from_db()
    assert incident.severity == "critical"
    entry = incident.timeline.get(kind="severity")
    assert f"from {before} to Critical" in entry.text
    teammate_client.post(f"/w/acme/crisis/{incident.pk}/severity/", {"severity": "apocalyptic"})
    incident.refresh_from_db()
    assert (
        incident.severity == "critical" and incident.timeline.filter(kind="severity").count() == 1
    )


@pytest.mark.parametrize(
    ("active", "lead", "more"),
    [
        (1, "Active incident", ""),
        (3, "3 active incidents", ""),
        (5, "5 active incidents", "See all 5 (2 more)"),
    ],
)
def test_the_banner_says_how_many_incidents_are_active(
    workspace, viewer_client, active, lead, more
) -> None:
    for n in range(active):  # one active incident per brand and rule: a brand each
        Incident.objects.create(
            workspace=workspace,
            brand=make_brand(workspace, f"Brand {n}"),
            kind=RuleKind.KEYWORD,
            title=f"Incident {n}",
        )
    page = viewer_client.get("/w/acme/").content.decode()
    banner = page.split('data-testid="incident-banner"', 1)[1].split("</aside>", 1)[0]
    assert f"<strong>{lead}</strong>" in banner
    assert banner.count("<li>") == min(active, 3)
    assert (more in banner) if more else ("See all" not in banner)


def test_the_banner_shows_the_most_severe_unacknowledged_incidents_first(
    workspace, viewer_client
) -> None:
    now = timezone.now()
    incidents = {  # title: (severity, status, minutes since it opened)
        "Newer medium": ("medium", "open", 1),
        "Older medium": ("medium", "open", 2),
        "Newest low": ("low", "open", 0),
        "Acknowledged critical": ("critical", "acknowledged", 0),
        "Oldest high": ("high", "open", 30),
    }
    for n, (title, (severity, status, age)) in enumerate(incidents.items()):
        Incident.objects.create(
            workspace=workspace,
            brand=make_brand(workspace, f"Brand {n}"),
            kind=RuleKind.KEYWORD,
            title=title,
            severity=severity,
            status=status,
            opened_at=now - timedelta(minutes=age),
        )
    page = viewer_client.get("/w/acme/").content.decode()
    banner = page.split('data-testid="incident-banner"', 1)[1].split("</aside>", 1)[0]
    shown = sorted((banner.find(title), title) for title in incidents if title in banner)
    assert [title for _, title in shown] == ["Oldest high", "Newer medium", "Older medium"]
    assert "See all 5 (2 more)" in banner
