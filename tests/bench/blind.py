"""Figures on the blind sets: texts written by someone who had not seen the scorer, the reply
checks or any earlier set, each package committed before the round that it measures.

- tests/blind9/ (round 9's blind set, never read; English posts toward each brand only,
  written after round 9's model was trained): figures with ``_round9``.
- tests/blind8/ (round 8's blind set, never read): the figures without a round in their
  name.
- tests/blind7/ (round 7's blind set): measured before and after round 7, then its misses
  were read in round 8, so it is tuning data now; its figures carry ``_round7``.
- tests/blind6/ (round 6's blind set): measured before and after round 6, then its misses
  were read in round 7, so it is tuning data now; its figures carry ``_round6``.
- tests/blind/ (round 5's blind set): measured once before round 6, then its misses were
  read in round 6, so it is tuning data now; its figures carry ``_round5``.

Per set:

- sentiment_blind_targeted_accuracy: the label toward each named brand (with the learned
  model's second opinion), beside the rules' alone (sentiment_blind_targeted_rules_accuracy),
  the whole text's label and plain VADER's on the same brands (the two baselines).
- guardrails_blind_recall_en / guardrails_blind_false_positive_rate_en: English replies.
- sentiment_blind_accuracy_<language>: reviews in each other scored language (positive,
  negative and mixed ones with a clear verdict), and over all of them.
- guardrails_blind_recall_<language> / guardrails_blind_false_positive_rate_<language>: the
  other languages' replies, and their mean.
"""

from __future__ import annotations

import importlib
import importlib.util
from types import ModuleType

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from mentions.sentiment import analyse, label_for
from reviews import guardrails
from tests.mentions.targeted_texts import spans_of
from tests.reviews.guardrail_replies import CODES

# package -> what its figures' names end with, and the note on its first line
SETS = {
    "tests.blind9": ("_round9", "(round 9's blind set: English per brand only, never read)"),
    "tests.blind8": ("", "(round 8's blind set, never read)"),
    "tests.blind7": ("_round7", "(round 7's blind set: read in round 8, tuning data now)"),
    "tests.blind6": ("_round6", "(round 6's blind set: read in round 7, tuning data now)"),
    "tests.blind": ("_round5", "(round 5's blind set: read in round 6, tuning data now)"),
}


def _set(package: str, name: str) -> ModuleType:
    return importlib.import_module(f"{package}.{name}")


def targeted(texts: list[tuple[str, dict[str, str]]]) -> tuple[float, float, float, float]:
    """(per-brand accuracy, the same by the rules alone without the learned model's second
    opinion, whole-text label accuracy, plain VADER accuracy) on the brands."""
    vader = SentimentIntensityAnalyzer()
    right = rules = whole = plain = total = 0
    for text, wanted in texts:
        targets = {brand: spans_of(text, brand) for brand in wanted}
        analysis = analyse(text, targets=targets, language="en")
        alone = analyse(text, targets=targets, language="en", model=False)
        vader_label = label_for(vader.polarity_scores(text)["compound"])
        for brand, label in wanted.items():
            total += 1
            right += analysis.targets[brand].label == label
            rules += alone.targets[brand].label == label
            whole += analysis.document.label == label
            plain += vader_label == label
    return right / total, rules / total, whole / total, plain / total


def replies(rows: list[tuple[str, str]], contacts: list[str], language: str) -> tuple[float, float]:
    """(share of bad replies caught with their kind, share of good replies flagged at all)."""
    caught = bad = flagged = good = 0
    for code, text in rows:
        found = {f.code for f in guardrails.check(text, contacts=contacts, language=language)}
        if code:
            bad += 1
            caught += bool(found & CODES[code])
        else:
            good += 1
            flagged += bool(found)
    return caught / bad, flagged / good


def figures_for(package: str, end: str, note: str) -> list[tuple[str, float, str]]:
    accuracy, rules, whole, plain = targeted(_set(package, "targeted").BLIND_TARGETED)
    figures = [
        (f"sentiment_blind_targeted_accuracy{end}", accuracy, f"(per brand) {note}"),
        (f"sentiment_blind_targeted_rules_accuracy{end}", rules, "(the rules alone)"),
        (f"sentiment_blind_targeted_whole_text_accuracy{end}", whole, "(the text's label)"),
        (f"sentiment_blind_targeted_vader_accuracy{end}", plain, "(plain VADER)"),
    ]
    if not _present(f"{package}.replies"):
        return figures  # round 9's set is English posts only
    english = _set(package, "replies_en")
    others = _set(package, "replies")
    recall, false_positives = replies(english.BLIND_REPLIES_EN, english.CONTACTS, "en")
    figures.append((f"guardrails_blind_recall_en{end}", recall, ""))
    figures.append((f"guardrails_blind_false_positive_rate_en{end}", false_positives, ""))
    right = total = 0
    for code, reviews in _set(package, "reviews").BLIND_REVIEWS.items():
        hits = sum(analyse(text, language=code).document.label == want for want, text in reviews)
        figures.append((f"sentiment_blind_accuracy_{code}{end}", hits / len(reviews), ""))
        right, total = right + hits, total + len(reviews)
    figures.append((f"sentiment_blind_accuracy{end}", right / total, "(all but English)"))
    recalls, rates = [], []
    for code, rows in others.BLIND_REPLIES.items():
        recall, false_positives = replies(rows, others.CONTACTS, code)
        figures.append((f"guardrails_blind_recall_{code}{end}", recall, ""))
        figures.append((f"guardrails_blind_false_positive_rate_{code}{end}", false_positives, ""))
        recalls.append(recall)
        rates.append(false_positives)
    figures.append((f"guardrails_blind_recall{end}", sum(recalls) / len(recalls), "(mean)"))
    figures.append((f"guardrails_blind_false_positive_rate{end}", sum(rates) / len(rates), ""))
    return figures


def _present(package: str) -> bool:
    return importlib.util.find_spec(package) is not None


def run() -> list[tuple[str, float, str]]:
    return [
        row
        for package, (end, note) in SETS.items()
        if _present(package)
        for row in figures_for(package, end, note)
    ]
