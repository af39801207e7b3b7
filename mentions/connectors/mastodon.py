"""Mastodon: a hashtag timeline on a chosen instance (no key), or full-text search with a token.

The hashtag timeline is public on most instances and complete for what that instance knows
(its own posts and those its users follow). Full-text search (``/api/v2/search``) needs an
access token and, on most instances, only finds posts whose authors opted in to search.
The cursor is the newest status id seen (``since_id``); a full page is followed down to it
so a busy interval loses nothing (up to MAX_PAGES pages).
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import quote, urlsplit

from mentions.connectors.base import (
    ConfigError,
    Connector,
    FetchResult,
    Item,
    base_url,
    language_code,
    parse_time,
    register,
)
from mentions.normalise import html_to_text
from orm_dashboard import http

PAGE_LIMIT = 40  # the API's maximum
MAX_PAGES = 5  # per poll once a cursor exists; the first poll reads one page only
_HASHTAG = re.compile(r"^\w+$")


def _get(url: str, params: dict[str, Any], token: str) -> Any:
    """GET JSON from the instance, turning its refusals into advice the manager can act on."""
    headers = {"Authorization": f"Bearer {token}"} if token else None
    try:
        return http.fetch(url, params=params, headers=headers).json()
    except http.FetchError as exc:
        if exc.status not in (401, 403):
            raise
        if token:
            message = (
                f"the instance refused the access token (HTTP {exc.status}); check the token "
                "and that it has the read scope"
            )
        else:
            message = (
                f"the instance does not show this to visitors without login (HTTP {exc.status}); "
                "add an access token"
            )
        raise exc.reworded(message) from exc


def _id_key(status_id: str) -> tuple[int, str]:
    """Order status ids: numeric strings of different lengths must not compare as text."""
    return (len(status_id), status_id)


def parse_statuses(statuses: list[dict[str, Any]]) -> list[Item]:
    """Items of a list of Status entities (a timeline, or ``statuses`` of a v2 search)."""
    items = []
    for status in statuses or []:
        if not isinstance(status, dict):
            continue
        shown = status.get("reblog") or status  # a boost: the boosted post is the mention
        account = shown.get("account") or {}
        content = shown.get("content") or ""
        followers = account.get("followers_count")
        items.append(
            Item(
                # The ActivityPub URI is the same on every instance; the id is not.
                external_id=shown.get("uri") or str(shown.get("id") or ""),
                url=shown.get("url") or shown.get("uri") or "",
                title=shown.get("spoiler_text") or "",  # the content warning, when any
                text=html_to_text(content),
                html=content,
                author=account.get("display_name") or account.get("acct") or "",
                author_url=account.get("url") or "",
                reach=followers if isinstance(followers, int) else None,
                published_at=parse_time(shown.get("created_at")),
                language=language_code(shown.get("language")),
                extra={
                    "acct": account.get("acct") or "",
                    "favourites_count": shown.get("favourites_count"),
                    "reblogs_count": shown.get("reblogs_count"),
                    "replies_count": shown.get("replies_count"),
                },
            )
        )
    return items


def _check_base(value: str, label: str, *, https_only: bool) -> str:
    """An instance may be given as a bare host name (mastodon.social); its query is dropped."""
    if "://" not in value:
        value = f"https://{value}"
    base_url(value, label, https_only=https_only, hint=", e.g. https://mastodon.social")
    parts = urlsplit(value)
    return f"{parts.scheme}://{parts.netloc}{parts.path}".rstrip("/")


@register
class MastodonConnector(Connector):
    kind = "mastodon"
    label = "Mastodon"
    fields = {
        "instance": (
            "Instance",
            True,
            "The server to read from, e.g. https://mastodon.social. It sees the posts of its "
            "own users and of accounts its users follow.",
        ),
        "hashtag": (
            "Hashtag",
            False,
            "Without the #, e.g. acme. Required unless you give an access token and search words.",
        ),
        "access_token": (
            "Access token",
            False,
            "Optional: a token with the read:search scope (Preferences > Development on your "
            "instance) enables full-text search.",
        ),
        "query": (
            "Search words",
            False,
            "Full-text search (needs the access token). Most instances only index posts "
            "whose authors opted in.",
        ),
        "api_base": (
            "API base",
            False,
            "Leave empty to use the instance; set only for a proxy you run or tests.",
        ),
    }

    def validate(self, config: dict[str, Any]) -> dict[str, Any]:
        cleaned = super().validate(config)
        cleaned["instance"] = _check_base(cleaned["instance"], "Instance", https_only=True)
        if cleaned["api_base"]:
            cleaned["api_base"] = _check_base(cleaned["api_base"], "API base", https_only=False)
        cleaned["hashtag"] = cleaned["hashtag"].lstrip("#")
        if cleaned["hashtag"] and not _HASHTAG.match(cleaned["hashtag"]):
            raise ConfigError("A hashtag is letters, digits and underscores only")
        if cleaned["query"] and not cleaned["access_token"]:
            raise ConfigError("Search words need an access token; or follow a hashtag instead")
        if not cleaned["hashtag"] and not cleaned["query"]:
            raise ConfigError("Give a hashtag, or an access token and search words")
        return cleaned

    def fetch(
        self,
        config: dict[str, Any],
        state: dict[str, Any],
        *,
        etag: str = "",
        last_modified: str = "",
    ) -> FetchResult:
        base = config.get("api_base") or config["instance"]
        token = config.get("access_token") or ""
        since_id = str(state.get("since_id") or "")
        result = FetchResult(state=dict(state))
        statuses: list[dict[str, Any]] = []

        if config.get("query") and token:
            params: dict[str, Any] = {
                "q": config["query"],
                "type": "statuses",
                "limit": PAGE_LIMIT,
                "resolve": "false",
            }
            if since_id:
                params["min_id"] = since_id
            payload = _get(f"{base}/api/v2/search", params, token)
            statuses = (payload.get("statuses") if isinstance(payload, dict) else None) or []
        else:
            url = f"{base}/api/v1/timelines/tag/{quote(config['hashtag'], safe='')}"
            params = {"limit": PAGE_LIMIT}
            if since_id:
                params["since_id"] = since_id
            for _page in range(MAX_PAGES if since_id else 1):
                page = _get(url, params, token)
                if not isinstance(page, list):
                    raise http.FetchError("the Mastodon instance did not answer with a timeline")
                statuses.extend(page)
                if len(page) < PAGE_LIMIT or not since_id:
                    break
                page_ids = [str(s["id"]) for s in page if isinstance(s, dict) and s.get("id")]
                if not page_ids:
                    break
                params["max_id"] = min(page_ids, key=_id_key)
            else:
                result.warnings.append(
                    f"more than {MAX_PAGES * PAGE_LIMIT} new posts since the last poll; "
                    "only the newest were read (poll this source more often)"
                )

        result.items = parse_statuses(statuses)
        ids = [str(s["id"]) for s in statuses if isinstance(s, dict) and s.get("id")]
        if ids:
            result.state["since_id"] = max([*ids, since_id], key=_id_key)
        return result
