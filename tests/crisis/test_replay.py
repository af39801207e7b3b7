"""The defaults of the count rules, replayed over synthetic histories (tests/crisis/histories.py):
quiet histories page nobody, bursts page once and soon; and the demo's own burst fires the
negative-surge rule on real stored mentions."""

from __future__ import annotations

import pytest
from django.core.management import call_command

from crisis import detection
from crisis.models import Incident, Rule, RuleKind
from crisis.preview import preview
from mentions.models import Brand
from tests.crisis import histories as h

SEEDS = (1, 2, 3)


@pytest.mark.parametrize("name", list(h.HISTORIES))
@pytest.mark.parametrize("kind", ["negative_surge", "volume_spike"])
def test_quiet_history_pages_less_than_once_a_month(kind: str, name: str) -> None:
    rule = h.default_rule(kind)
    pages = [h.replay(h.HISTORIES[name](seed), rule).pages for seed in SEEDS]
    # Three months of this history: fewer false pages than months (most histories: none).
    assert sum(pages) < len(SEEDS), f"{kind} on {name}: {pages} pages in three 30-day replays"


@pytest.mark.parametrize("name", list(h.BURSTS))
def test_burst_fires_the_negative_surge_once_and_soon(name: str) -> None:
    rule = h.default_rule("negative_surge")
    for seed in SEEDS:
        history = h.BURSTS[name](seed)
        result = h.replay(history, rule)
        assert result.pages == 1, f"{name} (seed {seed}) paged {result.pages} times"
        assert result.first_fire is not None and history.burst_start is not None
        delay = result.first_fire - history.burst_start
        # A dozen complaints above a mid-size brand's usual take most of an hour to arrive.
        assert 0 <= delay <= 75, f"{name} (seed {seed}) fired {delay:.0f} min after it began"


def test_stricter_rule_misses_a_small_burst() -> None:
    """The replay is sensitive to the parameters (it is not always firing)."""
    history = h.BURSTS["small brand, 30 complaints in 4 h"](1)
    assert h.replay(history, h.default_rule("negative_surge", min_count=40)).pages == 0


def test_quiet_day_then_a_handful_of_mentions_is_not_a_spike() -> None:
    rule = h.default_rule("volume_spike")
    history = h.with_burst(h.generate("small", 4), 6, 3)  # six more than usual: not a crisis
    assert h.replay(history, rule).pages == 0


@pytest.mark.django_db
def test_demo_burst_fires_the_negative_surge_rule(settings) -> None:
    settings.CELERY_TASK_ALWAYS_EAGER = False
    call_command("seed_demo", verbosity=0)
    acme = Brand.objects.get(workspace__slug="demo", slug="acme")
    findings = detection.evaluate_brand(acme.pk)
    surge = next(f for f in findings if f.rule.kind == RuleKind.NEGATIVE_SURGE)
    assert surge.fired, surge.summary
    assert Incident.objects.filter(brand=acme, kind=RuleKind.NEGATIVE_SURGE).exists()
    # The 30-day preview agrees: the burst is an episode of the rule.
    rule = Rule.objects.get(brand=acme, kind=RuleKind.NEGATIVE_SURGE)
    assert preview(rule).episodes


@pytest.mark.django_db
def test_competitor_rules_are_off_by_default() -> None:
    call_command("seed_demo", verbosity=0)
    globex = Brand.objects.get(workspace__slug="demo", slug="globex")
    detection.evaluate_brand(globex.pk)
    globex_rules = Rule.objects.filter(brand=globex)
    assert globex_rules.exists()
    assert not globex_rules.filter(enabled=True).exists()
