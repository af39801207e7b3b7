"""Checks a reply must pass before a manager sees it: warnings, not a censor.

Practitioners' rules for answering reviews: personal, polite, never argue, never offer
something in exchange for a review, never publish a customer's private details, and fit the
platform. Each check returns a Finding the author sees before submitting (and that is
recorded with the submission and the approval). Over-limit and unfilled placeholders block
submission, because the platform would refuse the first and the reviewer would see the
second; the others are judgement calls the author acknowledges and the manager sees.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass

from mentions import sentiment

# How close to a template a reply may stay before it counts as unpersonalised.
TEMPLATE_SIMILARITY = 0.85
# Document compound at or below which a reply reads as negative.
NEGATIVE_TONE = -0.35


@dataclass(frozen=True)
class Finding:
    code: str
    message: str
    blocking: bool = False

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+|\n+", text) if s.strip()]


# --- unpersonalised ------------------------------------------------------------------


def template_similarity(text: str, template: str) -> float:
    a, b = _words(text), _words(template)
    if not a or not b:
        return 0.0
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def check_personal(text: str, templates: Iterable[tuple[str, str]]) -> Finding | None:
    best_name, best = "", 0.0
    for name, template_text in templates:
        ratio = template_similarity(text, template_text)
        if ratio > best:
            best_name, best = name, ratio
    if best >= TEMPLATE_SIMILARITY:
        return Finding(
            "unpersonalised",
            f"This reply is {round(best * 100)}% the template “{best_name}”. Say something "
            "about what this reviewer actually wrote.",
        )
    return None


# --- tone ----------------------------------------------------------------------------

_ARGUMENTATIVE = [
    r"\byou(?:'re| are) (?:simply |just |completely )?(?:wrong|lying|mistaken|a liar)\b",
    r"\b(?:that|this|it)(?:'s| is) (?:simply |just |completely )?(?:not true|untrue|false|a lie|nonsense|ridiculous|absurd)\b",
    r"\bfake review\b",
    r"\bnever happened\b",
    r"\byou (?:clearly|obviously) (?:didn't|did not|don't|do not|never|have not|haven't)\b",
    r"\b(?:clearly|obviously),? you\b",
    r"\bif you had (?:bothered|read|actually|listened)\b",
    r"\bhow dare you\b",
    r"\byour (?:own )?fault\b",
    r"\bwe (?:don't|do not) believe you\b",
    r"\byou should(?:'ve| have) (?:read|known|checked)\b",
    r"\bliar\b",
    r"\bdon't bother coming back\b",
]
_ARGUMENTATIVE_RE = re.compile("|".join(_ARGUMENTATIVE), re.IGNORECASE)
_SHOUTING = re.compile(r"\b[A-Z]{4,}\b")


def check_tone(text: str, language: str | None = None) -> Finding | None:
    argument = _ARGUMENTATIVE_RE.search(text)
    if argument:
        return Finding(
            "argumentative",
            f"“{argument.group(0)}” argues with the reviewer. Acknowledge, explain, and offer "
            "to continue the conversation privately instead.",
        )
    if len(_SHOUTING.findall(text)) >= 3:
        return Finding("argumentative", "Several words in capitals read as shouting.")
    score = sentiment.analyse(text, language=language or None, explain=False).document.compound
    if score is not None and score <= NEGATIVE_TONE:
        return Finding(
            "negative_tone",
            f"The reply reads as negative (tone {score:+.2f}). Thank the reviewer and keep it "
            "constructive.",
        )
    return None


# --- incentives ----------------------------------------------------------------------

_OFFER = (
    r"discount|voucher|coupon|gift ?card|gift|freebie|for free|free (?:meal|night|stay|drink|"
    r"dessert|coffee|upgrade|product|item|month|shipping|delivery|service|session|gift)"
    r"|\d+ ?% (?:off|discount)|promo(?:tion(?:al)?)? code"
    r"|reward|bonus|prize|loyalty points|store credit|credit|cash|money back|refund|reimburse\w*"
    r"|compensat\w*"
)
_MARKETING = re.compile(
    r"\b(?:discount|voucher|coupon|gift ?card|freebie|promo(?:tion(?:al)?)? code|reward|prize"
    r"|loyalty points|store credit)\b|\d+ ?% off",
    re.IGNORECASE,
)
_OFFER_RE = re.compile(rf"(?:\b(?:{_OFFER}))", re.IGNORECASE)
_REVIEW_WORD = re.compile(r"\b(?:review|rating|stars?|feedback|testimonial)s?\b", re.IGNORECASE)
_CHANGE = re.compile(
    r"\b(?:update|change|edit|amend|remove|delete|revise|raise|increase|improve|reconsider|"
    r"take down|withdraw|leave|write|post|give)\w*\b[^.!?]{0,40}\b(?:review|rating|stars?|"
    r"feedback|score)s?\b|\bin (?:exchange|return) for\b",
    re.IGNORECASE,
)


def check_incentive(text: str) -> Finding | None:
    for sentence in _sentences(text):
        if _OFFER_RE.search(sentence) and _CHANGE.search(sentence):
            return Finding(
                "incentive",
                "This offers something in exchange for a review or for changing it. Platforms "
                "forbid it and may remove the review or penalise the listing.",
            )
    marketing = _MARKETING.search(text)
    if marketing and _REVIEW_WORD.search(text):
        return Finding(
            "incentive",
            f"“{marketing.group(0)}” next to a review reads as a reward for reviewing, which "
            "platforms forbid. Offer help privately instead.",
        )
    return None


# --- contact data --------------------------------------------------------------------

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"(?<![\w+])\+?\d[\d\s().\-/]{6,}\d(?!\w)")
_REFERENCE = re.compile(
    r"\b(?:order|booking|reservation|account|invoice|ticket|case|customer)\s*"
    r"(?:no\.?|number|nr\.?|id|#)\s*[:#]?\s*[A-Z0-9][A-Z0-9-]{3,}",
    re.IGNORECASE,
)
_DATE = re.compile(r"\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}")
_CARD = re.compile(r"\b(?:\d[ -]?){13,19}\b")


def _digits(value: str) -> str:
    return re.sub(r"\D", "", value)


def check_contact_data(text: str, allowed: Iterable[str] = ()) -> Finding | None:
    allowed_emails = {a.strip().casefold() for a in allowed if "@" in a}
    allowed_phones = {_digits(a) for a in allowed if "@" not in a and len(_digits(a)) >= 7}
    for match in _EMAIL.finditer(text):
        if match.group(0).casefold().rstrip(".") not in allowed_emails:
            return Finding(
                "contact_data",
                f"The email address {match.group(0)} is not one of your public contact "
                "details. Never publish a customer's details in a public reply.",
            )
    for match in _CARD.finditer(text):
        if len(_digits(match.group(0))) >= 13 and _digits(match.group(0)) not in allowed_phones:
            return Finding("contact_data", "The reply contains what looks like a card number.")
    for match in _PHONE.finditer(text):
        digits = _digits(match.group(0))
        if _DATE.fullmatch(match.group(0).strip()):
            continue
        if len(digits) >= 7 and digits not in allowed_phones:
            return Finding(
                "contact_data",
                f"The phone number {match.group(0).strip()} is not one of your public contact "
                "details. Never publish a customer's details in a public reply.",
            )
    reference = _REFERENCE.search(text)
    if reference:
        return Finding(
            "contact_data",
            f"“{reference.group(0)}” identifies the customer's order or account publicly. "
            "Refer to it privately instead.",
        )
    return None


# --- form ----------------------------------------------------------------------------

_PLACEHOLDER = re.compile(
    r"\{\{?\s*[A-Za-z_][\w ]{0,40}\}?\}|\[(?:name|customer(?: name)?|reviewer(?: name)?|first name|"
    r"location|brand|your name|agent(?: name)?|insert[^\]]{0,40})\]|\bX{3,}\b",
    re.IGNORECASE,
)


def check_placeholders(text: str) -> Finding | None:
    found = sorted(set(_PLACEHOLDER.findall(text)))
    if found:
        return Finding(
            "placeholder",
            f"Fill in or remove {', '.join(found[:5])} before submitting.",
            blocking=True,
        )
    return None


def length(text: str) -> int:
    """Characters as platforms count them (code points, as the editor's counter does)."""
    return len(text)


def check_length(text: str, limit: int | None, platform: str = "the platform") -> Finding | None:
    if limit and length(text) > limit:
        return Finding(
            "too_long",
            f"{length(text)} characters: {platform} accepts at most {limit}. "
            f"Cut {length(text) - limit}.",
            blocking=True,
        )
    return None


def check(
    text: str,
    *,
    limit: int | None = None,
    platform: str = "the platform",
    templates: Iterable[tuple[str, str]] = (),
    contacts: Iterable[str] = (),
    language: str | None = None,
) -> list[Finding]:
    """Every finding for ``text``, blocking ones first."""
    if not text.strip():
        return [Finding("empty", "Write a reply first.", blocking=True)]
    findings = [
        check_length(text, limit, platform),
        check_placeholders(text),
        check_personal(text, templates),
        check_tone(text, language),
        check_incentive(text),
        check_contact_data(text, contacts),
    ]
    found = [f for f in findings if f is not None]
    return sorted(found, key=lambda f: not f.blocking)
