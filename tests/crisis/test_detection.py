"""Detection rules on real stored mentions: what fires, what does not, and re-firing."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from crisis import detection
from crisis.models import (
    AlertDelivery,
    CrisisPolicy,
    Incident,
    IncidentStatus,
    Rule,
    RuleKind,
)
from crisis.preview import preview
from mentions.models import Source
from tests.crisis.conftest import history, mentions

NOW = datetime(2026, 11, 20, 14, 30, tzinfo=UTC)
ANGRY = "{brand} is terrible, awful and broken. I hate it, worst company ever ({i})."


def fired(findings, kind):
    return [f for f in findings if f.rule.kind == kind and f.fired]


def test_new_brand_gets_every_rule_with_defaults(acme) -> None:
    rules = {r.kind: r for r in Rule.objects.filter(brand=acme)}
    assert set(rules) == set(RuleKind)
    spike = rules[RuleKind.VOLUME_SPIKE]
    assert (spike.window_minutes, spike.baseline_days, spike.sigma, spike.min_count) == (
        180,
        28,
        4.0,
        15,
    )


def test_spike_fires_once(workspace, acme, owner) -> None:
    history(workspace, acme, 2, now=NOW)
    mentions(workspace, acme, 25, end=NOW, prefix="spike")
    findings = detection.evaluate_brand(acme.pk, NOW)
    spike = fired(findings, RuleKind.VOLUME_SPIKE)
    assert len(spike) == 1
    assert spike[0].observed == 25
    assert spike[0].baseline == 2
    incident = Incident.objects.get(kind=RuleKind.VOLUME_SPIKE)
    assert incident.status == IncidentStatus.OPEN
    assert incident.links.count() == 25
    explanation = incident.explanation
    assert explanation["observed"] == 25 and explanation["baseline"] == 2
    assert explanation["threshold"] >= 10 and explanation["window_minutes"] == 180
    assert len(explanation["top"]) == 5
    assert incident.checklist.count() >= 4  # from the default playbook
    assert AlertDelivery.objects.filter(incident=incident).count() == 1  # the manager

    # Evaluating the same data again (the next poll, the schedule) changes nothing.
    detection.evaluate_brand(acme.pk, NOW + timedelta(minutes=1))
    assert Incident.objects.filter(kind=RuleKind.VOLUME_SPIKE).count() == 1
    assert AlertDelivery.objects.count() == 1
    assert Incident.objects.get(pk=incident.pk).fire_count == 1


def test_same_spike_an_hour_later_does_not_repage(workspace, acme, owner) -> None:
    history(workspace, acme, 2, now=NOW)
    mentions(workspace, acme, 25, end=NOW, prefix="spike")
    detection.evaluate_brand(acme.pk, NOW)
    later = NOW + timedelta(hours=1)
    mentions(workspace, acme, 10, end=later, prefix="more")
    findings = detection.evaluate_brand(acme.pk, later)
    assert fired(findings, RuleKind.VOLUME_SPIKE)  # it is still a spike…
    incident = Incident.objects.get(kind=RuleKind.VOLUME_SPIKE)  # …on the same incident
    assert incident.fire_count == 2
    assert incident.links.count() == 35
    assert incident.timeline.filter(kind="fired").count() == 1
    assert AlertDelivery.objects.count() == 1  # and nobody is paged again


def test_resolved_spike_is_not_reopened_by_the_same_mentions(workspace, acme, owner) -> None:
    history(workspace, acme, 2, now=NOW)
    mentions(workspace, acme, 25, end=NOW, prefix="spike")
    detection.evaluate_brand(acme.pk, NOW)
    Incident.objects.update(status=IncidentStatus.RESOLVED, resolved_at=NOW)
    detection.evaluate_brand(acme.pk, NOW + timedelta(minutes=5))
    assert Incident.objects.count() == 1


def test_quiet_brands_tiny_spike_does_not_fire(workspace, acme, owner) -> None:
    mentions(workspace, acme, 1, end=NOW - timedelta(days=3), prefix="old")
    mentions(workspace, acme, 3, end=NOW, prefix="tiny")
    findings = detection.evaluate_brand(acme.pk, NOW)
    spike = next(f for f in findings if f.rule.kind == RuleKind.VOLUME_SPIKE)
    assert spike.observed == 3
    assert not spike.fired  # far above its normal 0-1, but below the minimum of 15
    assert not Incident.objects.exists()


def test_steady_high_volume_is_not_a_spike(workspace, acme) -> None:
    history(workspace, acme, 20, now=NOW)
    mentions(workspace, acme, 22, end=NOW, prefix="normal")
    findings = detection.evaluate_brand(acme.pk, NOW)
    assert not fired(findings, RuleKind.VOLUME_SPIKE)


def test_negative_surge(workspace, acme, owner) -> None:
    history(workspace, acme, 3, now=NOW)  # neutral chatter
    mentions(workspace, acme, 12, end=NOW, prefix="angry", text=ANGRY)
    surge = fired(detection.evaluate_brand(acme.pk, NOW), RuleKind.NEGATIVE_SURGE)
    assert surge, "12 negative mentions after a neutral week must fire"
    assert surge[0].details["negative"] == 12
    assert surge[0].baseline == 0


def test_keyword_trigger_uses_the_workspace_list(workspace, acme, owner) -> None:
    mentions(
        workspace, acme, 1, end=NOW, prefix="kw", text="{brand} announces a recall of its batteries"
    )
    findings = detection.evaluate_brand(acme.pk, NOW)
    assert fired(findings, RuleKind.KEYWORD)
    incident = Incident.objects.get(kind=RuleKind.KEYWORD)
    assert incident.explanation["top"][0]["keywords"] == ["recall"]


def test_keyword_list_is_editable(workspace, acme) -> None:
    policy = CrisisPolicy.for_workspace(workspace.pk)
    policy.keywords = ["boycott"]
    policy.save()
    mentions(workspace, acme, 1, end=NOW, prefix="kw", text="{brand} announces a recall")
    assert not fired(detection.evaluate_brand(acme.pk, NOW), RuleKind.KEYWORD)
    mentions(workspace, acme, 1, end=NOW, prefix="kw2", text="Time to BOYCOTT {brand}!")
    assert fired(detection.evaluate_brand(acme.pk, NOW), RuleKind.KEYWORD)


def test_a_keyword_the_search_index_leaves_out_still_triggers(workspace, acme) -> None:
    """ "down" and "out" are English stop words: an English mention's search index lacks
    them, so a trigger word made only of them is matched over the window, and in a longer
    keyword ("checkout down") the index looks up the other word."""
    from mentions.models import Mention

    policy = CrisisPolicy.for_workspace(workspace.pk)
    policy.keywords = ["down"]
    policy.save()
    text = "{brand} app is down again, I can't log in to pay my bill this morning."
    mentions(workspace, acme, 1, end=NOW, prefix="kw", text=text)
    assert Mention.objects.get().language == "en"
    assert fired(detection.evaluate_brand(acme.pk, NOW), RuleKind.KEYWORD)
    incident = Incident.objects.get(kind=RuleKind.KEYWORD)
    assert incident.explanation["top"][0]["keywords"] == ["down"]

    policy.keywords = ["checkout down"]
    policy.save()
    Incident.objects.all().delete()
    assert not fired(detection.evaluate_brand(acme.pk, NOW), RuleKind.KEYWORD)
    text = "The {brand} checkout down for an hour now, every order is failing. Fix it."
    mentions(workspace, acme, 1, end=NOW, prefix="kw2", text=text)
    assert fired(detection.evaluate_brand(acme.pk, NOW), RuleKind.KEYWORD)


def test_high_reach_negative_author(workspace, acme) -> None:
    mentions(workspace, acme, 1, end=NOW, prefix="small", text=ANGRY, reach=500, author="nobody")
    assert not fired(detection.evaluate_brand(acme.pk, NOW), RuleKind.HIGH_REACH)
    mentions(workspace, acme, 1, end=NOW, prefix="big", text=ANGRY, reach=2_000_000, author="celeb")
    assert fired(detection.evaluate_brand(acme.pk, NOW), RuleKind.HIGH_REACH)
    incident = Incident.objects.get(kind=RuleKind.HIGH_REACH)
    assert incident.explanation["top"][0]["author"] == "celeb"


def test_rating_drop(workspace, acme) -> None:
    for d in range(1, 8):
        mentions(
            workspace,
            acme,
            2,
            end=NOW - timedelta(days=d),
            prefix=f"r{d}",
            rating=5,
            text="{brand} review {i}",
        )
    mentions(workspace, acme, 3, end=NOW, prefix="bad", rating=1, text="{brand} review {i}")
    drop = fired(detection.evaluate_brand(acme.pk, NOW), RuleKind.RATING_DROP)
    assert drop and drop[0].observed == 1.0 and drop[0].baseline == 5.0
    assert len(drop[0].mention_ids) == 3  # the three 1-star reviews are linked


def test_rating_drop_preview_replays_the_same_history(workspace, acme) -> None:
    for d in range(1, 8):
        mentions(
            workspace,
            acme,
            2,
            end=NOW - timedelta(days=d),
            prefix=f"r{d}",
            rating=5,
            text="{brand} review {i}",
        )
    mentions(workspace, acme, 3, end=NOW, prefix="bad", rating=1, text="{brand} review {i}")
    mentions(workspace, acme, 4, end=NOW, prefix="plain", text="{brand} without stars {i}")
    rule = Rule.objects.get(brand=acme, kind=RuleKind.RATING_DROP)
    shown = preview(rule, NOW)
    assert shown.unit == "★"
    _at, observed, _threshold, fired_then = shown.hours[-1]
    assert (observed, fired_then) == (1.0, True)  # unrated mentions do not dilute the average
    assert not any(hour[3] for hour in shown.hours[:-48])  # five-star days never fired


def test_source_paused_by_errors_fires_once(workspace, acme) -> None:
    Source.objects.create(
        workspace=workspace,
        brand=acme,
        kind="rss",
        name="Acme news",
        config={"url": "http://127.0.0.1:1/feed"},
        paused_reason="10 failures in a row",
    )
    findings = detection.evaluate_brand(acme.pk, NOW)
    silence = fired(findings, RuleKind.SOURCE_SILENCE)
    assert silence and "paused after errors" in silence[0].summary
    incident = Incident.objects.get(kind=RuleKind.SOURCE_SILENCE)
    Incident.objects.filter(pk=incident.pk).update(status=IncidentStatus.RESOLVED, resolved_at=NOW)
    detection.evaluate_brand(acme.pk, NOW + timedelta(hours=1))
    assert Incident.objects.filter(kind=RuleKind.SOURCE_SILENCE).count() == 1


def test_disabled_rule_never_fires(workspace, acme) -> None:
    Rule.objects.filter(brand=acme, kind=RuleKind.KEYWORD).update(enabled=False)
    mentions(workspace, acme, 1, end=NOW, prefix="kw", text="{brand} lawsuit")
    assert not fired(detection.evaluate_brand(acme.pk, NOW), RuleKind.KEYWORD)


def test_evaluation_is_a_few_queries(workspace, acme, django_assert_max_num_queries) -> None:
    history(workspace, acme, 2, now=NOW)
    detection.evaluate_brand(acme.pk, NOW)  # creates the policy once
    # Constant in the number of mentions; two of them are the keyword rule asking the search
    # index first (its plan, then the candidates) instead of reading the window's mentions.
    with django_assert_max_num_queries(12):
        findings = detection.evaluate_brand(acme.pk, NOW)
    assert len(findings) == len(RuleKind)


def test_preview_shows_when_the_rule_would_have_fired(workspace, acme) -> None:
    history(workspace, acme, 2, now=NOW)
    spike_end = NOW.replace(minute=0) - timedelta(days=2)
    mentions(workspace, acme, 30, end=spike_end, prefix="past", now=NOW)
    rule = Rule.objects.get(brand=acme, kind=RuleKind.VOLUME_SPIKE)
    result = preview(rule, NOW)
    assert result.supported and len(result.hours) == 30 * 24
    assert len(result.episodes) == 1
    episode = result.episodes[0]
    assert episode.start <= spike_end - timedelta(minutes=30) <= episode.end
    assert episode.peak >= 30

    rule.min_count = 100  # a stricter rule, tried without saving
    assert preview(rule, NOW).episodes == []
