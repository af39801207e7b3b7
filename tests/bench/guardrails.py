"""Reply checks per language on tests/reviews/guardrail_replies.py: the share of bad replies
(arguing, offering something for a review, private details) caught, and the share of good
ones (apologies naming the problem among them) flagged with anything at all."""

from __future__ import annotations

from reviews import guardrails
from tests.reviews.guardrail_replies import (
    CODES,
    CONTACTS,
    FIFTH_EN,
    FOURTH_EN,
    HELD_OUT_EN,
    REPLIES,
    ROUND_5,
    ROUND_5_ASIDE,
    ROUND_5_CLOSING,
    ROUND_5_FINAL,
    ROUND_5_GOOD,
    ROUND_5_LAST,
    ROUND_5_LATE,
    SEEN_EN,
    SIXTH_EN,
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
    sets = (
        ("round5", ROUND_5, "(tuned on)"),
        ("round5_aside", ROUND_5_ASIDE, "(written with round5, not tuned on)"),
        ("round5_late", ROUND_5_LATE, "(read mid-round, then tuned on)"),
        ("round5_final", ROUND_5_FINAL, "(measured 0.46, then read)"),
        ("round5_last", ROUND_5_LAST, "(measured 0.60, then read)"),
        ("round5_closing", ROUND_5_CLOSING, "(measured 0.60 and 9/52 flagged, then read)"),
    )
    for name, replies, note in sets:
        totals = [0.0, 0.0]
        for language, rows in replies.items():
            recall, false_positives = _figures(rows, language)
            figures.append((f"guardrails_{name}_recall_{language}", recall, ""))
            figures.append(
                (f"guardrails_{name}_false_positive_rate_{language}", false_positives, "")
            )
            totals = [totals[0] + recall, totals[1] + false_positives]
        count = len(replies)
        figures.append((f"guardrails_{name}_recall", totals[0] / count, note))
        figures.append((f"guardrails_{name}_false_positive_rate", totals[1] / count, note))
    good = [(language, text) for language, texts in ROUND_5_GOOD.items() for text in texts]
    flagged = sum(
        bool(guardrails.check(text, contacts=CONTACTS, language=language))
        for language, text in good
    )
    figures.append(("guardrails_round5_good_false_positive_rate", flagged / len(good), ""))
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
    figures.append(("guardrails_recall_en_fourth_set", recall, "(read in round 5)"))
    figures.append(("guardrails_false_positive_rate_en_fourth_set", false_positives, ""))
    recall, false_positives = _figures(FIFTH_EN, "en")
    figures.append(("guardrails_recall_en_fifth_set", recall, "(round 5, written first, tuned on)"))
    figures.append(("guardrails_false_positive_rate_en_fifth_set", false_positives, ""))
    recall, false_positives = _figures(SIXTH_EN, "en")
    figures.append(("guardrails_recall_en_sixth_set", recall, "(round 5, written after)"))
    figures.append(("guardrails_false_positive_rate_en_sixth_set", false_positives, ""))
    return figures
