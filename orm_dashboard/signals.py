"""What the core announces about people, for the apps that hold their work.

orm_dashboard imports no app, so removing a member cannot unassign their mentions or
incidents itself: it sends ``member_removed`` and the apps that own those rows listen.
"""

from __future__ import annotations

from django.dispatch import Signal

# Sent inside the removal's transaction: workspace, user, actor (who removed them).
member_removed = Signal()
