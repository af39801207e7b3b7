"""The mastodon connector: hashtag timelines with a since_id cursor, search with a token."""

from __future__ import annotations

import copy
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from mentions.connectors import ConfigError, get, mastodon
from orm_dashboard.http import FetchError
from tests.localserver import LocalServer, Reply, Request

FIXTURES = Path(__file__).parent / "fixtures"
TIMELINE = json.loads((FIXTURES / "mastodon_tag_timeline.json").read_text())
SEARCH = json.loads((FIXTURES / "mastodon_search_v2.json").read_text())
TAG_PATH = "/api/v1/timelines/tag/acme"
JSON = {"Content-Type": "application/json; charset=utf-8"}


def test_registered_under_its_kind() -> None:
    assert isinstance(get("mastodon"), mastodon.MastodonConnector)


def test_parse_tag_timeline() -> None:
    first, second = mastodon.parse_statuses(TIMELINE)

    assert first.external_id == "https://fosstodon.example/users/mirela/statuses/112372183990012345"
    assert first.url == "https://fosstodon.example/@mirela/112372183990012345"
    assert first.text == (
        "Three weeks with the #Acme X2 vacuum: quiet, but the app wants my location. Why?\n\n"
        "Returning it."
    )
    assert first.html.startswith("<p>Three weeks with the <a href=")
    assert first.author == "Mirela Pop"
    assert first.author_url == "https://fosstodon.example/@mirela"
    assert first.reach == 1840
    assert first.language == "en"
    assert first.published_at == datetime(2024, 5, 2, 10, 2, 41, tzinfo=UTC)

    assert second.title == "product rant"  # the content warning
    assert second.text == "Der #Acme Router startet jede Nacht neu.\nSupport? Fehlanzeige."
    assert second.author == "kbauer"  # no display name: the account name
    assert second.language == "de"
    assert second.reach == 96


def test_a_boost_is_read_as_the_boosted_post() -> None:
    boost = {
        "id": "112372199999999999",
        "uri": "https://mastodon.example/users/relay/statuses/112372199999999999/activity",
        "content": "",
        "account": {"acct": "relay", "followers_count": 5},
        "reblog": copy.deepcopy(TIMELINE[0]),
    }
    (item,) = mastodon.parse_statuses([boost])
    assert item.external_id == TIMELINE[0]["uri"]
    assert item.author == "Mirela Pop"
    assert "Three weeks" in item.text


def test_parse_v2_search() -> None:
    (item,) = mastodon.parse_statuses(SEARCH["statuses"])
    assert item.text == "Acme Cloud status page says green, our dashboards say otherwise."
    assert item.author == "Dan (on call)"
    assert item.reach == 523


def config(server: LocalServer, **extra: str) -> dict[str, Any]:
    return get("mastodon").validate(
        {"instance": "mastodon.example", "hashtag": "#acme", "api_base": server.url, **extra}
    )


def status(status_id: str) -> dict[str, Any]:
    return {
        "id": status_id,
        "uri": f"https://mastodon.example/users/u/statuses/{status_id}",
        "url": f"https://mastodon.example/@u/{status_id}",
        "created_at": "2024-05-02T10:00:00.000Z",
        "content": f"<p>#acme post {status_id}</p>",
        "language": "en",
        "account": {"acct": "u", "display_name": "U", "followers_count": 1},
    }


def test_first_poll_reads_the_tag_timeline(http_server: LocalServer) -> None:
    http_server.route(TAG_PATH, body=json.dumps(TIMELINE), headers=JSON)
    result = get("mastodon").fetch(config(http_server), {})

    assert len(result.items) == 2
    assert result.state == {"since_id": "112372184022311337"}
    (sent,) = http_server.requests
    assert sent.query == {"limit": ["40"]}
    assert sent.header("Authorization") is None


