"""The hackernews connector: Algolia search_by_date hits, and the created_at_i cursor."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from mentions.connectors import ConfigError, get, hackernews
from orm_dashboard.http import FetchError
from tests.localserver import LocalServer, Reply, Request

FIXTURES = Path(__file__).parent / "fixtures"
PATH = "/api/v1/search_by_date"


def recorded() -> dict[str, Any]:
    return json.loads((FIXTURES / "hn_search_by_date.json").read_text())


def test_registered_under_its_kind() -> None:
    assert isinstance(get("hackernews"), hackernews.HackerNewsConnector)


def test_parse_stories_and_comments() -> None:
    comment, story, ask = hackernews.parse_hits(recorded())

    assert comment.external_id == "40212345"
    assert comment.url == "https://news.ycombinator.com/item?id=40212345"
    assert comment.title == ""  # the story's title is not the comment's words
    assert comment.extra["story_title"] == "Show HN: A self-hosted status page"
    assert comment.text == (
        "We migrated off Acme last year. Their API rate limits were fine, but billing & support "
        "were a nightmare:\n- invoices in the wrong currency\n- tickets closed without an answer"
        "\nSee https://status.example.com/acme"
    )
    assert comment.html.startswith("We migrated off Acme last year.")
    assert "<p>- invoices" in comment.html
    assert comment.author == "grizzlybytes"
    assert comment.author_url == "https://news.ycombinator.com/user?id=grizzlybytes"
    assert comment.reach is None  # Algolia gives comments no points
    assert comment.published_at == datetime(2024, 5, 2, 10, 11, 42, tzinfo=UTC)

    assert story.url == "https://engineering.acme.example/blog/open-sourcing-sprocketd"
    assert story.title == "Acme Corp open-sources its sprocket scheduler"
    assert story.text == story.html == ""
    assert story.reach == 87
    assert story.extra["hn_url"] == "https://news.ycombinator.com/item?id=40211950"

    # Ask HN has no link: the item page is the URL; the text is story_text.
    assert ask.url == "https://news.ycombinator.com/item?id=40211802"
    assert ask.text.startswith('Since this morning our whole team gets "account suspended"')
    assert ask.reach == 3


def page(hits: list[dict[str, Any]], number: int, pages: int) -> dict[str, Any]:
    return {"hits": hits, "page": number, "nbPages": pages, "hitsPerPage": 100, "nbHits": 0}


def hit(object_id: int, created: int) -> dict[str, Any]:
    return {
        "objectID": str(object_id),
        "_tags": ["story"],
        "title": f"Acme story {object_id}",
        "url": f"https://news.example/{object_id}",
        "author": "someone",
        "points": 1,
        "created_at_i": created,
    }


def config(server: LocalServer) -> dict[str, Any]:
    return get("hackernews").validate({"query": "acme", "api_base": f"{server.url}/api/v1/"})


def test_first_poll_reads_one_page_and_sets_the_cursor(http_server: LocalServer) -> None:
    body = recorded()
    body["nbPages"] = 7  # even when there is more history, the first poll reads one page
    http_server.route(PATH, body=json.dumps(body), headers={"Content-Type": "application/json"})

    result = get("hackernews").fetch(config(http_server), {})

    assert len(result.items) == 3
    assert result.state == {"created_at_i": 1714644702}
    (sent,) = http_server.requests_to(PATH)
    assert sent.query["query"] == ["acme"]
    assert sent.query["tags"] == ["(story,comment)"]
    assert "numericFilters" not in sent.query


def test_next_poll_asks_only_for_newer_items_and_follows_pages(http_server: LocalServer) -> None:
    def answer(request: Request) -> Reply:
        number = int(request.query["page"][0])
        hits = [hit(2, 1714700200)] if number == 0 else [hit(1, 1714700100)]
        return Reply(200, json.dumps(page(hits, number, pages=2)))

    http_server.route(PATH, answer)
    result = get("hackernews").fetch(config(http_server), {"created_at_i": 1714644702})

    assert [i.external_id for i in result.items] == ["2", "1"]
    assert result.state == {"created_at_i": 1714700200}
    assert result.warnings == []
    sent = http_server.requests_to(PATH)
    assert [r.query["page"] for r in sent] == [["0"], ["1"]]
    assert all(r.query["numericFilters"] == ["created_at_i>1714644702"] for r in sent)


def test_cursor_stays_when_nothing_is_new(http_server: LocalServer) -> None:
    http_server.route(PATH, body=json.dumps(page([], 0, pages=0)))
    result = get("hackernews").fetch(config(http_server), {"created_at_i": 1714644702})
    assert result.items == []
    assert result.state == {"created_at_i": 1714644702}


def test_too_many_new_items_for_one_poll_is_a_warning(
    http_server: LocalServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(hackernews, "MAX_PAGES", 2)

    def answer(request: Request) -> Reply:
        number = int(request.query["page"][0])
        return Reply(200, json.dumps(page([hit(10 - number, 1714700000 - number)], number, 5)))

    http_server.route(PATH, answer)
    result = get("hackernews").fetch(config(http_server), {"created_at_i": 1714600000})
    assert len(http_server.requests_to(PATH)) == 2
    assert len(result.items) == 2
    assert "poll this source more often" in result.warnings[0]


def test_rate_limited(http_server: LocalServer) -> None:
    http_server.route(PATH, Reply(429, b"{}", headers={"Retry-After": "30"}))
    with pytest.raises(FetchError) as caught:
        get("hackernews").fetch(config(http_server), {})
    assert caught.value.retry_after == 30


def test_an_answer_that_is_not_a_json_object_fails_readably(http_server: LocalServer) -> None:
    http_server.route(PATH, body=b'["maintenance"]', headers={"Content-Type": "application/json"})
    with pytest.raises(FetchError, match="did not answer with a JSON object"):
        get("hackernews").fetch(config(http_server), {})


def test_validate() -> None:
    connector = get("hackernews")
    assert connector.validate({"query": " acme "}) == {"query": "acme", "api_base": ""}
    with pytest.raises(ConfigError, match="Search words is required"):
        connector.validate({"query": "  "})
    with pytest.raises(ConfigError, match="API base"):
        connector.validate({"query": "acme", "api_base": "gopher://hn.example"})
