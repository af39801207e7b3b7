"""Credentials shared by the Google connectors (Play and Business Profile)."""

from __future__ import annotations

from typing import Any

from mentions.connectors.base import ConfigError
from reviews.connectors import oauth

TOKEN_URL = "https://oauth2.googleapis.com/token"  # noqa: S105  (an address)

FIELDS: dict[str, tuple[str, bool, str]] = {
    "client_id": ("OAuth client id", False, "From the Google Cloud project's OAuth client."),
    "client_secret": ("OAuth client secret", False, ""),
    "refresh_token": (
        "Refresh token",
        False,
        "Issued when you authorised the OAuth client for this account (offline access).",
    ),
    "access_token": (
        "Access token",
        False,
        "Instead of the three above, for a quick trial: a token valid for about an hour.",
    ),
}


def check(cleaned: dict[str, Any]) -> None:
    refresh = [cleaned.get(k) for k in ("client_id", "client_secret", "refresh_token")]
    if not cleaned.get("access_token") and not all(refresh):
        raise ConfigError(
            "Give the OAuth client id, client secret and refresh token (or an access token). "
            "Service-account JSON keys need the cryptography package, which is not installed."
        )


def token(config: dict[str, Any]) -> tuple[str, str]:
    """(access token, cache key); a pre-issued token has no key, so it is never refreshed."""
    if config.get("refresh_token"):
        return oauth.refresh_token_grant(
            config.get("token_url") or TOKEN_URL,
            client_id=config.get("client_id", ""),
            client_secret=config.get("client_secret", ""),
            refresh_token=config["refresh_token"],
        )
    if config.get("access_token"):
        return config["access_token"], ""
    raise ConfigError("this source has no Google credentials")


def bearer(access_token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {access_token}", "Accept": "application/json"}
