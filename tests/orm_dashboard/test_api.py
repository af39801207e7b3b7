"""The REST API against its own OpenAPI schema, its keys, scopes, rate limit and tenancy.

Every documented (operation, status) pair has a scenario below that provokes it, and every
answer is validated against the schema the API publishes; a route or an error added to the
API without a scenario here fails ``test_every_documented_answer_has_a_scenario``.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

import jsonschema
import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.utils import timezone
from openapi_spec_validator import validate as validate_spec

from crisis.models import Incident, IncidentStatus, Severity
from mentions.models import Mention, MentionBrand, MentionNote, Source
from orm_dashboard import apikeys
from orm_dashboard.api import api
from orm_dashboard.models import ApiKey, Event, Role, Workspace
from reviews.models import Reply
from tests.conftest import make_user
from tests.helpers import rows_made_once
from tests.reviews import factories as rf

SCHEMA = json.loads(json.dumps(api.get_openapi_schema()))  # keys as served
OPERATIONS = [
    (method.upper(), path, status)
    for path, item in SCHEMA["paths"].items()
    for method, operation in item.items()
    for status in operation["responses"]
]


# --- a workspace's worth of data, in two workspaces -------------------------------------


def populate(ws: Workspace, author: Any) -> dict[str, int]:
    brand = rf.brand(ws)
    source = Source.objects.create(workspace=ws, kind="rss", name="Feed", config={"url": "x"})
    mention = Mention.objects.create(
        workspace=ws,
        source=source,
        fingerprint=f"m-{ws.pk}",
        content_hash="",
        title="Acme rockets explode",
        text="Acme rockets exploded on the pad",
        published_at=timezone.now() - timedelta(hours=1),
        language="en",
        sentiment_label="negative",
    )
    MentionBrand.objects.create(
        workspace=ws,
        mention=mention,
        brand=brand,
        published_at=mention.published_at,
        sentiment_label="negative",
    )
    MentionNote.objects.create(workspace=ws, mention=mention, author=author, text="seen")
    review = rf.review(ws, rf.source(ws, "manual"))
    rf.reply(
        review,
        author,
        "Hi Anna, thank you for telling us. We are sorry and are fixing the crash.",
        Reply.Status.SUBMITTED,
    )
    incident = Incident.objects.create(
        workspace=ws,
        brand=brand,
        kind="keyword",
        severity=Severity.HIGH,
        title="Acme: keyword trigger",
        explanation={"summary": "recall named 3 times"},
    )
    return {
        "brand_id": brand.pk,
        "source_id": source.pk,
        "mention_id": mention.pk,
        "review_id": review.pk,
        "review_source_id": review.source_id,
        "incident_id": incident.pk,
    }


@dataclass
class World:
    ours: dict[str, int]
    theirs: dict[str, int]
    write: str
    read: str
    approver: str
    other: str
    workspace: Workspace
    keys: dict[str, ApiKey] = field(default_factory=dict)


@rows_made_once
def people_and_data() -> dict[str, Any]:
    """The two workspaces, their people and data: the same for every test of the module,
    made once (the keys are each test's own: the rate limit counts per key in Redis)."""
    acme = Workspace.objects.create(name="Acme Corp", slug="acme")
    globex = Workspace.objects.create(name="Globex", slug="globex")
    owner = make_user("owner", acme, Role.MANAGER)
    teammate = make_user("teammate", acme, Role.AGENT)
    outsider = make_user("outsider", globex, Role.MANAGER)
    return {
        "workspace": acme.pk,
        "other_workspace": globex.pk,
        "owner": owner.pk,
        "teammate": teammate.pk,
        "outsider": outsider.pk,
        "ours": populate(acme, teammate),
        "theirs": populate(globex, outsider),
    }


@pytest.fixture
def workspace(people_and_data: dict[str, Any], db: None) -> Workspace:
    return Workspace.objects.get(pk=people_and_data["workspace"])


@pytest.fixture
def other_workspace(people_and_data: dict[str, Any], db: None) -> Workspace:
    return Workspace.objects.get(pk=people_and_data["other_workspace"])


@pytest.fixture
def owner(people_and_data: dict[str, Any], db: None) -> Any:
    return get_user_model().objects.get(pk=people_and_data["owner"])


@pytest.fixture
def teammate(people_and_data: dict[str, Any], db: None) -> Any:
    return get_user_model().objects.get(pk=people_and_data["teammate"])


@pytest.fixture
def outsider(people_and_data: dict[str, Any], db: None) -> Any:
    return get_user_model().objects.get(pk=people_and_data["outsider"])


@pytest.fixture
def world(people_and_data: dict[str, Any], workspace, other_workspace, owner) -> World:
    ours, theirs = dict(people_and_data["ours"]), dict(people_and_data["theirs"])
    keys: dict[str, ApiKey] = {}
    clear: dict[str, str] = {}
    for name, ws, scope, approve in (
        ("write", workspace, "write", False),
        ("read", workspace, "read", False),
        ("approver", workspace, "write", True),
        ("other", other_workspace, "write", True),
    ):
        keys[name], clear[name] = apikeys.create(
            ws, f"{name} key", scope, created_by=owner, may_approve=approve
        )
    return World(ours, theirs, workspace=workspace, keys=keys, **clear)


def call(
    method: str,
    path: str,
    key: str | None,
    *,
    body: Any = None,
    query: dict[str, Any] | None = None,
) -> Any:
    headers = {"Authorization": f"Bearer {key}"} if key else {}
    client = Client()
    if method == "GET":
        return client.get(path, query or {}, headers=headers)
    return client.generic(
        method,
        path + ("?" + "&".join(f"{k}={v}" for k, v in (query or {}).items()) if query else ""),
        json.dumps(body if body is not None else {}),
        content_type="application/json",
        headers=headers,
    )


def fill(path: str, ids: dict[str, int]) -> str:
    for name, value in ids.items():
        path = path.replace("{" + name + "}", str(value))
    return path


# --- the scenarios: (method, path) -> how to get a success, and what each error needs --------

OK_BODIES: dict[tuple[str, str], Any] = {
    ("PATCH", "/api/v1/mentions/{mention_id}"): {
        "status": "open",
        "add_tags": ["VIP"],
        "sentiment_label": "positive",
    },
    ("POST", "/api/v1/mentions/{mention_id}/notes"): {"text": "Escalate this @teammate"},
    ("PUT", "/api/v1/reviews/{review_id}/reply"): {"text": "Thank you, Anna. A fix is coming."},
    ("POST", "/api/v1/reviews/{review_id}/reply/submit"): {"acknowledge_warnings": True},
    ("POST", "/api/v1/incidents/{incident_id}/resolve"): {"what": "A recall", "changed": "QA"},
}
INVALID: dict[tuple[str, str], dict[str, Any]] = {
    ("GET", "/api/v1/mentions"): {"query": {"limit": 1000}},
    ("PATCH", "/api/v1/mentions/{mention_id}"): {"body": {"status": "archived"}},
    ("POST", "/api/v1/mentions/{mention_id}/notes"): {"body": {"text": ""}},
    ("GET", "/api/v1/overview"): {
        "query": {"period": "custom", "since": "2026-02-01", "until": "2026-01-01"}
    },
    ("GET", "/api/v1/reviews"): {"query": {"limit": 0}},
    ("PUT", "/api/v1/reviews/{review_id}/reply"): {"body": {"text": ""}},
    ("POST", "/api/v1/reviews/{review_id}/reply/approve"): {"body": {}},
    ("GET", "/api/v1/replies"): {"query": {"status": "lost"}},
    ("GET", "/api/v1/incidents"): {"query": {"status": "sleeping"}},
    ("POST", "/api/v1/incidents/{incident_id}/resolve"): {"body": {"what": "x" * 6000}},
}


def _prepare_ok(method: str, path: str, w: World) -> dict[str, Any]:
    """Whatever a success needs beyond the world: state, body and which key."""
    key = w.write
    if path.endswith("/resume"):
        Source.objects.filter(pk=w.ours["source_id"]).update(enabled=False)
    if path.endswith("/submit"):
        Reply.objects.filter(mention_id=w.ours["review_id"]).update(status=Reply.Status.DRAFT)
    body: Any = OK_BODIES.get((method, path))
    if path.endswith("/approve"):
        key = w.approver
        body = {"version": Reply.objects.get(mention_id=w.ours["review_id"]).version}
    return {"key": key, "body": body}


def _prepare_conflict(method: str, path: str, w: World) -> dict[str, Any]:
    """A 409: the thing is not in a state the operation applies to."""
    ours = w.ours
    if path.endswith("/pause"):
        Source.objects.filter(pk=ours["source_id"]).update(enabled=False)
    elif path.endswith("/resume"):
        pass  # running already
    elif path.endswith("/acknowledge"):
        Incident.objects.filter(pk=ours["incident_id"]).update(status=IncidentStatus.ACKNOWLEDGED)
    elif path.endswith("/resolve"):
        Incident.objects.filter(pk=ours["incident_id"]).update(status=IncidentStatus.RESOLVED)
    elif path.endswith("/reply") or path.endswith("/submit"):
        Reply.objects.filter(mention_id=ours["review_id"]).update(status=Reply.Status.PUBLISHED)
    elif path.endswith("/approve"):
        return {"key": w.approver, "body": {"version": 99}}
    else:  # pragma: no cover
        raise AssertionError(f"no 409 scenario for {method} {path}")
    return {"key": w.write, "body": OK_BODIES.get((method, path))}


def provoke(method: str, path: str, status: str, w: World, settings: Any) -> Any:
    """Make the documented ``status`` happen for this operation; returns the response."""
    ids = w.ours
    spec: dict[str, Any] = {"key": w.write, "body": OK_BODIES.get((method, path)), "query": None}
    if status in ("200", "201"):
        spec.update(_prepare_ok(method, path, w))
    elif status == "401":
        spec["key"] = None
    elif status == "403":
        spec["key"] = w.read
    elif status == "404":
        ids = w.theirs  # another workspace's objects: the tenancy walk
        if "{" not in path:  # the overview: a brand of another workspace
            spec["query"] = {"brand": w.theirs["brand_id"]}
        if path.endswith("/approve"):
            spec.update(key=w.approver, body={"version": 1})
    elif status == "409":
        spec.update(_prepare_conflict(method, path, w))
    elif status == "422":
        spec.update(INVALID[(method, path)])
        if path.endswith("/approve"):
            spec["key"] = w.approver
    elif status == "429":
        settings.API_RATE_LIMIT = 1
        call("GET", "/api/v1/brands", w.write)
    else:  # pragma: no cover
        raise AssertionError(f"no scenario for {status}")
    response = call(method, fill(path, ids), spec["key"], body=spec["body"], query=spec["query"])
    if status == "429" and response.status_code != 429:
        # The limit's minute ended between the two requests: this one opened the new
        # minute, so the same request again is over the limit.
        response = call(method, fill(path, ids), spec["key"], body=spec["body"])
    return response


def validate(response: Any, method: str, path: str, status: str) -> None:
    operation = SCHEMA["paths"][path][method.lower()]
    documented = operation["responses"][status]["content"]["application/json"]["schema"]
    schema = {**documented, "components": SCHEMA["components"]}
    jsonschema.Draft202012Validator(schema).validate(response.json())


@pytest.mark.parametrize(
    ("method", "path", "status"), OPERATIONS, ids=[" ".join(o) for o in OPERATIONS]
)
def test_every_documented_answer(
    method: str, path: str, status: str, world: World, settings: Any
) -> None:
    response = provoke(method, path, status, world, settings)
    assert response.status_code == int(status), response.content[:500]
    assert response["Content-Type"].startswith("application/json")
    validate(response, method, path, status)
    body = response.json()
    if status == "429":
        assert body["code"] == "rate_limited"
        assert int(response["Retry-After"]) >= 1
    if status == "404":
        assert body["code"] == "not_found"


def test_the_schema_is_valid_openapi_and_every_route_is_documented() -> None:
    validate_spec(SCHEMA)
    routes = {(m, p) for m, p, _ in OPERATIONS}
    assert len(routes) >= 23, routes
    for method, path, _ in OPERATIONS:
        statuses = set(SCHEMA["paths"][path][method.lower()]["responses"])
        assert {"401", "429"} <= statuses, (method, path)
        if "{" in path:
            assert "404" in statuses, (method, path)  # tenancy is documented
        if method != "GET":
            assert "403" in statuses, (method, path)  # read-only keys


# --- tenancy: lists show only the key's workspace ----------------------------------------


LISTED = {  # list route -> (the field naming each row, the world's ids of that kind)
    "/api/v1/brands": ("id", ("brand_id",)),
    "/api/v1/sources": ("id", ("source_id", "review_source_id")),
    "/api/v1/mentions": ("id", ("mention_id", "review_id")),
    "/api/v1/reviews": ("id", ("review_id",)),
    "/api/v1/replies": ("review_id", ("review_id",)),
    "/api/v1/incidents": ("id", ("incident_id",)),
}


def test_lists_never_show_another_workspace(world: World) -> None:
    lists = {p for m, p, s in OPERATIONS if m == "GET" and s == "200" and "{" not in p}
    assert lists - {"/api/v1/overview"} == set(LISTED), "a new list route needs a line here"
    for path, (field_name, kinds) in LISTED.items():
        for key, mine in ((world.write, world.ours), (world.other, world.theirs)):
            query = None if path.endswith(("brands", "sources", "replies")) else {"status": "all"}
            response = call("GET", path, key, query=query)
            assert response.status_code == 200, (path, response.content[:300])
            body = response.json()
            rows = body["items"] if isinstance(body, dict) else body
            assert {row[field_name] for row in rows} == {mine[k] for k in kinds}, path
    overview = call("GET", "/api/v1/overview", world.write).json()
    assert {b["brand_id"] for b in overview["share_of_voice"]} == {world.ours["brand_id"]}


# --- keys --------------------------------------------------------------------------------


def test_a_key_is_shown_once_and_stored_as_a_hash(world: World, owner_client: Client) -> None:
    page = owner_client.post("/w/acme/settings/api-keys/", {"name": "BI", "scope": "read"})
    assert page.status_code == 200
    assert "no-store" in page["Cache-Control"]
    key = ApiKey.objects.get(name="BI")
    clear = page.context["created"]
    assert clear.startswith(f"orm_{key.prefix}_") and clear.encode() in page.content
    assert key.hashed == apikeys.digest(clear) and clear not in key.hashed
    assert not ApiKey.objects.filter(hashed__contains=clear[12:]).exists()
    again = owner_client.get("/w/acme/settings/api-keys/")
    assert clear.encode() not in again.content and f"orm_{key.prefix}_".encode() in again.content
    assert call("GET", "/api/v1/brands", clear).status_code == 200


def test_only_managers_manage_keys(world: World, teammate_client: Client) -> None:
    assert teammate_client.get("/w/acme/settings/api-keys/").status_code == 403


def test_bad_and_revoked_keys_are_refused(world: World, owner: Any) -> None:
    assert call("GET", "/api/v1/brands", world.write + "x").json()["code"] == "invalid_key"
    assert call("GET", "/api/v1/brands", "orm_nothing").json()["code"] == "invalid_key"
    assert call("GET", "/api/v1/brands", None).json()["code"] == "unauthenticated"
    assert apikeys.revoke(world.keys["write"], owner)
    response = call("GET", "/api/v1/brands", world.write)
    assert (response.status_code, response.json()["code"]) == (401, "key_revoked")
    event = Event.objects.get(verb="api_key.revoked")
    assert event.actor == owner


def test_read_keys_read_and_never_write(world: World) -> None:
    writes = {(m, p) for m, p, _ in OPERATIONS if m != "GET"}
    for method, path in writes:
        response = call(method, fill(path, world.ours), world.read, body={})
        assert (response.status_code, response.json()["code"]) == (403, "read_only_key")
    assert Mention.objects.get(pk=world.ours["mention_id"]).status == "new"


def test_approval_needs_a_key_allowed_to_approve(world: World) -> None:
    version = Reply.objects.get(mention_id=world.ours["review_id"]).version
    path = f"/api/v1/reviews/{world.ours['review_id']}/reply/approve"
    refused = call("POST", path, world.write, body={"version": version})
    assert (refused.status_code, refused.json()["code"]) == (403, "approval_not_allowed")
    approved = call("POST", path, world.approver, body={"version": version})
    assert approved.status_code == 200 and approved.json()["status"] in ("approved", "scheduled")


def test_writes_are_audited_under_the_keys_name(world: World) -> None:
    path = f"/api/v1/mentions/{world.ours['mention_id']}"
    assert call("PATCH", path, world.write, body={"status": "done"}).status_code == 200
    event = Event.objects.get(verb="mention.status", object_id=world.ours["mention_id"])
    assert event.actor == world.keys["write"].user
    assert event.actor.get_full_name() == "API key write key"
    world.keys["write"].refresh_from_db()
    assert world.keys["write"].last_used_at is not None


def test_last_used_is_written_at_most_once_a_minute(
    world: World, django_assert_max_num_queries: Callable[..., Any]
) -> None:
    call("GET", "/api/v1/brands", world.write)
    with django_assert_max_num_queries(2):  # the key, the brands: no UPDATE of last_used_at
        call("GET", "/api/v1/brands", world.write)


# --- mentions: the inbox's filters and paging -------------------------------------------


def test_mentions_page_by_cursor_with_the_inbox_filters(world: World, teammate: Any) -> None:
    ws = world.workspace
    base = timezone.now() - timedelta(days=2)
    source = Source.objects.get(pk=world.ours["source_id"])
    for i in range(7):
        Mention.objects.create(
            workspace=ws,
            source=source,
            fingerprint=f"p{i}",
            content_hash="",
            title=f"Rocket {i}",
            text="A rocket review" if i % 2 else "Something else",
            published_at=base - timedelta(minutes=i),
            language="en",
            sentiment_label="positive" if i % 2 else "neutral",
            status="open",
        )
    seen: list[int] = []
    after = ""
    while True:
        query = {"limit": 3, "sentiment": "positive", "status": "all"}
        if after:
            query["after"] = after
        page = call("GET", "/api/v1/mentions", world.read, query=query).json()
        seen += [m["id"] for m in page["items"]]
        if not page["next"]:
            break
        after = page["next"]
    expected = list(
        Mention.objects.filter(workspace=ws, sentiment_label="positive")
        .order_by("-published_at", "-id")
        .values_list("id", flat=True)
    )
    assert seen == expected and len(seen) == 3
    found = call("GET", "/api/v1/mentions", world.read, query={"q": "review", "status": "all"})
    assert {m["title"] for m in found.json()["items"]} == {"Rocket 1", "Rocket 3", "Rocket 5"}
    bad = call("GET", "/api/v1/mentions", world.read, query={"after": "yesterday"})
    assert (bad.status_code, bad.json()["code"]) == (422, "invalid_cursor")


def test_docs_and_schema_are_served_by_the_app(world: World) -> None:
    client = Client()
    schema = client.get("/api/v1/openapi.json")
    assert schema.status_code == 200 and schema.json()["info"]["title"] == "ORM Dashboard API"
    docs = client.get("/api/v1/docs")
    assert docs.status_code == 200
    page = docs.content.decode()
    assert "Content-Security-Policy" in docs.headers
    assert "unsafe-inline" not in docs["Content-Security-Policy"]
    assert "cdn" not in page.lower()
    import re

    assets = re.findall(r'(?:src|href)="(/static/[^"]+)"', page)
    assert any(a.endswith("swagger-ui-bundle.js") for a in assets), assets
    for asset in assets:
        assert client.get(asset).status_code == 200, asset
    assert "<script>" not in page  # no inline script: the settings are a JSON data block


def test_a_key_acts_as_no_member(world: World) -> None:
    """A key is not paged, assigned or listed as a teammate."""
    from mentions.actions import assignable

    users = {u.pk for u in assignable(world.workspace.pk)}
    assert world.keys["write"].user_id not in users
    assert not world.keys["write"].user.is_active
