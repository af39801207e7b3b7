"""Loaded by pytest before Django (``-p tests.testenv``): the test run's own environment.

Tests get their own embedded engines under var/test/, so a running `make run` worker never
picks up a test's tasks. DATABASE_URL / REDIS_URL still switch to real servers.

Under pytest-xdist (``make test-fast`` runs ``-n 2``) each worker process gets engines of
its own under var/test/gw0/, var/test/gw1/…: its own Postgres (pytest-django also names
its test database ``…_gw0``), its own Redis (rate-limit, presence and password-reset keys
never meet another worker's), its own secret key and logs. With REDIS_URL set to a
``redis://`` server, each worker uses the next database number instead.
"""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

BASE_DIR = Path(__file__).resolve().parent.parent

WORKER = os.environ.get("PYTEST_XDIST_WORKER", "")  # "gw0", "gw1"… in an xdist worker
_var = Path(os.environ.get("ORM_VAR_DIR") or BASE_DIR / "var" / "test")
os.environ["ORM_VAR_DIR"] = str(_var / WORKER if WORKER else _var)
_redis = urlsplit(os.environ.get("REDIS_URL", ""))
if WORKER and _redis.scheme in ("redis", "rediss"):
    _db = int(_redis.path.strip("/") or 0) + int(WORKER.removeprefix("gw"))
    os.environ["REDIS_URL"] = urlunsplit(_redis._replace(path=f"/{_db}"))
os.environ.setdefault("ALLOW_PRIVATE_SOURCE_URLS", "true")
os.environ.setdefault("SITE_URL", "http://testserver")
# Playwright's sync API runs an event loop in the test thread; the ORM calls made by
# test code beside it are still synchronous and safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
    os.environ.pop(name, None)
