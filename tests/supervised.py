"""`make run` as a user starts it (its own embedded engines under a var directory), for the
process tests and the recovery bench: start it, find its processes, kill them, read its
database, and watch a feed being polled into it."""

from __future__ import annotations

import contextlib
import http.cookiejar
import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from pathlib import Path

import psutil

from tests.localserver import LocalServer, Reply
from tests.mentions.factories import rss_feed

BASE_DIR = Path(__file__).resolve().parent.parent
RSS = {"Content-Type": "application/rss+xml"}


def wait_until(check: Callable[[], object], timeout: float, what: str) -> float:
    """Seconds it took for ``check()`` to be true; AssertionError after ``timeout``."""
    started = time.monotonic()
    while True:
        with contextlib.suppress(Exception):  # e.g. the database restarting: ask again
            if check():
                return time.monotonic() - started
        if time.monotonic() - started > timeout:
            raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")
        time.sleep(0.25)


class Feed:
    """A feed served by a local HTTP server; ``add()`` publishes one more item."""

    def __init__(self, server: LocalServer, path: str = "/supervised-feed") -> None:
        self.items: list[dict[str, str]] = []
        self.server, self.path = server, path
        self.url = f"{server.url}{path}"
        self.serve()

    def serve(self, delay: float = 0.0, started: threading.Event | None = None) -> None:
        """Answer with the items, after ``delay`` seconds (setting ``started`` on a request)."""

        def answer(request: object) -> Reply:
            if started is not None:
                started.set()
            return Reply(200, rss_feed(self.items), RSS, delay=delay)

        self.server.route(self.path, answer)

    def add(self, title: str) -> str:
        n = len(self.items)
        self.items.append(
            {
                "guid": f"supervised-{n}-{time.time_ns()}",
                "link": f"https://news.example/supervised/{n}-{time.time_ns()}",
                "title": title,
                "description": f"<p>{title}: people say Acme is fine.</p>",
            }
        )
        return title


