"""What mentions announces; crisis (and others) listen. mentions imports none of them."""

from __future__ import annotations

from django.dispatch import Signal

# Sent after the transaction that stored new mentions commits.
# kwargs: workspace_id: int, mention_ids: list[int], brand_ids: list[int]
mentions_stored = Signal()

# Sent by `seed_demo` inside its transaction, once the demo workspace, its brands and users
# exist, so that apps building on mentions add their own demo content.
# kwargs: workspace: Workspace
demo_seeded = Signal()
