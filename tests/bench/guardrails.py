"""Reply checks per language on tests/reviews/guardrail_replies.py: the share of bad replies
(arguing, offering something for a review, private details) caught, and the share of good
ones (apologies naming the problem among them) flagged with anything at all."""

from __future__ import annotations

from reviews import guardrails
from tests.reviews.guardrail_replies import (
    CODES,
    CONTACTS,
    FOURTH_EN,
    HELD_OUT_EN,
    REPLIES,
    SEEN_EN,
    THIRD_EN,
)


def _figures(rows: list[tuple[str, str]], language: str) -> tuple[float, float]:
    caught = bad = flagged = good = 0
    for code, text in rows:
        found = {f.code for f in guardrails.check(text, contacts=CONTACTS, language=language)}
        if code:
            bad += 1
            caught += bool(found & CODES[code])
        else:
            good += 1
            flagged += bool(found)
    return caught / bad, flagged / good


def run() -> list[tuple[str, float, str]]:
    figures = []
    for language, rows in REPLIES.items():
        recall, false_positives = _figures(rows, language)
        figures.append((f"guardrails_recall_{language}", recall, ""))
        figures.append((f"guardrails_false_positive_rate_{language}", false_positives, ""))
    recall, false_positives = _figures(SEEN_EN, "en")
    figures.append(("guardrails_recall_en_seen", recall, "(first held-out set, now tuning)"))
    figures.append(("guardrails_false_positive_rate_en_seen", false_positives, ""))
    recall, false_positives = _figures(HELD_OUT_EN, "en")
    figures.append(("guardrails_recall_en_held_out", recall, "(blame and sarcasm)"))
    figures.append(("guardrails_false_positive_rate_en_held_out", false_positives, ""))
    recall, false_positives = _figures(THIRD_EN, "en")
    figures.append(("guardrails_recall_en_third_set", recall, "(written after the checks)"))
    figures.append(("guardrails_false_positive_rate_en_third_set", false_positives, ""))
    recall, false_positives = _figures(FOURTH_EN, "en")
    figures.append(("guardrails_recall_en_fourth_set", recall, "(never tuned on)"))
    figures.append(("guardrails_false_positive_rate_en_fourth_set", false_positives, ""))
    return figures
