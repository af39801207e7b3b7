"""Language detection, and the few non-English scorers we trust.

Detection is lingua restricted to the languages our users watch (fewer candidates is both
faster and more accurate), in lingua's low-accuracy mode by default: with 17 languages
its high-accuracy mode costs about 400 MB of models and 4 s to load per worker process,
against about 35 MB and 0.3 s, and would alone break the worker memory budget. What
low-accuracy mode loses is short English posts mistaken for Dutch or Danish, and a cheap
check runs first for exactly those: text whose words are plainly English ("the", "and",
"it's", ...) is English without asking lingua. Set SENTIMENT_LANGUAGE_HIGH_ACCURACY = True
in settings to trade the memory for better detection of short non-English texts.
"""

from __future__ import annotations

import importlib.util
import json
import math
import re
import threading
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lingua import LanguageDetector

    from mentions.sentiment import Rules

# ISO 639-1 codes lingua may answer with. Norwegian is Bokmål ("nb"); "no" is accepted as
# an alias wherever a code comes in. Override with the Django setting SENTIMENT_LANGUAGES.
DEFAULT_LANGUAGES = "en de fr es it nl pt nb sv da fi pl lv lt et uk ru".split()
ALIASES = {"no": "nb", "nn": "nb"}
# lingua is "sure" when the best language has at least this confidence and leads the
# runner-up by MIN_LEAD: below that, short texts flip between close languages (da/nb).
MIN_CONFIDENCE = 0.5
MIN_LEAD = 0.2

_lock = threading.Lock()
_detector: LanguageDetector | None = None


def _setting(name: str, default: object) -> object:
    try:
        from django.conf import settings

        return getattr(settings, name, default)
    except Exception:  # usable without Django settings (bench, scripts)
        return default


def configured_languages() -> list[str]:
    codes = _setting("SENTIMENT_LANGUAGES", None) or DEFAULT_LANGUAGES
    return list(dict.fromkeys(ALIASES.get(c.lower(), c.lower()) for c in codes))  # type: ignore[union-attr]


def detector() -> LanguageDetector:
    """lingua's detector, built on first use and shared by the threads of a process."""
    global _detector
    if _detector is None:
        with _lock:
            if _detector is None:
                from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

                languages = [
                    Language.from_iso_code_639_1(getattr(IsoCode639_1, code.upper()))
                    for code in configured_languages()
                ]
                builder = LanguageDetectorBuilder.from_languages(*languages)
                if not _setting("SENTIMENT_LANGUAGE_HIGH_ACCURACY", False):
                    builder = builder.with_low_accuracy_mode()
                _detector = builder.with_preloaded_language_models().build()
    return _detector


# Words that are English and (almost) never words of the other configured languages; "is",
# "to", "of", "for", "in", "her", "my" are left out because Dutch, Danish, Polish... use them.
_PLAINLY_ENGLISH = frozenset(
    """the and it that with you this have are not but they your would there their from we
    she been has had were can if or about which when who them him because how what very
    really get got our out i'm it's don't didn't can't i've isn't doesn't won't wasn't i'll
    you're that's""".split()
)
_WORDS = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)?")


# ASCII characters that cannot be part of a _WORDS match become spaces.
_ASCII_NOT_IN_WORDS = str.maketrans(
    {c: " " for c in map(chr, range(128)) if not (c.isalpha() or c == "'")}
)


def _words(text: str) -> list[str]:
    """_WORDS' matches in the lower-cased text; for ASCII text with translate() and split()
    (C), and the regex only for the tokens with an apostrophe."""
    lowered = text.lower()
    if lowered.isascii():
        tokens = lowered.translate(_ASCII_NOT_IN_WORDS).split()
        if "'" not in lowered:
            return tokens
        return [w for t in tokens for w in (_WORDS.findall(t) if "'" in t else (t,))]
    if "\u2019" not in lowered:  # no typographic apostrophe to replace
        return _WORDS.findall(lowered)
    return [w.replace("\u2019", "'") for w in _WORDS.findall(lowered)]


def plainly_english(text: str) -> bool:
    words = _words(text)
    hits = sum(1 for w in words if w in _PLAINLY_ENGLISH)
    return hits >= 2 and hits >= 0.12 * len(words)


