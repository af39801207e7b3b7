"""Re-score jobs run in the background in short chunks, resume where a dead worker left
them, and bring every workspace in line with a new version of the scorer by themselves."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from mentions import rescore, sentiment, tasks
from mentions.ingest import ingest
from mentions.models import Mention, MentionBrand, RescoreJob
from mentions.rescore import due_jobs, run_chunk
from tests.helpers import url
from tests.mentions.factories import T0, brand, item
from tests.mentions.test_sentiment_corrections import aggregated, direct_counts

pytestmark = pytest.mark.django_db


def stale(workspace) -> None:
    """Scores as an older scorer left them: every mention neutral (counts follow)."""
    from mentions import counts

    MentionBrand.objects.filter(workspace=workspace).update(
        sentiment=0.0, sentiment_label="neutral"
    )
    Mention.objects.filter(workspace=workspace).update(
        sentiment=0.0, sentiment_label="neutral", model_sentiment=0.0, model_label="neutral"
    )
    counts.rebuild(workspace.pk)


@pytest.fixture
def queued(monkeypatch) -> list[int]:
    """The job ids handed to the broker (the test runs them itself, in order)."""
    sent: list[int] = []
    monkeypatch.setattr(tasks.run_rescore, "delay", sent.append)
    return sent


def test_an_upgraded_scorer_rescores_every_workspaces_whole_history_once(
    workspace, other_workspace, owner, owner_client, queued
) -> None:
    from mentions.actions import set_sentiments

    brand(workspace)
    brand(other_workspace)
    old = T0 - timedelta(days=400)
    ingest(workspace, [item(1, "Acme is wonderful"), item(2, "Acme is awful")])
    ingest(workspace, [item(3, "Acme is brilliant", published_at=old)], now=old)
    ingest(other_workspace, [item(4, "Acme is wonderful")])
    stale(workspace)
    stale(other_workspace)
    person = Mention.objects.get(external_id="guid-2", workspace=workspace)
    set_sentiments([person], "positive", owner)  # a person's call stands

    # One job a workspace for this version, run one workspace at a time (all at once would
    # leave the workers no time to poll).
    assert tasks.resume_rescores() == 1
    jobs = RescoreJob.objects.filter(scorer=sentiment.VERSION)
    assert len(jobs) == 2 and queued == [jobs.order_by("pk")[0].pk]
    assert all(job.since is None and job.finished_at is None for job in jobs)
    assert tasks.resume_rescores() == 0  # the first one waits in the queue: no second yet
    page = owner_client.get(url("overview", query={"brand": "all"})).content.decode()
    assert "An upgrade improved the sentiment scorer" in page
    settings_page = owner_client.get(url("lexicon")).content.decode()
    assert "Re-scoring every mention after an upgrade" in settings_page
    assert '<progress max="100" value="0">' in settings_page

    tasks.run_rescore(queued.pop())
    assert tasks.resume_rescores() == 1  # the first is done: the next workspace's
    tasks.run_rescore(queued.pop())
    labels = dict(
        MentionBrand.objects.filter(workspace=workspace).values_list(
            "mention__external_id", "sentiment_label"
        )
    )
    assert labels == {"guid-1": "positive", "guid-2": "positive", "guid-3": "positive"}
    person.refresh_from_db()
    assert (person.sentiment_label, person.model_label) == ("positive", "negative")
    assert MentionBrand.objects.get(workspace=other_workspace).sentiment_label == "positive"
    for ws in (workspace, other_workspace):
        assert aggregated(ws) == direct_counts(ws)
    job = jobs.get(workspace=workspace)
    assert (job.done, job.total) == (3, 3) and job.finished_at is not None
    page = owner_client.get(url("overview", query={"brand": "all"})).content.decode()
    assert "An upgrade improved the sentiment scorer" not in page
    queued.clear()
    assert tasks.resume_rescores() == 0 and not queued  # once per version, not every minute


def test_a_job_runs_in_chunks_each_from_where_the_last_one_stopped(workspace, monkeypatch) -> None:
    brand(workspace)
    ingest(workspace, [item(i, "Acme is great" if i % 2 else "Acme is dreadful") for i in range(7)])
    stale(workspace)
    monkeypatch.setattr(rescore, "BATCH", 2)
    job = rescore.start_lexicon_rescore(workspace, None)
    seen: list[int] = []
    real = rescore.score_mentions

    def counting(ids, **kwargs):
        seen.extend(ids)
        return real(ids, **kwargs)

    monkeypatch.setattr(rescore, "score_mentions", counting)
    # A chunk with no time left stops after one batch and asks for another.
    assert run_chunk(job.pk, chunk=timedelta(0)) is True
    job.refresh_from_db()
    assert (job.done, job.total, job.finished_at) == (2, 7, None) and not job.claim_token
    newest = list(Mention.objects.order_by("-published_at", "-pk").values_list("pk", flat=True))
    assert seen == newest[:2] and job.cursor_id == newest[1]  # newest first
    while run_chunk(job.pk, chunk=timedelta(0)):
        pass
    job.refresh_from_db()
    assert job.finished_at is not None and (job.done, job.total) == (7, 7)
    assert seen == newest  # each mention once, none left out
    assert set(MentionBrand.objects.values_list("sentiment_label", flat=True)) == {
        "positive",
        "negative",
    }
    assert aggregated(workspace) == direct_counts(workspace)
    assert run_chunk(job.pk) is False  # finished: a late duplicate does nothing


def test_a_job_whose_worker_died_resumes_after_its_lease_and_loses_nothing(
    workspace, monkeypatch, queued
) -> None:
    from orm_dashboard import leases

    brand(workspace)
    ingest(workspace, [item(i, "Acme is great") for i in range(5)])
    stale(workspace)
    monkeypatch.setattr(rescore, "BATCH", 2)
    RescoreJob.objects.create(  # the workspace is up to date with this scorer
        workspace=workspace, scorer=sentiment.VERSION, finished_at=timezone.now()
    )
    job = rescore.start_lexicon_rescore(workspace, None)
    assert run_chunk(job.pk, chunk=timedelta(0)) is True  # two done, then the worker...
    now = timezone.now()
    token = leases.claim(RescoreJob.objects.filter(pk=job.pk), now, rescore.LEASE, by="w#1")
    assert token  # ... took the next chunk and died holding it
    assert run_chunk(job.pk) is False  # held: a second delivery does not run it twice
    two_minutes_ago = now - timedelta(minutes=2)
    RescoreJob.objects.filter(pk=job.pk).update(
        created_at=two_minutes_ago, progressed_at=two_minutes_ago
    )
    assert due_jobs(now) == []  # beat leaves it to its holder while the lease lasts
    assert due_jobs(now + rescore.LEASE + timedelta(seconds=1)) == [job.pk]  # then not
    RescoreJob.objects.filter(pk=job.pk).update(claimed_until=now - timedelta(seconds=1))
    while run_chunk(job.pk, chunk=timedelta(0)):
        pass
    job.refresh_from_db()
    assert job.finished_at is not None and (job.done, job.total) == (5, 5)
    assert set(MentionBrand.objects.values_list("sentiment_label", flat=True)) == {"positive"}
    assert aggregated(workspace) == direct_counts(workspace)


def test_a_run_whose_lease_was_taken_over_stops_without_recording_progress(
    workspace, monkeypatch
) -> None:
    brand(workspace)
    ingest(workspace, [item(i, "Acme is great") for i in range(4)])
    monkeypatch.setattr(rescore, "BATCH", 2)
    job = rescore.start_lexicon_rescore(workspace, None)
    real = rescore.score_mentions

    def slow_then_taken_over(ids, **kwargs):
        # Meanwhile the lease ran out and another run took the job and moved on.
        RescoreJob.objects.filter(pk=job.pk).update(claim_token="other", done=4)
        return real(ids, **kwargs)

    monkeypatch.setattr(rescore, "score_mentions", slow_then_taken_over)
    assert run_chunk(job.pk) is False
    job.refresh_from_db()
    assert (job.claim_token, job.done, job.finished_at) == ("other", 4, None)
