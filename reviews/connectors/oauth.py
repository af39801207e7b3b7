"""OAuth 2.0 access tokens for review platforms, cached per process until shortly before
they expire.

Google's service accounts authenticate with a JWT signed by their RSA key, which needs the
``cryptography`` package; it is not a dependency of this project, so Google sources use an
OAuth client with a refresh token instead (the grant every Google API accepts), or a
pre-issued access token for quick trials. Trustpilot uses the client-credentials grant.
Token URLs are constants with a per-source override, so tests play them locally.
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections.abc import Callable
from typing import Any, TypeVar

from orm_dashboard import http
from orm_dashboard.http import FetchError

T = TypeVar("T")
EARLY = 60.0  # seconds before expiry at which a cached token is renewed

_cache: dict[str, tuple[str, float]] = {}
_lock = threading.Lock()


def _key(*parts: str) -> str:
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()


def _cached(key: str) -> str | None:
    with _lock:
        found = _cache.get(key)
    if found and found[1] > time.monotonic():
        return found[0]
    return None


def _store(key: str, answer: dict[str, Any]) -> str:
    token = answer.get("access_token")
    if not isinstance(token, str) or not token:
        raise FetchError("the token endpoint answered without an access_token")
    try:
        lifetime = float(answer.get("expires_in") or 3600)
    except (TypeError, ValueError):
        lifetime = 3600.0
    with _lock:
        _cache[key] = (token, time.monotonic() + max(0.0, lifetime - EARLY))
    return token


def forget(key: str) -> None:
    with _lock:
        _cache.pop(key, None)


def clear() -> None:
    """Drop every cached token (tests; a credentials change takes effect at once)."""
    with _lock:
        _cache.clear()


def _token_request(url: str, data: dict[str, str], auth: tuple[str, str] | None = None) -> Any:
    try:
        response = http.fetch(url, method="POST", data=data, auth=auth)
    except FetchError as exc:
        if exc.status in (400, 401, 403):
            raise FetchError(
                f"the token endpoint refused our credentials ({exc.message}); "
                "the refresh token or client secret may have been revoked",
                exc.status,
            ) from None
        raise
    return response.json()


def refresh_token_grant(
    token_url: str, *, client_id: str, client_secret: str, refresh_token: str
) -> tuple[str, str]:
    """(access token, cache key) from an OAuth client's refresh token."""
    key = _key(token_url, client_id, refresh_token)
    token = _cached(key)
    if token is None:
        answer = _token_request(
            token_url,
            {
                "grant_type": "refresh_token",
                "client_id": client_id,
                "client_secret": client_secret,
                "refresh_token": refresh_token,
            },
        )
        token = _store(key, answer)
    return token, key


def client_credentials_grant(
    token_url: str, *, client_id: str, client_secret: str
) -> tuple[str, str]:
    key = _key(token_url, client_id, client_secret)
    token = _cached(key)
    if token is None:
        answer = _token_request(
            token_url, {"grant_type": "client_credentials"}, auth=(client_id, client_secret)
        )
        token = _store(key, answer)
    return token, key


def with_token(get_token: Callable[[], tuple[str, str]], call: Callable[[str], T]) -> T:
    """Run ``call(token)``; on a 401 the cached token is dropped and the call made once more
    with a fresh one (tokens can be revoked before they expire)."""
    token, key = get_token()
    try:
        return call(token)
    except FetchError as exc:
        if exc.status != 401 or not key:
            raise
    forget(key)
    token, _ = get_token()
    return call(token)
