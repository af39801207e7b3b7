"""A person's own account and "Forgot password?" (Django's reset views, rate limited)."""

from __future__ import annotations

import re

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse

from orm_dashboard import broker
from orm_dashboard.models import Profile
from tests.conftest import PASSWORD


@pytest.fixture(autouse=True)
def _fresh_limits() -> None:
    client = broker.client()
    for key in client.scan_iter("orm:pwreset:*"):
        client.delete(key)


def ask_reset(client: Client, email: str) -> object:
    return client.post(reverse("password_reset"), {"email": email})


def test_login_page_offers_forgot_password(db) -> None:
    html = Client().get(reverse("login")).content.decode()
    assert reverse("password_reset") in html and "Forgot password?" in html


def test_reset_email_link_sets_a_new_password_once(owner, settings) -> None:
    settings.SITE_URL = "https://orm.example.test"
    client = Client()
    response = ask_reset(client, "OWNER@example.test")
    assert response["Location"] == reverse("password_reset_done")
    assert len(mail.outbox) == 1
    link = re.search(r"https://orm\.example\.test(/password/reset/\S+/)", mail.outbox[0].body)
    assert link, mail.outbox[0].body
    page = client.get(link.group(1), follow=True)
    assert "Choose a new password" in page.content.decode()
    form_url = page.redirect_chain[-1][0]
    done = client.post(
        form_url, {"new_password1": "fresh-horse-7719", "new_password2": "fresh-horse-7719"}
    )
    assert done["Location"] == reverse("password_reset_complete")
    owner.refresh_from_db()
    assert owner.check_password("fresh-horse-7719")
    again = Client().get(link.group(1), follow=True)
    assert "This link does not work" in again.content.decode()


def test_answer_never_reveals_whether_an_address_exists(owner) -> None:
    known = ask_reset(Client(), "owner@example.test")
    unknown = ask_reset(Client(), "nobody@example.test")
    assert known.status_code == unknown.status_code == 302
    assert known["Location"] == unknown["Location"]
    assert len(mail.outbox) == 1


def test_reset_is_rate_limited_without_saying_so(owner, settings) -> None:
    settings.PASSWORD_RESET_LIMIT = 2
    client = Client()
    answers = [ask_reset(client, "owner@example.test") for _ in range(4)]
    assert {a["Location"] for a in answers} == {reverse("password_reset_done")}
    assert len(mail.outbox) == 2


def test_invalid_reset_address_gets_a_clear_error(db) -> None:
    response = ask_reset(Client(), "not an address")
    assert response.status_code == 200
    assert "That is not an email address" in response.content.decode()


def test_user_edits_name_email_and_time_zone(owner, owner_client: Client) -> None:
    response = owner_client.post(
        reverse("account"),
        {"name": "Alex  Rivera", "email": "alex@example.test", "time_zone": "Europe/Lisbon"},
    )
    assert response.status_code == 302
    owner.refresh_from_db()
    assert (owner.first_name, owner.last_name, owner.email) == (
        "Alex",
        "Rivera",
        "alex@example.test",
    )
    assert Profile.objects.get(user=owner).time_zone == "Europe/Lisbon"
    assert "Alex Rivera" in owner_client.get(reverse("account")).content.decode()


def test_account_refuses_a_taken_or_invalid_email(owner_client: Client, teammate) -> None:
    taken = owner_client.post(
        reverse("account"), {"name": "", "email": "teammate@example.test", "time_zone": ""}
    )
    assert "Another account uses this address." in taken.content.decode()
    bad = owner_client.post(reverse("account"), {"name": "", "email": "x", "time_zone": ""})
    assert "That is not an email address" in bad.content.decode()


def test_password_change_still_needs_the_old_one(owner, owner_client: Client) -> None:
    response = owner_client.post(
        reverse("password_change"),
        {
            "old_password": "wrong",
            "new_password1": "x-new-pass-1234",
            "new_password2": "x-new-pass-1234",
        },
    )
    assert response.status_code == 200
    owner.refresh_from_db()
    assert owner.check_password(PASSWORD)
