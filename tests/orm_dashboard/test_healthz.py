from __future__ import annotations

import pytest
from django.test import Client

from orm_dashboard import broker


def test_healthz_reports_database_and_broker(db) -> None:
    response = Client().get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"database": "ok", "broker": "ok"}
    assert "no-cache" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]


def test_healthz_is_503_when_broker_is_unreachable(db, settings, tmp_path) -> None:
    settings.REDIS_URL = f"redis+socket://{tmp_path}/nothing-here.sock"
    broker.reset()
    try:
        response = Client().get("/healthz")
    finally:
        broker.reset()
    assert response.status_code == 503
    assert response.json()["broker"].startswith("error:")
    assert response.json()["database"] == "ok"


@pytest.mark.django_db
def test_healthz_is_not_redirected_to_https(settings) -> None:
    settings.SECURE_SSL_REDIRECT = True
    assert Client().get("/healthz").status_code == 200
    assert Client().get("/login/").status_code == 301
