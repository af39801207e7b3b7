"""People correct the machine: labels stick, lexicons teach, counts follow."""

from __future__ import annotations

import io
from datetime import timedelta

import pytest
from django.db.models import Count

from mentions import counts
from mentions.ingest import ingest
from mentions.models import HourlyCount, LexiconEntry, Mention, MentionBrand, RescoreJob
from mentions.rescore import score_mention, score_mentions
from mentions.tasks import run_rescore
from tests.helpers import url
from tests.mentions.factories import T0, brand, item, rss_source

pytestmark = pytest.mark.django_db


def direct_counts(workspace) -> dict[tuple, int]:
    rows = (
        MentionBrand.objects.filter(workspace=workspace)
        .values_list("brand_id", "mention__source_id", "sentiment_label")
        .annotate(n=Count("id"))
    )
    return {(b, s, label or "unscored"): n for b, s, label, n in rows}


def aggregated(workspace) -> dict[tuple, int]:
    totals: dict[tuple, int] = {}
    for row in HourlyCount.objects.filter(workspace=workspace):
        key = (row.brand_id, row.source_id, row.sentiment_label)
        totals[key] = totals.get(key, 0) + row.count
    return {k: v for k, v in totals.items() if v}


def test_workspace_lexicon_teaches_and_rescore_keeps_human_labels(
    owner_client, workspace, owner
) -> None:
    brand(workspace)
    ingest(workspace, [item(1, "These Acme skates are sick."), item(2, "Acme skates, sick ride.")])
    first, second = Mention.objects.order_by("id")
    assert first.sentiment_label == "negative"  # "sick" is bad in plain English
    # A person labels the second one; re-scoring must never overwrite that.
    from mentions.actions import set_sentiments

    set_sentiments([second], "neutral", owner)
    response = owner_client.post(
        url("lexicon_change"), {"what": "add", "entry-phrase": "Sick", "entry-valence": "3"}
    )
    assert response.status_code == 302
    assert LexiconEntry.objects.get().phrase == "sick"
    job = RescoreJob.objects.get()
    run_rescore(job.pk)  # what the worker runs
    job.refresh_from_db()
    assert job.finished_at and job.done == job.total == 2
    first.refresh_from_db()
    second.refresh_from_db()
    assert first.sentiment_label == "positive"
    assert (second.sentiment_label, second.model_label) == ("neutral", "positive")
    assert aggregated(workspace) == direct_counts(workspace)
    progress = owner_client.get(url("rescore_progress")).content.decode()
    assert "Last re-score finished" in progress


def test_lexicon_change_needs_a_manager(teammate_client, viewer_client, workspace) -> None:
    for client in (teammate_client, viewer_client):
        assert (
            client.post(
                url("lexicon_change"), {"what": "add", "entry-phrase": "x", "entry-valence": "1"}
            ).status_code
            == 403
        )
    assert viewer_client.get(url("lexicon")).status_code == 200


def test_thresholds_validate_and_apply(owner_client, workspace) -> None:
    bad = owner_client.post(
        url("lexicon_change"),
        {"what": "thresholds", "t-positive_threshold": "-0.5", "t-negative_threshold": "0.5"},
    )
    assert "Use −1 ≤ negative &lt; positive ≤ 1" in bad.content.decode()
    owner_client.post(
        url("lexicon_change"),
        {"what": "thresholds", "t-positive_threshold": "0.5", "t-negative_threshold": "-0.5"},
    )
    workspace.refresh_from_db()
    assert (workspace.positive_threshold, workspace.negative_threshold) == (0.5, -0.5)
    brand(workspace)
    ingest(workspace, [item(1, "Acme is okay I guess, fine.")])
    assert Mention.objects.get().sentiment_label == "neutral"


