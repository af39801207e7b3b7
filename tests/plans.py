"""EXPLAIN on real Postgres for the tests that pin query shapes (search, review queue,
crisis rules): a query's plan as JSON, its nodes, and a readable outline for assertions."""

from __future__ import annotations

import json
from typing import Any

from django.db import connection


def explain(sql: str, params: Any = None, *, off: tuple[str, ...] = ()) -> dict[str, Any]:
    """The plan Postgres chooses for ``sql``; ``off`` names planner settings (such as
    enable_sort) turned off for it, to check that a plan of a given shape exists."""
    with connection.cursor() as cursor:
        for setting in off:
            cursor.execute(f"SET {setting} = off")
        try:
            cursor.execute("EXPLAIN (FORMAT JSON) " + sql, params)
            raw = cursor.fetchone()[0]
        finally:
            for setting in off:
                cursor.execute(f"RESET {setting}")
    return (json.loads(raw) if isinstance(raw, str) else raw)[0]["Plan"]


def nodes(plan: dict[str, Any]) -> list[dict[str, Any]]:
    """Every node of the plan, the top one first."""
    found = [plan]
    for child in plan.get("Plans", []):
        found += nodes(child)
    return found


def outline(plan: dict[str, Any], depth: int = 0) -> str:
    """The plan as indented lines of node, table and index: what an assertion shows."""
    line = "  " * depth + " ".join(
        str(plan[k]) for k in ("Node Type", "Relation Name", "Index Name") if k in plan
    )
    return "\n".join([line] + [outline(c, depth + 1) for c in plan.get("Plans", [])])
