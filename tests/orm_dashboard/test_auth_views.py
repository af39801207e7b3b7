from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from orm_dashboard.models import Membership, Role, Workspace
from tests.conftest import PASSWORD


def test_login_lands_on_first_workspace(owner, workspace) -> None:
    client = Client()
    response = client.post(reverse("login"), {"username": "owner", "password": PASSWORD})
    assert response.status_code == 302
    response = client.get(response["Location"])
    assert response.status_code == 302
    assert response["Location"] == reverse("overview", kwargs={"workspace": workspace.slug})
    page = client.get(response["Location"])
    assert page.status_code == 200
    assert b"Overview" in page.content


def test_wrong_password_shows_error(owner) -> None:
    response = Client().post(reverse("login"), {"username": "owner", "password": "nope"})
    assert response.status_code == 200
    assert b"Please enter a correct username and password" in response.content


def test_user_without_workspace_sees_explanation(db) -> None:
    from tests.conftest import client_for, make_user

    client = client_for(make_user("lonely", None, None))
    response = client.get(reverse("home"))
    assert response.status_code == 200
    assert b"You are not in a workspace yet" in response.content


def test_switcher_lists_only_own_workspaces(owner, workspace, other_workspace) -> None:
    third = Workspace.objects.create(name="Initech", slug="initech")
    Membership.objects.create(user=owner, workspace=third, role=Role.VIEWER)
    from tests.conftest import client_for

    html = client_for(owner).get(reverse("overview", kwargs={"workspace": "acme"})).content.decode()
    assert "/w/initech/" in html
    assert "/w/globex/" not in html


def test_logout_needs_post(owner_client: Client) -> None:
    assert owner_client.get(reverse("logout")).status_code == 405
    response = owner_client.post(reverse("logout"))
    assert response.status_code == 302
    assert owner_client.get(reverse("home")).status_code == 302


def test_password_change(owner, owner_client: Client) -> None:
    response = owner_client.post(
        reverse("password_change"),
        {
            "old_password": PASSWORD,
            "new_password1": "a-new-long-pass-123",
            "new_password2": "a-new-long-pass-123",
        },
    )
    assert response.status_code == 302
    owner.refresh_from_db()
    assert owner.check_password("a-new-long-pass-123")


@pytest.mark.django_db
def test_repeated_failures_cool_off_then_allow_again(owner, settings) -> None:
    from axes.models import AccessAttempt
    from django.utils import timezone

    client = Client()
    for _ in range(settings.AXES_FAILURE_LIMIT):
        client.post(reverse("login"), {"username": "owner", "password": "wrong"})
    locked = client.post(reverse("login"), {"username": "owner", "password": PASSWORD})
    assert locked.status_code == 429
    assert b"paused for a few minutes" in locked.content
    # After the cool-off the right password works again: a pause, never a permanent lock.
    AccessAttempt.objects.update(attempt_time=timezone.now() - settings.AXES_COOLOFF_TIME * 2)
    response = client.post(reverse("login"), {"username": "owner", "password": PASSWORD})
    assert response.status_code == 302


def test_pages_carry_csp_without_unsafe(owner_client: Client) -> None:
    response = owner_client.get(reverse("overview", kwargs={"workspace": "acme"}))
    csp = response["Content-Security-Policy"]
    assert "script-src 'self'" in csp
    assert "unsafe-inline" not in csp
    assert "unsafe-eval" not in csp
    html = response.content.decode()
    assert "<style" not in html
    assert 'style="' not in html
    assert '"allowEval": false' in html
    assert '"includeIndicatorStyles": false' in html
    assert 'hx-headers=\'{"X-CSRFToken"' in html
    assert "htmx" in html and "cdn" not in html.lower()
