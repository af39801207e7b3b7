"""Loaded by pytest before Django (``-p tests.testenv``): the test run's own environment.

Tests get their own embedded engines under var/test/, so a running `make run` worker never
picks up a test's tasks. DATABASE_URL / REDIS_URL still switch to real servers.
"""

from __future__ import annotations

import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

os.environ.setdefault("ORM_VAR_DIR", str(BASE_DIR / "var" / "test"))
os.environ.setdefault("ALLOW_PRIVATE_SOURCE_URLS", "true")
os.environ.setdefault("SITE_URL", "http://testserver")
# Playwright's sync API runs an event loop in the test thread; the ORM calls made by
# test code beside it are still synchronous and safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
    os.environ.pop(name, None)