# Not words of any language: they only confuse the detector ("@anonymous", links, tags).
_NOISE = re.compile(r"(?:https?://|www\.)\S+|[@#]\w+|\w+_\w+|&\w+;")
_NOISE_MARKS = ("://", "www.", "@", "#", "_", "&")  # every match of _NOISE holds one


def detect_language(text: str) -> str:
    """ISO 639-1 code, or "" when we are not sure (very short or mixed text).

    English is decided first, cheaply, from its words; lingua (low-accuracy mode) is often
    confidently wrong on short English posts ("Damn, running late sucks." -> Swedish), so a
    plain-ASCII text whose words are mostly English is English whatever lingua says.
    """
    # (Most texts have none of the noise's marks: the regex is skipped for them.)
    sample = _NOISE.sub(" ", text) if any(m in text for m in _NOISE_MARKS) else text
    if not re.search(r"[^\W\d_]", sample):
        return ""
    english = "en" in configured_languages()
    if english and plainly_english(sample):
        return "en"
    code = _lingua(sample)
    if code != "en" and english and looks_english(sample):
        return "en"
    return code


def _lingua(text: str) -> str:
    values = detector().compute_language_confidence_values(text)
    if not values:
        return ""
    best = values[0]
    runner_up = values[1].value if len(values) > 1 else 0.0
    if best.value < MIN_CONFIDENCE or best.value - runner_up < MIN_LEAD:
        return ""
    return best.language.iso_code_639_1.name.lower()


# Function words for looks_english: the plainly English ones plus short ones that other
# languages share, which count here because the rest of the text must agree.
_ENGLISH_FUNCTION_WORDS = _PLAINLY_ENGLISH | frozenset(
    "i i'm an as at be by he his it its me us was too up my in to of is for on so".split()
)
# VADER words that are also everyday words elsewhere ("war" is German for "was").
_FALSE_FRIENDS = frozenset(
    "super mega hell gift top fine fair kind bad arm rat art die mist also war no".split()
)


def looks_english(text: str) -> bool:
    """Whether plain-ASCII text is mostly English words (function words or VADER's words).

    Decides the short posts lingua gets wrong or is unsure about ("Love it!", "terrible
    app"); a short text in a language we cannot score ("Nie wieder!", "war gut") stays
    non-English, so it is unscored rather than read as English and called neutral.
    """
    if not text.isascii():
        return False
    words = _words(text)
    if not words:
        return False
    from mentions.sentiment import english_rules

    lexicon = english_rules().lexicon
    known = sum(
        1
        for w in words
        if w in _ENGLISH_FUNCTION_WORDS
        or (len(w) >= 3 and w in lexicon and w not in _FALSE_FRIENDS)
    )
    return known * 2 >= len(words)


# --------------------------------------------------------------------------------------
# Non-English scorers: VADER's rules (mentions.sentiment) with a packaged lexicon
# --------------------------------------------------------------------------------------


