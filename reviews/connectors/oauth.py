"""OAuth 2.0 access tokens for review platforms, cached per process until shortly before
they expire.

Google sources authenticate with a service account (a JWT signed with its RSA key, the
JWT-bearer grant; see reviews/connectors/google.py), or an OAuth client with a refresh token,
or a pre-issued access token for quick trials. Trustpilot uses the client-credentials grant.
Token URLs are constants with a per-source override (a service account's ``token_uri``), so
tests play them locally.

A token got through an assertion is also kept in the source's state (when the caller has
it: polling does, publishing does not), so other worker processes reuse it until it expires.
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections.abc import Callable
from typing import Any, TypeVar

from mentions.connectors.base import number
from orm_dashboard import http
from orm_dashboard.http import FetchError

T = TypeVar("T")
EARLY = 60.0  # seconds before expiry at which a cached token is renewed

_cache: dict[str, tuple[str, float]] = {}
_lock = threading.Lock()


def cache_key(*parts: str) -> str:
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()


def _cached(key: str) -> str | None:
    with _lock:
        found = _cache.get(key)
    if found and found[1] > time.monotonic():
        return found[0]
    return None


def _parse(answer: dict[str, Any]) -> tuple[str, float]:
    """(access token, seconds it stays usable) from a token endpoint's answer."""
    token = answer.get("access_token") if isinstance(answer, dict) else None
    if not isinstance(token, str) or not token:
        raise FetchError("the token endpoint answered without an access_token")
    lifetime = number(answer.get("expires_in")) or 3600.0
    return token, max(0.0, lifetime - EARLY)


def _remember(key: str, token: str, usable: float) -> None:
    with _lock:
        _cache[key] = (token, time.monotonic() + usable)


def _store(key: str, answer: dict[str, Any]) -> str:
    token, usable = _parse(answer)
    _remember(key, token, usable)
    return token


STATE_KEY = "oauth_token"  # where a source's state keeps its cached access token


def _from_state(state: dict[str, Any] | None, key: str) -> str | None:
    entry = (state or {}).get(STATE_KEY)
    if not isinstance(entry, dict) or entry.get("key") != key:
        return None
    token, expires_at = entry.get("access_token"), entry.get("expires_at")
    if not isinstance(token, str) or not isinstance(expires_at, int | float):
        return None
    usable = expires_at - time.time()
    if not token or usable <= 0:
        return None
    _remember(key, token, usable)
    return token


def forget(key: str, state: dict[str, Any] | None = None) -> None:
    with _lock:
        _cache.pop(key, None)
    if state is not None and (state.get(STATE_KEY) or {}).get("key") == key:
        state.pop(STATE_KEY, None)


def clear() -> None:
    """Drop every cached token (tests; a credentials change takes effect at once)."""
    with _lock:
        _cache.clear()


REVOKED = "the refresh token or client secret may have been revoked"


def _token_request(
    url: str,
    data: dict[str, str],
    auth: tuple[str, str] | None = None,
    hint: str = REVOKED,
) -> Any:
    try:
        response = http.fetch(url, method="POST", data=data, auth=auth)
    except FetchError as exc:
        if exc.status in (400, 401, 403):
            raise exc.reworded(
                f"the token endpoint refused our credentials ({exc.message}); {hint}"
            ) from None
        raise
    return response.json()


def refresh_token_grant(
    token_url: str, *, client_id: str, client_secret: str, refresh_token: str
) -> tuple[str, str]:
    """(access token, cache key) from an OAuth client's refresh token."""
    key = cache_key(token_url, client_id, refresh_token)
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
    key = cache_key(token_url, client_id, client_secret)
    token = _cached(key)
    if token is None:
        answer = _token_request(
            token_url, {"grant_type": "client_credentials"}, auth=(client_id, client_secret)
        )
        token = _store(key, answer)
    return token, key


JWT_BEARER = "urn:ietf:params:oauth:grant-type:jwt-bearer"


def jwt_bearer_grant(
    token_url: str,
    key: str,
    assertion: Callable[[], str],
    *,
    state: dict[str, Any] | None = None,
    hint: str = "",
) -> tuple[str, str]:
    """(access token, cache key) for a signed JWT assertion (RFC 7523), made only when no
    cached token (in this process or in ``state``) is still usable."""
    token = _cached(key) or _from_state(state, key)
    if token is None:
        answer = _token_request(
            token_url, {"grant_type": JWT_BEARER, "assertion": assertion()}, hint=hint
        )
        token, usable = _parse(answer)
        _remember(key, token, usable)
        if state is not None:
            state[STATE_KEY] = {
                "key": key,
                "access_token": token,
                "expires_at": int(time.time() + usable),
            }
    return token, key


def with_token(
    get_token: Callable[[], tuple[str, str]],
    call: Callable[[str], T],
    state: dict[str, Any] | None = None,
) -> T:
    """Run ``call(token)``; on a 401 the cached token is dropped (from ``state`` too) and the
    call made once more with a fresh one (tokens can be revoked before they expire)."""
    token, key = get_token()
    try:
        return call(token)
    except FetchError as exc:
        if exc.status != 401 or not key:
            raise
    forget(key, state)
    token, _ = get_token()
    return call(token)
