"""The audit log has one way in: orm_dashboard/audit.py writes every Event row."""

from __future__ import annotations

import ast
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parents[2]
APPS = ("orm_dashboard", "mentions", "reviews", "crisis")


def _writes_events(tree: ast.AST) -> list[int]:
    """Lines that build an Event or call a writing method on ``Event.objects``."""
    return [node.lineno for node in ast.walk(tree) if _is_event_write(node)]


def _is_event_write(node: ast.AST) -> bool:
    if not isinstance(node, ast.Call):
        return False
    func = node.func
    if isinstance(func, ast.Name):
        return func.id == "Event"
    return (
        isinstance(func, ast.Attribute)
        and func.attr in {"create", "bulk_create", "get_or_create", "update_or_create"}
        and isinstance(func.value, ast.Attribute)
        and func.value.attr == "objects"
        and isinstance(func.value.value, ast.Name)
        and func.value.value.id == "Event"
    )


def test_only_the_audit_module_writes_audit_rows() -> None:
    outside = [
        f"{path.relative_to(BASE_DIR)}:{line}"
        for app in APPS
        for path in sorted((BASE_DIR / app).rglob("*.py"))
        if "migrations" not in path.parts and path != BASE_DIR / "orm_dashboard" / "audit.py"
        for line in _writes_events(ast.parse(path.read_text(encoding="utf-8")))
    ]
    assert outside == []


def test_the_check_sees_a_row_written_by_hand() -> None:
    tree = ast.parse("Event.objects.create(verb='x')\nrows = [Event(verb='y')]\n")
    assert _writes_events(tree) == [1, 2]
