"""The bulk and single-mention actions: each one people can choose has its change."""

from __future__ import annotations

import pytest

from mentions import actions


def test_every_action_people_see_has_its_change() -> None:
    assert set(actions.CHANGES) == set(actions.ACTIONS)


def test_an_unknown_action_is_refused_before_anything_is_read() -> None:
    with pytest.raises(actions.ActionError, match="Unknown action 'globals'"):
        actions.apply([], "globals", "", user=None, membership=None)  # type: ignore[arg-type]
