"""Credentials are encrypted at rest: a dump of the database shows no token, secret or
webhook URL; key rotation works the Django way; a lost key costs the credentials, not the
pages."""

from __future__ import annotations

import io
import json

import pytest
from django.core.management import call_command
from django.db import connection

from mentions.models import Source
from orm_dashboard import vault
from orm_dashboard.models import AlertChannel, WebhookEndpoint
from tests.helpers import url

pytestmark = pytest.mark.django_db

TOKEN = "xoxb-super-secret-token-123"
OLD_KEY = "old-" + "k" * 60
NEW_KEY = "new-" + "n" * 60


def stored(table: str, column: str, pk: int) -> str:
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {column} FROM {table} WHERE id = %s", [pk])  # noqa: S608
        return cursor.fetchone()[0]


@pytest.fixture
def source(workspace) -> Source:
    return Source.objects.create(
        workspace=workspace,
        kind="reddit",
        name="Reddit",
        config={"query": "acme", "client_id": "cid", "client_secret": TOKEN},
        state={"token": TOKEN + "-access"},
    )


def test_a_dump_shows_no_credential(workspace, source) -> None:
    channel = AlertChannel.objects.create(
        workspace=workspace, kind="slack", name="Slack", config={"url": f"https://x/{TOKEN}"}
    )
    hook = WebhookEndpoint.objects.create(
        workspace=workspace, url="https://hooks.example/in", secret="whsec_" + TOKEN
    )
    for table, column, pk in (
        ("mentions_source", "config", source.pk),
        ("mentions_source", "state", source.pk),
        ("orm_dashboard_alertchannel", "config", channel.pk),
        ("orm_dashboard_webhookendpoint", "secret", hook.pk),
    ):
        raw = stored(table, column, pk)
        assert raw.startswith(vault.PREFIX) and TOKEN not in raw and "acme" not in raw
    source.refresh_from_db()
    assert source.config["client_secret"] == TOKEN and source.state["token"] == TOKEN + "-access"
    assert AlertChannel.objects.get().config == {"url": f"https://x/{TOKEN}"}
    assert WebhookEndpoint.objects.get().signing_secrets(hook.created_at) == ["whsec_" + TOKEN]
    Source.objects.filter(pk=source.pk).update(state={"cursor": 7})  # updates encrypt too
    assert stored("mentions_source", "state", source.pk).startswith(vault.PREFIX)
    assert Source.objects.get(pk=source.pk).state == {"cursor": 7}


def test_values_from_before_encryption_are_read_and_then_encrypted(source) -> None:
    """What the migration does: clear JSON in the column is read as it is, then rewritten."""
    assert vault.rewrite(Source, ["config", "state"], clear=True) == 1
    assert json.loads(stored("mentions_source", "config", source.pk))["client_secret"] == TOKEN
    assert Source.objects.get(pk=source.pk).config["client_secret"] == TOKEN
    assert vault.rewrite(Source, ["config", "state"]) == 1
    assert TOKEN not in stored("mentions_source", "config", source.pk)
    assert vault.rewrite(Source, ["config", "state"]) == 0  # already under the current key
    assert Source.objects.get(pk=source.pk).config["client_secret"] == TOKEN


def test_rotating_the_key_the_django_way(settings, source) -> None:
    settings.SECRET_KEY = OLD_KEY
    Source.objects.filter(pk=source.pk).update(config={"client_secret": TOKEN})
    under_old = stored("mentions_source", "config", source.pk)
    settings.SECRET_KEY, settings.SECRET_KEY_FALLBACKS = NEW_KEY, [OLD_KEY]
    assert Source.objects.get(pk=source.pk).config == {"client_secret": TOKEN}
    assert not vault.is_current(under_old)
    out = io.StringIO()
    call_command("encrypt_secrets", stdout=out)
    assert "mentions.Source: 1 rewritten" in out.getvalue()
    assert vault.is_current(stored("mentions_source", "config", source.pk))
    settings.SECRET_KEY_FALLBACKS = []  # the old key can go now
    assert Source.objects.get(pk=source.pk).config == {"client_secret": TOKEN}


def test_a_lost_key_costs_the_credentials_not_the_pages(
    settings, source, owner, owner_client, caplog
) -> None:
    settings.SECRET_KEY = NEW_KEY  # the old key is gone, with no fallback
    owner_client.force_login(owner)  # sessions are signed with the key too
    assert Source.objects.get(pk=source.pk).config == {}
    assert "cannot be read" in caplog.text
    page = owner_client.get(url("source_edit", pk=source.pk))
    assert page.status_code == 200
    assert owner_client.get(url("sources")).status_code == 200
