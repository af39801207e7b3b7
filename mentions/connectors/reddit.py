"""Reddit search, newest first.

With a client id and secret (a "script" or "web" app from https://www.reddit.com/prefs/apps)
we use application-only OAuth (client_credentials) against oauth.reddit.com, which Reddit
rate-limits per app rather than per IP. Without them we use the public ``search.json``,
which Reddit throttles or refuses (403/429) for servers; the error says to add credentials.
"""

from __future__ import annotations

import re
import time
from datetime import UTC, datetime
from typing import Any

from mentions.connectors.base import (
    ConfigError,
    Connector,
    FetchResult,
    Item,
    base_url,
    json_object,
    number,
    register,
)
from mentions.normalise import html_to_text
from orm_dashboard import http

WWW_BASE = "https://www.reddit.com"  # public JSON and the token endpoint
OAUTH_BASE = "https://oauth.reddit.com"  # the API with a bearer token
SEARCH_LIMIT = 100
TOKEN_MARGIN = 60  # seconds before expiry at which a cached token is renewed

_SUBREDDIT = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_]{1,20}(?:\+[A-Za-z0-9][A-Za-z0-9_]{1,20})*$")
ADD_CREDENTIALS = (
    "add a Reddit API client id and secret to this source "
    "(create a 'script' app at https://www.reddit.com/prefs/apps)"
)


def parse_listing(payload: dict[str, Any]) -> list[Item]:
    """Posts of a search Listing (``{"kind": "Listing", "data": {"children": [...]}}``)."""
    items = []
    for child in (payload.get("data") or {}).get("children") or []:
        if child.get("kind") != "t3":  # search with type=link returns posts only
            continue
        post = child.get("data") or {}
        name = post.get("name") or (f"t3_{post['id']}" if post.get("id") else "")
        if not name:
            continue
        permalink = post.get("permalink") or ""
        author = post.get("author") or ""
        html = post.get("selftext_html") or ""
        created = number(post.get("created_utc"))
        score = number(post.get("score"))
        items.append(
            Item(
                external_id=name,
                # The mention is the Reddit post (its discussion), even when it links elsewhere.
                url=f"{WWW_BASE}{permalink}" if permalink.startswith("/") else permalink,
                title=post.get("title") or "",
                text=html_to_text(html) if html else (post.get("selftext") or "").strip(),
                html=html,
                author=author,
                author_url=f"{WWW_BASE}/user/{author}" if author and author != "[deleted]" else "",
                reach=int(score) if score is not None else None,
                published_at=datetime.fromtimestamp(created, UTC) if created else None,
                extra={
                    "subreddit": post.get("subreddit") or "",
                    "num_comments": post.get("num_comments"),
                    "link_url": "" if post.get("is_self") else (post.get("url") or ""),
                },
            )
        )
    return items


def _refused(exc: http.FetchError, with_credentials: bool) -> http.FetchError:
    """A readable error for Reddit's 401/403/429; other errors pass through unchanged."""
    if exc.status == 429:
        advice = "try again later" if with_credentials else ADD_CREDENTIALS
        message = f"Reddit is rate-limiting this server (HTTP 429); {advice}"
    elif exc.status in (401, 403) and not with_credentials:
        message = f"Reddit refused the public search (HTTP {exc.status}); {ADD_CREDENTIALS}"
    elif exc.status in (401, 403):
        message = (
            f"Reddit refused the search with this app's token (HTTP {exc.status}); "
            "check that the app is allowed to use the API"
        )
    else:
        return exc
    return exc.reworded(message)


