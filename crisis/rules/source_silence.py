"""Source silence: a source feeding the brand stopped yielding, failed or was paused, so
the other rules are blind to what it would have brought."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from django.db.models import Max, Q

from crisis.rules.base import Context, Finding, Kind, register
from mentions.models import Brand, Source

if TYPE_CHECKING:
    from crisis.models import Rule


def watched_sources(brand: Brand) -> Any:
    """Sources bound to the brand and generic ones (they feed every brand)."""
    return Source.objects.filter(workspace_id=brand.workspace_id, enabled=True).filter(
        Q(brand_id=brand.pk) | Q(brand__isnull=True)
    )


def _problem(source: Source, state: str, why: str) -> dict[str, Any]:
    return {"id": source.pk, "name": source.name, "state": state, "why": why}


@register
class SourceSilence(Kind):
    kind = "source_silence"
    label = "Source silence"
    params = ("silence_hours", "baseline_days")
    defaults = {"severity": "low"}
    replayable = False
    replay_note = (
        "Source silence depends on poll history that is not kept for 30 days, so it cannot "
        "be replayed; here is what the rule sees now."
    )

    def evaluate(self, rule: Rule, now: datetime, context: Context) -> Finding:
        silent_for = timedelta(hours=rule.silence_hours)
        sources = watched_sources(rule.brand).annotate(
            last_yield=Max("polls__started_at", filter=Q(polls__new__gt=0))
        )
        problems: list[dict[str, Any]] = []
        for s in sources:
            if s.paused_reason:
                problems.append(_problem(s, "paused", f"paused after errors: {s.paused_reason}"))
            elif s.error_count and s.last_success_at and s.last_success_at < now - silent_for:
                problems.append(
                    _problem(
                        s,
                        f"failing-{s.last_success_at:%s}",
                        f"failing since {s.last_success_at:%Y-%m-%d %H:%M} UTC: "
                        f"{s.last_error[:200]}",
                    )
                )
            elif (
                s.last_yield is not None
                and now - timedelta(days=rule.baseline_days) <= s.last_yield < now - silent_for
            ):
                problems.append(
                    _problem(
                        s,
                        f"silent-{s.last_yield:%s}",
                        f"no new item since {s.last_yield:%Y-%m-%d %H:%M} UTC",
                    )
                )
        names = "; ".join(f"{p['name']}: {p['why']}" for p in problems)
        return Finding(
            rule,
            bool(problems),
            len(problems),
            None,
            1,
            now - silent_for,
            now,
            "sources",
            f"{len(problems)} source(s) feeding this brand are blind. {names}"
            if problems
            else f"Every source feeding this brand yielded within {rule.silence_hours} h.",
            {"sources": problems},
            signature="|".join(sorted(f"{p['id']}:{p['state']}" for p in problems)),
        )

    def describe(self, rule: Rule) -> str:
        return f"a source silent for {rule.silence_hours} h, or paused after errors"
