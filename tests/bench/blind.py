"""Figures on the blind sets of tests/blind/: texts written by someone who had not seen the
scorer, the reply checks or any earlier set, and that no rule has been tuned on.

- sentiment_blind_targeted_accuracy: the label toward each named brand, beside the whole
  text's label and plain VADER's on the same brands (the two baselines).
- guardrails_blind_recall_en / guardrails_blind_false_positive_rate_en: English replies.
- sentiment_blind_accuracy_<language>: reviews in each other scored language (positive,
  negative and mixed ones with a clear verdict), and over all of them.
- guardrails_blind_recall_<language> / guardrails_blind_false_positive_rate_<language>: the
  other languages' replies, and over all of them.
"""

from __future__ import annotations

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from mentions.sentiment import analyse, label_for
from reviews import guardrails
from tests.blind.replies import BLIND_REPLIES
from tests.blind.replies import CONTACTS as CONTACTS_OTHER
from tests.blind.replies_en import BLIND_REPLIES_EN
from tests.blind.replies_en import CONTACTS as CONTACTS_EN
from tests.blind.reviews import BLIND_REVIEWS
from tests.blind.targeted import BLIND_TARGETED
from tests.mentions.targeted_texts import spans_of
from tests.reviews.guardrail_replies import CODES


def targeted() -> tuple[float, float, float]:
    """(per-brand accuracy, whole-text label accuracy, plain VADER accuracy) on the brands."""
    vader = SentimentIntensityAnalyzer()
    right = whole = plain = total = 0
    for text, wanted in BLIND_TARGETED:
        targets = {brand: spans_of(text, brand) for brand in wanted}
        analysis = analyse(text, targets=targets, language="en")
        vader_label = label_for(vader.polarity_scores(text)["compound"])
        for brand, label in wanted.items():
            total += 1
            right += analysis.targets[brand].label == label
            whole += analysis.document.label == label
            plain += vader_label == label
    return right / total, whole / total, plain / total


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


def run() -> list[tuple[str, float, str]]:
    accuracy, whole, plain = targeted()
    figures = [
        ("sentiment_blind_targeted_accuracy", accuracy, "(per brand)"),
        ("sentiment_blind_targeted_whole_text_accuracy", whole, "(baseline: the text's label)"),
        ("sentiment_blind_targeted_vader_accuracy", plain, "(baseline: plain VADER)"),
    ]
    recall, false_positives = replies(BLIND_REPLIES_EN, CONTACTS_EN, "en")
    figures.append(("guardrails_blind_recall_en", recall, ""))
    figures.append(("guardrails_blind_false_positive_rate_en", false_positives, ""))
    right = total = 0
    for code, reviews in BLIND_REVIEWS.items():
        hits = sum(analyse(text, language=code).document.label == want for want, text in reviews)
        figures.append((f"sentiment_blind_accuracy_{code}", hits / len(reviews), ""))
        right, total = right + hits, total + len(reviews)
    figures.append(("sentiment_blind_accuracy", right / total, "(all languages but English)"))
    recalls, rates = [], []
    for code, rows in BLIND_REPLIES.items():
        recall, false_positives = replies(rows, CONTACTS_OTHER, code)
        figures.append((f"guardrails_blind_recall_{code}", recall, ""))
        figures.append((f"guardrails_blind_false_positive_rate_{code}", false_positives, ""))
        recalls.append(recall)
        rates.append(false_positives)
    figures.append(("guardrails_blind_recall", sum(recalls) / len(recalls), "(mean, not English)"))
    figures.append(("guardrails_blind_false_positive_rate", sum(rates) / len(rates), ""))
    return figures
