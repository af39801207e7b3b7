"""Credentials shared by the Google connectors (Play and Business Profile).

Three ways in, in this order of preference:

- a service account's JSON key (what Google Play asks for): we sign a JWT with its RSA key
  (RS256; iss = the account's email, scope, aud = its ``token_uri``, one hour) and trade it
  for an access token with the JWT-bearer grant;
- an OAuth client with a refresh token (offline access granted by a user);
- a pre-issued access token, for quick trials.
"""

from __future__ import annotations

import base64
import json
import time
from typing import Any

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from mentions.connectors.base import ConfigError
from reviews.connectors import oauth

TOKEN_URL = "https://oauth2.googleapis.com/token"  # noqa: S105  (an address)
ASSERTION_LIFETIME = 3600  # Google's maximum for a service-account assertion

FIELDS: dict[str, tuple[str, bool, str]] = {
    "service_account_json": (
        "Service account key (JSON)",
        False,
        "The whole JSON key file of a service account that has access (paste its text).",
    ),
    "client_id": ("OAuth client id", False, "Instead of a service account: an OAuth client."),
    "client_secret": ("OAuth client secret", False, ""),
    "refresh_token": (
        "Refresh token",
        False,
        "Issued when you authorised the OAuth client for this account (offline access).",
    ),
    "access_token": (
        "Access token",
        False,
        "Instead of the above, for a quick trial: a token valid for about an hour.",
    ),
}

SERVICE_ACCOUNT_HINT = (
    "check that the service account key is current (not deleted or rotated), that the "
    "account has access, and that this server's clock is right"
)


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def service_account(text: str) -> dict[str, Any]:
    """The parsed JSON key, checked: ConfigError says what is wrong with it."""
    try:
        info = json.loads(text)
    except ValueError:
        raise ConfigError(
            "The service account key is not valid JSON (paste the whole file)"
        ) from None
    if not isinstance(info, dict) or info.get("type") != "service_account":
        raise ConfigError(
            'The JSON is not a service account key (its "type" must be "service_account")'
        )
    missing = [k for k in ("client_email", "private_key", "token_uri") if not info.get(k)]
    if missing:
        raise ConfigError(f"The service account key lacks {', '.join(missing)}")
    if not str(info["token_uri"]).startswith(("https://", "http://")):
        raise ConfigError("The service account key's token_uri is not an address")
    _private_key(info)
    return info


def _private_key(info: dict[str, Any]) -> rsa.RSAPrivateKey:
    try:
        key = serialization.load_pem_private_key(str(info["private_key"]).encode(), password=None)
    except (ValueError, TypeError):
        raise ConfigError("The service account key's private_key cannot be read") from None
    if not isinstance(key, rsa.RSAPrivateKey):
        raise ConfigError("The service account key's private_key is not an RSA key")
    return key


def assertion(info: dict[str, Any], scope: str, now: float | None = None) -> str:
    """The signed JWT (RS256) a service account trades for an access token."""
    issued = int(now if now is not None else time.time())
    header = {"alg": "RS256", "typ": "JWT"}
    if info.get("private_key_id"):
        header["kid"] = str(info["private_key_id"])
    claims = {
        "iss": info["client_email"],
        "scope": scope,
        "aud": info["token_uri"],
        "iat": issued,
        "exp": issued + ASSERTION_LIFETIME,
    }
    signing_input = f"{_b64(json.dumps(header).encode())}.{_b64(json.dumps(claims).encode())}"
    signature = _private_key(info).sign(signing_input.encode(), padding.PKCS1v15(), hashes.SHA256())
    return f"{signing_input}.{_b64(signature)}"


def check(cleaned: dict[str, Any]) -> None:
    if cleaned.get("service_account_json"):
        service_account(cleaned["service_account_json"])
        return
    refresh = [cleaned.get(k) for k in ("client_id", "client_secret", "refresh_token")]
    if not cleaned.get("access_token") and not all(refresh):
        raise ConfigError(
            "Give a service account key (JSON), or the OAuth client id, client secret and "
            "refresh token (or an access token)."
        )


def token(
    config: dict[str, Any], scope: str, state: dict[str, Any] | None = None
) -> tuple[str, str]:
    """(access token, cache key); a pre-issued token has no key, so it is never refreshed.

    A service account's token is also cached in ``state`` (the source's) when given."""
    if config.get("service_account_json"):
        info = service_account(config["service_account_json"])
        key = oauth.cache_key(
            "jwt-bearer",
            info["token_uri"],
            info["client_email"],
            str(info.get("private_key_id") or ""),
            info["private_key"],
            scope,
        )
        return oauth.jwt_bearer_grant(
            info["token_uri"],
            key,
            lambda: assertion(info, scope),
            state=state,
            hint=SERVICE_ACCOUNT_HINT,
        )
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
