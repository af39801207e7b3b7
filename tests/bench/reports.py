"""Client report figure: report_render_s, one monthly report with every section, the PDF
included, for a brand in the 1,000,000-mention workspace of the inbox bench (generated once
inside Postgres and reused). What is timed is what preparing an issue does before it writes
the outbox rows: build every section's data, render the email's HTML and text, print the PDF.
"""

from __future__ import annotations

import statistics
import time
from datetime import time as clock

from mentions.models import Brand, Mention, Report
from mentions.reports import registry, render
from tests.bench import inbox


def run() -> list[tuple[str, float, str]]:
    workspace, _ = inbox.ensure_data()
    brands = Brand.objects.filter(workspace=workspace)
    report, _ = Report.objects.update_or_create(
        workspace=workspace,
        name="Bench monthly",
        defaults={
            "frequency": Report.Frequency.MONTHLY,
            "day_of_month": 1,
            "send_time": clock(8, 0),
            "time_zone": "Europe/Berlin",
            "outside_emails": ["client@bench.example"],
            "sections": [s.key for s in registry.all_sections()],
            "enabled": False,
        },
    )
    report.brands.set(brands.filter(is_competitor=False))
    report.competitors.set(brands.filter(is_competitor=True))
    data_end = Mention.objects.filter(workspace=workspace).latest("published_at").published_at
    start, end = render.schedule(report).period_for(data_end)  # the month before the data's end
    samples = []
    for _ in range(4):
        started = time.perf_counter()
        rendered = render.build(report, start, end, "We answered every review this month.")
        pdf = render.pdf(rendered)
        samples.append(time.perf_counter() - started)
    assert pdf.startswith(b"%PDF") and not rendered.quiet
    return [("report_render_s", statistics.median(samples[1:]), "s")]
