"""The base fixture set: a workspace with a manager (owner), an agent (teammate), a viewer,
and an outsider who belongs to another workspace only."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.test import Client

from orm_dashboard.models import Membership, Role, Workspace
from tests import testdb
from tests.helpers import worker_answers, worker_command

BASE_DIR = Path(__file__).resolve().parent.parent
PASSWORD = "correct-horse-battery-staple"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """A test that uses the shared Celery worker is a process test, however it is written;
    `make test-fast` (``-m "not e2e and not process"``) leaves those and the browser out."""
    for item in items:
        if "celery_worker_process" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.process)


def _template_allowed(config: pytest.Config) -> bool:
    return not config.getvalue("reuse_db") and not config.getvalue("nomigrations")


@pytest.fixture(scope="session")
def django_db_modify_db_settings(
    request: pytest.FixtureRequest,
    django_db_modify_db_settings_parallel_suffix: None,
    django_db_blocker: object,
) -> bool:
    """Create the test database from the migrated template when there is one (tests/testdb.py)."""
    if not _template_allowed(request.config):
        return False
    with django_db_blocker.unblock():  # type: ignore[attr-defined]
        return testdb.use_template_if_ready()


@pytest.fixture(scope="session")
def django_db_setup(
    request: pytest.FixtureRequest,
    django_db_setup: None,
    django_db_modify_db_settings: bool,
    django_db_blocker: object,
) -> None:
    """pytest-django's database set-up, then the migrated database kept as the template."""
    if _template_allowed(request.config) and not django_db_modify_db_settings:
        with django_db_blocker.unblock():  # type: ignore[attr-defined]
            testdb.keep_as_template()


@pytest.fixture(scope="session", autouse=True)
def _static_files_listed_once() -> Iterator[None]:
    """WhiteNoise lists and stats every static file each time a middleware chain is built,
    which Django's test Client does once per Client: ~40 ms a Client, a fifth of the suite.
    The listing is made once per run and copied into each new middleware instead; it
    holds the same StaticFile objects a fresh listing would (static files do not change
    during a run)."""
    from whitenoise.middleware import WhiteNoiseMiddleware

    original = WhiteNoiseMiddleware.add_files_from_finders
    listed: dict[tuple[object, ...], dict[str, object]] = {}

    def add_files_from_finders(self: WhiteNoiseMiddleware) -> None:
        key = (self.static_prefix, self.max_age, self.allow_all_origins, self.charset)
        if key not in listed:
            before = dict(self.files)
            original(self)
            listed[key] = {u: f for u, f in self.files.items() if before.get(u) is not f}
        self.files.update(listed[key])

    WhiteNoiseMiddleware.add_files_from_finders = add_files_from_finders
    yield
    WhiteNoiseMiddleware.add_files_from_finders = original


FLUSH_DELETE_MAX_BYTES = 1024 * 1024  # an empty mentions table and its indexes: ~180 kB


def _any_table_larger(connection: object, tables: list[str]) -> bool:
    with connection.cursor() as cursor:  # type: ignore[attr-defined]
        cursor.execute(
            "SELECT EXISTS (SELECT 1 FROM pg_class WHERE relkind = 'r' AND relname = ANY(%s)"
            " AND pg_total_relation_size(oid) > %s)",
            [list(tables), FLUSH_DELETE_MAX_BYTES],
        )
        return bool(cursor.fetchone()[0])


@pytest.fixture(scope="session", autouse=True)
def _flush_by_delete() -> Iterator[None]:
    """A transactional test (``transaction=True``, live_server) ends with Django's flush,
    one TRUNCATE of every table: ~2 s on Postgres, which makes new files for each of ~60
    tables and their indexes. DELETE of the few rows a test wrote empties the same tables
    in ~20 ms. Every foreign key Django makes is DEFERRABLE INITIALLY DEFERRED and no
    migration adds triggers, so deleting in any order inside the flush's transaction
    leaves the same rows (none) as TRUNCATE.

    Django's TRUNCATE is kept when a table has grown past FLUSH_DELETE_MAX_BYTES (the
    EXPLAIN tests write 20,000 mentions: deleted, they would leave the next test a
    bloated table and index, and a different plan), and for flushes that reset sequences
    or cascade."""
    from django.db.backends.postgresql.operations import DatabaseOperations

    original = DatabaseOperations.sql_flush

    def sql_flush(
        self: DatabaseOperations,
        style: object,
        tables: list[str],
        *,
        reset_sequences: bool = False,
        allow_cascade: bool = False,
    ) -> list[str]:
        if reset_sequences or allow_cascade or _any_table_larger(self.connection, tables):
            return original(
                self, style, tables, reset_sequences=reset_sequences, allow_cascade=allow_cascade
            )
        deletes = [f"DELETE FROM {self.quote_name(table)};" for table in tables]  # noqa: S608
        return ["SET CONSTRAINTS ALL DEFERRED;", *deletes] if deletes else []

    DatabaseOperations.sql_flush = sql_flush
    yield
    DatabaseOperations.sql_flush = original


