"""The small template filters every app uses for times."""

from __future__ import annotations

from datetime import timedelta

from django.utils import timezone

from orm_dashboard.templatetags.ui import ago, duration


def test_ago_gives_the_largest_unit_only() -> None:
    """A list row has room for "1 hour ago", not "1 hour, 10 minutes ago"."""
    now = timezone.now()
    assert ago(now - timedelta(minutes=26, seconds=5)) == "26\xa0minutes ago"
    assert ago(now - timedelta(hours=1, minutes=10)) == "1\xa0hour ago"
    assert ago(now - timedelta(days=3, hours=5)) == "3\xa0days ago"
    assert ago(None) == "" and ago("yesterday") == ""


def test_duration_says_it_as_people_do() -> None:
    assert duration(timedelta(minutes=90)) == "1 h 30 min"
    assert duration(timedelta(days=2)) == "2 days"
    assert duration(timedelta(seconds=20)) == "under a minute"
