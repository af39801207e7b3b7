"""Connector registry: importing this package registers every source kind.

Review-platform connectors live in reviews/connectors and register themselves the same way
when the reviews app loads.
"""

from __future__ import annotations

# Importing a kind's module registers it (each defines one @register'd Connector).
from mentions.connectors import base, bluesky, hackernews, mastodon, reddit, rss
from mentions.connectors.base import (
    REGISTRY,
    ConfigError,
    Connector,
    FetchResult,
    Item,
    get,
    register,
)

__all__ = [
    "REGISTRY",
    "ConfigError",
    "Connector",
    "FetchResult",
    "Item",
    "base",
    "bluesky",
    "get",
    "hackernews",
    "mastodon",
    "reddit",
    "register",
    "rss",
]
