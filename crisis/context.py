"""The open-incident banner, on every page of the workspace (a context processor)."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.utils.functional import cached_property

BANNER_LIMIT = 3


class Banner:
    """The workspace's active incidents for the banner: the first few, and how many."""

    def __init__(self, workspace: Any) -> None:
        self.workspace = workspace

    @cached_property
    def _first(self) -> list[Any]:
        from crisis.models import ACTIVE, Incident, Severity

        # Not yet acknowledged first ("open" sorts after "acknowledged"), then the most
        # severe, then the newest: a high incident is never the one left behind "See all".
        return list(
            Incident.objects.filter(workspace=self.workspace, status__in=ACTIVE)
            .select_related("brand", "owner")
            .order_by("-status", Severity.ranked().desc(), "-opened_at")[: BANNER_LIMIT + 1]
        )

    @property
    def shown(self) -> list[Any]:
        return self._first[:BANNER_LIMIT]

    @cached_property
    def total(self) -> int:
        """Counted only when there are more than the banner shows."""
        if len(self._first) <= BANNER_LIMIT:
            return len(self._first)
        from crisis.models import ACTIVE, Incident

        return Incident.objects.filter(workspace=self.workspace, status__in=ACTIVE).count()

    @property
    def more(self) -> int:
        return self.total - len(self.shown)

    def __bool__(self) -> bool:
        return bool(self._first)


def open_incidents(request: HttpRequest) -> dict[str, Any]:
    """Lazy, so pages that do not render the banner (emails, partials) pay no query."""
    workspace = getattr(request, "workspace", None)
    if workspace is None:
        return {}
    return {"crisis_banner": Banner(workspace)}
