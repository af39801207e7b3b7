"""`make run` itself: engines, migrations, admin, web + worker + beat; Ctrl-C stops them all."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import BASE_DIR
from tests.helpers import free_port

pytestmark = pytest.mark.process


def launch(var: Path, port: int, log: Path) -> subprocess.Popen[bytes]:
    env = {
        k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "REDIS_URL", "SECRET_KEY")
    }
    env.update(
        ORM_VAR_DIR=str(var), PORT=str(port), SEED_DEMO="0", ADMIN_PASSWORD="first-start-pass-1"
    )
    handle = open(log, "ab")  # noqa: SIM115
    return subprocess.Popen(
        [sys.executable, "-m", "orm_dashboard.run"],
        cwd=BASE_DIR,
        env=env,
        stdout=handle,
        stderr=subprocess.STDOUT,
        stdin=subprocess.DEVNULL,
    )


def wait_healthy(port: int, process: subprocess.Popen[bytes], log: Path) -> dict:
    import json

    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        assert process.poll() is None, log.read_text()[-3000:]
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2) as response:
                return json.loads(response.read())
        except OSError:
            time.sleep(0.5)
    pytest.fail(f"make run never answered /healthz:\n{log.read_text()[-3000:]}")


def test_run_starts_everything_and_ctrl_c_stops_it(tmp_path: Path) -> None:
    var = tmp_path / "var"
    log = tmp_path / "run.log"
    port = free_port()
    try:
        process = launch(var, port, log)
        assert wait_healthy(port, process, log) == {"database": "ok", "broker": "ok"}
        # Worker and beat may still be starting (web answers first): wait for their banners.
        deadline = time.monotonic() + 60
        while not ("celery@" in log.read_text() and "beat: Starting" in log.read_text()):
            assert time.monotonic() < deadline, log.read_text()[-3000:]
            time.sleep(0.5)
        # Ctrl-C reaches the whole process group in a terminal; send it the same way.
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=60) == 0
        output = log.read_text()
        assert "Created admin user: admin" in output
        assert "stopped: web, worker and beat" in output
        assert "celery@" in output and "beat: Starting" in output

        # Running again reuses the data: the admin exists, nothing is created twice.
        process = launch(var, port, log)
        wait_healthy(port, process, log)
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=60) == 0
        assert "Admin user: admin (already exists)" in log.read_text()
        leftovers = subprocess.run(
            ["pgrep", "-f", f"--bind 127.0.0.1:{port}"], capture_output=True, text=True
        )
        assert leftovers.stdout.strip() == ""
    finally:
        env = {**os.environ, "ORM_VAR_DIR": str(var)}
        subprocess.run(
            [sys.executable, "-m", "orm_dashboard.engines", "stop"],
            cwd=BASE_DIR,
            env=env,
            check=False,
        )
