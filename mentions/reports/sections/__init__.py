"""The report sections built from mentions; importing this package registers them."""

from mentions.reports.sections import (  # noqa: F401  (each module registers itself)
    note,
    sources_authors,
    summary,
    top_mentions,
    trend,
    voice,
)
