"""What mentions announces; crisis (and others) listen. mentions imports none of them."""

from __future__ import annotations

from django.dispatch import Signal

# Sent after the transaction that stored new mentions commits.
# kwargs: workspace_id: int, mention_ids: list[int], brand_ids: list[int]
mentions_stored = Signal()