@pytest.fixture(autouse=True)
def _no_internet(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests may only talk to 127.0.0.1/::1 and unix sockets; anything else is a bug."""
    real_connect = socket.socket.connect

    def guarded_connect(self: socket.socket, address: object) -> object:
        if self.family in (socket.AF_INET, socket.AF_INET6):
            host = address[0]  # type: ignore[index]
            if host not in ("127.0.0.1", "::1", "localhost"):
                raise OSError(f"tests must not reach the network (tried {host})")
        return real_connect(self, address)

    monkeypatch.setattr(socket.socket, "connect", guarded_connect)


@pytest.fixture(scope="session", autouse=True)
def _fast_password_hashing() -> Iterator[None]:
    """The production hasher costs ~0.3 s per user on purpose; tests create hundreds. For
    the whole run, so that rows made once for a module (tests.helpers.rows_made_once) are
    hashed fast too; a test's ``settings`` fixture still overrides it for that test."""
    from django.test import override_settings

    fast = override_settings(
        PASSWORD_HASHERS=[
            "django.contrib.auth.hashers.MD5PasswordHasher",
            "django.contrib.auth.hashers.PBKDF2PasswordHasher",  # what child processes write
        ]
    )
    fast.enable()
    yield
    fast.disable()


def make_user(username: str, workspace: Workspace | None, role: Role | None) -> object:
    user = get_user_model().objects.create_user(
        username=username, email=f"{username}@example.test", password=PASSWORD
    )
    if workspace is not None and role is not None:
        Membership.objects.create(user=user, workspace=workspace, role=role)
    return user


@pytest.fixture
def workspace(db: None) -> Workspace:
    return Workspace.objects.create(name="Acme Corp", slug="acme")


@pytest.fixture
def other_workspace(db: None) -> Workspace:
    return Workspace.objects.create(name="Globex", slug="globex")


@pytest.fixture
def owner(workspace: Workspace) -> object:
    return make_user("owner", workspace, Role.MANAGER)


@pytest.fixture
def teammate(workspace: Workspace) -> object:
    return make_user("teammate", workspace, Role.AGENT)


@pytest.fixture
def viewer(workspace: Workspace) -> object:
    return make_user("viewer", workspace, Role.VIEWER)


@pytest.fixture
def outsider(other_workspace: Workspace) -> object:
    return make_user("outsider", other_workspace, Role.MANAGER)


def client_for(user: object) -> Client:
    client = Client()
    client.force_login(user)
    return client


def session_of(user: object) -> str:
    """The key of a new logged-in session of ``user`` (a login costs ~10 ms of queries:
    for rows made once per module, tests.helpers.rows_made_once)."""
    return client_for(user).cookies[settings.SESSION_COOKIE_NAME].value


def client_with_session(session_key: str) -> Client:
    """A new Client in the session ``session_of`` made."""
    client = Client()
    client.cookies[settings.SESSION_COOKIE_NAME] = session_key
    return client


@pytest.fixture
def owner_client(owner: object) -> Client:
    return client_for(owner)


@pytest.fixture
def teammate_client(teammate: object) -> Client:
    return client_for(teammate)


@pytest.fixture
def viewer_client(viewer: object) -> Client:
    return client_for(viewer)


@pytest.fixture
def outsider_client(outsider: object) -> Client:
    return client_for(outsider)


# --- real processes ------------------------------------------------------------------


def test_database_url() -> str:
    """A DATABASE_URL for the test database, so child processes see what tests commit."""
    db = settings.DATABASES["default"]
    host = quote(db["HOST"] or db["OPTIONS"].get("host", ""), safe="")
    auth = quote(db["USER"] or "", safe="")
    if db.get("PASSWORD"):
        auth += ":" + quote(db["PASSWORD"], safe="")
    port = f":{db['PORT']}" if db.get("PORT") else ""
    return f"postgres://{auth}@{host}{port}/{db['NAME']}"


test_database_url.__test__ = False  # type: ignore[attr-defined]


def child_env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        DATABASE_URL=test_database_url(),
        REDIS_URL=settings.REDIS_URL,
        SECRET_KEY=settings.SECRET_KEY,
        DJANGO_SETTINGS_MODULE="orm_dashboard.settings",
        PYTHONUNBUFFERED="1",
    )
    env.update(extra)
    return env


def start_process(args: list[str], log: Path, **env: str) -> subprocess.Popen[bytes]:
    log.parent.mkdir(parents=True, exist_ok=True)
    handle = open(log, "wb")  # noqa: SIM115  (closed with the process)
    return subprocess.Popen(
        args, cwd=BASE_DIR, env=child_env(**env), stdout=handle, stderr=subprocess.STDOUT
    )


def stop_process(process: subprocess.Popen[bytes], timeout: float = 15) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def celery_bin() -> str:
    return str(Path(sys.executable).parent / "celery")


def purge_broker() -> None:
    from orm_dashboard.celery import app

    app.control.purge()


@pytest.fixture(scope="session")
def celery_worker_process(django_db_setup: None, django_db_blocker: object) -> Iterator[object]:
    """A real `celery worker` on the real broker, using the test database."""
    purge_broker()
    log = Path(settings.BASE_DIR) / "var" / "test" / "logs" / "worker.log"
    name = f"test-worker-{os.getpid()}@%h"
    process = start_process(worker_command(name, "--concurrency", "2"), log)
    deadline = time.monotonic() + 60
    while not worker_answers():
        if process.poll() is not None or time.monotonic() > deadline:
            stop_process(process)
            pytest.fail(f"celery worker did not start; see {log}:\n{log.read_text()[-3000:]}")
    yield process
    stop_process(process)


from tests.localserver import http_server  # noqa: E402, F401  (fixture)
from tests.smtpserver import smtp_server  # noqa: E402, F401  (fixture)
