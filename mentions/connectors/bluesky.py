"""Bluesky post search (``app.bsky.feed.searchPosts``), newest first.

The public AppView answers without an account when it allows it. When it refuses (401/403)
and a handle + app password are configured, we log in with ``com.atproto.server.createSession``
on the account's service and search there with the access token. The token is cached in the
source's state until shortly before it expires, because createSession is rate-limited per
account (a few hundred per day) and a source polled every minute would exhaust it.
"""

from __future__ import annotations

import base64
import json
import time
from datetime import datetime, timedelta
from typing import Any

from mentions.connectors.base import (
    ConfigError,
    Connector,
    FetchResult,
    Item,
    base_url,
    json_object,
    language_code,
    parse_time,
    register,
)
from orm_dashboard import http

PUBLIC_API = "https://public.api.bsky.app"  # the public AppView
AUTH_SERVICE = "https://bsky.social"  # where most accounts log in
SEARCH_LIMIT = 50
MAX_PAGES = 5  # per poll once a cursor exists; the first poll reads one page only
# The next poll asks for posts since the newest one seen minus this overlap: the search
# index orders by a time that can lag behind the post's own, and duplicates are dropped
# later by the pipeline, while a gap would lose mentions.
SINCE_OVERLAP = timedelta(minutes=10)
TOKEN_MARGIN = 120  # seconds before expiry at which a cached token is renewed

ADD_CREDENTIALS = (
    "add a Bluesky handle and an app password to this source "
    "(Settings > Privacy and security > App passwords in Bluesky)"
)


def post_url(uri: str, handle: str) -> str:
    """The bsky.app page of a post: ``at://DID/app.bsky.feed.post/RKEY`` -> .../post/RKEY."""
    parts = uri.removeprefix("at://").split("/")
    if len(parts) != 3 or parts[1] != "app.bsky.feed.post":
        return ""
    who = handle if handle and handle != "handle.invalid" else parts[0]
    return f"https://bsky.app/profile/{who}/post/{parts[2]}"


def _sort_time(post: dict[str, Any]) -> datetime | None:
    """The time the search index sorts by: the earlier of the claimed and the indexed time."""
    times = [
        t
        for t in (
            parse_time((post.get("record") or {}).get("createdAt")),
            parse_time(post.get("indexedAt")),
        )
        if t
    ]
    return min(times) if times else None


def _first_language(langs: Any) -> str:
    """A post's first language tag (Bluesky gives a list) as ISO 639-1, or ""."""
    return language_code(langs[0]) if isinstance(langs, list) and langs else ""


def parse_posts(payload: dict[str, Any]) -> list[Item]:
    """Items of a searchPosts answer (``{"posts": [PostView, ...], "cursor": ...}``)."""
    items = []
    for post in payload.get("posts") or []:
        uri = post.get("uri") or ""
        if not uri:
            continue
        author = post.get("author") or {}
        handle = author.get("handle") or ""
        record = post.get("record") or {}
        profile = handle if handle and handle != "handle.invalid" else author.get("did", "")
        items.append(
            Item(
                external_id=uri,
                url=post_url(uri, handle),
                text=str(record.get("text") or "").strip(),
                author=author.get("displayName") or profile,
                author_url=f"https://bsky.app/profile/{profile}" if profile else "",
                published_at=parse_time(record.get("createdAt"))
                or parse_time(post.get("indexedAt")),
                language=_first_language(record.get("langs")),
                extra={
                    "handle": handle,
                    "like_count": post.get("likeCount"),
                    "repost_count": post.get("repostCount"),
                    "reply_count": post.get("replyCount"),
                    "quote_count": post.get("quoteCount"),
                },
            )
        )
    return items


def _jwt_expiry(token: str) -> float:
    """The ``exp`` claim of a JWT (unverified: only to know when to renew), else 30 minutes."""
    try:
        payload = token.split(".")[1]
        claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
        return float(claims["exp"])
    except (IndexError, KeyError, TypeError, ValueError):
        return time.time() + 1800


