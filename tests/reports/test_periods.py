"""Report periods: calendar periods in the report's time zone, DST and month ends included."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

from mentions.reports.periods import DAILY, MONTHLY, WEEKLY, Schedule

BERLIN = "Europe/Berlin"


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


def test_daily_covers_yesterday_in_the_reports_zone() -> None:
    plan = Schedule(DAILY, send_time=time(8, 0), time_zone=BERLIN)
    send = plan.next_send(utc(2026, 6, 10, 5, 0))  # 07:00 in Berlin (UTC+2)
    assert send == utc(2026, 6, 10, 6, 0)
    assert plan.period_for(send) == (utc(2026, 6, 8, 22, 0), utc(2026, 6, 9, 22, 0))
    assert plan.next_send(send) == utc(2026, 6, 11, 6, 0)


def test_dst_days_are_23_and_25_hours_long() -> None:
    plan = Schedule(DAILY, send_time=time(8, 0), time_zone=BERLIN)
    # Clocks went forward on Sunday 29 March 2026 and back on Sunday 25 October 2026.
    start, end = plan.period_for(plan.next_send(utc(2026, 3, 30, 0, 0)))
    assert (start, end) == (utc(2026, 3, 28, 23, 0), utc(2026, 3, 29, 22, 0))
    assert end - start == timedelta(hours=23)
    start, end = plan.period_for(plan.next_send(utc(2026, 10, 26, 0, 0)))
    assert end - start == timedelta(hours=25)
    # 08:00 local is 06:00 UTC in summer and 07:00 UTC in winter.
    assert plan.next_send(utc(2026, 10, 24, 12, 0)) == utc(2026, 10, 25, 7, 0)
    assert plan.next_send(utc(2026, 3, 28, 12, 0)) == utc(2026, 3, 29, 6, 0)


def test_a_send_time_skipped_by_dst_goes_out_an_hour_later() -> None:
    plan = Schedule(DAILY, send_time=time(2, 30), time_zone=BERLIN)
    send = plan.next_send(utc(2026, 3, 28, 12, 0))  # 02:30 does not exist on 29 March
    assert send == utc(2026, 3, 29, 1, 30)  # = 03:30 CEST
    assert send.astimezone(ZoneInfo(BERLIN)).hour == 3


def test_weekly_covers_the_last_whole_week_before_its_day() -> None:
    plan = Schedule(WEEKLY, weekday=2, send_time=time(9, 0), time_zone="America/New_York")
    send = plan.next_send(utc(2026, 11, 30, 12, 0))  # Monday -> Wednesday 2 December
    local = send.astimezone(ZoneInfo("America/New_York"))
    assert (local.date().isoformat(), local.hour) == ("2026-12-02", 9)
    start, end = plan.period_for(send)
    assert start.astimezone(ZoneInfo("America/New_York")).date().isoformat() == "2026-11-23"
    assert end.astimezone(ZoneInfo("America/New_York")).date().isoformat() == "2026-11-30"
    assert start == utc(2026, 11, 23, 5, 0)  # EST is UTC-5
    # A Monday report covers the week that ended the day before.
    monday = Schedule(WEEKLY, weekday=0, time_zone="UTC")
    assert monday.period_for(utc(2026, 11, 30, 8, 0)) == (
        utc(2026, 11, 23),
        utc(2026, 11, 30),
    )


def test_weekly_period_across_the_dst_change_is_a_week_of_calendar_days() -> None:
    plan = Schedule(WEEKLY, weekday=0, time_zone=BERLIN)
    start, end = plan.period_for(utc(2026, 3, 30, 8, 0))
    assert (start, end) == (utc(2026, 3, 22, 23, 0), utc(2026, 3, 29, 22, 0))
    assert end - start == timedelta(days=7) - timedelta(hours=1)


def test_monthly_on_the_31st_goes_out_on_the_last_day_of_shorter_months() -> None:
    plan = Schedule(MONTHLY, day_of_month=31, send_time=time(7, 0), time_zone="UTC")
    assert plan.next_send(utc(2026, 2, 1)) == utc(2026, 2, 28, 7, 0)
    assert plan.next_send(utc(2028, 2, 1)) == utc(2028, 2, 29, 7, 0)  # leap year
    assert plan.next_send(utc(2026, 4, 30, 8, 0)) == utc(2026, 5, 31, 7, 0)
    assert plan.next_send(utc(2026, 4, 1)) == utc(2026, 4, 30, 7, 0)


def test_monthly_covers_the_previous_calendar_month_in_its_zone() -> None:
    plan = Schedule(MONTHLY, day_of_month=3, time_zone="Asia/Tokyo")
    start, end = plan.period_for(plan.next_send(utc(2026, 3, 1)))
    assert (start, end) == (utc(2026, 1, 31, 15, 0), utc(2026, 2, 28, 15, 0))  # February
    assert plan.previous(start, end) == (utc(2025, 12, 31, 15, 0), start)  # January
    january = Schedule(MONTHLY, time_zone="UTC").period_for(utc(2026, 1, 1, 8, 0))
    assert january == (utc(2025, 12, 1), utc(2026, 1, 1))  # across the year end


def test_last_send_and_latest_period() -> None:
    plan = Schedule(WEEKLY, weekday=4, send_time=time(8, 0), time_zone="UTC")
    now = utc(2026, 12, 1, 12, 0)  # a Tuesday
    assert plan.last_send(now) == utc(2026, 11, 27, 8, 0)  # the Friday before
    assert plan.latest_period(now) == (utc(2026, 11, 23), utc(2026, 11, 30))
    assert plan.last_send(utc(2026, 11, 27, 8, 0)) == utc(2026, 11, 27, 8, 0)
