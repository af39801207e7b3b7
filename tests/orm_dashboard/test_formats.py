"""Dates print as European teams read them, wherever a template gives no format."""

from __future__ import annotations

from datetime import UTC, datetime

from django.template import Context, Template
from django.utils import timezone


def test_dates_are_day_month_year_on_a_24_hour_clock() -> None:
    moment = datetime(2026, 12, 4, 20, 17, tzinfo=UTC)
    with timezone.override("UTC"):
        text = Template("{{ t }}|{{ t|date }}|{{ t|time }}").render(Context({"t": moment}))
    assert text == "4 Dec 2026, 20:17|4 Dec 2026|20:17"