def test_hourly_counts_equal_a_direct_count(workspace, owner) -> None:
    from mentions.actions import set_sentiments

    acme = brand(workspace)
    brand(workspace, "Globex")
    ingest(
        workspace,
        [item(i, "Acme good, Globex bad" if i % 2 else "Acme terrible") for i in range(30)],
    )
    ingest(workspace, [item(i) for i in range(25, 40)])  # some duplicates
    for mention in Mention.objects.all()[:5]:
        set_sentiments([mention], "neutral", owner)
    set_sentiments([Mention.objects.first()], "model", owner)
    assert aggregated(workspace) == direct_counts(workspace)
    HourlyCount.objects.filter(brand=acme).update(count=999)  # damage it
    counts.rebuild(workspace.pk)
    assert aggregated(workspace) == direct_counts(workspace)


def test_unscored_language_is_never_neutral_and_filterable(viewer_client, workspace) -> None:
    brand(workspace)
    ingest(
        workspace,
        [item(1, "Acme: Ši įmonė mane nuvylė, labai blogas aptarnavimas ir jokios pagalbos.")],
    )
    mention = Mention.objects.get()
    assert mention.language == "lt"  # Lithuanian: no word list we may use
    assert mention.sentiment_label == "unscored" and mention.sentiment is None
    listed = viewer_client.get(url("inbox"), {"sentiment": "unscored"}).context["mentions"]
    assert [m.pk for m in listed] == [mention.pk]


def test_score_mention_refreshes_model_score_only_for_people_labels(workspace, owner) -> None:
    from mentions.actions import set_sentiments

    brand(workspace)
    ingest(workspace, [item(1, "Acme is fantastic")])
    mention = Mention.objects.get()
    set_sentiments([mention], "negative", owner)
    LexiconEntry.objects.create(workspace=workspace, phrase="fantastic", valence=-3)
    score_mention(mention.pk)
    mention.refresh_from_db()
    assert (mention.sentiment_label, mention.model_label) == ("negative", "negative")
    assert mention.sentiment_by == owner


def test_bulk_relabel_moves_hourly_counts_in_a_few_statements(
    workspace, owner, django_assert_max_num_queries
) -> None:
    from mentions import actions
    from orm_dashboard.models import Membership

    brand(workspace)
    brand(workspace, "Globex")
    ingest(
        workspace,
        [item(i, "Acme good, Globex bad" if i % 2 else "Acme terrible") for i in range(60)],
    )
    membership = Membership.objects.get(workspace=workspace, user=owner)
    mentions = list(Mention.objects.all())
    with django_assert_max_num_queries(8):  # not one round of queries per mention
        outcome = actions.apply(mentions, "sentiment", "neutral", user=owner, membership=membership)
    assert len(outcome.changed) == 60
    assert set(MentionBrand.objects.values_list("sentiment_label", flat=True)) == {"neutral"}
    assert aggregated(workspace) == direct_counts(workspace)
    actions.apply(mentions[:7], "sentiment", "model", user=owner, membership=membership)
    assert Mention.objects.filter(sentiment_by__isnull=True).count() == 7
    assert aggregated(workspace) == direct_counts(workspace)


def test_lexicon_entry_for_one_language_scores_only_that_language(owner_client, workspace) -> None:
    brand(workspace)
    ingest(
        workspace,
        [
            item(1, "These Acme skates are sick, what a ride."),
            item(2, "Acme Rollschuhe: das Rollen ist echt sick, wir fahren jeden Tag damit."),
        ],
    )
    english, german = Mention.objects.order_by("id")
    assert (english.language, german.language) == ("en", "de")
    response = owner_client.post(
        url("lexicon_change"),
        {"what": "add", "entry-phrase": "sick", "entry-valence": "3", "entry-language": "de"},
    )
    assert response.status_code == 302
    assert LexiconEntry.objects.get().language == "de"
    assert LexiconEntry.for_workspace(workspace.pk) == {"de": {"sick": 3.0}}
    run_rescore(RescoreJob.objects.get().pk)
    english.refresh_from_db()
    german.refresh_from_db()
    assert german.sentiment_label == "positive"
    assert english.sentiment_label == "negative"  # the German entry leaves English alone
    page = owner_client.get(url("lexicon")).content.decode()
    assert "German" in page and "Every language" in page


