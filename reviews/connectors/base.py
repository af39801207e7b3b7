"""What review platforms add to the connector interface: publishing a reply.

Reading reviews is the ordinary ``Connector.fetch`` (reviews are mentions with a rating, so
polling and storing are the mentions pipeline's job). Publishing is ours: the workflow in
reviews/publishing.py calls ``publish_reply`` at most once per claim and, when an earlier
attempt may have reached the platform, ``existing_reply`` first so nothing is posted twice.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from mentions.connectors.base import ConfigError, Connector
from orm_dashboard.http import FetchError

# Config keys that tests (or a proxy in front of a platform) may set, never shown in forms.
OVERRIDES = ("api_base", "token_url", "reviews_base")


@dataclass
class PlatformReply:
    """A reply as the platform knows it."""

    external_id: str  # the platform's id for the reply, or the review's when it has none
    text: str = ""
    url: str = ""


# The field every review source offers for the {location} placeholder of reply templates.
LOCATION_NAME = ("Name used for {location}", False, "Optional, for reply templates.")


class ReviewConnector(Connector):
    """A review platform: reads reviews, and (when it has an API for it) publishes replies."""

    platform: ClassVar[str] = ""  # the name users know ("Google Play")
    publishes: ClassVar[bool] = True  # False: replies are copied by hand and marked posted

    def validate(self, config: dict[str, Any]) -> dict[str, Any]:
        cleaned = super().validate(config)
        for key in OVERRIDES:
            if config.get(key):
                cleaned[key] = str(config[key]).strip()
        return cleaned

    def can_publish(self, config: dict[str, Any]) -> bool:
        """True when this source's configuration lets us post replies through the API."""
        return self.publishes

    def publish_reply(self, config: dict[str, Any], review_id: str, text: str) -> PlatformReply:
        raise NotImplementedError

    def existing_reply(self, config: dict[str, Any], review_id: str) -> PlatformReply | None:
        """The reply the platform already shows for this review (None: none, or unknown)."""
        return None

    def placeholders(self, config: dict[str, Any]) -> dict[str, str]:
        """Values for template placeholders this source knows ({location}, {platform})."""
        return {"location": config.get("location_name", ""), "platform": self.platform}


def base_url(config: dict[str, Any], default: str, key: str = "api_base") -> str:
    return (config.get(key) or default).rstrip("/")


def require(config: dict[str, Any], *names: str, purpose: str) -> None:
    missing = [n for n in names if not config.get(n)]
    if missing:
        raise ConfigError(f"{purpose} needs {', '.join(missing)} in the source settings")


def explain(exc: FetchError, platform: str) -> FetchError:
    """The same error with a message a manager can act on (credentials, limits, outages)."""
    status = exc.status
    if status in (401, 403):
        hint = "refused our credentials; check the source's keys and their permissions"
    elif status == 404:
        hint = "does not know this app, location or review; check the source's ids"
    elif status == 429:
        hint = "is rate limiting us"
        if exc.retry_after:
            hint += f" (asked to wait {int(exc.retry_after)} s)"
    elif status and status >= 500:
        hint = "is having trouble right now"
    else:
        return exc
    return exc.reworded(f"{platform} {hint}: {exc.message}")