class RunInstance:
    """One `python -m orm_dashboard.run` with embedded engines under ``var``."""

    def __init__(self, var: Path, port: int, log: Path) -> None:
        self.var, self.port, self.log = var, port, log
        self.process: subprocess.Popen[bytes] | None = None
        self._database_url = ""
        self._browser = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar())
        )

    def env(self) -> dict[str, str]:
        env = {
            k: v
            for k, v in os.environ.items()
            if k not in ("DATABASE_URL", "REDIS_URL", "SECRET_KEY", "DJANGO_SETTINGS_MODULE")
        }
        env.update(
            ORM_VAR_DIR=str(self.var),
            PORT=str(self.port),
            SEED_DEMO="0",
            ADMIN_PASSWORD="first-start-pass-1",
            ALLOW_PRIVATE_SOURCE_URLS="true",
            PYTHONUNBUFFERED="1",
        )
        return env

    def start(self) -> None:
        self.var.mkdir(parents=True, exist_ok=True)
        handle = open(self.log, "ab")  # noqa: SIM115  (closed with the process)
        self.process = subprocess.Popen(
            [sys.executable, "-m", "orm_dashboard.run"],
            cwd=BASE_DIR,
            env=self.env(),
            stdout=handle,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
        )

    def output(self) -> str:
        return self.log.read_text(errors="replace")

    def health(self) -> dict[str, str]:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/healthz", timeout=5) as r:
                return json.loads(r.read())
        except urllib.error.HTTPError as exc:
            return json.loads(exc.read())

    def get(self, path: str, data: dict[str, str] | None = None) -> tuple[int, str]:
        """GET (or POST ``data``) as the logged-in admin once ``login()`` ran."""
        body = urllib.parse.urlencode(data).encode() if data is not None else None
        request = urllib.request.Request(f"http://127.0.0.1:{self.port}{path}", data=body)
        try:
            with self._browser.open(request, timeout=10) as r:
                return r.status, r.read().decode(errors="replace")
        except urllib.error.HTTPError as exc:
            return exc.code, exc.read().decode(errors="replace")

    def login(self) -> None:
        status, page = self.get("/login/")
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)
        assert status == 200 and token, page[:500]
        form = {"csrfmiddlewaretoken": token.group(1), "username": "admin"}
        form["password"] = "first-start-pass-1"
        status, page = self.get("/login/", form)
        assert status == 200 and "Log out" in page, page[:500]

    def wait_healthy(self, timeout: float = 180) -> float:
        assert self.process is not None

        def healthy() -> bool:
            assert self.process.poll() is None, self.output()[-3000:]
            return self.health() == {"database": "ok", "broker": "ok"}

        return wait_until(healthy, timeout, "make run to answer /healthz with everything ok")

    def stop(self) -> int:
        if self.process is None:
            return 0
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
            try:
                self.process.wait(timeout=60)
            except subprocess.TimeoutExpired:
                for child in psutil.Process(self.process.pid).children(recursive=True):
                    child.kill()
                self.process.kill()
                self.process.wait()
        return self.process.returncode

    def stop_engines(self) -> None:
        subprocess.run(
            [sys.executable, "-m", "orm_dashboard.engines", "stop"],
            cwd=BASE_DIR,
            env=self.env(),
            check=False,
            capture_output=True,
        )

    # --- its processes -------------------------------------------------------------------

    def child(self, name: str) -> psutil.Process:
        """The supervised process ``web`` (gunicorn's master), ``worker`` (celery's main
        process) or ``beat``."""
        assert self.process is not None
        for child in psutil.Process(self.process.pid).children():
            command = child.cmdline()
            if name == "web" and any(part.endswith("/gunicorn") for part in command):
                return child
            if name in ("worker", "beat") and name in command:
                return child
        raise LookupError(f"no {name} process under make run")

    def kill(self, name: str) -> int:
        pid = self.child(name).pid
        os.kill(pid, signal.SIGKILL)
        return pid

    def engine_pid(self, engine: str) -> int:
        path = self.var / ("redis/redis.pid" if engine == "redis" else "pg/postmaster.pid")
        return int(path.read_text().split()[0])

    # --- its database --------------------------------------------------------------------

    def database_url(self) -> str:
        if not self._database_url:
            out = subprocess.run(
                [sys.executable, "-m", "orm_dashboard.engines", "start"],
                cwd=BASE_DIR,
                env=self.env(),
                check=True,
                capture_output=True,
                text=True,
            )
            self._database_url = out.stdout.strip().splitlines()[-1]
        return self._database_url

    def sql(self, query: str, params: tuple = ()) -> list[tuple]:
        import psycopg2

        connection = psycopg2.connect(self.database_url(), connect_timeout=3)
        try:
            connection.autocommit = True
            with connection.cursor() as cursor:
                cursor.execute(query, params)
                return cursor.fetchall() if cursor.description else []
        finally:
            connection.close()

    def add_source(self, feed_url: str) -> int:
        code = (
            "from datetime import timedelta\n"
            "from orm_dashboard.models import Workspace\n"
            "from mentions.models import Brand, Source\n"
            "ws = Workspace.objects.order_by('pk').first()\n"
            "brand = Brand.objects.get_or_create(workspace=ws, slug='acme',"
            " defaults={'name': 'Acme'})[0]\n"
            f"s = Source.objects.create(workspace=ws, brand=brand, kind='rss', name='feed',"
            f" config={{'url': {feed_url!r}}}, interval=timedelta(minutes=1))\n"
            "print(s.pk)\n"
        )
        out = subprocess.run(
            [sys.executable, "manage.py", "shell", "-c", code],
            cwd=BASE_DIR,
            env=self.env(),
            check=True,
            capture_output=True,
            text=True,
            timeout=120,
        )
        return int(out.stdout.strip().splitlines()[-1])

    def stored(self, title: str) -> int:
        return self.sql("SELECT count(*) FROM mentions_mention WHERE title = %s", (title,))[0][0]

    def poll_soon(self, source_id: int) -> None:
        """The source is due now: the next dispatcher tick (≤ 30 s) queues its poll."""
        self.sql("UPDATE mentions_source SET next_poll_at = now() WHERE id = %s", (source_id,))