def test_per_language_lexicon_entries_win_over_those_for_every_language() -> None:
    from mentions.sentiment import analyse

    lexicon = {"": {"sick": -3.0}, "en": {"sick": 3.0}}
    assert analyse("sick ride", language="en", lexicon=lexicon).document.label == "positive"
    assert analyse("echt sick", language="de", lexicon=lexicon).document.label == "negative"


def test_lexicon_change_with_the_broker_down_saves_and_the_rescore_resumes_later(
    owner_client, workspace, monkeypatch, django_capture_on_commit_callbacks
) -> None:
    from datetime import timedelta

    from django.utils import timezone
    from kombu.exceptions import OperationalError

    from mentions import tasks

    def broker_down(*args: object) -> None:
        raise OperationalError("Error 2 connecting to redis.sock. No such file or directory.")

    brand(workspace)
    ingest(workspace, [item(1, "These Acme skates are sick.")])
    monkeypatch.setattr(tasks.run_rescore, "delay", broker_down)
    with django_capture_on_commit_callbacks(execute=True):
        response = owner_client.post(
            url("lexicon_change"), {"what": "add", "entry-phrase": "sick", "entry-valence": "3"}
        )
    assert response.status_code == 302  # not a 500: the entry is saved
    assert LexiconEntry.objects.get().phrase == "sick"
    job = RescoreJob.objects.get()
    assert job.finished_at is None and job.total == 0
    # Beat's resume job starts it once the broker is back (and leaves fresh jobs alone; the
    # workspace's re-score for this version of the scorer is queued at once, as always).
    started: list[int] = []
    monkeypatch.setattr(tasks.run_rescore, "delay", started.append)
    assert tasks.resume_rescores() == 1 and job.pk not in started
    upgrade = RescoreJob.objects.exclude(pk=job.pk).get()
    assert started == [upgrade.pk] and upgrade.since is None
    run_rescore(upgrade.pk)
    started.clear()
    RescoreJob.objects.filter(pk=job.pk).update(created_at=timezone.now() - timedelta(minutes=2))
    assert tasks.resume_rescores() == 1 and started == [job.pk]
    run_rescore(job.pk)
    assert tasks.resume_rescores() == 0  # finished: nothing more to do
    assert Mention.objects.get().sentiment_label == "positive"


def test_rescore_command_brings_history_in_line_and_keeps_peoples_labels(
    workspace, other_workspace, owner
) -> None:
    from django.core.management import CommandError, call_command

    from mentions.actions import set_sentiments

    acme = brand(workspace)
    brand(other_workspace)
    old = T0 - timedelta(days=100)
    ingest(workspace, [item(1, "Acme is wonderful"), item(2, "Acme is awful")])
    ingest(workspace, [item(3, "Acme is brilliant", published_at=old)], now=old)
    ingest(other_workspace, [item(4, "Acme is wonderful")])
    person = Mention.objects.get(external_id="guid-2")
    set_sentiments([person], "positive", owner)  # a person's call, against the words
    # Scores as an older scorer left them: all neutral, in the mentions and their counts.
    for mention in Mention.objects.filter(workspace=workspace).exclude(pk=person.pk):
        MentionBrand.objects.filter(mention=mention).update(
            sentiment=0.0, sentiment_label="neutral"
        )
        Mention.objects.filter(pk=mention.pk).update(sentiment=0.0, sentiment_label="neutral")
    counts.rebuild(workspace.pk)
    stale_other = MentionBrand.objects.filter(workspace=other_workspace)
    stale_other.update(sentiment_label="neutral")

    out = io.StringIO()
    call_command("rescore", "--workspace", workspace.slug, "--days", "30", stdout=out)
    labels = dict(
        MentionBrand.objects.filter(brand=acme).values_list(
            "mention__external_id", "sentiment_label"
        )
    )
    assert labels == {"guid-1": "positive", "guid-2": "positive", "guid-3": "neutral"}
    assert "acme: 2 mentions scored again" in out.getvalue()
    person.refresh_from_db()
    assert (person.sentiment_label, person.model_label) == ("positive", "negative")
    assert aggregated(workspace) == direct_counts(workspace)  # the hourly counts followed

    assert not RescoreJob.objects.exists()  # 30 days are not the whole history
    call_command("rescore", "--workspace", workspace.slug, stdout=io.StringIO())  # all of it
    assert MentionBrand.objects.get(mention__external_id="guid-3").sentiment_label == "positive"
    # ... so the background need not do it again for this version of the scorer.
    from mentions import sentiment, tasks

    done = RescoreJob.objects.get()
    assert (done.workspace, done.scorer, done.total) == (workspace, sentiment.VERSION, 3)
    assert done.finished_at is not None
    assert tasks.resume_rescores() == 1  # the other workspace's, only
    assert RescoreJob.objects.get(workspace=other_workspace).scorer == sentiment.VERSION
    assert aggregated(workspace) == direct_counts(workspace)
    assert set(stale_other.values_list("sentiment_label", flat=True)) == {"neutral"}  # untouched
    with pytest.raises(CommandError, match="no workspace nope"):
        call_command("rescore", "--workspace", "nope")


