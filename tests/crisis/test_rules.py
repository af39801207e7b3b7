"""The crisis rule registry: one module per kind, and what every kind must declare."""

from __future__ import annotations

import pytest

from crisis import rules
from crisis.forms import LIMITS, RuleForm
from crisis.models import Playbook, Rule, RuleKind, Severity
from crisis.rules.base import Kind
from tests.mentions.factories import brand as make_brand


def test_rule_kinds_are_the_registered_modules_in_their_order() -> None:
    assert [k.kind for k in rules.REGISTRY.values()] == [k.value for k in RuleKind]
    # The kinds (and their order) the migrations and people know; a new kind adds to these.
    assert RuleKind.choices[:6] == [
        ("volume_spike", "Volume spike"),
        ("negative_surge", "Negative surge"),
        ("keyword", "Keyword trigger"),
        ("high_reach", "High-reach negative author"),
        ("rating_drop", "Rating drop"),
        ("source_silence", "Source silence"),
    ]
    assert RuleKind.KEYWORD == "keyword" and RuleKind("keyword").label == "Keyword trigger"
    assert Playbook._meta.get_field("kind").choices == RuleKind.choices


@pytest.mark.parametrize("kind", list(rules.REGISTRY.values()), ids=lambda k: k.kind)
def test_every_kind_declares_what_it_reads_and_starts_with(kind: Kind) -> None:
    model_fields = {f.name for f in Rule._meta.get_fields()}
    assert kind.params and set(kind.params) <= set(LIMITS), "every parameter has form limits"
    assert set(kind.defaults) <= model_fields
    assert kind.defaults.get("severity", Severity.HIGH) in Severity.values
    assert kind.replayable or kind.replay_note, "a preview that cannot replay says why"


def test_unknown_or_twice_registered_kind_is_refused() -> None:
    with pytest.raises(LookupError):
        rules.get("volume_spike_typo")

    class Again(Kind):
        kind = "keyword"

    with pytest.raises(RuntimeError, match="two crisis rule kinds"):
        rules.register(Again)


def test_new_brand_rules_start_with_each_kinds_defaults(workspace) -> None:
    acme = make_brand(workspace, "Acme")
    by_kind = {r.kind: r for r in Rule.objects.filter(brand=acme)}
    assert list(by_kind) == sorted(rules.REGISTRY)  # the model's ordering is by kind
    for kind in rules.REGISTRY.values():
        rule = by_kind[kind.kind]
        for name, value in kind.defaults.items():
            assert getattr(rule, name) == value, (kind.kind, name)


def test_the_form_shows_only_the_kinds_parameters(workspace) -> None:
    acme = make_brand(workspace, "Acme")
    for rule in Rule.objects.filter(brand=acme):
        shown = set(RuleForm(instance=rule).fields) & set(LIMITS)
        assert shown == set(rules.get(rule.kind).params), rule.kind


def test_descriptions_read_each_kinds_parameters(workspace) -> None:
    acme = make_brand(workspace, "Acme")
    changed = {"sigma": 2.5, "min_share_increase": 0.15, "reach_threshold": 1_234_567}
    changed |= {"rating_drop": 1.5, "min_count": 2, "window_minutes": 90, "baseline_days": 5}
    Rule.objects.filter(brand=acme).update(silence_hours=3, **changed)
    described = {r.kind: r.description for r in Rule.objects.filter(brand=acme)}
    assert described == {
        "volume_spike": "2.50 robust spreads above the usual count for the time (previous "
        "5 days), in 90 min, and at least 2",
        "negative_surge": "negative mentions 2.50 robust spreads above the usual for the time "
        "(previous 5 days), at least 2, in 90 min, and their share up 15 points",
        "keyword": "at least 2 mentions with a trigger word in 90 min",
        "high_reach": "a negative mention from an author with reach ≥ 1,234,567 in 90 min",
        "rating_drop": "average rating 1.50★ below the 5-day average, in 90 min, "
        "at least 2 reviews",
        "source_silence": "a source silent for 3 h, or paused after errors",
    }
    Rule.objects.filter(brand=acme, kind="keyword").update(min_count=1)
    assert Rule.objects.get(brand=acme, kind="keyword").description.startswith(
        "at least 1 mention with"
    )
