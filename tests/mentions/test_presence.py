"""Presence: the open mention page pings, and the answer names who else has it open."""

from __future__ import annotations

import pytest

from mentions import presence
from mentions.ingest import ingest
from orm_dashboard import broker
from tests.helpers import url
from tests.mentions.factories import brand, item

pytestmark = pytest.mark.django_db


@pytest.fixture
def mention_pk(workspace) -> int:
    brand(workspace)
    (pk,) = ingest(workspace, [item(1)]).mention_ids
    with broker.soft_state() as client:  # nobody left over from an earlier run's mention
        client.delete(presence._key(pk))
    return pk


def test_two_people_on_one_mention_see_each_other(
    mention_pk, owner_client, teammate_client, viewer_client
) -> None:
    first = owner_client.post(url("mention_presence", pk=mention_pk))
    assert first.status_code == 200
    assert "looking at this mention" not in first.content.decode()  # alone so far
    second = teammate_client.post(url("mention_presence", pk=mention_pk))
    assert "looking at this mention" in second.content.decode()
    assert 'data-viewers="owner"' in second.content.decode()
    third = viewer_client.post(url("mention_presence", pk=mention_pk))
    assert {"owner", "teammate"} == set(
        third.content.decode().split('data-viewers="', 1)[1].split('"', 1)[0].split(", ")
    )
    assert viewer_client.get(url("mention_presence", pk=mention_pk)).status_code == 405
