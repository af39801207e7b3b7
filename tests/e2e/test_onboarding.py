"""In a real browser, an agency onboards a client without the admin site: the owner creates
the workspace, invites an agent by email; a real worker sends the invitation through real
SMTP; the agent opens the link from that email, sets a name and password and lands in the
workspace; the owner changes the agent's role, then removes them, and their next page is a
404."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from orm_dashboard.models import Event, Membership, Role, Workspace
from tests.conftest import PASSWORD
from tests.crisis.conftest import _email_settings, wait_for  # noqa: F401
from tests.e2e.conftest import log_in, screenshot

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_create_client_invite_accept_change_role_remove(
    new_page, celery_worker_process, smtp
) -> None:
    boss = get_user_model().objects.create_superuser("boss", "boss@example.test", PASSWORD)
    boss.first_name, boss.last_name = "Morgan", "Lee"
    boss.save()

    # The agency owner has no workspace yet: the empty page offers to create one.
    owner = new_page()
    log_in(owner, "boss", PASSWORD)
    owner.get_by_role("link", name="Create a client workspace").click()
    owner.get_by_label("Client name").fill("Northwind Bakery")
    expect(owner.get_by_label("Address")).to_have_value("northwind-bakery")  # suggested
    expect(owner.locator("#address-check")).to_have_text("/w/northwind-bakery/ is free.")
    owner.get_by_label("Time zone").select_option("Europe/Vienna")
    owner.get_by_label("Language").select_option("de")
    screenshot(owner, "onboarding-new-client")
    owner.get_by_role("button", name="Create workspace").click()
    owner.wait_for_url(re.compile(r"/w/northwind-bakery/$"))
    expect(owner.get_by_text("Northwind Bakery is ready and you are its manager")).to_be_visible()
    workspace = Workspace.objects.get(slug="northwind-bakery")
    assert (workspace.time_zone, workspace.language) == ("Europe/Vienna", "de")

    # Invite an agent from the Members page.
    owner.get_by_role("navigation", name="Workspace").get_by_role("link", name="Settings").click()
    owner.get_by_label("Email address").fill("alex@example.test")
    owner.locator("#id_role").select_option("agent")  # the invitation form's role
    owner.get_by_role("button", name="Send invitation").click()
    expect(owner.get_by_text("Invitation emailed to alex@example.test as agent")).to_be_visible()
    expect(owner.get_by_test_id("invitations")).to_contain_text("alex@example.test")

    # The real worker sends it through the real SMTP server.
    [email] = wait_for(lambda: smtp.inbox.to("alex@example.test"), what="the invitation email")
    assert email["Subject"] == "Morgan Lee invited you to Northwind Bakery"
    body = email.get_body(preferencelist=("plain",)).get_content()
    link = re.search(r"https?://\S+/invitation/\S+/", body)
    assert link, body

    # The agent opens it, chooses a name and password, and lands in the workspace.
    agent = new_page()
    agent.goto(urlsplit(link.group()).path)
    expect(agent.get_by_role("heading", name="Join Northwind Bakery")).to_be_visible()
    agent.get_by_label("Your name").fill("Alex Rivera")
    expect(agent.get_by_label("Username")).to_have_value("alex")
    agent.locator("#id_password1").fill("crusty-loaf-4821")
    agent.locator("#id_password2").fill("crusty-loaf-4821")
    screenshot(agent, "onboarding-accept")
    agent.get_by_role("button", name="Create account and join").click()
    agent.wait_for_url(re.compile(r"/w/northwind-bakery/$"))
    expect(agent.get_by_text("Welcome to Northwind Bakery. You are an agent.")).to_be_visible()
    expect(agent.locator("details.usermenu summary")).to_contain_text("Alex Rivera")
    expect(agent.locator("details.usermenu summary")).to_contain_text("Agent")
    assert agent.errors == [], agent.errors

    # The owner sees the new member by name and makes them a viewer.
    owner.reload()
    members = owner.get_by_test_id("members")
    expect(members).to_contain_text("Alex Rivera")
    owner.get_by_label("Role of Alex Rivera").select_option("viewer")
    owner.get_by_role("button", name="Change role of Alex Rivera").click()
    expect(owner.get_by_text("Alex Rivera is now a viewer.")).to_be_visible()
    agent.reload()
    expect(agent.locator("details.usermenu summary")).to_contain_text("Viewer")

    # Removed: the agent's very next request for the workspace is a 404.
    owner.get_by_role("button", name="Remove Alex Rivera").click()
    expect(owner.get_by_text("Alex Rivera is removed")).to_be_visible()
    history = owner.get_by_test_id("member-history")
    for line in (
        "Morgan Lee removed Alex Rivera (viewer)",
        "Morgan Lee changed the role of Alex Rivera from agent to viewer",
        "Alex Rivera accepted the invitation (alex@example.test) and joined as agent",
        "Morgan Lee invited alex@example.test as agent",
        "Morgan Lee created the workspace Northwind Bakery",
    ):
        expect(history).to_contain_text(line)
    screenshot(owner, "onboarding-members")
    assert owner.errors == [], owner.errors
    response = agent.goto("/w/northwind-bakery/")
    assert response is not None and response.status == 404
    alex = get_user_model().objects.get(username="alex")
    assert not Membership.objects.filter(user=alex, workspace=workspace).exists()
    assert Membership.objects.get(user=boss, workspace=workspace).role == Role.MANAGER
    assert Event.objects.filter(workspace=workspace, verb="member.remove").count() == 1


def test_switcher_searches_and_shows_open_work(new_page, owner, workspace, other_workspace) -> None:
    from tests.mentions.factories import make_mention

    Membership.objects.create(user=owner, workspace=other_workspace, role=Role.AGENT)
    initech = Workspace.objects.create(name="Initech", slug="initech")
    Membership.objects.create(user=owner, workspace=initech, role=Role.VIEWER)
    make_mention(other_workspace, title="Globex is on the news")
    page = new_page()
    log_in(page, "owner", PASSWORD)
    page.wait_for_url(re.compile(r"/w/acme/$"))
    switcher = page.get_by_test_id("workspace-switcher")
    switcher.locator("summary").click()
    # The open-work counts come in when the menu opens.
    expect(
        switcher.get_by_role("link", name=re.compile(r"Globex.*1 new mention\b"))
    ).to_be_visible()
    switcher.get_by_role("searchbox", name="Search clients by name").fill("ini")
    expect(switcher.get_by_role("link", name="Initech")).to_be_visible()
    expect(switcher.get_by_role("link", name=re.compile("Globex"))).to_be_hidden()
    expect(switcher.get_by_role("link", name="Acme Corp")).to_be_hidden()
    screenshot(page, "switcher-search")
    switcher.get_by_role("link", name="Initech").click()
    page.wait_for_url(re.compile(r"/w/initech/$"))
    # Recently used first: Initech now leads the list, then Acme.
    page.get_by_test_id("workspace-switcher").locator("summary").click()
    names = page.locator("#switcher-list li a").all_inner_texts()
    assert [n.split("\n")[0].strip() for n in names][:2] == ["Initech", "Acme Corp"], names
    assert page.errors == [], page.errors
