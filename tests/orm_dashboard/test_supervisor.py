"""`make run` supervises: a process that dies comes back, the embedded engines come back,
and work polled after a crash is stored within 90 s.

The first tests drive the supervisor with tiny real processes; the last one kills the
real web, worker, beat, Redis and Postgres of a `make run` with `kill -9`, one after the
other, and checks that each comes back and a mention published after the crash is
stored within 90 s.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
import time
from pathlib import Path

import pytest

from orm_dashboard import supervisor
from orm_dashboard.supervisor import Engine, Supervisor
from tests.helpers import free_port
from tests.supervised import Feed, RunInstance, wait_until


def python(code: str) -> list[str]:
    return [sys.executable, "-c", code]


def run_for(sup: Supervisor, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        sup.tend(time.monotonic())
        time.sleep(0.05)


def test_a_child_that_dies_is_restarted_with_back_off_and_the_others_keep_running(
    monkeypatch, capsys
) -> None:
    monkeypatch.setattr(supervisor, "BACKOFF_FIRST", 0.2)
    monkeypatch.setattr(supervisor, "CRASH_LOOP", (3, 60.0))
    sup = Supervisor(
        {"crashy": python("raise SystemExit(3)"), "steady": python("import time; time.sleep(60)")}
    )
    try:
        run_for(sup, 2.5)
        crashy, steady = sup.children
        # 0.2 s, 0.4 s, 0.8 s…: a few restarts, not dozens
        assert 3 <= len(crashy.exits) <= 5
        assert steady.process is not None and steady.process.poll() is None
        steady_pid = steady.process.pid
        err = capsys.readouterr().err
        assert "crashy exited with status 3" in err and "restarting it in" in err
        assert "CRASHY KEEPS CRASHING" in err and "other processes keep running" in err
        assert "steady" not in err
        assert steady.process.pid == steady_pid  # never restarted
    finally:
        sup.stopping = True
        sup.stop_all(timeout=5)


def test_a_killed_child_is_reported_with_its_signal_and_stopping_restarts_nothing(
    monkeypatch, capsys
) -> None:
    monkeypatch.setattr(supervisor, "BACKOFF_FIRST", 0.2)
    sup = Supervisor({"sleeper": python("import time; time.sleep(60)")})
    try:
        run_for(sup, 0.3)
        (child,) = sup.children
        os.kill(child.process.pid, signal.SIGKILL)
        run_for(sup, 0.7)  # three and a half times the back-off
        assert "sleeper was killed by SIGKILL" in capsys.readouterr().err
        assert child.process is not None and child.process.poll() is None  # back
        sup.stopping = True
        sup.stop_all(timeout=5)
        run_for(sup, 0.7)
        assert child.process is None  # stopped, and not started again
    finally:
        sup.stopping = True
        sup.stop_all(timeout=5)


def test_an_engine_that_stops_answering_is_started_again(capsys) -> None:
    state = {"alive": True, "starts": 0}

    def start() -> None:
        state["starts"] += 1
        state["alive"] = True

    sup = Supervisor({}, [Engine("Redis", lambda: state["alive"], start)])
    sup.tend(0.0)
    assert state["starts"] == 0
    state["alive"] = False
    sup.tend(10.0)
    assert state["starts"] == 1
    sup.tend(20.0)
    err = capsys.readouterr().err
    assert "embedded Redis is not answering; starting it again" in err
    assert "embedded Redis is back after 10 s" in err


# --- the real thing ----------------------------------------------------------------------


@pytest.fixture
def instance(tmp_path: Path):
    run = RunInstance(tmp_path / "var", free_port(), tmp_path / "run.log")
    yield run
    try:
        run.stop()
    finally:
        run.stop_engines()


@pytest.mark.process
def test_make_run_survives_kill_9_of_each_process_and_engine(instance, http_server) -> None:
    feed = Feed(http_server)
    feed.add("Acme before any crash")
    instance.start()
    instance.wait_healthy()
    source = instance.add_source(feed.url)
    wait_until(lambda: instance.stored("Acme before any crash"), 90, "the first poll")

    def comes_back_and_polls(what: str) -> None:
        title = feed.add(f"Acme after {what}")
        instance.poll_soon(source)
        took = wait_until(lambda: instance.stored(title) == 1, 90, f"a poll after {what}")
        print(f"{what}: next poll stored after {took:.1f} s")

    for name in ("worker", "web", "beat"):
        old = instance.kill(name)
        wait_until(lambda n=name: f"{n} was killed by SIGKILL" in instance.output(), 10, name)
        wait_until(lambda n=name, o=old: instance.child(n).pid != o, 30, f"{name} to restart")
        instance.wait_healthy(90)
        comes_back_and_polls(f"kill -9 of {name}")

    os.kill(instance.engine_pid("redis"), signal.SIGKILL)
    wait_until(lambda: "embedded Redis is back" in instance.output(), 60, "Redis to restart")
    instance.wait_healthy(90)
    comes_back_and_polls("kill -9 of Redis")

    instance.login()
    assert instance.get("/")[0] == 200
    os.kill(instance.engine_pid("postgres"), signal.SIGKILL)
    # While it is down, pages answer the outage page, not a bare 500.
    status, body = instance.get("/")
    assert status == 503 and "cannot reach its database" in body, (status, body[:300])
    wait_until(lambda: "embedded Postgres is back" in instance.output(), 90, "Postgres back")
    instance.wait_healthy(90)
    comes_back_and_polls("kill -9 of Postgres")

    # Redis dies while a poll runs: the poll's mentions are stored once, and the worker
    # (reconnecting, or restarted by the supervisor) polls again after.
    started = threading.Event()
    slow_title = feed.add("Acme during a Redis crash")

    feed.serve(delay=5, started=started)
    instance.poll_soon(source)
    assert started.wait(60), "the poll never fetched"
    os.kill(instance.engine_pid("redis"), signal.SIGKILL)
    wait_until(lambda: instance.stored(slow_title) == 1, 90, "the poll that lost Redis")
    wait_until(lambda: instance.output().count("embedded Redis is back") == 2, 60, "Redis")
    feed.serve()  # answering at once again
    instance.wait_healthy(90)
    comes_back_and_polls("Redis died during a poll")
    assert instance.stored(slow_title) == 1

    assert instance.stop() == 0
    assert "stopped: web, worker and beat" in instance.output()
