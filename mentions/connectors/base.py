"""The one interface every source kind implements.

A connector has one job: turn a source's response into normalised items. It never touches
the database; the pipeline (mentions/ingest.py) matches, scores, deduplicates and stores.
Adding a source kind is adding one module that defines a Connector subclass decorated with
``@register`` (and its tests).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar
from urllib.parse import urlsplit

from orm_dashboard.ids import is_digits

if TYPE_CHECKING:
    from orm_dashboard.http import Response

N = TypeVar("N", int, float)


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


def json_object(response: Response, platform: str) -> dict[str, Any]:
    """The response's JSON object; FetchError when it is invalid JSON or not an object."""
    from orm_dashboard.http import FetchError

    payload = response.json()  # invalid JSON raises FetchError
    if not isinstance(payload, dict):
        raise FetchError(f"{platform} did not answer with a JSON object")
    return payload


def number(value: Any, kind: Callable[[Any], N] = float) -> N | None:  # type: ignore[assignment]
    """``kind(value)`` for a number a platform sent (as a number or as text); None for anything
    that is not one (missing, empty, "n/a")."""
    try:
        return kind(value)
    except (TypeError, ValueError):
        return None


def parse_time(value: Any) -> datetime | None:
    """An aware UTC datetime from RFC 3339 text (with or without fractions) or epoch
    seconds; None for anything else."""
    if value in (None, ""):
        return None
    if isinstance(value, int | float) or is_digits(value):
        try:
            return datetime.fromtimestamp(int(value), tz=UTC)
        except (OverflowError, OSError, ValueError):  # beyond the years a datetime holds
            return None
    text = str(value).strip().replace("Z", "+00:00")
    # Python 3.11 accepts at most 6 fractional digits; platforms send up to 9.
    text = re.sub(r"(\.\d{6})\d+", r"\1", text)
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        return None
    return parsed.astimezone(UTC) if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def language_code(value: Any) -> str:
    """ISO 639-1 from a tag like "en-US" or "pt_BR"; "" when it does not look like one."""
    primary = re.split(r"[-_]", str(value or "").strip().lower(), maxsplit=1)[0]
    return primary if re.fullmatch(r"[a-z]{2}", primary) else ""


class ConfigError(ValueError):
    """The source's configuration is unusable; the message is shown to the manager."""


def base_url(
    value: str, label: str = "API base", *, https_only: bool = False, hint: str = ""
) -> str:
    """An address a connector calls (an API base, an instance) without its trailing slash;
    ConfigError naming ``label`` unless it is http(s) (https only: ``https_only``) with a host."""
    parts = urlsplit(value)
    schemes = ("https",) if https_only else ("http", "https")
    if parts.scheme not in schemes or not parts.hostname:
        kind = "an https://" if https_only else "an http:// or https://"
        raise ConfigError(f"{label} must be {kind} address{hint}")
    return value.rstrip("/")


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
