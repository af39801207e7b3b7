"""The on-call rota: who is on call when, across a change of summer time, with overrides and
gaps; and the on-call page that edits and previews it."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest

from crisis import alerts
from crisis.models import AlertDelivery, OnCallShift, Rota
from crisis.oncall import gaps, on_call_at, schedule
from orm_dashboard.models import Role
from tests.conftest import make_user


@pytest.fixture
def people(workspace, owner, teammate):
    third = make_user("third", workspace, Role.AGENT)
    return owner, teammate, third


@pytest.fixture
def rota(workspace, people):
    owner, teammate, third = people
    # Weekly, Monday 09:00 Berlin time; 2027-03-28 is the Sunday summer time starts.
    return Rota.objects.create(
        workspace=workspace,
        people=[teammate.pk, third.pk, owner.pk],
        starts_on=date(2027, 3, 15),
        handover_time=time(9, 0),
        length_days=7,
        time_zone="Europe/Berlin",
    )


def test_weekly_rotation_hands_over_at_local_time_across_summer_time(workspace, rota, people):
    owner, teammate, third = people
    # Before summer time 09:00 Berlin is 08:00 UTC; after it, 07:00 UTC.
    assert on_call_at(workspace.pk, datetime(2027, 3, 15, 8, 0, tzinfo=UTC)).user_id == teammate.pk
    assert on_call_at(workspace.pk, datetime(2027, 3, 22, 7, 59, tzinfo=UTC)).user_id == teammate.pk
    assert on_call_at(workspace.pk, datetime(2027, 3, 22, 8, 0, tzinfo=UTC)).user_id == third.pk
    # The week containing the change: the hand-over on Monday 29 March is at 07:00 UTC.
    assert on_call_at(workspace.pk, datetime(2027, 3, 29, 6, 59, tzinfo=UTC)).user_id == third.pk
    now = on_call_at(workspace.pk, datetime(2027, 3, 29, 7, 0, tzinfo=UTC))
    assert (now.user_id, now.backup_id) == (owner.pk, teammate.pk)  # wraps around
    segments = schedule(
        workspace.pk, datetime(2027, 3, 15, 8, tzinfo=UTC), datetime(2027, 4, 5, 7, tzinfo=UTC)
    )
    assert [s.start.astimezone(rota.zone).hour for s in segments[1:]] == [9, 9]
    assert [s.user_id for s in segments] == [teammate.pk, third.pk, owner.pk]


def test_daily_rotation_and_before_the_first_hand_over(workspace, rota, people):
    _, _, third = people
    rota.length_days = 1
    rota.save()
    day = datetime(2027, 3, 16, 12, tzinfo=UTC)
    assert on_call_at(workspace.pk, day).user_id == third.pk
    before = on_call_at(workspace.pk, datetime(2027, 3, 15, 7, 59, tzinfo=UTC))
    assert before.user_id is None  # a gap: the rota has not started


def test_override_for_a_holiday(workspace, rota, people):
    owner, teammate, third = people
    holiday = OnCallShift.objects.create(
        workspace=workspace,
        user=owner,
        backup=third,
        starts_at=datetime(2027, 3, 17, 0, tzinfo=UTC),
        ends_at=datetime(2027, 3, 19, 0, tzinfo=UTC),
    )
    at = datetime(2027, 3, 18, 12, tzinfo=UTC)
    covering = on_call_at(workspace.pk, at)
    assert (covering.user_id, covering.backup_id, covering.override) == (owner.pk, third.pk, True)
    levels = alerts.chain(workspace.pk, at)
    assert [[u.username for u in level] for level in levels] == [["owner"], ["third"]]
    segments = schedule(workspace.pk, holiday.starts_at - timedelta(days=1), holiday.ends_at)
    assert [s.override for s in segments] == [False, True]
    assert on_call_at(workspace.pk, holiday.ends_at).user_id == teammate.pk  # back to the rota


def test_member_who_left_is_skipped(workspace, rota, people):
    owner, teammate, third = people
    third.memberships.all().delete()
    at = datetime(2027, 3, 23, tzinfo=UTC)  # third's week
    assert on_call_at(workspace.pk, at).user_id in (teammate.pk, owner.pk)


def test_gap_pages_the_managers(workspace, owner, teammate):
    """No rota and no override: a gap; the managers are paged first."""
    at = datetime(2027, 3, 18, 12, tzinfo=UTC)
    segments = schedule(workspace.pk, at, at + timedelta(days=7))
    assert gaps(segments) == segments
    assert [[u.username for u in level] for level in alerts.chain(workspace.pk, at)] == [["owner"]]


# --- the page ---------------------------------------------------------------------------


def test_oncall_page_previews_the_rota_and_its_gaps(workspace, owner, owner_client, teammate):
    page = owner_client.get("/w/acme/crisis/settings/on-call/")
    assert page.status_code == 200
    assert b"The rota has a gap" in page.content
    assert not Rota.objects.exists()  # GET never writes
    url = "/w/acme/crisis/settings/on-call/rota/people/"
    assert owner_client.post(url, {"action": "add", "user": teammate.pk}).status_code == 302
    assert owner_client.post(url, {"action": "add", "user": owner.pk}).status_code == 302
    assert Rota.objects.get().people == [teammate.pk, owner.pk]
    assert owner_client.post(url, {"action": "up", "user": owner.pk}).status_code == 302
    assert Rota.objects.get().people == [owner.pk, teammate.pk]
    today = datetime.now(UTC).date() - timedelta(days=1)
    form = {
        "starts_on": today.isoformat(),
        "handover_time": "09:00",
        "length_days": 1,
        "time_zone": "Europe/Oslo",
    }
    assert owner_client.post("/w/acme/crisis/settings/on-call/rota/", form).status_code == 302
    rota = Rota.objects.get()
    assert (rota.length_days, rota.time_zone) == (1, "Europe/Oslo")
    page = owner_client.get("/w/acme/crisis/settings/on-call/")
    assert b"The rota has a gap" not in page.content and b"nobody (gap)" not in page.content
    assert b"Europe/Oslo" in page.content
    bad = {**form, "time_zone": "Mars/Olympus"}
    owner_client.post("/w/acme/crisis/settings/on-call/rota/", bad)
    assert Rota.objects.get().time_zone == "Europe/Oslo"  # refused, with a message


def test_only_members_can_be_put_in_the_rota(workspace, owner_client, outsider, viewer):
    url = "/w/acme/crisis/settings/on-call/rota/people/"
    owner_client.post(url, {"action": "add", "user": outsider.pk})
    owner_client.post(url, {"action": "add", "user": viewer.pk})  # viewers are not on call
    owner_client.post(url, {"action": "add", "user": "²"})
    assert not Rota.objects.exists() or Rota.objects.get().people == []


def test_repeats_and_reminders_are_set_on_the_page(workspace, owner_client):
    from crisis.models import CrisisPolicy

    CrisisPolicy.for_workspace(workspace.pk)
    form = {
        "keywords": "recall",
        "escalation_minutes": 10,
        "repeat_count": 2,
        "reminder_minutes": 30,
        "cooldown_minutes": 30,
        "next": "oncall",
    }
    assert owner_client.post("/w/acme/crisis/settings/policy/", form).status_code == 302
    policy = CrisisPolicy.objects.get(workspace=workspace)
    assert (policy.repeat_count, policy.reminder_minutes) == (2, 30)
    assert not AlertDelivery.objects.exists()


def test_override_times_are_read_in_the_persons_own_zone(workspace, owner, owner_client):
    from orm_dashboard.models import Profile

    Profile.objects.update_or_create(user=owner, defaults={"time_zone": "Europe/Riga"})
    page = owner_client.get("/w/acme/crisis/settings/on-call/").content.decode()
    assert "Times are in Europe/Riga." in page
