"""The tenancy matrix: every workspace URL, found automatically from the URLconf.

An outsider gets 404 on every one of them (GET and POST); a viewer gets 403 on every view
that needs more than the viewer role. A new view without the membership decorator fails.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from orm_dashboard.models import Role, Workspace
from orm_dashboard.tenancy import get_object_for_member, scoped
from tests.conftest import client_with_session, make_user, session_of
from tests.helpers import rows_made_once

DUMMY = {
    "int": "987654",
    "slug": "no-such-thing",
    "str": "x",
    "uuid": str(uuid.uuid4()),
    "path": "x",
}


def _walk(
    patterns: list, prefix: str = "", namespace: str = ""
) -> Iterator[tuple[str, object, str]]:
    for p in patterns:
        if isinstance(p, URLResolver):
            ns = f"{namespace}{p.namespace}:" if p.namespace else namespace
            yield from _walk(p.url_patterns, prefix + str(p.pattern), ns)
        elif isinstance(p, URLPattern):
            yield prefix + str(p.pattern), p, namespace


def workspace_urls() -> list[tuple[str, object, str]]:
    found = [
        (route, p, ns)
        for route, p, ns in _walk(get_resolver().url_patterns)
        if route.startswith("w/<slug:workspace>/")
    ]
    assert len(found) >= 5, found
    return found


def url_for(pattern: URLPattern, namespace: str, slug: str) -> str:
    kwargs = {"workspace": slug}
    for name, converter in pattern.pattern.converters.items():
        kwargs[name] = DUMMY.get(type(converter).__name__.removesuffix("Converter").lower(), "1")
    return reverse(f"{namespace}{pattern.name}", kwargs=kwargs)


WORKSPACE_URLS = workspace_urls()
IDS = [route for route, _, _ in WORKSPACE_URLS]


@rows_made_once
def walkers() -> dict[str, object]:
    """A workspace with a viewer, and a manager of another workspace, logged in: made once
    for the walk's ~1,200 requests (each test still gets a new Client, and what a request
    writes is undone after its test)."""
    walked = Workspace.objects.create(name="Walked", slug="walked")
    elsewhere = Workspace.objects.create(name="Elsewhere", slug="elsewhere")
    return {
        "workspace": walked.pk,
        "viewer": session_of(make_user("walk-viewer", walked, Role.VIEWER)),
        "outsider": session_of(make_user("walk-outsider", elsewhere, Role.MANAGER)),
    }


@pytest.fixture
def walked(walkers: dict[str, object], db: None) -> Workspace:
    return Workspace.objects.get(pk=walkers["workspace"])


@pytest.fixture
def walk_viewer(walkers: dict[str, object], db: None) -> Client:
    return client_with_session(walkers["viewer"])


@pytest.fixture
def walk_outsider(walkers: dict[str, object], db: None) -> Client:
    return client_with_session(walkers["outsider"])


@pytest.mark.parametrize(("route", "pattern", "namespace"), WORKSPACE_URLS, ids=IDS)
def test_every_workspace_view_checks_membership(
    route: str, pattern: URLPattern, namespace: str
) -> None:
    assert pattern.name, f"{route} has no URL name"
    assert hasattr(pattern.callback, "min_role"), f"{route} is not wrapped in member_required"


@pytest.mark.parametrize(("route", "pattern", "namespace"), WORKSPACE_URLS, ids=IDS)
def test_outsider_gets_404_everywhere(
    route: str, pattern: URLPattern, namespace: str, walked, walk_outsider: Client
) -> None:
    url = url_for(pattern, namespace, walked.slug)
    assert walk_outsider.get(url).status_code == 404
    assert walk_outsider.post(url).status_code == 404
    assert walk_outsider.get(url, headers={"HX-Request": "true"}).status_code == 404


@pytest.mark.parametrize(("route", "pattern", "namespace"), WORKSPACE_URLS, ids=IDS)
def test_viewer_gets_403_on_writes(
    route: str, pattern: URLPattern, namespace: str, walked, walk_viewer: Client
) -> None:
    url = url_for(pattern, namespace, walked.slug)
    if pattern.callback.min_role == Role.VIEWER:
        assert walk_viewer.post(url).status_code in (200, 404, 405)
    else:
        assert walk_viewer.post(url).status_code == 403
        assert walk_viewer.get(url).status_code == 403


@pytest.mark.parametrize(("route", "pattern", "namespace"), WORKSPACE_URLS, ids=IDS)
def test_anonymous_is_sent_to_login(
    route: str, pattern: URLPattern, namespace: str, walked
) -> None:
    response = Client().get(url_for(pattern, namespace, walked.slug))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


def test_unknown_workspace_is_404_for_members_too(owner_client: Client) -> None:
    assert owner_client.get("/w/does-not-exist/").status_code == 404


def test_scoped_helpers_never_cross_workspaces(
    rf, workspace, other_workspace, owner, outsider
) -> None:
    from django.http import Http404

    from orm_dashboard.models import Membership

    request = rf.get("/")
    request.workspace = workspace
    theirs = Membership.objects.get(user=outsider)
    ours = Membership.objects.get(user=owner)
    assert list(scoped(request, Membership)) == [ours]
    assert get_object_for_member(request, Membership, ours.pk) == ours
    with pytest.raises(Http404):
        get_object_for_member(request, Membership, theirs.pk)
    with pytest.raises(Http404):
        get_object_for_member(request, Membership, 10**9)


def test_roles_are_ordered() -> None:
    assert Role.MANAGER.allows(Role.AGENT)
    assert Role.AGENT.allows(Role.VIEWER)
    assert not Role.VIEWER.allows(Role.AGENT)
    assert not Role.AGENT.allows(Role.MANAGER)
