"""The commands docker-compose runs, run here without Docker: migrate, collectstatic,
ensure_admin, gunicorn, celery beat and worker, and each service's healthcheck."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model

from orm_dashboard import broker
from orm_dashboard.tasks import HEARTBEAT_KEY
from tests.conftest import BASE_DIR, celery_bin, child_env, start_process, stop_process
from tests.helpers import free_port

pytestmark = pytest.mark.process


def manage(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=BASE_DIR,
        env=child_env(**env),
        capture_output=True,
        text=True,
        timeout=120,
    )


def wait_until(check, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.25)


@pytest.mark.django_db(transaction=True)
def test_compose_commands_work_without_docker(celery_worker_process, tmp_path: Path) -> None:
    assert manage("migrate", "--noinput").returncode == 0
    static = manage("collectstatic", "--noinput", STATIC_ROOT=str(tmp_path / "static"))
    assert static.returncode == 0, static.stderr
    assert (tmp_path / "static" / "css" / "app.css").exists()

    admin = manage(
        "ensure_admin", ADMIN_EMAIL="boss@example.test", ADMIN_PASSWORD="s3cret-pass-123"
    )
    assert admin.returncode == 0, admin.stderr
    user = get_user_model().objects.get(username="boss")
    assert user.is_superuser and user.check_password("s3cret-pass-123")
    again = manage("ensure_admin")
    assert "already exists" in again.stdout
    assert get_user_model().objects.filter(is_superuser=True).count() == 1

    port = free_port()
    logs = tmp_path / "logs"
    web = start_process(
        [
            str(Path(sys.executable).parent / "gunicorn"),
            "orm_dashboard.wsgi",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            "1",
            "--access-logfile",
            "-",
            "--logger-class",
            "orm_dashboard.logs.AccessLogger",
        ],
        logs / "web.log",
    )
    broker.client().delete(HEARTBEAT_KEY)
    beat = start_process(
        [celery_bin(), "-A", "orm_dashboard", "beat", "--schedule", str(tmp_path / "beat")],
        logs / "beat.log",
    )
    try:
        wait_until(
            lambda: manage("healthcheck", "web", "--address", f"127.0.0.1:{port}").returncode == 0,
            60,
            "gunicorn to answer /healthz",
        )
        wait_until(lambda: manage("healthcheck", "beat").returncode == 0, 60, "beat's heartbeat")
        args = celery_worker_process.args
        worker_name = args[args.index("--hostname") + 1].replace("%h", socket.gethostname())
        assert manage("healthcheck", "worker", "--name", worker_name).returncode == 0
        missing = manage("healthcheck", "worker", "--name", "celery@nobody")
        assert missing.returncode != 0
        assert "did not answer" in missing.stderr

        # An acknowledge link's token is a credential: neither the access log line nor
        # Django's "Not Found" warning holds it.
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz") as answer:
            assert answer.status == 200
        with pytest.raises(urllib.error.HTTPError):
            urllib.request.urlopen(f"http://127.0.0.1:{port}/crisis/ack/SeCrEt:tOkEn42/")
    finally:
        stop_process(web)
        stop_process(beat)
    log = (logs / "web.log").read_text()
    assert web.returncode == 0, log[-2000:]
    assert "GET /healthz" in log
    assert "GET /crisis/ack/[token]/" in log and "Not Found: /crisis/ack/[token]/" in log
    assert "SeCrEt" not in log
