from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError

from mentions import counts
from orm_dashboard.models import Workspace


class Command(BaseCommand):
    help = "Recompute the overview's hourly counts from the stored mentions."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--workspace", help="only this workspace (slug)")

    def handle(self, *args: Any, workspace: str | None, **options: Any) -> None:
        workspace_id = None
        if workspace:
            ws = Workspace.objects.filter(slug=workspace).first()
            if ws is None:
                raise CommandError(f"no workspace with slug {workspace!r}")
            workspace_id = ws.pk
        counts.rebuild(workspace_id)
        self.stdout.write("hourly counts rebuilt")
