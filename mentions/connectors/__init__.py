"""Connector registry: importing this package registers every source kind.

Review-platform connectors live in reviews/connectors and register themselves the same way
when the reviews app loads.
"""

from __future__ import annotations

from mentions.connectors import base
from mentions.connectors.base import (
    REGISTRY,
    ConfigError,
    Connector,
    FetchResult,
    Item,
    get,
    register,
)

KINDS = ("rss", "hackernews", "reddit", "mastodon", "bluesky")

for _kind in KINDS:
    try:
        __import__(f"mentions.connectors.{_kind}")
    except ModuleNotFoundError as exc:  # a kind still being written
        if exc.name != f"mentions.connectors.{_kind}":
            raise

__all__ = ["REGISTRY", "ConfigError", "Connector", "FetchResult", "Item", "base", "get", "register"]