@register
class RedditConnector(Connector):
    kind = "reddit"
    label = "Reddit"
    fields = {
        "query": ("Search words", True, 'What to search for, e.g. "acme" or acme OR "acme corp".'),
        "subreddit": (
            "Subreddit",
            False,
            "Only search this subreddit (e.g. technology, or several joined with +). "
            "Leave empty to search all of Reddit.",
        ),
        "client_id": (
            "Client id",
            False,
            "From a 'script' app at https://www.reddit.com/prefs/apps. Recommended: without it "
            "Reddit often refuses servers.",
        ),
        "client_secret": ("Client secret", False, "The secret of that app."),
        "api_base": (
            "API base",
            False,
            "Leave empty for Reddit; set only for a proxy you run or tests (serves the public "
            "search, the token endpoint and the OAuth API).",
        ),
    }

    def validate(self, config: dict[str, Any]) -> dict[str, Any]:
        cleaned = super().validate(config)
        subreddit = re.sub(r"^/?r/", "", cleaned["subreddit"]).strip("/")
        if subreddit and not _SUBREDDIT.match(subreddit):
            raise ConfigError(f"{subreddit!r} is not a subreddit name")
        cleaned["subreddit"] = subreddit
        if bool(cleaned["client_id"]) != bool(cleaned["client_secret"]):
            raise ConfigError("Client id and client secret go together: give both or neither")
        if cleaned["api_base"]:
            cleaned["api_base"] = base_url(cleaned["api_base"])
        return cleaned

    def _token(self, config: dict[str, Any], state: dict[str, Any], base: str) -> str:
        """A cached application-only token, or a new one (stored in ``state``)."""
        cached = state.get("token")
        fresh = (number(state.get("token_expires_at")) or 0) - TOKEN_MARGIN > time.time()
        if cached and fresh and state.get("token_client_id") == config["client_id"]:
            return str(cached)
        try:
            response = http.fetch(
                f"{base}/api/v1/access_token",
                method="POST",
                data={"grant_type": "client_credentials"},
                auth=(config["client_id"], config["client_secret"]),
            )
        except http.FetchError as exc:
            if exc.status in (400, 401, 403):
                raise exc.reworded(
                    f"Reddit refused the client id and secret (HTTP {exc.status}); check them"
                ) from exc
            raise _refused(exc, with_credentials=True) from exc
        payload = json_object(response, "Reddit")
        token = payload.get("access_token")
        if not token:
            error = payload.get("error") or "no access token in the answer"
            raise http.FetchError(f"Reddit refused the client id and secret ({error})")
        state["token"] = token
        state["token_expires_at"] = time.time() + (number(payload.get("expires_in")) or 3600)
        state["token_client_id"] = config["client_id"]
        return str(token)

    def _oauth_search(
        self, config: dict[str, Any], state: dict[str, Any], path: str, params: dict[str, Any]
    ) -> http.Response:
        base = config.get("api_base") or OAUTH_BASE
        token_base = config.get("api_base") or WWW_BASE

        def search(token: str) -> http.Response:
            headers = {"Authorization": f"Bearer {token}"}
            try:
                return http.fetch(f"{base}{path}", params=params, headers=headers)
            except http.FetchError as exc:
                raise _refused(exc, with_credentials=True) from exc

        token = self._token(config, state, token_base)
        try:
            return search(token)
        except http.FetchError as exc:
            if exc.status != 401:
                raise
        state.pop("token", None)  # revoked or expired early: get a new one, once
        return search(self._token(config, state, token_base))

    def fetch(
        self,
        config: dict[str, Any],
        state: dict[str, Any],
        *,
        etag: str = "",
        last_modified: str = "",
    ) -> FetchResult:
        state = dict(state)
        with_credentials = bool(config.get("client_id") and config.get("client_secret"))
        subreddit = config.get("subreddit") or ""
        params: dict[str, Any] = {
            "q": config["query"],
            "sort": "new",
            "type": "link",
            "limit": SEARCH_LIMIT,
            "raw_json": 1,  # HTML fields unescaped once, as the page shows them
        }
        if subreddit:
            params["restrict_sr"] = 1
        path = f"/r/{subreddit}/search" if subreddit else "/search"

        if not with_credentials:
            base = config.get("api_base") or WWW_BASE
            try:
                response = http.fetch(f"{base}{path}.json", params=params)
            except http.FetchError as exc:
                raise _refused(exc, with_credentials=False) from exc
        else:
            response = self._oauth_search(config, state, path, params)
        return FetchResult(items=parse_listing(json_object(response, "Reddit")), state=state)