def _package_dir(package: str) -> Path | None:
    """Where an installed package's data lives, without importing it (some print or warn)."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def _emoji_entries() -> tuple[dict[str, str], dict[str, float]]:
    """Emoji valences for languages whose lexicon has no English words: each emoji becomes
    one token valued as VADER values its English description."""
    from mentions.sentiment import english_rules

    english = english_rules()
    emojis: dict[str, str] = {}
    valences: dict[str, float] = {}
    for ch, description in english.emojis.items():
        value = math.fsum(english.lexicon.get(w, 0.0) for w in description.lower().split())
        if value:
            token = f"emoji{ord(ch):x}"
            emojis[ch] = token + " "  # VADER adds no space after a description
            valences[token] = value
    return emojis, valences


def _german() -> Rules | None:
    """SentiWS (Leipzig University) as packaged by gersent: 34k inflected forms, -1..1."""
    from mentions.sentiment import Rules

    folder = _package_dir("gersent")
    if folder is None:
        return None
    lexicon: dict[str, float] = {}
    for name in ("positive.json", "negative.json"):
        data = json.loads((folder / "wordlists" / "de" / name).read_text(encoding="utf-8"))
        for word, value in data.items():
            key, valence = word.lower(), float(value) * 4  # to VADER's -4..4
            if abs(valence) > abs(lexicon.get(key, 0.0)):
                lexicon[key] = valence
    emojis, emoji_valences = _emoji_entries()
    lexicon.update(emoji_valences)
    lexicon["nie_wieder"] = -2.0  # "never again": the commonest German complaint SentiWS lacks
    return Rules(
        lexicon=lexicon,
        negations=frozenset(
            "nicht kein keine keinen keinem keiner keines nie niemals nichts ohne weder "
            "nirgends nirgendwo niemand niemandem niemanden".split()
        ),
        boosters=_boosters(
            "sehr total absolut extrem wirklich besonders äußerst ausgesprochen echt völlig "
            "komplett richtig unglaublich höchst voll ",
            "etwas kaum wenig bisschen eher leicht ziemlich halbwegs",
        ),
        contrast="aber",
        emojis=emojis,
        nt_negates=False,
        negation_stops_at_comma=True,
        prepare=_join_fixed(("nie wieder",)),
    )


def _portuguese() -> Rules | None:
    """LeIA (a Portuguese adaptation of VADER's lexicon, accents stripped)."""
    from mentions.sentiment import Rules

    folder = _package_dir("LeIA")
    if folder is None:
        return None
    lexicons = folder / "lexicons"
    lexicon: dict[str, float] = {}
    for line in (lexicons / "vader_lexicon_ptbr.txt").read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) >= 2 and " " not in parts[0]:
            try:
                lexicon[parts[0].lower()] = float(parts[1])
            except ValueError:
                continue
    negations = {
        w.strip().lower()
        for w in (lexicons / "negate.txt").read_text(encoding="utf-8").splitlines()
        if w.strip() and " " not in w.strip()
    }
    increase, decrease = [], []
    for line in (lexicons / "booster.txt").read_text(encoding="utf-8").splitlines():
        word, _, kind = line.strip().rpartition(" ")
        (increase if kind == "INCR" else decrease).append(word.lower())
    emojis, emoji_valences = _emoji_entries()
    lexicon.update(emoji_valences)
    boosters = {w: 0.293 for w in increase if w} | {w: -0.293 for w in decrease if w}
    return Rules(
        lexicon=lexicon,
        negations=frozenset(
            negations | {"nao", "nunca", "jamais", "nem", "sem", "nenhum", "nenhuma"}
        ),
        boosters=boosters,
        contrast="mas",
        emojis=emojis,
        nt_negates=False,
        negation_stops_at_comma=True,
        prepare=_strip_accents,
    )


def _boosters(increase: str, decrease: str) -> dict[str, float]:
    from vaderSentiment.vaderSentiment import B_DECR, B_INCR

    return {w: B_INCR for w in increase.split()} | {w: B_DECR for w in decrease.split()}


def _strip_accents(text: str) -> str:
    """LeIA's lexicon is written without accents ("pessimo")."""
    return "".join(
        ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch)
    )


def _join_fixed(phrases: tuple[str, ...]) -> Callable[[str], str]:
    pattern = re.compile(
        r"(?<!\w)(?:" + "|".join(r"\s+".join(p.split()) for p in phrases) + r")(?!\w)",
        re.IGNORECASE,
    )
    return lambda text: pattern.sub(lambda m: "_".join(m.group().split()), text)


# French is not here on purpose: vaderSentiment-fr's lexicon (the packaged option we tried)
# reversed 3 of 28 clear reviews ("vol", flight, read as theft; "prix", price, as prize),
# and it pulls in GPL fuzzywuzzy. French mentions stay unscored until a better lexicon.
_BUILDERS: dict[str, Callable[[], Rules | None]] = {"de": _german, "pt": _portuguese}
_built: dict[str, Rules | None] = {}


def scored_languages() -> list[str]:
    """Languages we score: English plus those whose scorer is installed."""
    return ["en", *(code for code in _BUILDERS if rules_for(code) is not None)]


def rules_for(language: str) -> Rules | None:
    """Scoring rules for a non-English language, or None (the text stays unscored)."""
    code = ALIASES.get(language, language)
    if code not in _BUILDERS:
        return None
    if code not in _built:
        with _lock:
            if code not in _built:
                _built[code] = _BUILDERS[code]()
    return _built[code]
