"""Review-platform connectors. Importing this package registers every kind with the one
connector registry in mentions.connectors (reviews/apps.py does it when the app loads)."""

from __future__ import annotations

from mentions.connectors import get
from reviews.connectors import app_store, google_business, google_play, manual, trustpilot
from reviews.connectors.base import PlatformReply, ReviewConnector

KINDS = ("app_store", "google_play", "google_business", "trustpilot", "manual")

__all__ = [
    "KINDS",
    "PlatformReply",
    "ReviewConnector",
    "app_store",
    "get",
    "google_business",
    "google_play",
    "manual",
    "review_connector",
    "trustpilot",
]


def review_connector(kind: str | None) -> ReviewConnector | None:
    """The connector of a review platform, or None for any other source kind."""
    if kind not in KINDS:
        return None
    found = get(kind)
    return found if isinstance(found, ReviewConnector) else None
