"""The one interface every source kind implements.

A connector has one job: turn a source's response into normalised items. It never touches
the database; the pipeline (mentions/ingest.py) matches, scores, deduplicates and stores.
Adding a source kind is adding one module that defines a Connector subclass decorated with
``@register`` (and its tests).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, ClassVar


@dataclass
class Item:
    """One thing a source said, normalised but not yet stored."""

    external_id: str  # the platform's id or the feed GUID; "" when there is none
    url: str  # link to the original ("" when none)
    title: str = ""
    text: str = ""  # plain text, no markup
    html: str = ""  # the raw HTML as the source gave it (sanitized later, never trusted)
    author: str = ""
    author_url: str = ""
    reach: int | None = None  # followers / karma / score when the platform gives it
    published_at: datetime | None = None  # aware datetime, or None when unknown
    language: str = ""  # ISO 639-1 when the platform says it
    rating: int | None = None  # 1-5 for reviews
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class FetchResult:
    items: list[Item] = field(default_factory=list)
    not_modified: bool = False  # a 304: nothing changed, touch no mention rows
    etag: str = ""
    last_modified: str = ""
    state: dict[str, Any] = field(default_factory=dict)  # cursor to persist (e.g. newest id)
    warnings: list[str] = field(default_factory=list)  # shown on the source, not failures


class ConfigError(ValueError):
    """The source's configuration is unusable; the message is shown to the manager."""


class Connector:
    kind: ClassVar[str]
    label: ClassVar[str]
    # Config keys this kind understands: name -> (label, required, help text).
    fields: ClassVar[dict[str, tuple[str, bool, str]]] = {}
    # Review platforms only: the reply length limit and whether publishing is supported.
    reply_limit: ClassVar[int | None] = None

    def validate(self, config: dict[str, Any]) -> dict[str, Any]:
        """Return the cleaned config or raise ConfigError with a readable message."""
        cleaned = {}
        for name, (label, required, _help) in self.fields.items():
            value = str(config.get(name, "") or "").strip()
            if required and not value:
                raise ConfigError(f"{label} is required")
            cleaned[name] = value
        return cleaned

    def fetch(
        self,
        config: dict[str, Any],
        state: dict[str, Any],
        *,
        etag: str = "",
        last_modified: str = "",
    ) -> FetchResult:
        """Fetch new items through orm_dashboard.http (raises orm_dashboard.http.FetchError)."""
        raise NotImplementedError


REGISTRY: dict[str, Connector] = {}


def register(cls: type[Connector]) -> type[Connector]:
    if cls.kind in REGISTRY:
        raise RuntimeError(f"two connectors claim the kind {cls.kind!r}")
    REGISTRY[cls.kind] = cls()
    return cls


def get(kind: str) -> Connector:
    try:
        return REGISTRY[kind]
    except KeyError:
        raise ConfigError(f"unknown source kind {kind!r}") from None