def test_next_poll_sends_since_id_and_follows_a_full_page(http_server: LocalServer) -> None:
    newest_first = [status(str(n)) for n in range(1045, 1000, -1)]  # 45 new posts

    def timeline(request: Request) -> Reply:
        max_id = int(request.query.get("max_id", ["9999"])[0])
        since_id = int(request.query["since_id"][0])
        page = [s for s in newest_first if since_id < int(s["id"]) < max_id][:40]
        return Reply(200, json.dumps(page), headers=JSON)

    http_server.route(TAG_PATH, timeline)
    result = get("mastodon").fetch(config(http_server), {"since_id": "1000"})

    assert len(result.items) == 45
    assert len({i.external_id for i in result.items}) == 45
    assert result.state == {"since_id": "1045"}
    first, second = http_server.requests
    assert first.query["since_id"] == ["1000"] and "max_id" not in first.query
    assert second.query["max_id"] == ["1006"]


def test_ids_of_different_lengths_order_numerically(http_server: LocalServer) -> None:
    http_server.route(TAG_PATH, body=json.dumps([status("1000"), status("998")]), headers=JSON)
    result = get("mastodon").fetch(config(http_server), {"since_id": "997"})
    assert result.state == {"since_id": "1000"}


def test_cursor_stays_when_nothing_is_new(http_server: LocalServer) -> None:
    http_server.route(TAG_PATH, body="[]", headers=JSON)
    result = get("mastodon").fetch(config(http_server), {"since_id": "1000"})
    assert result.items == []
    assert result.state == {"since_id": "1000"}


def test_search_with_an_access_token(http_server: LocalServer) -> None:
    http_server.route("/api/v2/search", body=json.dumps(SEARCH), headers=JSON)
    cfg = config(http_server, hashtag="", query="acme cloud", access_token="tok-123")

    result = get("mastodon").fetch(cfg, {"since_id": "112372180000000000"})

    assert [i.author for i in result.items] == ["Dan (on call)"]
    assert result.state == {"since_id": "112372199000000777"}
    (sent,) = http_server.requests
    assert sent.query["q"] == ["acme cloud"]
    assert sent.query["type"] == ["statuses"]
    assert sent.query["min_id"] == ["112372180000000000"]
    assert sent.header("Authorization") == "Bearer tok-123"


def test_refused_token(http_server: LocalServer) -> None:
    http_server.route(
        "/api/v2/search", Reply(401, b'{"error":"The access token is invalid"}', headers=JSON)
    )
    cfg = config(http_server, query="acme", access_token="expired")
    with pytest.raises(FetchError) as caught:
        get("mastodon").fetch(cfg, {})
    assert caught.value.status == 401
    assert "refused the access token" in caught.value.message


def test_instance_that_hides_tag_timelines_from_visitors(http_server: LocalServer) -> None:
    http_server.route(
        TAG_PATH, Reply(401, b'{"error":"This method requires an authenticated user"}')
    )
    with pytest.raises(FetchError, match="add an access token"):
        get("mastodon").fetch(config(http_server), {})


def test_rate_limited(http_server: LocalServer) -> None:
    http_server.route(
        TAG_PATH, Reply(429, b'{"error":"Too many requests"}', headers={"Retry-After": "300"})
    )
    with pytest.raises(FetchError) as caught:
        get("mastodon").fetch(config(http_server), {})
    assert caught.value.status == 429
    assert caught.value.retry_after == 300


def test_validate() -> None:
    connector = get("mastodon")
    cleaned = connector.validate({"instance": "mastodon.social/", "hashtag": "#Acme"})
    assert cleaned["instance"] == "https://mastodon.social"
    assert cleaned["hashtag"] == "Acme"
    assert (
        connector.validate({"instance": "https://fr.example/", "hashtag": "café"})["hashtag"]
        == "café"
    )
    with pytest.raises(ConfigError, match="Instance is required"):
        connector.validate({"hashtag": "acme"})
    with pytest.raises(ConfigError, match="https://"):
        connector.validate({"instance": "http://mastodon.social", "hashtag": "acme"})
    with pytest.raises(ConfigError, match="letters, digits"):
        connector.validate({"instance": "mastodon.social", "hashtag": "acme corp"})
    with pytest.raises(ConfigError, match="need an access token"):
        connector.validate({"instance": "mastodon.social", "query": "acme"})
    with pytest.raises(ConfigError, match="Give a hashtag"):
        connector.validate({"instance": "mastodon.social", "access_token": "t"})
