"""Soft state fails open, and a database outage answers a clear 503 page.

Redis and Postgres are really unreachable here (a socket path with no server behind it),
not mocked: the point is what the clients do when the server is gone.
"""

from __future__ import annotations

import copy
import time

import pytest
from django.db import connection
from django.test import Client

from mentions.ingest import ingest
from mentions.models import Mention
from orm_dashboard import broker
from tests.mentions.factories import brand, item


@pytest.fixture
def break_redis(settings, tmp_path):
    """Call it to point every Redis client at a socket with no server behind it."""

    def down() -> None:
        settings.REDIS_URL = f"redis+socket://{tmp_path}/nothing-here.sock"
        broker.reset()

    yield down
    broker.reset()


@pytest.fixture
def redis_down(break_redis):
    break_redis()


@pytest.fixture
def mention(workspace) -> Mention:
    brand(workspace)
    ingest(workspace, [item(1)])
    return Mention.objects.get()


def timed(client: Client, url: str, **kwargs: object) -> tuple[object, float]:
    started = time.monotonic()
    response = client.get(url, **kwargs)
    return response, time.monotonic() - started


@pytest.mark.django_db
def test_pages_that_read_postgres_work_fast_with_redis_down(
    break_redis, owner_client, mention
) -> None:
    urls = (
        f"/w/acme/mentions/{mention.pk}/",
        "/w/acme/",
        "/w/acme/mentions/",
        f"/w/acme/mentions/new-count/?newest={mention.pk}",
    )
    for url in urls:  # the first request of each loads templates, the language detector…
        assert owner_client.get(url).status_code == 200
    break_redis()
    for url in urls:
        response, seconds = timed(owner_client, url)
        assert response.status_code == 200, url
        assert seconds < 1, (url, seconds)
    started = time.monotonic()
    ping = owner_client.post(f"/w/acme/mentions/{mention.pk}/presence/")
    assert ping.status_code == 200 and time.monotonic() - started < 1


@pytest.mark.django_db
def test_healthz_answers_within_a_second_with_redis_down(redis_down) -> None:
    response, seconds = timed(Client(), "/healthz")
    assert response.status_code == 503 and response.json()["broker"].startswith("error:")
    assert response.json()["database"] == "ok"
    assert seconds < 1


def test_soft_state_pauses_after_a_failure_and_comes_back(break_redis, settings) -> None:
    real = settings.REDIS_URL
    break_redis()
    with pytest.raises(broker.Unavailable), broker.soft_state() as client:
        client.ping()
    # Asked again at once: not even tried for a few seconds.
    started = time.monotonic()
    with pytest.raises(broker.Unavailable, match="a moment ago"), broker.soft_state():
        pass
    assert time.monotonic() - started < 0.05
    settings.REDIS_URL = real
    broker.reset()
    with broker.soft_state() as client:
        assert client.ping()


@pytest.mark.django_db(transaction=True)
def test_a_postgres_outage_answers_a_clear_503_page(owner, workspace, tmp_path) -> None:
    # What the server answers: an error raised outside a view (a middleware reading the
    # session on the way out) reaches the 500 handler, which the test client would re-raise.
    client = Client(raise_request_exception=False)
    client.force_login(owner)
    assert client.get("/w/acme/mentions/").status_code == 200
    real = copy.deepcopy(connection.settings_dict)
    connection.close()
    connection.settings_dict["HOST"] = str(tmp_path)  # no Postgres socket here
    connection.settings_dict.get("OPTIONS", {}).pop("host", None)
    try:
        for url in ("/w/acme/mentions/", "/", "/login/"):
            response = client.get(url)
            assert response.status_code == 503, url
            assert "cannot reach its database" in response.content.decode()
            assert response["Retry-After"] == "30"
        health = Client().get("/healthz")  # as a load balancer asks: no session
        assert health.status_code == 503 and health.json()["database"].startswith("error:")
    finally:
        connection.close()
        connection.settings_dict.clear()
        connection.settings_dict.update(real)
    assert client.get("/w/acme/mentions/").status_code == 200  # back when Postgres is


@pytest.mark.django_db
def test_a_note_is_kept_and_its_email_waits_for_the_sweep_when_the_queue_is_down(
    teammate_client, owner, mention, monkeypatch, django_capture_on_commit_callbacks
) -> None:
    from kombu.exceptions import OperationalError

    from mentions import notes, tasks
    from mentions.models import NoteEmail

    def broker_down(*args: object) -> None:
        raise OperationalError("Error 2 connecting to redis.sock. No such file or directory.")

    monkeypatch.setattr(tasks.notify_note, "delay", broker_down)
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        response = teammate_client.post(
            f"/w/acme/mentions/{mention.pk}/notes/", {"text": "@owner call them?"}, follow=True
        )
    assert len(callbacks) == 1
    assert response.status_code == 200
    email = NoteEmail.objects.get()
    assert email.status == "pending" and notes.due_ids(email.due_at) == [email.pk]