def test_rescore_detects_the_language_of_a_mention_stored_without_one(workspace) -> None:
    brand(workspace)
    ingest(workspace, [item(1, "Leveringen fra Acme kom for sent, dårlig", title="Acme")])
    mention = Mention.objects.get()
    assert not mention.language and mention.sentiment_label == "unscored"
    workspace.language = "nb"
    workspace.save(update_fields=["language"])
    score_mention(mention.pk)
    mention.refresh_from_db()
    assert mention.language == "nb" and mention.sentiment_label == "negative"


def test_bulk_relabel_of_mentions_with_and_without_a_source_in_the_same_hour(
    workspace, owner
) -> None:
    """A mention added by hand (no source) and an imported one, same brand and hour: their
    count buckets differ only by source, and None sorts before a source id (it could not be
    compared with one: setting both at once answered 500)."""
    from mentions.actions import set_sentiments

    brand(workspace)
    source = rss_source(workspace, "https://feeds.example/acme.xml")
    ingest(workspace, [item(1, "Acme is great", published_at=T0)])
    ingest(workspace, [item(2, "Acme is fine", published_at=T0)], source_id=source.pk)
    set_sentiments(list(Mention.objects.all()), "negative", owner)
    assert set(MentionBrand.objects.values_list("sentiment_label", flat=True)) == {"negative"}
    assert aggregated(workspace) == direct_counts(workspace)


def test_rescore_reads_and_writes_a_batch_at_a_time_and_skips_what_did_not_change(
    workspace, owner, django_assert_max_num_queries
) -> None:
    from mentions.actions import set_sentiments

    brand(workspace)
    brand(workspace, "Globex")
    ingest(
        workspace,
        [item(i, "Acme good, Globex bad" if i % 2 else "Acme terrible") for i in range(60)],
    )
    person = Mention.objects.order_by("pk").first()
    set_sentiments([person], "positive", owner)
    MentionBrand.objects.exclude(mention=person).update(sentiment=0.0, sentiment_label="neutral")
    Mention.objects.exclude(pk=person.pk).update(sentiment=0.0, sentiment_label="neutral")
    counts.rebuild(workspace.pk)
    ids = list(Mention.objects.values_list("pk", flat=True))
    with django_assert_max_num_queries(12):  # not five queries a mention
        changed = score_mentions(ids)
    assert changed == 59  # the person's label stands, and its model score did not move
    person.refresh_from_db()
    assert (person.sentiment_label, person.sentiment_by) == ("positive", owner)
    assert MentionBrand.objects.filter(mention=person, sentiment_label="positive").exists()
    labels = set(MentionBrand.objects.exclude(mention=person).values_list("sentiment_label"))
    assert labels == {("positive",), ("negative",)}
    assert aggregated(workspace) == direct_counts(workspace)
    # Nothing changed: the savepoint, its release, and reads only (the mentions, their
    # brand rows, the workspace's brands and its lexicon).
    with django_assert_max_num_queries(6):
        assert score_mentions(ids) == 0
