"""How many mentions the generated workspaces hold (`make bench SCALE=10m`), and bulk loading.

1,000,000 is the default so a normal run stays short. Another scale gets its own engines
under var/bench/<scale>/ (chosen in tests/bench/__main__.py before Django starts), so the
1,000,000-mention data under var/bench/ stays and each data set is generated once.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from contextlib import contextmanager

DEFAULT = "1m"


def parse(scale: str) -> int:
    """'1m' -> 1,000,000; '10m' -> 10,000,000; '250k' -> 250,000; '2000000' as it is."""
    found = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([kKmM]?)\s*", scale)
    if not found:
        raise ValueError(f"SCALE={scale!r}: a number of mentions such as 1m, 10m or 250k")
    number, unit = found.groups()
    total = int(float(number) * {"": 1, "k": 1_000, "m": 1_000_000}[unit.lower()])
    if total < 1000:
        raise ValueError(f"SCALE={scale!r}: at least 1k mentions")
    return total


NAME = (os.environ.get("BENCH_SCALE") or DEFAULT).strip().lower()
TOTAL = parse(NAME)
IS_DEFAULT = parse(DEFAULT) == TOTAL


def label(total: int = TOTAL) -> str:
    """The scale in the figures' names ("10m"), as written in the Makefile."""
    if total % 1_000_000 == 0:
        return f"{total // 1_000_000}m"
    return f"{total // 1000}k" if total % 1000 == 0 else str(total)


# Helper table in the bench database: the definitions of the indexes dropped for a bulk load,
# so a load stopped half-way (Ctrl-C, a full disk) gets them back on the next run.
def restore_indexes(cursor) -> None:
    """Recreate indexes a bulk load dropped and did not get to recreate."""
    cursor.execute(
        "CREATE TABLE IF NOT EXISTS bench_parked_index (name text PRIMARY KEY, sql text)"
    )
    cursor.execute("SELECT name, sql FROM bench_parked_index ORDER BY name")
    for name, sql in cursor.fetchall():
        cursor.execute(sql.replace("CREATE INDEX ", "CREATE INDEX IF NOT EXISTS ", 1))
        cursor.execute("DELETE FROM bench_parked_index WHERE name = %s", [name])


@contextmanager
def bulk_load(cursor, tables: tuple[str, ...]) -> Iterator[None]:
    """Load many rows into ``tables`` without their secondary indexes, then build those
    once: keeping ten million entries of a GIN index up to date row by row takes hours,
    building it takes minutes. Indexes behind constraints (keys, uniqueness) stay."""
    restore_indexes(cursor)
    cursor.execute(
        """
        SELECT c.relname, pg_get_indexdef(i.indexrelid)
        FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
        WHERE i.indrelid = ANY(%s::regclass[])
          AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)
        """,
        [list(tables)],
    )
    parked = cursor.fetchall()
    for name, sql in parked:
        cursor.execute(
            "INSERT INTO bench_parked_index VALUES (%s, %s) ON CONFLICT DO NOTHING",
            [name, sql],
        )
        cursor.execute(f'DROP INDEX IF EXISTS "{name}"')
    yield
    cursor.execute("SET maintenance_work_mem = '512MB'")
    restore_indexes(cursor)
    cursor.execute("RESET maintenance_work_mem")
