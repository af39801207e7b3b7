"""The test database is copied from a migrated template instead of migrated on every run.

Migrating an empty database took 12 to 19 s of every test run, the largest single cost of the
fast lane. After one run has migrated its test database, that database is copied (Postgres
``CREATE DATABASE … TEMPLATE``) into ``orm_test_template_<fingerprint>``; later runs create
their test database from that copy, and Django's ``migrate`` then finds nothing to apply.

The fingerprint covers every migration file of every installed app and the Django version,
so a new, edited, renumbered or deleted migration (another branch, a rebase) makes a new
template and the stale ones are dropped. ``--reuse-db`` and ``--no-migrations`` bypass it.
"""

from __future__ import annotations

import hashlib
import importlib
from pathlib import Path

import django
from django.apps import apps
from django.db import DatabaseError, connection
from django.db.migrations.loader import MigrationLoader

PREFIX = "orm_test_template_"


def fingerprint() -> str:
    """A hash of every migration file the migrate command would read."""
    digest = hashlib.sha256(django.get_version().encode())
    for config in sorted(apps.get_app_configs(), key=lambda c: c.label):
        module_name, _ = MigrationLoader.migrations_module(config.label)
        if not module_name:
            continue
        try:
            module = importlib.import_module(module_name)
        except ImportError:
            continue
        for directory in getattr(module, "__path__", ()):
            for path in sorted(Path(directory).glob("*.py")):
                digest.update(f"\0{config.label}\0{path.name}\0".encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()[:20]


def template_name() -> str:
    return PREFIX + fingerprint()


def _exists(cursor: object, name: str) -> bool:
    cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name])  # type: ignore[attr-defined]
    return cursor.fetchone() is not None  # type: ignore[attr-defined]


def use_template_if_ready() -> bool:
    """Point the test database's creation at the template when one exists for these
    migrations; True when it does (the run then skips the migrations)."""
    if connection.vendor != "postgresql":
        return False
    name = template_name()
    with connection._nodb_cursor() as cursor:
        ready = _exists(cursor, name)
    if ready:
        connection.settings_dict.setdefault("TEST", {})["TEMPLATE"] = name
    return ready


def keep_as_template() -> None:
    """Copy the freshly migrated test database into the template for the next runs, and
    drop templates made for other migrations. Never fails the run: without a template
    the next run only migrates again."""
    if connection.vendor != "postgresql":
        return
    name = template_name()
    source = connection.settings_dict["NAME"]
    connection.close()  # CREATE DATABASE … TEMPLATE needs the source without sessions
    quote = connection.ops.quote_name
    with connection._nodb_cursor() as cursor:
        try:
            if not _exists(cursor, name):
                cursor.execute(f"CREATE DATABASE {quote(name)} TEMPLATE {quote(source)}")
        except DatabaseError:
            return  # another run made it at the same moment, or a session was still open
        cursor.execute(
            "SELECT datname FROM pg_database WHERE datname LIKE %s AND datname <> %s",
            [PREFIX + "%", name],
        )
        for (stale,) in cursor.fetchall():
            try:
                cursor.execute(f"DROP DATABASE IF EXISTS {quote(stale)}")
            except DatabaseError:
                continue  # in use by a run of that other branch right now
