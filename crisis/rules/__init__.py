"""Crisis rule kinds: importing this package registers every kind (one module each).

The modules are imported in the order people see the kinds in (the kind choices of rules,
incidents and playbooks), so that order is kept here rather than sorted.
"""

from __future__ import annotations

from crisis.rules.base import REGISTRY, Context, Decision, Finding, Kind, buckets, get, register

# isort: off
from crisis.rules import volume_spike, negative_surge, keyword, high_reach, rating_drop
from crisis.rules import source_silence
# isort: on

__all__ = [
    "REGISTRY",
    "Context",
    "Decision",
    "Finding",
    "Kind",
    "buckets",
    "get",
    "high_reach",
    "keyword",
    "negative_surge",
    "rating_drop",
    "register",
    "source_silence",
    "volume_spike",
]
