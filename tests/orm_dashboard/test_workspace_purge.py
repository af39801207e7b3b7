"""Deleting a workspace: closed in the request, emptied in batches by a worker, the rest
of the agency untouched; a purge cut short continues, and a lost one is started again."""

from __future__ import annotations

import io
from datetime import timedelta

import pytest
from django.contrib.auth.models import Permission
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from mentions.counts import add
from mentions.models import Brand, HourlyCount, Mention, Source
from orm_dashboard import apikeys, purge
from orm_dashboard.models import Membership, Role, Workspace
from orm_dashboard.tasks import purge_sweep
from tests.conftest import client_for, make_user
from tests.mentions.factories import make_mention

pytestmark = pytest.mark.django_db


def rows_of(workspace_id: int) -> dict[str, int]:
    """Every row in the database that belongs to the workspace, counted per table."""
    counts = {}
    for model in purge.workspace_tables():
        n = model._base_manager.filter(**{purge.workspace_field(model): workspace_id}).count()
        if n:
            counts[model._meta.label] = n
    return counts


@pytest.fixture
def demo() -> Workspace:
    call_command("seed_demo", stdout=io.StringIO())
    return Workspace.objects.get(slug="demo")


@pytest.fixture
def boss(demo: Workspace):
    user = make_user("boss", demo, Role.MANAGER)
    user.user_permissions.add(Permission.objects.get(codename="add_workspace"))
    return user


def test_leaves_come_before_what_they_point_to() -> None:
    order = purge.workspace_tables()
    position = {model: i for i, model in enumerate(order)}
    for model in order:
        for field in model._meta.get_fields():
            target = getattr(field, "related_model", None)
            if field.many_to_one and target in position and target is not model:
                assert position[model] < position[target], (model, target)
    from mentions.models import MentionBrand

    assert position[MentionBrand] < position[Mention] < position[Source]
    assert position[HourlyCount] < position[Source]


def test_delete_closes_at_once_and_the_worker_removes_everything(
    demo: Workspace, boss, workspace: Workspace
) -> None:
    """A full demo workspace (mentions, reviews, sources, a report, members, lexicon) and
    another client beside it. Two sources share an hour's count bucket, the case a source's
    SET NULL would break if the counts were not gone first."""
    keep = make_mention(workspace, title="Another client's mention")
    sources = list(Source.objects.filter(workspace=demo)[:2])
    assert len(sources) == 2
    hour = timezone.now() - timedelta(hours=3)
    brand = Brand.objects.filter(workspace=demo).first()
    add(demo.pk, [(brand.pk, hour, s.pk, "negative", 1) for s in sources])
    add(demo.pk, [(brand.pk, hour, None, "negative", 1)])
    _key, clear = apikeys.create(demo, "reporting", "read", created_by=boss)
    other_before = rows_of(workspace.pk)
    before = rows_of(demo.pk)
    assert before["mentions.Mention"] > 10 and "mentions.Report" in before

    client = client_for(boss)
    response = client.post(
        reverse("workspace_delete", kwargs={"workspace": "demo"}), {"confirm": "demo"}
    )
    assert response.status_code == 302 and response["Location"] == reverse("workspace_list")
    closed = Workspace.objects.get(pk=demo.pk)
    assert closed.deleting_at and closed.archived_at
    # Closed to everyone: pages, lists and the API; the data is still there for the worker.
    assert client.get(reverse("overview", kwargs={"workspace": "demo"})).status_code == 404
    assert "/w/demo/" not in client.get(reverse("workspace_list")).content.decode()
    api = Client().get("/api/v1/mentions", headers={"Authorization": f"Bearer {clear}"})
    assert api.status_code == 401
    assert not Membership.objects.filter(workspace=demo).exists()
    assert rows_of(demo.pk)["mentions.Mention"] == before["mentions.Mention"]

    assert purge.purge(demo.pk) is True
    assert rows_of(demo.pk) == {}
    assert not Workspace.objects.filter(pk=demo.pk).exists()
    assert rows_of(workspace.pk) == other_before and Mention.objects.filter(pk=keep.pk).exists()
    assert purge.purge(demo.pk) is True  # a second run (a redelivered task) is a no-op


def test_an_open_workspace_is_never_purged(demo: Workspace) -> None:
    before = rows_of(demo.pk)
    assert purge.purge(demo.pk) is True
    assert rows_of(demo.pk) == before and Workspace.objects.filter(pk=demo.pk).exists()


def test_a_purge_out_of_time_continues_where_it_stopped(demo: Workspace, monkeypatch) -> None:
    purge.close(demo)
    monkeypatch.setattr(purge, "BATCH", 5)
    total = sum(rows_of(demo.pk).values())
    runs = 0
    while not purge.purge(demo.pk, budget=0):  # each run: one batch, then out of time
        runs += 1
        left = sum(rows_of(demo.pk).values())
        assert left < total, "every run deletes something"
        total = left
    assert runs > 5 and rows_of(demo.pk) == {}
    assert not Workspace.objects.filter(pk=demo.pk).exists()


def test_the_sweep_restarts_a_lost_purge(
    demo: Workspace, workspace: Workspace, monkeypatch
) -> None:
    purge.close(demo)
    queued: list[int] = []
    from orm_dashboard import tasks

    monkeypatch.setattr(tasks.purge_workspace, "delay", queued.append)
    assert purge_sweep() == 0  # just started: its own task is still at work
    Workspace.objects.filter(pk=demo.pk).update(deleting_at=timezone.now() - timedelta(hours=1))
    assert purge_sweep() == 1 and queued == [demo.pk]
