"""When a report goes out and which period it covers, in the report's own time zone.

Periods are calendar periods where the client is: a daily report covers yesterday, a weekly
one the last whole week (Monday to Sunday) before its weekday, a monthly one the whole month
before its day. Boundaries are local midnights, so a day with a DST change is 23 or 25 hours
long and a month is its own number of days. A monthly report set to the 31st goes out on
the last day of shorter months. A send time that does not exist on a spring-forward day
(02:30 in Europe) goes out an hour later, at the same instant as 03:30.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo, available_timezones

DAILY, WEEKLY, MONTHLY = "daily", "weekly", "monthly"


def zone(name: str) -> ZoneInfo:
    return ZoneInfo(name)


def zone_names() -> list[str]:
    return sorted(available_timezones() - {"Factory", "localtime"})


def local(day: date, at: time, tz: ZoneInfo) -> datetime:
    """``day`` at ``at`` in ``tz``, as a UTC instant (a time skipped by DST maps forward)."""
    # fold=0: a wall time skipped by spring-forward takes the offset from before the change
    # (02:30 CET is 03:30 CEST); one repeated in autumn is its first occurrence (PEP 495).
    return datetime.combine(day, at).replace(tzinfo=tz, fold=0).astimezone(UTC)


@dataclass(frozen=True)
class Schedule:
    frequency: str
    weekday: int = 0  # Monday = 0
    day_of_month: int = 1
    send_time: time = time(8, 0)
    time_zone: str = "UTC"

    @property
    def tz(self) -> ZoneInfo:
        return zone(self.time_zone)

    def send_day(self, day: date) -> bool:
        """Whether the report goes out on this local day."""
        if self.frequency == DAILY:
            return True
        if self.frequency == WEEKLY:
            return day.weekday() == self.weekday
        last = calendar.monthrange(day.year, day.month)[1]
        return day.day == min(self.day_of_month, last)

    def next_send(self, after: datetime) -> datetime:
        """The first send moment strictly after ``after`` (a UTC instant)."""
        day = after.astimezone(self.tz).date()
        for _ in range(0, 370):
            if self.send_day(day):
                at = local(day, self.send_time, self.tz)
                if at > after:
                    return at
            day += timedelta(days=1)
        raise AssertionError("no send day within a year")  # pragma: no cover

    def last_send(self, at: datetime) -> datetime:
        """The latest send moment at or before ``at``."""
        day = at.astimezone(self.tz).date()
        for _ in range(0, 370):
            if self.send_day(day):
                moment = local(day, self.send_time, self.tz)
                if moment <= at:
                    return moment
            day -= timedelta(days=1)
        raise AssertionError("no send day within a year")  # pragma: no cover

    def period_for(self, send_at: datetime) -> tuple[datetime, datetime]:
        """The period a report sent at ``send_at`` covers: [start, end) as UTC instants."""
        day = send_at.astimezone(self.tz).date()
        if self.frequency == DAILY:
            start, end = day - timedelta(days=1), day
        elif self.frequency == WEEKLY:
            end = day - timedelta(days=day.weekday())  # the Monday that ended the last week
            start = end - timedelta(days=7)
        else:
            end = day.replace(day=1)
            start = (end - timedelta(days=1)).replace(day=1)
        return local(start, time.min, self.tz), local(end, time.min, self.tz)

    def previous(self, start: datetime, end: datetime) -> tuple[datetime, datetime]:
        """The period before [start, end): the day, week or calendar month before it."""
        first = start.astimezone(self.tz).date()
        if self.frequency == MONTHLY:
            before = (first - timedelta(days=1)).replace(day=1)
        else:
            before = first - timedelta(days=1 if self.frequency == DAILY else 7)
        return local(before, time.min, self.tz), start

    def latest_period(self, now: datetime) -> tuple[datetime, datetime]:
        """The last whole period before ``now`` (what "send now" sends): yesterday, last
        week, last month, whatever the send day."""
        return self.period_for(now)
