"""Detection: is something happening to a brand right now, and why do we think so?

Each rule kind is a module of crisis/rules: a few indexed counts (one SQL statement per
rule) and a small pure decision function, which the 30-day preview (crisis/preview.py)
shares, so the preview shows exactly when the rule would have fired. A finding always
carries its explanation: observed value, baseline, threshold, window and the mentions
driving it.
"""

from __future__ import annotations

from datetime import datetime

from django.utils import timezone

from crisis import rules
from crisis.models import Rule
from crisis.rules import Finding
from mentions.models import Brand


def evaluate_rule(rule: Rule, now: datetime, context: rules.Context | None = None) -> Finding:
    context = context or rules.Context(rule.workspace_id)
    return rules.get(rule.kind).evaluate(rule, now, context)


def evaluate_brand(brand_id: int, now: datetime | None = None) -> list[Finding]:
    """Run every enabled rule of a brand; open or update incidents for those that fire."""
    from crisis import incidents

    now = now or timezone.now()
    brand = Brand.objects.filter(pk=brand_id).first()
    if brand is None:
        return []
    brand_rules = list(Rule.objects.filter(brand=brand).select_related("brand"))
    if not brand_rules:
        Rule.ensure_defaults(brand)
        brand_rules = list(Rule.objects.filter(brand=brand).select_related("brand"))
    context = rules.Context(brand.workspace_id)  # read once, by the rules that need it
    findings = [evaluate_rule(rule, now, context) for rule in brand_rules if rule.enabled]
    for finding in findings:
        if finding.fired:
            incidents.fire(finding, now)
    return findings