@register
class BlueskyConnector(Connector):
    kind = "bluesky"
    label = "Bluesky"
    fields = {
        "query": ("Search words", True, 'What to search posts for, e.g. acme or "acme corp".'),
        "handle": (
            "Handle",
            False,
            "Optional: an account to search with (e.g. yourname.bsky.social), for when the "
            "public search asks for a login.",
        ),
        "app_password": (
            "App password",
            False,
            "An app password of that account (never the account password).",
        ),
        "auth_service": (
            "Account service",
            False,
            f"Where the account logs in; leave empty for {AUTH_SERVICE}.",
        ),
        "api_base": (
            "API base",
            False,
            f"Leave empty for {PUBLIC_API}; set only for a mirror, a self-hosted AppView or tests.",
        ),
    }

    def validate(self, config: dict[str, Any]) -> dict[str, Any]:
        cleaned = super().validate(config)
        cleaned["handle"] = cleaned["handle"].lstrip("@")
        if bool(cleaned["handle"]) != bool(cleaned["app_password"]):
            raise ConfigError("Handle and app password go together: give both or neither")
        for name, label in (("auth_service", "Account service"), ("api_base", "API base")):
            if cleaned[name]:
                cleaned[name] = base_url(cleaned[name], label)
        return cleaned

    def _session(self, config: dict[str, Any], state: dict[str, Any], service: str) -> str:
        """A new access token from createSession, cached in ``state``."""
        try:
            response = http.fetch(
                f"{service}/xrpc/com.atproto.server.createSession",
                method="POST",
                json={"identifier": config["handle"], "password": config["app_password"]},
            )
        except http.FetchError as exc:
            if exc.status in (400, 401):
                raise exc.reworded(
                    f"Bluesky refused the handle and app password (HTTP {exc.status}); check them"
                ) from exc
            raise
        token = json_object(response, "Bluesky").get("accessJwt")
        if not token:
            raise http.FetchError("Bluesky's login answered without an access token")
        state["access_jwt"] = token
        state["access_jwt_expires_at"] = _jwt_expiry(token)
        state["access_jwt_handle"] = config["handle"]
        return str(token)

    def _cached_token(self, config: dict[str, Any], state: dict[str, Any]) -> str:
        token = state.get("access_jwt")
        expires_at = float(state.get("access_jwt_expires_at") or 0)
        same_account = state.get("access_jwt_handle") == config.get("handle")
        if token and same_account and expires_at - TOKEN_MARGIN > time.time():
            return str(token)
        return ""

    def _search(
        self, config: dict[str, Any], state: dict[str, Any], params: dict[str, Any]
    ) -> dict[str, Any]:
        """One searchPosts page: public first, logged in when refused (or already logged in)."""
        public = config.get("api_base") or PUBLIC_API
        service = config.get("auth_service") or AUTH_SERVICE
        has_credentials = bool(config.get("handle") and config.get("app_password"))
        path = "/xrpc/app.bsky.feed.searchPosts"

        def logged_in(token: str) -> dict[str, Any]:
            headers = {"Authorization": f"Bearer {token}"}
            return json_object(
                http.fetch(f"{service}{path}", params=params, headers=headers), "Bluesky"
            )

        token = self._cached_token(config, state) if has_credentials else ""
        if token:
            try:
                return logged_in(token)
            except http.FetchError as exc:
                # A cached token the service no longer accepts (ExpiredToken is a 400 in XRPC).
                if exc.status not in (400, 401):
                    raise
        else:
            try:
                return json_object(http.fetch(f"{public}{path}", params=params), "Bluesky")
            except http.FetchError as exc:
                if exc.status not in (401, 403):
                    raise
                if not has_credentials:
                    raise exc.reworded(
                        f"Bluesky's public search refused the request (HTTP {exc.status}); "
                        f"{ADD_CREDENTIALS}"
                    ) from exc
        return logged_in(self._session(config, state, service))

    def fetch(
        self,
        config: dict[str, Any],
        state: dict[str, Any],
        *,
        etag: str = "",
        last_modified: str = "",
    ) -> FetchResult:
        state = dict(state)
        since = str(state.get("since") or "")
        params: dict[str, Any] = {"q": config["query"], "sort": "latest", "limit": SEARCH_LIMIT}
        if since:
            params["since"] = since
        result = FetchResult(state=state)
        posts: list[dict[str, Any]] = []
        for _page in range(MAX_PAGES if since else 1):
            payload = self._search(config, state, params)
            page = [p for p in payload.get("posts") or [] if isinstance(p, dict)]
            posts.extend(page)
            cursor = payload.get("cursor")
            if not since or not cursor or len(page) < SEARCH_LIMIT:
                break
            params["cursor"] = cursor
        else:
            result.warnings.append(
                f"more than {MAX_PAGES * SEARCH_LIMIT} new posts since the last poll; "
                "only the newest were read (poll this source more often)"
            )
        result.items = parse_posts({"posts": posts})

        times = [t for t in map(_sort_time, posts) if t]
        if times:
            newest = (max(times) - SINCE_OVERLAP).strftime("%Y-%m-%dT%H:%M:%SZ")
            state["since"] = max(newest, since) if since else newest
        return result
