"""Sentiment of mentions: per sentence, per brand, language-aware, and explainable.

This is the one place that scores text. Why it is not just ``polarity_scores(text)``:

* vaderSentiment's ``polarity_scores`` is quadratic in its input (its "but", negation and
  idiom checks re-lowercase the whole token list for every sentiment word), so one long
  article stalls a worker. We split the text into sentences, cut any sentence longer than
  ``MAX_SENTENCE_CHARS``, and score each piece with a re-implementation of VADER's rules
  that is linear in the piece (``tests/mentions/test_sentiment.py`` checks it gives the same
  compound as vaderSentiment on every text of the VADER paper's data). Texts longer
  than ``MAX_SCORED_CHARS`` are bounded: the first part plus every sentence that mentions
  a target, so the cost of one call has a ceiling whatever arrives.
* A mention can praise one brand and attack another. ``analyse(..., targets=...)`` scores
  each brand from the sentences (or, when brands share a sentence, the clauses) that
  mention it, plus the sentences right after that continue about it. For English posts a
  model trained on labelled posts (``mentions.targeted_model``) reads that result with the
  text's words and overrules the label toward a brand when it is much surer of another.
* VADER only knows English. Other languages are scored only where ``mentions.languages``
  has an offline scorer that passes tests on real sentences; anything else is labelled
  ``unscored`` (never ``neutral``: calling an angry review we cannot read "neutral" hides it).
* Staff must see why: every ``SentenceScore`` lists the words that moved it, with valence.

Scoring is half of a worker's ingest time, so ``setup.py`` compiles this module with Cython
when a C compiler is present (the source is plain Python, compiled as it is; without a
compiler it runs as it reads). ``tests/mentions/test_sentiment_compiled.py`` checks that
the two score alike.
"""

from __future__ import annotations

import bisect
import importlib.machinery
import itertools
import logging
import math
import os
import re
import string
import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from vaderSentiment import vaderSentiment as _vader

from mentions import targeted_model
from mentions.targeted_model import Verdict

log = logging.getLogger(__name__)

# Python imports a compiled copy of this module before its source, so a copy built from an
# older source would score with old rules and nobody would notice: refuse it instead.
COMPILED = __file__.endswith(tuple(importlib.machinery.EXTENSION_SUFFIXES))
if COMPILED:
    _SOURCE = os.path.join(os.path.dirname(__file__), "sentiment.py")
    if os.path.exists(_SOURCE) and os.path.getmtime(_SOURCE) > os.path.getmtime(__file__):
        raise ImportError(
            f"{_SOURCE} changed after {__file__} was compiled from it: run `make venv` to"
            " compile it again, or delete the compiled file to run the source as it is"
        )

LABELS = ("positive", "neutral", "negative", "unscored")

# The scorer's version. Stored scores are brought in line with it in the background after
# an upgrade that changed it (mentions.rescore); tests/mentions/test_scorer_version.py fails
# when the scores on the labelled sets change and this does not.
VERSION = "2026.12-r9"

# A sentence longer than this is cut (at a comma, else a space): VADER's rules look at most
# three words back, so nothing is lost, and the cost per piece stays bounded.
MAX_SENTENCE_CHARS = 400
# Texts longer than this are scored on their first MAX_SCORED_CHARS characters plus every
# sentence that contains a target span (at most MAX_EXTRA_SENTENCES of those). Long news
# articles (25 KB) are still read whole; a 15 MB item costs what a 32 KB one does.
MAX_SCORED_CHARS = 32_000
MAX_EXTRA_SENTENCES = 500
# How much text language detection reads: enough to be sure, bounded for long texts.
DETECT_CHARS = 500


@dataclass
class SentenceScore:
    """One scored piece of text; ``words`` are what pushed it up (+) or down (-)."""

    start: int
    end: int
    text: str
    compound: float
    words: list[tuple[str, float]] = field(default_factory=list)
    # The summed valence before VADER's normalisation: what the document aggregate adds up.
    raw: float = field(default=0.0, repr=False)


@dataclass
class Score:
    compound: float | None
    label: str
    sentences: list[SentenceScore] = field(default_factory=list)
    # Toward a brand: True when the text says nothing about it beyond naming it, so the
    # document's score stands in (``sentences`` are then the document's).
    whole_text: bool = False
    # Toward a brand in English: the learned model's verdict where it overruled the rules
    # (mentions.targeted_model); ``compound`` and ``label`` are then the model's.
    learned: Verdict | None = None


@dataclass
class Analysis:
    language: str
    document: Score
    targets: dict[str, Score] = field(default_factory=dict)
    # What the learned model read for each brand (English only): kept for training it.
    features: dict[str, dict[str, float]] = field(default_factory=dict, repr=False, compare=False)


def label_for(compound: float | None, positive: float = 0.05, negative: float = -0.05) -> str:
    """VADER's usual cut-offs by default; workspaces may move them."""
    if compound is None:
        return "unscored"
    if compound >= positive:
        return "positive"
    if compound <= negative:
        return "negative"
    return "neutral"


# --------------------------------------------------------------------------------------
# Sentence splitting
# --------------------------------------------------------------------------------------

_EMOJI = "\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff"
_EMOJI_TAIL = "\ufe0f\u200d" + _EMOJI
# Candidates for a sentence end: terminal punctuation (with closing quotes or brackets)
# followed by whitespace or the end; a line break; a run of emoji. The leading lookahead
# (one character class) lets the regex engine skip ordinary characters quickly: without
# it, each position of the text tries the three alternatives in turn (2.5x slower).
# Still, the engine tries the lookahead itself at every position: split_sentences finds
# the positions with _CANDIDATE_START (a pattern that opens with a character class, which
# the engine scans for in a tight loop) and tries _CANDIDATE only there, half the time.
_TERMINAL = "!?\u2026\u3002\uff01\uff1f\u203c\u2047-\u2049"
_CANDIDATE = re.compile(
    rf"(?=[.{_TERMINAL}\n{_EMOJI}])(?:"
    rf"(?P<punct>[.{_TERMINAL}]+[\"'\u2019\u201d\u00bb)\]]*)(?=\s|$)"
    r"|(?P<newline>\n)"
    rf"|(?P<emoji>[{_EMOJI}][{_EMOJI_TAIL}]*)(?=[ \t]+\S))"
)
_CANDIDATE_START = re.compile(rf"[.{_TERMINAL}\n{_EMOJI}]")
_CANDIDATE_START_ASCII = re.compile(r"[.!?\n]")  # its ASCII part: a shorter test per character
_WORD_BEFORE = re.compile(r"\S{1,40}$")
_ACRONYM = re.compile(r"(?:[a-z]\.)+[a-z]")
# Never end a sentence: titles and Latin abbreviations that are followed by more sentence.
_ABBREVIATIONS = frozenset(
    "mr mrs ms mx dr prof sr jr st mt rev gen col lt capt sgt gov sen rep hon vs v e.g i.e "
    "cf approx ca fig figs dept est viz al ed eds vol pp ph.d".split()
)
# End a sentence only when a word that usually starts one follows.
_AMBIGUOUS = frozenset(
    "inc ltd co corp llc plc bros etc jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
_BEFORE_NUMBER = frozenset("no nr nos p pg art sec ch".split())
# Capitalised, these usually open a sentence (lower-case they follow "Inc." mid-sentence).
_STARTERS = frozenset(
    "a an and but so the this that these those there then it its it's they their we our i i'm "
    "i've my you your he she his her what why how when where if after before however also "
    "overall still yet".split()
)


def _next_word(text: str, pos: int) -> str:
    """The next whitespace-delimited token after pos, without leading quotes/brackets."""
    n = len(text)
    while pos < n and text[pos].isspace():
        pos += 1
    end = pos
    while end < n and not text[end].isspace() and end - pos < 40:
        end += 1
    return text[pos:end].lstrip("\"'(\u201c\u2018[")


def _word_before(text: str, start: int) -> tuple[str, int]:
    """The run of non-whitespace (at most 40 characters) that ends at ``start``, and where it
    begins: what _WORD_BEFORE finds, with two rfind() calls for the usual case (the run
    ends at a space or a line break)."""
    lo = max(0, start - 40)
    begin = max(text.rfind(" ", lo, start), text.rfind("\n", lo, start)) + 1 or lo
    run = text[begin:start]
    if run.split() == [run]:
        return run, begin
    m = _WORD_BEFORE.search(text, lo, start)  # empty, or other whitespace (tab, no-break)
    return (m.group(), m.start()) if m else ("", start)


def _period_ends_sentence(text: str, start: int, end: int) -> bool:
    """Decides whether a single '.' at text[start] ends a sentence; the abbreviation rules."""
    run, run_start = _word_before(text, start)
    word = run.lstrip("\"'(\u201c\u2018[")
    if not word:
        return True
    lower = word.lower()
    if lower in _ABBREVIATIONS:
        return False
    if lower in _BEFORE_NUMBER:
        return not _next_word(text, end)[:1].isdigit()
    # ("." in lower: the acronym pattern needs one; most words are spared the regex.)
    if lower in _AMBIGUOUS or ("." in lower and _ACRONYM.fullmatch(lower)):  # "Inc.", "U.S."
        following = _next_word(text, end)
        starts = following[:1].isupper() and following.lower().rstrip(",.") in _STARTERS
        return starts or (lower == "etc" and following[:1].isupper())
    if len(word) == 1 and word.isalpha() and word.isupper():  # an initial: "J. Smith"
        following = _next_word(text, end)
        return not following[:1].isupper() or following.lower() in _STARTERS
    if word.isdigit():  # "1." opening a numbered line
        line_start = text.rfind("\n", 0, run_start) + 1
        if not text[line_start:run_start].strip():
            return False
    return True


def _punct_ends_sentence(text: str, start: int, end: int, punct: str) -> bool:
    core = punct.rstrip("\"'\u2019\u201d\u00bb)]")
    if core == ".":
        return _period_ends_sentence(text, start, end)
    if ".." in core or "\u2026" in core:
        # An ellipsis trails off mid-sentence unless something capitalised follows.
        following = _next_word(text, end)
        return not following[:1].islower()
    return True


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences in text, whitespace trimmed.

    Rules instead of a model: no download, linear time, and predictable for staff reading
    the explanation. Line breaks always end a sentence (posts and reviews often have no
    punctuation), and no span is longer than MAX_SENTENCE_CHARS.
    """
    spans: list[tuple[int, int]] = []
    start = 0
    pos = 0
    # (what _CANDIDATE.finditer(text) finds: every candidate opens with a _CANDIDATE_START)
    first = _CANDIDATE_START_ASCII if text.isascii() else _CANDIDATE_START
    while (hit := first.search(text, pos)) is not None:
        m = _CANDIDATE.match(text, hit.start())
        if m is None:
            pos = hit.start() + 1
            continue
        pos = m.end()
        kind = m.lastgroup
        if kind == "punct":
            if not _punct_ends_sentence(text, m.start(), m.end(), m.group()):
                continue
            cut = m.end()
        elif kind == "newline":
            cut = m.start()
        else:  # emoji: a boundary when a capitalised word follows ("Love it 😍 Will buy")
            if not _next_word(text, m.end())[:1].isupper():
                continue
            cut = m.end()
        if cut > start:
            _add_span(text, start, cut, spans)
        start = max(start, m.end())
    if start < len(text):
        _add_span(text, start, len(text), spans)
    return spans


def _add_span(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > MAX_SENTENCE_CHARS:
        cut = _long_sentence_cut(text, start, start + MAX_SENTENCE_CHARS)
        _add_span(text, start, cut, spans)
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        spans.append((start, end))


def _long_sentence_cut(text: str, start: int, limit: int) -> int:
    """Where to cut an over-long sentence: after a clause mark, else at a space."""
    floor = start + MAX_SENTENCE_CHARS // 2
    best = max(text.rfind(mark, floor, limit) for mark in (", ", "; ", ": ", " - ", " \u2013 "))
    if best >= floor:
        return best + 1
    space = max(text.rfind(" ", start + 1, limit), text.rfind("\t", start + 1, limit))
    return space if space > start else limit


# --------------------------------------------------------------------------------------
# VADER, re-implemented per sentence
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Rules:
    """A language's word lists for the VADER rules; English's are vaderSentiment's own."""

    lexicon: Mapping[str, float]
    negations: frozenset[str]
    boosters: Mapping[str, float]
    contrast: str = "but"  # VADER's "but" rule: earlier words x0.5, later words x1.5
    # Further words with the same effect in other languages ("aber", "jedoch", "leider").
    contrasts: frozenset[str] = frozenset()
    special_cases: Mapping[str, float] = field(default_factory=dict)
    emojis: Mapping[str, str] = field(default_factory=dict)
    nt_negates: bool = True  # English "n't"
    # Applied to each sentence before tokenising (French elisions, Portuguese accents).
    prepare: Callable[[str], str] | None = None
    # Negations reach back over a comma in VADER; for the other languages they stop there
    # ("sem explicação, um absurdo" is not a negated "absurdo").
    negation_stops_at_comma: bool = False
    # Inflected languages: a word missing from the lexicon is looked up by its stem (it and
    # a lexicon word share a prefix of at least ``stem_min`` letters once up to
    # ``stem_strip`` letters are cut from each end): "lieliska" finds "lielisks".
    stem_strip: int = 0
    stem_min: int = 5
    # Inflection endings cut to find the lexicon's form ("gute" -> "gut", "godt" -> "god").
    endings: tuple[str, ...] = ()
    # Scandinavian neuter and past forms write a doubled final consonant once before "t"
    # ("frekk" -> "frekt", "grønn" -> "grønt", "tykk" -> "tykt"): after cutting an ending
    # that starts with "t", the stem with its last consonant doubled is tried too.
    undoubled_before_t: bool = False
    # A negation right after the word (or one word later, before a clause ends) negates it
    # too: "empfehle ich nicht", "anbefales ikke".
    negation_follows: bool = False
    # Other languages: after a contrast word ("aber", "mais", "men") a clause of at least
    # three words that no word list values is the verdict, against what came before ("Greit
    # utvalg, men avspillinga henger hele tida"); see ``_unvalued_turn``.
    contrast_turns: bool = False
    # ... unless one of these words follows the contrast: advice, not a complaint ("Très bon
    # restaurant, mais pensez à réserver").
    advice: frozenset[str] = frozenset()
    # Words never valued, not even through their stem (what a review is about: "quality").
    neutral: frozenset[str] = frozenset()
    # Phrases scored as one word ("let me down" -> the lexicon's "let_me_down"): matched on
    # the tokens, so VADER's negation and intensifiers apply to them as to a word.
    phrases: frozenset[str] = frozenset()
    # Words after which a negative word is the problem that went away ("fixed the bug that
    # kept crashing"): its valence is negated as after "not".
    resolvers: frozenset[str] = frozenset()
    # Openings that deny what follows in the sentence ("not once has it arrived on time").
    denials: tuple[tuple[str, ...], ...] = ()
    # Praise that opens a complaint is sarcasm ("Thanks Acme for cancelling my train",
    # "Great job, my parcel is lost again", "Love how it charges extra"): the opening's
    # praise is dropped when what follows "for" is bad, or when all that follows is.
    sarcastic_openers: tuple[tuple[str, ...], ...] = ()
    # Words that turn the next valenced word (one or two words on) around: "less bitter".
    reversers: frozenset[str] = frozenset()
    # Words after which praise is of the past, till the clause ends: "used to be great".
    former: tuple[str, ...] = ()
    # What happened, told with numbers rather than opinion words ("waited 50 minutes",
    # "fixed within a day", "the bill dropped by a third"): sentence -> (where, what,
    # valence) of each fact found (``mentions.languages._english_facts``).
    facts: Callable[[str], list[tuple[int, str, float]]] | None = None
    # ``facts`` is called only for a sentence with one of ``fact_words`` among its words (an
    # ordinal, "until"), a time unit after a number ("50 minutes", "an hour", "a couple of
    # weeks"; "a 40-minute wait"), a word of ``fact_pairs`` followed by one it maps to
    # ("still" + "hasn't"), or words of both sets of a ``fact_together`` pair anywhere in it
    # (a bill word and a word of change: "prices went up", not "premium prices"; the first
    # set of a pair, tested for every sentence, is the rarer): most
    # sentences hold none ("this year", "every day", "still good", "fair prices"), and the
    # checks (set tests) run here, in the compiled module.
    fact_words: frozenset[str] = frozenset()
    fact_units: frozenset[str] = frozenset()
    fact_counts: frozenset[str] = frozenset()
    fact_pairs: Mapping[str, frozenset[str]] = field(default_factory=dict)
    fact_together: tuple[tuple[frozenset[str], frozenset[str]], ...] = ()
    # In a text about a brand, a short quote is what the company called it, which the writer
    # doubts ("Parcel 'delivered' at 2:14pm"): sentence -> facts like ``facts``, tried for a
    # sentence holding one of ``quote_marks`` when ``analyse`` has targets (elsewhere quotes
    # are titles and sayings: "Wow. 'True Blood' was good tonight").
    quoted: Callable[[str], list[tuple[int, str, float]]] | None = None
    quote_marks: tuple[str, ...] = ()
    # Words that open a clause telling the circumstance, not the verdict: in a text about a
    # brand, a problem in it is the situation the brand met ("carried my shopping up when the
    # lift was broken", "froze my card within seconds when I reported it stolen"), so its
    # negative words count 0 (only after the sentence's first word, to the clause's end; in
    # text about no brand the writer's situation is part of the mood, and counts).
    circumstances: frozenset[str] = frozenset()
    # A question asserts no praise: "Does Acme allow a second driver for free?" is no
    # compliment, while "Why does the app log me out every time?" is still a complaint.
    questions_assert_no_praise: bool = False
    # Other languages: a sentence that is nothing but praise after a complaint is ironic
    # ("Complimenti.", "Brawo PKP 👏"; mentions.language_rules.IRONIC_CLOSERS).
    ironic_closer: re.Pattern[str] | None = None
    # Laughter ("lol", "haha", 😂 read as "lol") beside a complaint, in a text about a brand,
    # laughs at it and is no praise: "his signal dies the second we leave town lol" (see
    # ``_laughing_at``).
    laughter: frozenset[str] = frozenset()
    # Liking said of something bad is sarcasm: "really loving the fourth outage", "enjoying
    # another two hours on hold". ``likings`` lose their praise when a word of ``complaints``
    # (the customer events and complaints the lists name: "outage", "on hold", "cancelled")
    # or a bad fact follows in their clause; VADER's general words do not count ("love a good
    # horror film", "loving the cold weather" are liking).
    likings: frozenset[str] = frozenset()
    complaints: frozenset[str] = frozenset()
    # English "Nothing says X like Y": "nothing" does not deny X, and when Y is bad X is
    # sarcasm ("Nothing says 'we value your custom' like leaving my parcel in the rain"),
    # else praise ("Nothing says Christmas like a Marlow's mince pie"); see ``_nothing_says``.
    nothing_says: bool = False

    @cached_property
    def contrast_openers(self) -> frozenset[str]:
        """The words a sentence opening with a contrast starts with ("par" of "par_contre")."""
        return frozenset(
            {self.contrast, *self.contrasts, *(c.split("_")[0] for c in self.contrasts)}
        )

    @cached_property
    def fact_gate(self) -> frozenset[str]:
        """Every word any fact gate starts from: one set test rules most sentences out."""
        return frozenset().union(
            self.fact_words,
            self.fact_units,
            self.fact_pairs,
            *(first for first, _ in self.fact_together),
        )

    @cached_property
    def together_by_first(self) -> dict[str, tuple[frozenset[str], ...]]:
        """Each word of a ``fact_together`` first set -> the second sets it pairs with."""
        index: dict[str, tuple[frozenset[str], ...]] = {}
        for first, second in self.fact_together:
            for word in first:
                index[word] = (*index.get(word, ()), second)
        return index

    @cached_property
    def phrase_index(self) -> dict[str, list[tuple[tuple[str, ...], str]]]:
        """First word -> (the phrase's words, its lexicon token), longest phrase first."""
        index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for phrase in sorted(self.phrases, key=lambda p: -len(p.split())):
            seq = tuple(phrase.split())
            index.setdefault(seq[0], []).append((seq, phrase_token(phrase)))
        return index

    @cached_property
    def phrase_pairs(self) -> dict[tuple[str, str], list[tuple[tuple[str, ...], str]]]:
        """(first word, second word) -> the phrases opening with them, longest first: a
        common opening word ("as", "made", "tastes") is then compared only with the phrases
        whose second word follows it, not with every phrase it opens."""
        pairs: dict[tuple[str, str], list[tuple[tuple[str, ...], str]]] = {}
        for first, entries in self.phrase_index.items():
            for seq, token in entries:
                pairs.setdefault((first, seq[1] if len(seq) > 1 else ""), []).append((seq, token))
        return pairs

    @cached_property
    def phrase_firsts(self) -> frozenset[str]:
        return frozenset(self.phrase_index)

    @cached_property
    def denial_firsts(self) -> frozenset[str] | None:
        """The first words of the denials (None if one is empty and so opens anything): a
        sentence whose opening is none of them is not compared with each denial."""
        if not all(self.denials):
            return None
        return frozenset(seq[0] for seq in self.denials)

    @cached_property
    def openers_by_first(self) -> dict[str, tuple[tuple[str, ...], ...]]:
        """First word -> the sarcastic openers starting with it, in the rules' order: a
        sentence is compared with the few that can open it, not with every one."""
        index: dict[str, list[tuple[str, ...]]] = {}
        for seq in self.sarcastic_openers:
            index.setdefault(seq[0] if seq else "", []).append(seq)
        return {word: tuple(seqs) for word, seqs in index.items()}

    @cached_property
    def stems(self) -> dict[str, float]:
        """Stem -> valence of the lexicon words sharing it (dropped where their signs differ)."""
        found: dict[str, list[float]] = {}
        if not self.stem_strip:
            return {}
        for word, value in self.lexicon.items():
            if not value or not word.isalpha():
                continue
            for cut in range(self.stem_strip + 1):
                if len(word) - cut < self.stem_min:
                    break
                found.setdefault(word[: len(word) - cut], []).append(value)
        stems = {}
        for stem, values in found.items():
            if all(v > 0 for v in values) or all(v < 0 for v in values):
                stems[stem] = math.fsum(values) / len(values)
        return stems

    @cached_property
    def folded(self) -> dict[str, float | None]:
        """Cache of fold(): words of a language repeat."""
        return {}

    def fold(self, word: str) -> float | None:
        """The valence of ``word`` (not in the lexicon) through its ending or stem, or None."""
        cache = self.folded
        if word in cache:
            return cache[word]
        found = None
        for ending in self.endings:
            if word.endswith(ending) and len(word) > len(ending) + 1:
                stem = word[: -len(ending)]
                found = self.lexicon.get(stem)
                if (
                    found is None
                    and self.undoubled_before_t
                    and ending[0] == "t"
                    and stem[-1] not in "aeiouyæøåäö"
                ):
                    found = self.lexicon.get(stem + stem[-1])
                if found is not None:
                    break
        if found is None and len(word) >= self.stem_min and word.isalpha():
            stems = self.stems
            for cut in range(self.stem_strip + 1):
                if len(word) - cut < self.stem_min:
                    break
                found = stems.get(word[: len(word) - cut])
                if found is not None:
                    break
        if len(cache) >= _TOKENS_MAX:
            cache.clear()
        cache[word] = found
        return found

    @cached_property
    def idiom_words(self) -> frozenset[str]:
        """The words of the multi-word idioms and boosters that _special_idioms looks up."""
        phrases = [k for k in (*self.special_cases, *self.boosters) if " " in k]
        return frozenset(w for k in phrases for w in k.split(" "))


def phrase_token(phrase: str) -> str:
    """The lexicon key of a phrase: its words without apostrophes, joined by "_" ("doesn't
    work" -> "doesnt_work", which VADER's "n't" rule does not take for a negation)."""
    return "_".join(re.sub(r"[^\w-]", "", w) for w in phrase.lower().split())


def _join_phrases(
    words: list[str],
    lower: list[str],
    caps: list[bool],
    raw_words: list[str],
    rules: Rules,
) -> tuple[list[str], list[str], list[bool], list[str]]:
    """The tokens with each of the rules' phrases joined into one (words, lower, caps, raw).
    A phrase does not run over punctuation ("let me, down" is not "let me down").

    Only the tokens that can open a phrase are looked at, and the lists are rebuilt only
    when a phrase is found: most sentences hold an opening word ("the", "for") but no
    phrase, and copying every token one by one was a sixth of the scoring time."""
    index = rules.phrase_index
    pairs = rules.phrase_pairs
    keys = [w.replace("\u2019", "'") for w in lower] if "\u2019" in "".join(lower) else lower
    n = len(keys)
    found: list[tuple[int, int, str]] = []  # (where, how many tokens, the joined token)
    after = 0  # the first token not inside a phrase found already
    for i in [k for k, w in enumerate(keys) if w in index]:
        if i < after:
            continue
        # (every phrase has two words or more: only those whose second word follows can match)
        candidates = pairs.get((keys[i], keys[i + 1].strip(_PUNCT))) if i + 1 < n else None
        if candidates is None:
            continue
        for seq, token in candidates:
            k = len(seq)
            if i + k > n:
                continue
            for j in range(1, k):  # (a loop: a generator costs more than the test)
                if keys[i + j].strip(_PUNCT) != seq[j] or (
                    j != k - 1 and raw_words[i + j][-1:] in _PUNCT_END
                ):
                    break
            else:
                found.append((i, k, token))
                after = i + k
                break
    if not found:  # (the caller's lists are its own and not changed: no copies)
        return words, lower, caps, raw_words
    out_w: list[str] = []
    out_l: list[str] = []
    out_c: list[bool] = []
    out_r: list[str] = []
    i = 0
    for at, k, token in found:
        out_w.extend(words[i:at])
        out_l.extend(lower[i:at])
        out_c.extend(caps[i:at])
        out_r.extend(raw_words[i:at])
        out_w.append(" ".join(w.strip(_PUNCT) for w in words[at : at + k]))
        out_l.append(token)
        out_c.append(all(caps[at : at + k]))
        out_r.append(raw_words[at + k - 1])
        i = at + k
    out_w.extend(words[i:])
    out_l.extend(lower[i:])
    out_c.extend(caps[i:])
    out_r.extend(raw_words[i:])
    return out_w, out_l, out_c, out_r


_PUNCT_END = frozenset(",.;:!?")


@dataclass
class _Lexicon:
    """A call's view of the lexicon: the workspace's entries first, then the language's.

    Built per distinct workspace lexicon and cached, so the shared dict is never mutated
    (workers score for many workspaces at once).
    """

    base: Mapping[str, float]
    extra: dict[str, float]
    phrases: re.Pattern[str] | None
    phrase_names: dict[str, str]  # joined token -> phrase as the workspace wrote it

    def get(self, word: str) -> float | None:
        value = self.extra.get(word)
        return self.base.get(word) if value is None else value

    def folded_values(self, lower: Sequence[str], rules: Rules) -> list[float | None] | None:
        """values(), and for words of an inflected language that are not in the lexicon the
        valence of their stem (never for the language's negations, boosters and contrasts)."""
        values = self.values(lower)
        out = list(values) if values is not None else [None] * len(lower)
        found = values is not None
        skip = rules.negations
        for k, word in enumerate(lower):
            if out[k] is not None or word in skip or word in rules.boosters:
                continue
            if word in rules.neutral:
                continue
            if word in rules.contrasts or word == rules.contrast:
                continue
            value = rules.fold(word)
            if value is not None:
                out[k] = value
                found = True
        return out if found else None

    def values(self, lower: Sequence[str]) -> list[float | None] | None:
        """Each word's valence (None if not in the lexicon); None when no word is in it.

        Most sentences of news text carry no sentiment word at all: the set test runs in C
        and spares them the per-word work.
        """
        base = self.base
        extra = self.extra
        keys = base.keys()
        if extra:
            if keys.isdisjoint(lower) and extra.keys().isdisjoint(lower):
                return None
            return [self.get(w) for w in lower]
        if keys.isdisjoint(lower):
            return None
        return list(map(base.get, lower))


_PUNCT = string.punctuation


def _strip_punc_if_word(token: str) -> str:
    stripped = token.strip(_PUNCT)
    return token if len(stripped) <= 2 else stripped


# Raw token -> (word with punctuation stripped, lower-cased word, word.isupper()): news
# text repeats its words, so each distinct token is prepared once per process.
_TOKENS: dict[str, tuple[str, str, bool]] = {}
_TOKENS_MAX = 50_000  # about 15 MB when full (10-letter tokens), then it starts over


def _prepare_tokens(raw_words: list[str]) -> tuple[list[str], list[str], list[bool]]:
    """(words with punctuation stripped, their lower case, their ``isupper()``) of a sentence.

    Three list comprehensions over the cached triples: cheaper in the compiled module than
    transposing them with zip(*...), which made an iterator per token."""
    cache = _TOKENS
    try:
        out = [cache[raw] for raw in raw_words]
    except KeyError:  # a token not seen yet (or since the cache started over)
        out = []
        for raw in raw_words:
            token = cache.get(raw)
            if token is None:
                word = _strip_punc_if_word(raw)
                token = (word, word.lower(), word.isupper())
                if len(cache) >= _TOKENS_MAX:
                    cache.clear()
                cache[raw] = token
            out.append(token)
    return [t[0] for t in out], [t[1] for t in out], [t[2] for t in out]


@lru_cache(maxsize=64)
def _workspace_lexicon(
    items: tuple[tuple[str, float], ...],
) -> tuple[dict[str, float], re.Pattern[str] | None, dict[str, str]]:
    extra: dict[str, float] = {}
    names: dict[str, str] = {}
    alternatives = []
    for phrase, valence in items:
        words = phrase.lower().split()
        if not words:
            continue
        if len(words) == 1:
            extra[words[0]] = float(valence)
            continue
        joined = "_".join(words)
        extra[joined] = float(valence)
        names[joined] = " ".join(words)
        alternatives.append(r"\s+".join(re.escape(w) for w in words))
    pattern = None
    if alternatives:
        alternatives.sort(key=len, reverse=True)  # longest phrase wins
        pattern = re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)", re.IGNORECASE)
    return extra, pattern, names


def _lexicon_for(rules: Rules, lexicon: Mapping[str, float] | None) -> _Lexicon:
    if not lexicon:
        return _Lexicon(rules.lexicon, {}, None, {})
    items = tuple(sorted((str(k), float(v)) for k, v in lexicon.items()))
    extra, pattern, names = _workspace_lexicon(items)
    return _Lexicon(rules.lexicon, extra, pattern, names)


def _join_phrase(m: re.Match[str]) -> str:
    return "_".join(m.group().split())


def _translate_emoji(
    text: str, emojis: Mapping[str, str]
) -> tuple[str, list[tuple[int, int, str]]]:
    """VADER's emoji-to-words step, also remembering where each description landed."""
    # Most texts with accents hold no emoji: the set test finds that in C instead of the
    # Python loop below over every character (the loop was a sixth of non-English scoring).
    if text.isascii() or not emojis or emojis.keys().isdisjoint(text):
        return text, []
    out: list[str] = []
    where: list[tuple[int, int, str]] = []
    length = 0
    prev_space = True
    for ch in text:
        description = emojis.get(ch)
        if description is None:
            out.append(ch)
            length += 1
            prev_space = ch == " "
            continue
        if not prev_space:
            out.append(" ")
            length += 1
        out.append(description)
        where.append((length, length + len(description), ch))
        length += len(description)
        prev_space = False
    return "".join(out), where


def _vader_valences(
    words: Sequence[str],
    lower: Sequence[str],
    lex: _Lexicon,
    rules: Rules,
    clause_ends: Sequence[bool] = (),
    values: Sequence[float | None] | None = None,
    caps: Sequence[bool] | None = None,
) -> list[float]:
    """VADER's per-token valences (sentiment_valence + _but_check), linear in len(words).

    Kept rule for rule with vaderSentiment 3.3.2, including its quirks, so that our
    per-sentence scores equal its scores on a sentence. ``values`` (each word's lexicon
    valence) and ``caps`` (``word.isupper()``) may be passed when the caller has them.
    """
    n = len(words)
    if values is None:
        values = [lex.get(w) for w in lower]
    if caps is None:
        caps = [w.isupper() for w in words]
    allcaps = sum(caps)
    is_cap_diff = 0 < n - allcaps < n
    boosters = rules.boosters
    negations = rules.negations
    nt = rules.nt_negates
    special = rules.special_cases
    idiom_words = rules.idiom_words if special else frozenset()
    n_scalar = _vader.N_SCALAR
    c_incr = _vader.C_INCR
    sentiments = [0.0] * n
    # last_end[i]: index of the last token before i that ended a clause (-1: none).
    last_end: list[int] | None = None
    if clause_ends:
        last_end = [-1] * n
        for k in range(1, n):
            last_end[k] = k - 1 if clause_ends[k - 1] else last_end[k - 1]

    for i in [k for k, v in enumerate(values) if v is not None]:
        base = values[i]
        item = lower[i]
        if item in boosters:
            continue
        if nt and item == "kind" and i < n - 1 and lower[i + 1] == "of":
            continue
        last_clause_end = last_end[i] if last_end is not None else -1
        if not nt and "_" in item and _self_negated(item, negations):
            last_clause_end = i - 1  # negative concord: "eikä kukaan_ei_tehnyt_mitään"
        valence = base
        if nt and item == "no" and i != n - 1 and values[i + 1] is not None:
            valence = 0.0
        if nt and (
            (i > 0 and lower[i - 1] == "no")
            or (i > 1 and lower[i - 2] == "no")
            or (i > 2 and lower[i - 3] == "no" and lower[i - 1] in ("or", "nor"))
        ):
            valence = base * n_scalar
        if caps[i] and is_cap_diff:
            valence = valence + c_incr if valence > 0 else valence - c_incr
        for start_i in range(3):
            j = i - (start_i + 1)
            if i > start_i and values[j] is None:
                # _scalar_inc_dec
                s = boosters.get(lower[j], 0.0)
                if s:
                    if valence < 0:
                        s = -s
                    if caps[j] and is_cap_diff:
                        s = s + c_incr if valence > 0 else s - c_incr
                    if start_i == 1:
                        s *= 0.95
                    elif start_i == 2:
                        s *= 0.9
                    valence += s
                # _negation_check
                if start_i == 0:
                    w = lower[i - 1]
                    if i - 1 > last_clause_end and (w in negations or (nt and "n't" in w)):
                        valence *= n_scalar
                elif start_i == 1:
                    if lower[i - 2] == "never" and lower[i - 1] in ("so", "this"):
                        valence *= 1.25
                    elif lower[i - 2] == "without" and lower[i - 1] == "doubt":
                        pass
                    else:
                        w = lower[i - 2]
                        if i - 2 > last_clause_end and (w in negations or (nt and "n't" in w)):
                            valence *= n_scalar
                else:
                    never_so = lower[i - 3] == "never" and lower[i - 2] in ("so", "this")
                    if never_so or lower[i - 1] in ("so", "this"):
                        valence *= 1.25
                    elif lower[i - 3] == "without" and "doubt" in (lower[i - 2], lower[i - 1]):
                        pass
                    else:
                        w = lower[i - 3]
                        if i - 3 > last_clause_end and (w in negations or (nt and "n't" in w)):
                            valence *= n_scalar
                    if special and _may_be_idiom(lower, i, idiom_words):
                        valence = _special_idioms(valence, lower, i, special, boosters)
        # (A phrase joined into one token holds its own negation: "nie_angekommen", "nie_wieder".)
        if (
            rules.negation_follows
            and "_" not in item
            and _negated_after(lower, i, negations, clause_ends)
        ):
            valence *= n_scalar
        # _least_check
        if not nt:
            pass
        elif i > 1 and values[i - 1] is None and lower[i - 1] == "least":
            if lower[i - 2] not in ("at", "very"):
                valence *= n_scalar
        elif i > 0 and values[i - 1] is None and lower[i - 1] == "least":
            valence *= n_scalar
        sentiments[i] = valence

    if rules.contrast in lower:
        at = lower.index(rules.contrast)
        _contrast_check(at, sentiments)
        if rules.contrast_turns:
            _unvalued_turn(at, lower, sentiments, rules.advice)
    elif rules.contrasts and not rules.contrasts.isdisjoint(lower):
        at = next(k for k, w in enumerate(lower) if w in rules.contrasts)
        _contrast_check(at, sentiments)
        if rules.contrast_turns:
            _unvalued_turn(at, lower, sentiments, rules.advice)
    return sentiments


_INTERJECTIONS = frozenset("great perfect wonderful brilliant fantastic lovely".split())
_SARCASM_LEADS = frozenset("really just absolutely totally truly".split())
# An exclamation with a comma before the opener: "Wow, thanks Acme, really loving the fourth
# outage", "Gee, thanks for the six hour delay".
_EXCLAIMED_LEADS = frozenset("wow gee omg well".split())
# Openers that thank for what follows "for", as "thanks" does ("Shoutout to Acme for only
# taking 9 months to fix our damp").
_THANKING = frozenset("thanks thank cheers shoutout_to shout_out_to shout-out_to kudos".split())
# Openers that look forward to what follows: when it is a complaint of the lists or a bad
# fact, every bit of praise in the sentence is part of the sarcasm ("Can't wait to spend
# another 2 hours on hold tomorrow, best part of my week").
_LOOKING_FORWARD = frozenset(["cant", "can't", "cannot"])


def _turns(
    lower: Sequence[str],
    raw_words: Sequence[str],
    sentiments: list[float],
    rules: Rules,
    bad_facts: bool = False,
) -> None:
    """The rules' resolvers, denials and sarcastic openers (see ``Rules``), in place.
    ``bad_facts``: the sentence tells of something bad without a word for it ("Thanks Acme
    for the six hour delay")."""
    n = len(lower)
    if rules.resolvers and not rules.resolvers.isdisjoint(lower):
        for i, word in enumerate(lower):
            if word not in rules.resolvers:
                continue
            resolved = False
            for j in range(i + 1, min(n, i + 7)):
                if sentiments[j] < 0:
                    sentiments[j] *= _vader.N_SCALAR
                    resolved = True
                if raw_words[j][-1:] in _PUNCT_END:
                    break
            if resolved and sentiments[i] < 0:
                sentiments[i] = 0.0  # "stopped freezing": the stopping is the good news
    if rules.reversers and not rules.reversers.isdisjoint(lower):
        for i, word in enumerate(lower[:-1]):
            if word in rules.reversers and raw_words[i][-1:] not in _PUNCT_END:
                j = i + 1 if sentiments[i + 1] else i + 2
                if j < n and sentiments[j]:
                    sentiments[j] *= _vader.N_SCALAR
    former = rules.former
    if former and former[0] in lower:
        k = len(former)
        for i in range(n - k):
            if tuple(lower[i : i + k]) != former:
                continue
            for j in range(i + k, n):
                if sentiments[j] > 0:
                    sentiments[j] *= _vader.N_SCALAR
                if raw_words[j][-1:] in _PUNCT_END:
                    break
    start = 1 if n and lower[0] in ("but", "and", "so") else 0
    firsts = rules.denial_firsts
    denials = rules.denials if firsts is None or (start < n and lower[start] in firsts) else ()
    for seq in denials:
        if tuple(lower[start : start + len(seq)]) == seq:
            for j in range(start + len(seq), n):
                sentiments[j] *= _vader.N_SCALAR
            break
    # (an intensifier may come first: "Really love paying ...", "Just love how ...")
    lead = 0
    if n > 2 and lower[0] in _EXCLAIMED_LEADS and raw_words[0][-1:] == ",":
        lead = 1
    if n > lead + 1 and lower[lead] in _SARCASM_LEADS:
        lead += 1
    openers = rules.openers_by_first.get(lower[lead], ()) if n and rules.sarcastic_openers else ()
    if lead and not any(tuple(lower[lead : lead + len(seq)]) == seq for seq in openers):
        lead = 0  # no opener after the exclamation: it may open itself ("Wow, the staff ...")
        openers = rules.openers_by_first.get(lower[0], ()) if rules.sarcastic_openers else ()
    for seq in openers:
        k = len(seq)
        if tuple(lower[lead : lead + k]) != seq:
            continue
        if len(seq) == 1 and seq[0] in _INTERJECTIONS and raw_words[lead][-1:] not in _PUNCT_END:
            break  # "Great product" is praise; "Great, it broke again" is not
        if rules.contrast in lower:
            break  # "Great screen, but the battery died": mixed, not sarcastic
        k += lead
        rest = sentiments[k:]
        after_for = next((j + 1 for j in range(k, min(n - 1, k + 4)) if lower[j] == "for"), None)
        if seq[0] in _LOOKING_FORWARD:
            if _forward_to_a_complaint(lower, raw_words, sentiments, k, rules, bad_facts):
                for j in range(n):
                    sentiments[j] = min(sentiments[j], 0.0)
            break
        if seq[0] in _THANKING and after_for is not None:
            thanked = sentiments[after_for:]
            sarcastic = (
                any(v < 0 for v in thanked) or bad_facts or lower[after_for] == "nothing"
            ) and not any(v > 0 for v in thanked)
        elif seq[0] in _EXCLAIMED_LEADS:
            # an exclamation is shock at a complaint ("wow Acme, charging me roaming in a
            # country I've never been to"), not at "no longer having to press enter"
            complaint = any(v < 0 and lower[j] != "no" for j, v in enumerate(rest, k))
            sarcastic = (complaint or bad_facts) and not any(v > 0 for v in rest)
        else:
            sarcastic = (any(v < 0 for v in rest) or bad_facts) and not any(v > 0 for v in rest)
        if sarcastic:
            for j in range(k):
                sentiments[j] = min(sentiments[j], 0.0)
        break


def _forward_to_a_complaint(
    lower: Sequence[str],
    raw_words: Sequence[str],
    sentiments: Sequence[float],
    k: int,
    rules: Rules,
    bad_facts: bool,
) -> bool:
    """Whether what a "can't wait" looks forward to, up to its clause's end, is a bad fact
    or a complaint of the lists ("on hold", "outage"; not VADER's general words: "Can't wait
    to see the back of this awful winter" is no sarcasm about anyone)."""
    if bad_facts:
        return True
    for j in range(k, len(lower)):
        if sentiments[j] < 0 and lower[j] in rules.complaints:
            return True
        if raw_words[j][-1:] in _PUNCT_END:
            break
    return False


def _self_negated(token: str, negations: frozenset[str]) -> bool:
    """Other languages: a joined phrase that holds a negation of its own ("nie_angekommen",
    "nessuno_fa_niente") is not negated again by one before it; these languages repeat the
    negation ("non vive nessuno", "eikä kukaan kertonut", "nikt nie oddzwonił")."""
    return not negations.isdisjoint(token.split("_"))


def _negated_after(
    lower: Sequence[str], i: int, negations: frozenset[str], clause_ends: Sequence[bool]
) -> bool:
    """A negation one or two words after word i, with no clause end between, and none before
    it (that one has been applied already)."""
    if any(lower[j] in negations for j in range(max(0, i - 3), i)):
        return False
    for j in (i + 1, i + 2):
        if j >= len(lower) or (clause_ends and clause_ends[j - 1]):
            return False
        if lower[j] in negations:
            return True
    return False


def _may_be_idiom(lower: Sequence[str], i: int, words: frozenset[str]) -> bool:
    """False when _special_idioms cannot change anything (the common case): each n-gram it
    looks up contains one of the pairs (i-3, i-2), (i-2, i-1), (i-1, i), (i, i+1), and a pair
    can only be part of an idiom or booster phrase if both its words are in ``words``."""
    w2 = lower[i - 2] in words
    w1 = lower[i - 1] in words
    if (w2 or lower[i] in words) and w1:
        return True
    if w2 and lower[i - 3] in words:
        return True
    return i + 1 < len(lower) and lower[i] in words and lower[i + 1] in words


def _special_idioms(
    valence: float,
    lower: Sequence[str],
    i: int,
    special: Mapping[str, float],
    boosters: Mapping[str, float],
) -> float:
    onezero = f"{lower[i - 1]} {lower[i]}"
    twoonezero = f"{lower[i - 2]} {lower[i - 1]} {lower[i]}"
    twoone = f"{lower[i - 2]} {lower[i - 1]}"
    threetwoone = f"{lower[i - 3]} {lower[i - 2]} {lower[i - 1]}"
    threetwo = f"{lower[i - 3]} {lower[i - 2]}"
    for seq in (onezero, twoonezero, twoone, threetwoone, threetwo):
        if seq in special:
            valence = special[seq]
            break
    n = len(lower)
    if n - 1 > i:
        zeroone = f"{lower[i]} {lower[i + 1]}"
        if zeroone in special:
            valence = special[zeroone]
    if n - 1 > i + 1:
        zeroonetwo = f"{lower[i]} {lower[i + 1]} {lower[i + 2]}"
        if zeroonetwo in special:
            valence = special[zeroonetwo]
    for ngram in (threetwoone, threetwo, twoone):
        if ngram in boosters:
            valence += boosters[ngram]
    return valence


def _contrast_check(bi: int, sentiments: list[float]) -> None:
    """VADER's _but_check, quirk included: each value is looked up by its *first* equal index.

    Zeros are skipped (scaling zero changes nothing); the rest is bounded by the sentence.
    """
    for k in range(len(sentiments)):
        value = sentiments[k]
        if value == 0:
            continue
        si = sentiments.index(value)
        if si < bi:
            sentiments[si] = value * 0.5
        elif si > bi:
            sentiments[si] = value * 1.5


# Other languages (Rules.contrast_turns): what an unvalued clause after a contrast word weighs,
# beyond what came before it, and the words it needs.
TURN_VALENCE = 1.0
TURN_MIN_WORDS = 3


def _unvalued_turn(
    at: int, lower: Sequence[str], sentiments: list[float], advice: frozenset[str] = frozenset()
) -> None:
    """A contrast word followed by at least TURN_MIN_WORDS words none of which has a valence
    turns the sentence against what came before it: "Greit utvalg, men avspillinga henger
    hele tida" is a complaint, "Un peu cher, mais la qualité est là" praise. The contrast
    word takes the opposite of the words before it, and TURN_VALENCE more, in place. Not
    after a fact told as a joined phrase ("kom_aldrig"): what follows it is more of the
    story ("Paketet kom aldrig fram men enligt spårningen är det levererat")."""
    before = math.fsum(sentiments[:at])
    if not before or len(sentiments) - at - 1 < TURN_MIN_WORDS or any(sentiments[at + 1 :]):
        return
    if any(sentiments[k] and "_" in lower[k] for k in range(at)):
        return
    if not advice.isdisjoint(lower[at + 1 :]):
        return  # advice after praise: "Bra mat, men boka bord i förväg"
    sentiments[at] = -before - math.copysign(TURN_VALENCE, before)


def _normalize(score: float, alpha: float = 15) -> float:
    """vaderSentiment's normalize(), the same operations in the same order (so the same
    floats): here, the compiled module does not call into the interpreted one per sentence."""
    norm_score = score / math.sqrt((score * score) + alpha)
    if norm_score < -1.0:
        return -1.0
    if norm_score > 1.0:
        return 1.0
    return norm_score


def _punctuation_emphasis(text: str) -> float:
    ep = min(text.count("!"), 4) * 0.292
    qm = text.count("?")
    if qm > 1:
        ep += qm * 0.18 if qm <= 3 else 0.96
    return ep


def _score_piece(
    text: str,
    start: int,
    end: int,
    rules: Rules,
    lex: _Lexicon,
    explain: bool = True,
    shown: str | None = None,
    claims: bool = False,
) -> SentenceScore:
    """Score text[start:end] the way VADER scores a whole text, and (``explain``) say which
    words did it. ``shown`` is the text the piece is shown from when ``text`` is its copy with
    the brands' names masked (see ``_masked``); ``claims``: the text is about a brand, so
    its quotes are the company's words (``Rules.quoted``) and a problem in a "when" clause
    is the situation the brand met (``Rules.circumstances``)."""
    piece = text[start:end]
    if shown is not None:
        shown_piece = shown[start:end]
        if shown_piece != piece:
            found = _score_piece(text, start, end, rules, lex, explain, None, claims)
            found.text = shown_piece
            return found
    joined = rules.prepare(piece) if rules.prepare is not None else piece
    if lex.phrases is not None:
        joined = lex.phrases.sub(_join_phrase, joined)
    full, emoji_at = (joined, []) if joined.isascii() else _translate_emoji(joined, rules.emojis)
    raw_words = full.split()
    if not raw_words:
        return SentenceScore(start, end, piece, 0.0, [], raw=0.0)
    words, lower, caps = _prepare_tokens(raw_words)
    if rules.phrases and not rules.phrase_firsts.isdisjoint(lower):
        words, lower, caps, raw_words = _join_phrases(words, lower, caps, raw_words, rules)
    folds = rules.stem_strip or rules.endings
    values = lex.folded_values(lower, rules) if folds else lex.values(lower)
    facts = _facts_of(piece, lower, rules) if rules.facts is not None else ()
    if (
        claims
        and rules.quoted is not None
        and ("'" in piece or '"' in piece or "\u2018" in piece or "\u201c" in piece)
        and _holds_any(piece, rules.quote_marks)
    ):
        facts = [*facts, *rules.quoted(piece)]
    if values is None:
        if not facts:
            # No word of the sentence is in the lexicon: every valence is 0, as VADER finds.
            return SentenceScore(start, end, piece, 0.0, [], raw=0.0)
        values = [None] * len(lower)
    translated = full.strip()
    if emoji_at:
        # strip() moved the descriptions left by the leading whitespace it removed.
        lead = len(full) - len(full.lstrip())
        emoji_at = [(a - lead, b - lead, ch) for a, b, ch in emoji_at]
    clause_ends = [w[-1] in ",;:" for w in raw_words] if rules.negation_stops_at_comma else ()
    sentiments = _vader_valences(words, lower, lex, rules, clause_ends, values, caps)
    if claims and rules.circumstances and not rules.circumstances.isdisjoint(lower):
        _circumstance(lower, raw_words, sentiments, rules)
    if facts and full == piece:
        _count_facts_once(piece, words, sentiments, facts)
    bad_facts = False
    for fact in facts:
        if fact[2] < 0:
            bad_facts = True
    n_words = len(lower)
    if rules.nothing_says and n_words > 3 and lower[0] == "nothing" and lower[1] in _SAYS:
        _nothing_says(lower, values, sentiments, bad_facts)
    if rules.likings and not rules.likings.isdisjoint(lower) and (bad_facts or min(sentiments) < 0):
        _sarcastic_liking(lower, raw_words, sentiments, rules, bad_facts)
    if (  # (the set test last: the lists decide it for English, and _turns repeats it)
        rules.denials
        or rules.sarcastic_openers
        or rules.reversers
        or (rules.resolvers and not rules.resolvers.isdisjoint(lower))
    ):
        _turns(lower, raw_words, sentiments, rules, bad_facts)
    if claims and rules.laughter and not rules.laughter.isdisjoint(lower):
        _laughing_at(lower, sentiments, rules.laughter, bad_facts)
    if rules.questions_assert_no_praise:
        _unasserted_praise(piece, sentiments, claims)
    total = math.fsum(sentiments)
    fact_values = _fact_values(piece, facts) if facts else []
    if fact_values:
        total += math.fsum(fact_values)
    if total:
        emphasis = _punctuation_emphasis(translated)
        total = total + emphasis if total > 0 else total - emphasis
    compound = round(_normalize(total), 4) if total else 0.0
    drivers: list[tuple[str, float]] = []
    if not explain:
        return SentenceScore(start, end, piece, compound, drivers, raw=total)
    tokens = list(re.finditer(r"\S+", translated)) if emoji_at else None
    for i in [k for k, v in enumerate(sentiments) if v]:
        value = sentiments[i]
        label = words[i]
        if tokens is not None:
            at = tokens[i].start()
            for a, b, ch in emoji_at:
                if a <= at < b:
                    label = ch
                    break
        name = lex.phrase_names.get(lower[i])
        if name is not None:
            label = name
        elif "_" in label:  # a phrase joined into one token ("nie_wieder")
            label = label.replace("_", " ")
        base = values[i] or 0.0
        if base and (base > 0) != (value > 0):
            label = _with_negator(words, lower, i, rules) or label
        drivers.append((label, round(value, 3)))
    for fact, value in zip(facts, fact_values, strict=True):
        drivers.append((fact[1], round(value, 3)))
    return SentenceScore(start, end, piece, compound, drivers, raw=total)


_SAYS = frozenset("says screams shouts said".split())


def _nothing_says(
    lower: Sequence[str],
    values: Sequence[float | None],
    sentiments: list[float],
    bad_facts: bool,
) -> None:
    """ "Nothing says X like Y", in place: "nothing" denies nothing of X (VADER's negation
    flipped X's first words), and when Y tells of something bad (a negative word, a bad
    fact, a doubted quote) X's praise is sarcasm and "like" no liking."""
    try:
        at = lower.index("like", 2)
    except ValueError:
        return
    for j in range(2, min(at + 1, 4)):  # the words "nothing" reached (three back)
        base = values[j]
        if base and sentiments[j] and (sentiments[j] > 0) != (base > 0):
            sentiments[j] /= _vader.N_SCALAR
    if not (bad_facts or any(v < 0 for v in sentiments[at + 1 :])):
        return
    sentiments[at] = 0.0
    for j in range(2, at):
        if sentiments[j] > 0:
            sentiments[j] *= _vader.N_SCALAR


def _laughing_at(
    lower: Sequence[str], sentiments: list[float], laughter: frozenset[str], bad_facts: bool
) -> None:
    """In a text about a brand, laughter in a sentence that also tells of something bad
    counts 0, in place: the writer laughs at the failure ("Partner's signal dies the second
    we leave town lol", "'next day delivery' lol"); beside praise or nothing it stays glee
    ("so good lol"). (In text about no brand people laugh at their own mishaps, and those
    who rated tweets read that as cheerful: "lmao my dad just called me for the third time
    today" +1.35.)"""
    if not bad_facts and not any(
        v < 0 and lower[k] not in laughter for k, v in enumerate(sentiments)
    ):
        return
    for k, word in enumerate(lower):
        if word in laughter and sentiments[k] > 0:
            sentiments[k] = 0.0


def _sarcastic_liking(
    lower: Sequence[str],
    raw_words: Sequence[str],
    sentiments: list[float],
    rules: Rules,
    bad_facts: bool,
) -> None:
    """A liking word whose clause goes on to a complaint of the lists (or, opening the
    sentence, to a bad fact) is sarcasm and counts 0, in place: "really loving the fourth
    outage", "Love waiting 40 minutes for a bus" (see ``Rules.likings``). Not when praise
    follows in the clause ("love the screen, hate the outage" ends at the comma)."""
    n = len(lower)
    for i in range(n):
        if lower[i] not in rules.likings or sentiments[i] <= 0:
            continue
        bad = bad_facts and i <= 2
        if raw_words[i][-1:] not in _PUNCT_END:
            for j in range(i + 1, n):
                if lower[j] == rules.contrast:
                    break
                if sentiments[j] > 0:
                    bad = False
                    break
                if sentiments[j] < 0 and lower[j] in rules.complaints:
                    bad = True
                if raw_words[j][-1:] in _PUNCT_END:
                    break
        if bad:
            sentiments[i] = 0.0


def _circumstance(
    lower: Sequence[str], raw_words: Sequence[str], sentiments: list[float], rules: Rules
) -> None:
    """Negative words in a clause of ``Rules.circumstances`` count 0, in place."""
    n = len(lower)
    for i in range(1, n):
        if lower[i] not in rules.circumstances or raw_words[i - 1][-1:] in _PUNCT_END:
            continue  # (after a comma or full stop it opens its own sentence: "..., when X")
        for j in range(i + 1, n):
            if lower[j] == rules.contrast:
                break
            if sentiments[j] < 0:
                sentiments[j] = 0.0
            if raw_words[j][-1:] in _PUNCT_END:
                break


_TOKEN = re.compile(r"\S+")


def _count_facts_once(
    piece: str,
    words: Sequence[str],
    sentiments: list[float],
    facts: Sequence[tuple[int, str, float]],
) -> None:
    """A word or phrase of the lexicon inside the words of a fact counts once, as the fact
    ("kept me on hold for an hour": the fact "on hold for an hour", not it and the phrase
    "on hold" too), in place. ``words`` are the piece's tokens with phrases joined (a joined
    token holds its words separated by spaces), so token k covers that many raw tokens."""
    bounds = [m.span() for m in _TOKEN.finditer(piece)]
    spans = []
    at = 0
    for word in words:
        last = at + word.count(" ")
        if last >= len(bounds):
            return  # (the tokens are not the piece's: leave the words as they are)
        spans.append((bounds[at][0], bounds[last][1]))
        at = last + 1
    for start, name, _ in facts:
        end = start + len(name.partition(": ")[2])
        for k, (a, b) in enumerate(spans):
            if sentiments[k] and a < end and b > start:
                sentiments[k] = 0.0


def _facts_of(piece: str, lower: Sequence[str], rules: Rules) -> list[tuple[int, str, float]]:
    """rules.facts(piece) when the sentence's words pass the gates of ``Rules.fact_words``.

    The sentence's words of ``Rules.fact_gate`` are picked out first (most often none, else
    one or two: "prices", "year"): each narrower set is tested against those, not against
    every word of the sentence again (testing each set and each ``fact_together`` pair
    against all the words made the gates a sixth of the scoring time)."""
    gate = rules.fact_gate
    found = [word for word in lower if word in gate]
    if not found:
        passes = _hyphened_fact(piece, lower, rules)
    else:
        passes = (
            not rules.fact_words.isdisjoint(found)
            or (not rules.fact_units.isdisjoint(found) and _counted_unit(lower, rules))
            or (not rules.fact_pairs.keys().isdisjoint(found) and _paired(lower, rules))
            or _together(lower, found, rules)
            or _hyphened_fact(piece, lower, rules)
        )
    return rules.facts(piece) if passes else []  # type: ignore[misc]


def _together(lower: Sequence[str], found: Sequence[str], rules: Rules) -> bool:
    """Words of both sets of a ``fact_together`` pair ("prices" ... "went up"). ``found``: the
    sentence's words of ``Rules.fact_gate``, which holds every first set."""
    pairs = rules.together_by_first
    for word in found:
        for second in pairs.get(word, ()):
            if not second.isdisjoint(lower):
                return True
    return False


def _paired(lower: Sequence[str], rules: Rules) -> bool:
    """A word of ``fact_pairs`` followed by one it maps to ("still hasn't")."""
    pairs = rules.fact_pairs
    if pairs.keys().isdisjoint(lower):
        return False
    for k in range(len(lower) - 1):
        after = pairs.get(lower[k])
        if after is not None and lower[k + 1] in after:
            return True
    return False


def _hyphened_fact(piece: str, lower: Sequence[str], rules: Rules) -> bool:
    """A hyphened word with a time unit or a fact word among its parts ("a 40-minute wait")."""
    if "-" not in piece:
        return False
    for word in lower:
        if "-" in word:
            parts = word.split("-")
            if not rules.fact_units.isdisjoint(parts) or not rules.fact_words.isdisjoint(parts):
                return True
    return False


def _counted_unit(lower: Sequence[str], rules: Rules) -> bool:
    """A time unit with a number one or two words before it ("50 minutes", "a couple of
    hours") or right after it ("day 3 without internet")."""
    units = rules.fact_units
    if units.isdisjoint(lower):
        return False
    counts = rules.fact_counts
    n = len(lower)
    for k in range(n):
        if lower[k] not in units:
            continue
        if k + 1 < n and lower[k + 1][:1].isdigit():
            return True
        if not k:
            continue
        before = lower[k - 1]
        if before in counts or before[:1].isdigit():
            return True
        if k > 1 and (lower[k - 2] in counts or lower[k - 2][:1].isdigit()):
            return True
    return False


def _fact_values(piece: str, facts: Sequence[tuple[int, str, float]]) -> list[float]:
    """Each fact's valence, weighed as VADER weighs words around a "but" (x0.5 before it,
    x1.5 after): "lovely terrace, but we waited an hour for starters"."""
    at = piece.lower().find(" but ")
    if at < 0:
        return [fact[2] for fact in facts]
    return [fact[2] * (0.5 if fact[0] < at else 1.5) for fact in facts]


# A sentence that looks at pictures or descriptions ("looked cosy online", "sounds great on
# paper") says what was expected, not what was found: its praise is no verdict.
_APPEARANCE = re.compile(
    r"\b(?:looked|looks|seemed|seems|sounded|sounds|appeared)\b.*\b(?:online|in (?:the |their )?"
    r"(?:photos?|pictures?|pics|ads?|advert|brochure|listing|video)|on (?:paper|the website"
    r"|their website|the site|instagram|tv))\b",
    re.IGNORECASE,
)


# Questions that ask rather than exclaim ("Does it ...?", "Anyone know if ...?", "Why is
# ...?"), and the clauses cut from them ("... still does free servicing?"); "How great is
# this?" and "Who's excited?" are praise, and keep it (dropping all praise in questions read
# the rated tweets worse).
_ASKING = frozenset(
    "does do did is are was were can could will would should has have anyone any why which isn't "
    "doesn't won't can't but still though yet and or".split()
)


def _unasserted_praise(piece: str, sentiments: list[float], claims: bool = False) -> None:
    """Praise in a question that asks or in what something looked like is dropped, in place;
    in a text about a brand, a question that asks between two things asserts neither, so its
    complaints go too ("Does X still do the Friday swim or did they stop it?"; not "Is it
    just me or ..."; people who rated tweets read "Is it ever appropriate to call in with
    ennui or existential angst?" as gloomy)."""
    asks = piece.rstrip().endswith("?") and bool(_first_words(piece, 1) & _ASKING)
    if (
        claims
        and asks
        and " or " in piece
        and "just me" not in piece
        and "why" not in _first_words(piece, 1)
    ):
        for k in range(len(sentiments)):
            sentiments[k] = 0.0
        return
    if asks or (
        ("look" in piece or "seem" in piece or "sound" in piece or "appear" in piece)
        and _APPEARANCE.search(piece)
    ):
        for k, value in enumerate(sentiments):
            if value > 0:
                sentiments[k] = 0.0


def _with_negator(words: Sequence[str], lower: Sequence[str], i: int, rules: Rules) -> str | None:
    """'not good' rather than 'good' when a negation flipped the word: what staff expect."""
    for j in range(i - 1, max(-1, i - 4), -1):
        w = lower[j]
        if w in rules.negations or w in ("no", "least") or (rules.nt_negates and "n't" in w):
            return " ".join(words[j : i + 1])
    return None


# --------------------------------------------------------------------------------------
# English rules and the scorer registry
# --------------------------------------------------------------------------------------

_english_lock = threading.Lock()
_english: Rules | None = None


def english_rules() -> Rules:
    """vaderSentiment's own lexicon and word lists, loaded once per process."""
    global _english
    if _english is None:
        with _english_lock:
            if _english is None:
                analyzer = _vader.SentimentIntensityAnalyzer()
                _english = Rules(
                    lexicon=analyzer.lexicon,
                    negations=frozenset(_vader.NEGATE),
                    boosters=_vader.BOOSTER_DICT,
                    special_cases=_vader.SPECIAL_CASES,
                    emojis={k: v for k, v in analyzer.emojis.items() if len(k) == 1},
                )
    return _english


def rules_for(language: str) -> Rules | None:
    """The rules that score this language, or None when we have no scorer we trust.

    English is VADER's rules with the review vocabulary of ``mentions.languages.english``
    (``english_rules`` alone is exactly vaderSentiment, which the tests hold it to)."""
    from mentions import languages

    if language == "en":
        return languages.english()

    return languages.rules_for(language)


# --------------------------------------------------------------------------------------
# Aggregation
# --------------------------------------------------------------------------------------


def aggregate(sentences: Sequence[SentenceScore]) -> float:
    """The document compound from its sentences.

    VADER's normalisation of the summed valences, but the sum is divided by the square
    root of the number of sentiment-bearing sentences beyond the first: a short post scores
    as VADER scores it whole, while a long article does not saturate at +-1 just because it
    is long. The r against human ratings is measured in the tests.
    """
    bearing = [s.raw for s in sentences if s.raw]
    if not bearing:
        return 0.0
    total = math.fsum(bearing)
    if len(bearing) > 1:
        total /= math.sqrt(len(bearing))
    return round(_normalize(total), 4)


# --------------------------------------------------------------------------------------
# analyse()
# --------------------------------------------------------------------------------------


def detect_language(text: str, hint: str = "") -> str:
    """ISO 639-1 code of text, or "" when the detector is not sure (``hint``, the language
    the text most likely is, settles a close call: mentions.languages.detect_language)."""
    from mentions import languages

    return languages.detect_language(text[:DETECT_CHARS], hint)


def normalise_language(code: str | None) -> str:
    """'en-US' -> 'en', 'NO' -> 'no': platforms send all sorts."""
    if not code:
        return ""
    return code.strip().lower().replace("_", "-").split("-")[0]


def _bounded_spans(
    text: str, targets: Mapping[str, Sequence[tuple[int, int]]]
) -> list[tuple[int, int]]:
    """Sentence spans to score: all of them, or for a long text the first MAX_SCORED_CHARS
    plus the sentence around each target span beyond that (split from a window around the
    span, so the cost does not depend on the text's length)."""
    if len(text) <= MAX_SCORED_CHARS:
        return split_sentences(text)
    spans = split_sentences(text[:MAX_SCORED_CHARS])
    if spans and spans[-1][1] == MAX_SCORED_CHARS:
        spans.pop()  # cut by the limit, not by the text
    covered = spans[-1][1] if spans else 0
    positions = sorted(
        {a for pairs in targets.values() for a, b in pairs if covered <= a < b <= len(text)}
    )
    extra = 0
    for pos in positions:
        if pos < covered:
            continue
        if extra >= MAX_EXTRA_SENTENCES:
            break
        window_start = max(covered, pos - 2 * MAX_SENTENCE_CHARS)
        window_end = min(len(text), pos + 2 * MAX_SENTENCE_CHARS)
        for s, e in split_sentences(text[window_start:window_end]):
            if window_start + s <= pos < window_start + e:
                spans.append((window_start + s, window_start + e))
                covered = window_start + e
                extra += 1
                break
    return spans


# Words that set what follows against what came before, for the scoring toward a brand
# (English; each language's ``Rules.contrasts`` add theirs): a clause or sentence opening
# with one of them is the part that counts most.
_CONTRAST_WORDS = frozenset(
    "but however though although yet whereas while whilst unlike sadly unfortunately except "
    "still".split()
)
# Words that carry on about what was just named ("It broke", "their app", "the staff").
_ANAPHORA = frozenset(
    "it it's its they they're their theirs them this these that those he she his her him "
    "er sie es ihr ihre il elle ils elles son sa ses leur leurs ce cela".split()
)
_PERSONAL = frozenset("he she his her him".split())
_clause_patterns: dict[tuple[frozenset[str], bool], re.Pattern[str]] = {}


_contrast_sets: dict[int, tuple[Rules, frozenset[str]]] = {}


def _contrast_words(rules: Rules) -> frozenset[str]:
    """English's and the language's contrast words (built once per Rules: a hot path)."""
    known = _contrast_sets.get(id(rules))
    if known is not None and known[0] is rules:
        return known[1]
    words = _CONTRAST_WORDS | rules.contrasts | {rules.contrast}
    _contrast_sets[id(rules)] = (rules, words)
    return words


def _clause_pattern(words: frozenset[str], english: bool) -> re.Pattern[str]:
    pattern = _clause_patterns.get((words, english))
    if pattern is None:
        # "still" cuts only after a comma ("..., still no refund"), not inside a clause
        # ("was still sitting there", "Does Acme still do ...?"); a colon not inside a time
        # ("at 12:15"); in English, "so" after a comma: what comes before it is the cause
        # ("Globex ran out of stock, so I bought the Acme one").
        alternatives = "|".join(
            sorted((re.escape(w) for w in words if w.strip() and w != "still"), key=len)[::-1]
        )
        pattern = re.compile(
            # (the leading lookahead lets the engine skip the characters no cut starts at)
            rf"(?=[;:,\s\u2014\u2013])(?:"
            rf"[;\u2014\u2013]\s*|(?<!\d):(?!\d)\s*|,?\s+(?=(?:{alternatives})\b(?!\W*$))"
            rf"|,\s*(?=(?:still{'|so' if english else ''})\b(?!\W*$))"
            # an emoji before a word: the next clause ("So much love 🥰 only hiccup was ...")
            rf"|(?<=[{_EMOJI_TAIL}])[ \t]+(?=[^\W\d_]))",
            re.IGNORECASE,
        )
        _clause_patterns[(words, english)] = pattern
    return pattern


def _holds_any(text: str, parts: Iterable[str]) -> bool:
    """any(part in text for part in parts), without a generator (the compiled module pays
    for creating one on every call; these run for every sentence that names a brand)."""
    for part in parts:  # noqa: SIM110 (the generator is what this avoids)
        if part in text:
            return True
    return False


def _first_clause_with(clauses: Sequence[tuple[int, int]], positions: Sequence[int]) -> int:
    """The index of the first clause holding one of the positions; StopIteration when none
    does, as the next() over a generator this replaces raised."""
    for k, (cs, ce) in enumerate(clauses):
        for a in positions:
            if cs <= a < ce:
                return k
    raise StopIteration


_AN_EMOJI = re.compile(rf"[{_EMOJI}]")


def _clauses(text: str, start: int, end: int, rules: Rules) -> list[tuple[int, int]]:
    """Clause spans of one sentence, cut before each contrast word ("A is great but B is
    awful", "rain all day, but the Acme staff were lovely"), at semicolons, colons and
    dashes, and after an emoji that a word follows."""
    words = _contrast_words(rules)
    lowered = text[start:end].lower()
    if (
        not _holds_any(lowered, ";:\u2014\u2013")
        and not _holds_any(lowered, words)
        and (", so " not in lowered or rules.contrast != "but")
        and (lowered.isascii() or _AN_EMOJI.search(lowered) is None)
    ):
        return [(start, end)]  # the common case, decided without the regex
    spans = []
    cursor = start
    english = rules.contrast == "but"
    for m in _clause_pattern(words, english).finditer(text, start, end):
        if m.start() > cursor:
            spans.append((cursor, m.start()))
        cursor = m.end()
    if cursor < end:
        spans.append((cursor, end))
    return spans or [(start, end)]


_WORD_RUNS = re.compile(r"[\w'\u2019]+")


def _words_of(sentence: str) -> list[str]:
    if sentence.isascii():  # lower-casing cannot change which characters are \w
        return _WORD_RUNS.findall(sentence.lower())
    return [w.lower().replace("\u2019", "'") for w in _WORD_RUNS.findall(sentence)]


# Openers that turn a story around without being clause contrasts: "Used to be good. Now
# it's overpriced.", "Lovely staff. Shame about the prices.", "Turns out it is excellent."
_TURN_OPENERS = frozenset("now nowadays lately shame pity turns turned".split())
# What was found against what was shown: "Looked cosy online. In reality it was damp."
_REALITY = re.compile(r"in (?:reality|real life|person|practice|the flesh)\b", re.IGNORECASE)


def _first_words(sentence: str, count: int) -> set[str]:
    """The first ``count`` words, lower-cased, without the punctuation around them (split()
    on the sentence's opening: cheaper than the regex, and these run per sentence)."""
    return {
        w.strip(_PUNCT + "\u2018\u2019\u201c\u201d").replace("\u2019", "'")
        for w in sentence[: 12 * count].lower().split()[:count]
    }


def _opens_with_contrast(sentence: str, words: frozenset[str]) -> bool:
    """'However, ...', 'Sadly ...', 'Now ...', 'In reality ...', or a sentence with 'though'
    in it ("They broke after a week though")."""
    first = _first_words(sentence, 1)
    if first & words or first & _TURN_OPENERS:
        return True
    if first == {"in"} and _REALITY.match(sentence):
        return True
    return "though" in sentence.lower() and "though" in _words_of(sentence)[1:]


# What a sentence that follows the brand's can be about instead of the brand: the weather,
# the roads, the writer's day ("Weather was awful all week though", "My day was
# rubbish though", "Traffic on the way home was a nightmare"). Such a sentence has a subject
# of its own and does not carry on about the brand, whatever contrast it holds. (Not people,
# places or work: "The kids loved it", "The view was stunning", "The work was shoddy" are
# often about the brand.)
_ELSEWHERE = frozenset(
    "weather rain snow wind sunshine storm fog traffic roads motorway commute football".split()
)
_WRITERS_TIME = frozenset("day week weekend morning afternoon evening night year".split())
_OWN_DETERMINERS = frozenset("the my our this that".split())
_PUNCT_QUOTES = _PUNCT + "\u2018\u2019\u201c\u201d"
_ELSEWHERE_FIRSTS = _ELSEWHERE | _OWN_DETERMINERS | {"it"}
_WEATHER_IT = re.compile(
    r"\s*it\s+(?:rained|poured|snowed|hailed|was\s+(?:raining|pouring|snowing|freezing|boiling"
    r"|roasting|baking|scorching|cold|hot|windy|wet|grey|miserable|sunny))\b",
    re.IGNORECASE,
)


def _about_something_else(sentence: str) -> bool:
    """Whether a sentence's subject is something other than the brand: the weather, the
    roads (``_ELSEWHERE``), the writer's day or week, "It rained ...", "It was
    freezing ..."."""
    first = sentence[:40].lower().split()[:3]
    if not first or first[0].strip(_PUNCT_QUOTES) not in _ELSEWHERE_FIRSTS:
        return False  # (most sentences: decided on the first word)
    first = [w.strip(_PUNCT_QUOTES) for w in first]
    k = 0
    while k < len(first) - 1 and first[k] in _OWN_DETERMINERS:
        k += 1
    if first[k].removesuffix("'s") in _ELSEWHERE:
        return True
    if k and first[k - 1] in ("my", "our") and first[k] in _WRITERS_TIME:
        return True
    return first[0] == "it" and _WEATHER_IT.match(sentence) is not None


# What a business is made of, opening a sentence: it goes on about the brand just named
# ("Ordered from Acme. The driver was lovely.", "Support refunded one within a day").
_PARTS = frozenset(
    "staff support service app driver drivers delivery food room rooms team manager website"
    " site product engineer technician rep crew fitters installer installers receptionist"
    " waiter waitress nurse nurses vet vets dentist doctor".split()
)


# Past tenses not in -ed that open a sentence without a subject.
_STORY_VERBS = frozenset(
    "sent took came got gave made told said kept left went brought found lost broke paid rang"
    " spent sold bought ran".split()
)


def _carries_on(sentence: str, words: frozenset[str]) -> bool:
    """Whether a sentence goes on about what the one before named: a pronoun among its first
    words ("Really impressed with them"), a part of the business as its subject ("The staff
    there are angels"), or it opens with a contrast ("However, ...")."""
    opening = sentence[:60].lower().split()[:5]  # (what _first_words(sentence, 5) splits)
    if not opening:
        return False
    first = {w.strip(_PUNCT_QUOTES).replace("\u2019", "'") for w in opening}
    found = first & _ANAPHORA
    if found and (not found <= _PERSONAL or opening[0].strip(_PUNCT_QUOTES) in _PERSONAL):
        # "he", "her" and the like only as the subject: after a subject of the sentence's own
        # they are that person's ("My brother hated his new job")
        return True
    head = opening[1] if opening[0] == "the" and len(opening) > 1 else opening[0]
    if head.strip(_PUNCT_QUOTES) in _PARTS:
        return True
    verb = opening[0].strip(_PUNCT_QUOTES)
    if verb in _STORY_VERBS or (
        len(verb) > 3 and verb.endswith("ed") and not verb.endswith("eed") and verb.isalpha()
    ):
        # No subject: the story goes on ("Ordered a lamp from Acme. Arrived smashed. Sent a
        # replacement within two days.")
        return True
    return _opens_with_contrast(sentence, words)


def _for_language(
    lexicon: Mapping[str, float] | Mapping[str, Mapping[str, float]] | None, language: str
) -> Mapping[str, float] | None:
    """A workspace lexicon's entries for this language: a flat phrase -> valence mapping
    applies to every language; a per-language one (language, "" for all -> phrase ->
    valence, as ``LexiconEntry.for_workspace`` gives) contributes its "" entries and this
    language's, which win."""
    if not lexicon:
        return None
    first = next(iter(lexicon.values()))
    if not isinstance(first, Mapping):
        return lexicon  # type: ignore[return-value]
    from mentions.languages import ALIASES

    code = ALIASES.get(language, language)
    merged = {**lexicon.get("", {}), **lexicon.get(code, {})}  # type: ignore[dict-item]
    return merged or None


def analyse(
    text: str,
    *,
    targets: Mapping[str, Sequence[tuple[int, int]]] | None = None,
    lexicon: Mapping[str, float] | Mapping[str, Mapping[str, float]] | None = None,
    language: str | None = None,
    positive: float = 0.05,
    negative: float = -0.05,
    explain: bool = True,
    model: bool = True,
) -> Analysis:
    """Score text as a whole and toward each target (see ``_analyse``).

    A text that makes a rule fail is logged with the error and scored as a whole, each target
    getting the document's score; if that fails too, everything is "unscored". Ingest, a
    re-score job and the mention page all go on: one odd post must not stop a feed.
    """
    try:
        return _analyse(text, targets, lexicon, language, positive, negative, explain, model)
    except Exception:
        log.exception("Scoring a text of %d characters toward its brands failed", len(text or ""))
    if targets:
        try:
            whole = _analyse(text, None, lexicon, language, positive, negative, explain, model)
            return Analysis(whole.language, whole.document, dict.fromkeys(targets, whole.document))
        except Exception:
            log.exception("Scoring a text of %d characters failed", len(text or ""))
    unscored = Score(None, "unscored", [])
    return Analysis("", unscored, dict.fromkeys(targets or (), unscored))


def _analyse(
    text: str,
    targets: Mapping[str, Sequence[tuple[int, int]]] | None = None,
    lexicon: Mapping[str, float] | Mapping[str, Mapping[str, float]] | None = None,
    language: str | None = None,
    positive: float = 0.05,
    negative: float = -0.05,
    explain: bool = True,
    model: bool = True,
) -> Analysis:
    """Score text as a whole and toward each target.

    ``targets`` maps a key (a brand id) to the character spans where the brand was matched;
    ``lexicon`` is the workspace's extra words and phrases (VADER scale, -4..4) for this call
    only, for every language or per language (see ``_for_language``); ``language`` (from the platform) skips detection. A target without spans in the
    scored text gets the document's score. Text in a language we cannot score (or that we
    cannot tell) is "unscored", with compound None, for the document and every target.
    ``explain=False`` leaves every sentence's ``words`` empty (the scores are the same): ingest
    stores only scores, and listing the words is a tenth of the scoring time.
    ``model=False`` leaves English labels toward brands to the rules alone, without the
    learned model's second opinion (mentions.targeted_model) or the features it reads.
    """
    text = text or ""
    targets = targets or {}
    lang = normalise_language(language) if language else detect_language(text)
    rules = rules_for(lang) if lang else None
    if rules is None:
        return Analysis(
            lang,
            Score(None, "unscored", []),
            {key: Score(None, "unscored", []) for key in targets},
        )

    lex = _lexicon_for(rules, _for_language(lexicon, lang))
    if targets:
        targets = _with_short_names(text, targets)
    spans = _bounded_spans(text, targets)
    masked = _masked(text, targets) if targets else text
    claims = bool(targets)
    sentences = [_score_piece(masked, s, e, rules, lex, explain, text, claims) for s, e in spans]
    if rules.contrast == "but":  # English
        _sarcastic_closers(sentences, explain)
        _reported_news(sentences)
        _upside_down_praise(sentences)
    else:
        _ironic_praise(sentences, rules)
        if rules.contrast_turns:
            _sentence_turns(sentences, rules)
    compound = aggregate(sentences)
    document = Score(compound, label_for(compound, positive, negative), sentences)
    if not targets:
        return Analysis(lang, document, {})

    # Which sentence each target span falls in, and which targets each sentence names.
    starts = [s for s, _ in spans]
    own: dict[str, list[int]] = {}
    named: dict[int, set[str]] = {}
    for key, pairs in targets.items():
        for a, b in pairs:
            if not 0 <= a < b <= len(text):
                continue
            i = bisect.bisect_right(starts, a) - 1
            if i >= 0 and a < spans[i][1]:
                own.setdefault(key, []).append(i)
                named.setdefault(i, set()).add(key)
    scored = {}
    for key in targets:
        picked = (
            _target_sentences(
                text,
                key,
                targets[key],
                own[key],
                named,
                spans,
                sentences,
                rules,
                lex,
                explain,
                targets,
                masked,
            )
            if key in own
            else []
        )
        value = aggregate(picked)  # (0.0 when no piece has a valence)
        if abs(value) < 0.05:
            # What is said about the brand carries no sentiment of its own, or too little to
            # leave neutral ("Acme."; "Day 3 without internet. Acme says an engineer is
            # scheduled."): the rest of the text stands in, leaving out the sentences that
            # name another brand (what is said about those is theirs). Nothing left: the
            # brand's own neutral pieces.
            # Nor the sentences whose part before the brand's clause was cut off as about
            # something else ("My train was cancelled, so Acme Cabs got me there").
            cut = set()
            for piece in picked:
                for i in own.get(key, ()):
                    if spans[i][0] < piece.start < spans[i][1]:
                        cut.add(i)
            context = [
                sentence
                for i, sentence in enumerate(sentences)
                if sentence.raw and not (named.get(i, set()) - {key}) and i not in cut
            ]
            if context:
                value = aggregate(context)
                scored[key] = Score(value, label_for(value, positive, negative), context, True)
                continue
        scored[key] = Score(value, label_for(value, positive, negative), picked)
    if rules.contrast != "but" or not model or len(text) > targeted_model.MAX_CHARS:
        return Analysis(lang, document, scored)  # the learned model reads English posts
    learned = targeted_model.load()
    features = {}
    for key, score in scored.items():
        others = [pair for other, pairs in targets.items() if other != key for pair in pairs]
        feats = targeted_model.features(
            text,
            targets[key],
            others,
            [(piece.start, piece.end) for piece in score.sentences],
            spans,
            score.label,
            score.compound or 0.0,
            score.whole_text,
            compound,
            len(targets),
        )
        features[key] = feats
        verdict = learned.verdict(feats, score.label, explain) if learned else None
        if verdict is not None:
            # The model's label, past the workspace's thresholds whatever they are.
            value = verdict.compound
            if verdict.label == "positive":
                value = max(value, positive + 0.0001)
            elif verdict.label == "negative":
                value = min(value, negative - 0.0001)
            value = round(value, 4)
            label = label_for(value, positive, negative)
            scored[key] = Score(value, label, score.sentences, score.whole_text, verdict)
    return Analysis(lang, document, scored, features)


# A sentence that is nothing but praise, right after a complaint, is sarcasm: "Oh great,
# another price rise. Just what we needed.", "Parcel left in the rain. Brilliant."
_SARCASTIC_CLOSER = re.compile(
    r"(?:just what (?:i|we) (?:needed|wanted)|(?:oh,? )?(?:great|brilliant|perfect|wonderful"
    r"|fantastic|lovely|nice|marvell?ous|superb|amazing)(?: job| work| one| stuff| service| value)?"
    r"|thanks a lot|thanks a bunch|cheers|well done|good job|way to go|bravo|love it)[.!]*",
    re.IGNORECASE,
)


# Set phrases said of a failure, right after one (round 8): "Cancelled the 7:42 AGAIN. Truly
# the gift that keeps on giving.", "Third outage this week. Living the dream."
_IRONIC_IDIOM = re.compile(
    r"\b(?:gift that keeps on giving|gift that keeps giving|living the dream|love that for (?:me|us)"
    r"|what a time to be alive)\b",
    re.IGNORECASE,
)


_IRONIC_IDIOM_PARTS = ("iving", "ream", "hat for", "live")  # one is in each idiom


# "Trying to win the instruction much?", "Overcharging much?": a jab, not a question (not
# "how much?", "too much?", "thanks so much?").
_JAB = re.compile(
    r"(?<!\bhow)(?<!\btoo)(?<!\bthat)(?<!\bso)(?<!\bvery)(?<!\bas)(?<!\bthis)(?<!\bpretty)"
    r"(?<!\bthat's)(?<!\bmuch)(?<=\w)\s+much\s*\?+\W*$",
    re.IGNORECASE,
)
JAB_VALENCE = -1.5


def _sarcastic_closers(sentences: list[SentenceScore], explain: bool = True) -> None:
    """Each praise-only sentence that follows a complaint turns into one, and each "...
    much?" jab is a complaint, in place."""
    for k, sentence in enumerate(sentences):
        text = sentence.text
        if text.endswith("?") and "much" in text and _JAB.search(text):
            if sentence.raw > 0:
                sentences[k] = _weighted(sentence, -1.0, flip_words=True)
            elif not sentence.raw:
                sentences[k] = SentenceScore(
                    sentence.start,
                    sentence.end,
                    text,
                    round(_normalize(JAB_VALENCE), 4),
                    [("... much?", JAB_VALENCE)] if explain else [],
                    raw=JAB_VALENCE,
                )
    for k in range(1, len(sentences)):
        if sentences[k - 1].raw < 0 < sentences[k].raw and (
            (
                len(sentences[k].text) <= 30
                and _SARCASTIC_CLOSER.fullmatch(sentences[k].text.strip())
            )
            or (
                _holds_any(sentences[k].text, _IRONIC_IDIOM_PARTS)
                and _IRONIC_IDIOM.search(sentences[k].text)
            )
        ):
            sentences[k] = _weighted(sentences[k], -1.0, flip_words=True)


# A sentence that reports what a company announced is news, not what the writer found:
# "Taskly announced it will shut down its free plan", "strike dates announced for the 3rd",
# "Linkwave and Nettora both announced price rises", and so is a notice of jobs ("Acme are
# recruiting carers, flexible hours, mileage paid"). Not when the writer is in it ("they
# announced my flight was cancelled") or the announcing is what is judged ("Love how they
# announced a 'minor delay'").
_ANNOUNCED = re.compile(
    r"\b(?:announced|announces|unveiled|unveils|(?:is|are) (?:recruiting|hiring))\b", re.IGNORECASE
)
_WRITER = re.compile(r"\b(?:i|i'm|i've|i'd|me|my|we|we're|we've|us|our|how|why)\b|!", re.IGNORECASE)


def _reported_news(sentences: list[SentenceScore]) -> None:
    """Each sentence that reports an announcement, without the writer in it, carries no
    valence (in place): news is neutral toward the company, good or bad."""
    for k, sentence in enumerate(sentences):
        text = sentence.text
        if not sentence.raw or not (
            "nounce" in text or "nveil" in text or "recruit" in text or "hiring" in text
        ):
            continue
        if _ANNOUNCED.search(text) and not _WRITER.search(text):
            sentences[k] = _weighted(sentence, 0.0)


# An eye-roll or upside-down face marks the praise of its sentence as ironic ("Génial comme
# d'hab 🙄", "ihr seid echt die Besten 🙃"); other languages only, English has its own rules.
_IRONIC_MARKS = ("\U0001f644", "\U0001f643")


def _upside_down_praise(sentences: list[SentenceScore]) -> None:
    """English: praise in a sentence with an upside-down face is ironic ("Thanks Railon for
    the complimentary 2 hour stop in a field 🙃"), in place. (Not the eye-roll: in English it
    is as often exasperation at someone else, "Skyvane lost my bag again. Aerolume never
    once did 🙄".)"""
    for k, sentence in enumerate(sentences):
        if sentence.raw > 0 and _IRONIC_MARKS[1] in sentence.text:
            sentences[k] = _weighted(sentence, -1.0, flip_words=True)


def _ironic_praise(sentences: list[SentenceScore], rules: Rules) -> None:
    """Other languages: praise in a sentence marked as ironic, or a sentence of nothing but
    praise right after a complaint, turns into a complaint, in place; so does a short
    sentence with applause right after a complaint ("Brawo, tak trzymać 👏"; not one that
    opens with a contrast word: "Mutta henkilökunta oli ihana 👏")."""
    closer = rules.ironic_closer
    for k, sentence in enumerate(sentences):
        if sentence.raw <= 0:
            continue
        if any(mark in sentence.text for mark in _IRONIC_MARKS) or (
            k
            and sentences[k - 1].raw < 0
            and (
                (
                    closer is not None
                    and len(sentence.text) <= 40
                    and closer.fullmatch(sentence.text.strip())
                )
                or _applause_after(sentence.text, rules)
            )
        ):
            sentences[k] = _weighted(sentence, -1.0, flip_words=True)


_APPLAUSE = "\U0001f44f"
_APPLAUSE_WORDS = 6  # at most this many words beside the applause: a closer, not a story


def _applause_after(text: str, rules: Rules) -> bool:
    if _APPLAUSE not in text:
        return False
    words = _words_of(text)
    if len(words) > _APPLAUSE_WORDS:
        return False
    return not words or words[0].lower() not in rules.contrast_openers


_OPENING_WORD = re.compile(r"\W*([\w'\u2019]+)")


def _sentence_turns(sentences: list[SentenceScore], rules: Rules) -> None:
    """Other languages: a sentence that opens with a contrast word ("Mais", "Par contre") turns
    against the one before it, in place. With no valence of its own it takes the opposite of
    that one's, as ``_unvalued_turn`` does within a sentence ("Graphismes magnifiques, ok.
    Mais des bugs à chaque mission."); with a valence of the other sign the two weigh as
    VADER weighs the words around "but" (x0.5 before, x1.5 after: "On a attendu une heure.
    Par contre on nous a offert un surclassement, aucun regret.")."""
    for k in range(1, len(sentences)):
        sentence, before = sentences[k], sentences[k - 1].raw
        if not before or (sentence.raw and (sentence.raw > 0) == (before > 0)):
            continue
        opening = _OPENING_WORD.match(sentence.text)
        if opening is None:
            continue
        if opening.group(1).lower().replace("\u2019", "'") not in rules.contrast_openers:
            continue
        words = _words_of(sentence.text)
        if len(words) <= TURN_MIN_WORDS:
            continue
        first = words[0].lower()
        if (
            first not in rules.contrasts
            and first != rules.contrast
            and f"{first}_{words[1].lower()}" not in rules.contrasts
        ):
            continue
        if sentence.raw:
            sentences[k - 1] = _weighted(sentences[k - 1], 0.5)
            sentences[k] = _weighted(sentence, 1.5)
            continue
        if not rules.advice.isdisjoint(words):
            continue  # advice (see _unvalued_turn)
        if rules.prepare is not None and "_" in rules.prepare(sentences[k - 1].text):
            continue  # a fact told before it: more of the story (see _unvalued_turn)
        raw = -before - math.copysign(TURN_VALENCE, before)
        sentences[k] = SentenceScore(
            sentence.start,
            sentence.end,
            sentence.text,
            round(_normalize(raw), 4),
            [(words[0], round(raw, 3))] if sentences[k - 1].words else [],
            raw=raw,
        )


# Words of a brand's name that say what kind of thing it is, or could start any name: never
# the brand's short name ("University of Brackenridge" is "Brackenridge" for short).
_GENERIC_NAME_WORDS = frozenset(
    "the a an of and for university college bank hotel hotels school church club city royal"
    " national new old first little big great good best my our all saint".split()
)
_NAME_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*")


def _with_short_names(
    text: str, targets: Mapping[str, Sequence[tuple[int, int]]]
) -> Mapping[str, Sequence[tuple[int, int]]]:
    """The targets with each brand also named, after its full name, by the distinctive word
    of that name ("Hamlet Homeware ... Hamlet's wardrobe doors", "Applied to Kinsley
    University ... still nothing from Kinsley"): the first word of a name of two or more
    words (the last when the first is generic), capitalised, of four letters or more, and
    in no other brand's name. Long texts are left as they are. (str.find and the name's
    words split on spaces: this runs for every text with a brand, and a regex per brand
    was a tenth of the time such a text takes.)"""
    if len(text) > MAX_SCORED_CHARS:
        return targets
    short: dict[str, tuple[str, int]] = {}  # key -> (short name, first full name's start)
    for key, pairs in targets.items():
        for a, b in pairs:
            if not 0 <= a < b <= len(text):
                continue
            words = text[a:b].split()
            if len(words) < 2:
                break
            word = words[0] if words[0].lower() not in _GENERIC_NAME_WORDS else words[-1]
            word = word.strip(_PUNCT)
            if (
                len(word) >= 4
                and word[0].isupper()
                and word.isalpha()
                and word.lower() not in _GENERIC_NAME_WORDS
            ):
                short[key] = (word, min(a for a, _ in pairs))
            break
    if not short:
        return targets
    out = dict(targets)
    named: list[tuple[int, int]] | None = None
    for key, (word, first) in short.items():
        at = text.find(word, first + len(word))
        if at < 0:
            continue
        inside = 0
        for pairs in targets.values():
            for a, b in pairs:
                if word in text[a:b]:
                    inside += 1
        if text.count(word) <= inside:
            continue  # only inside the names matched already
        lowered = word.lower()
        if any(
            lowered in _NAME_WORD.findall(text[a:b].lower())
            for other, pairs in targets.items()
            if other != key
            for a, b in pairs[:1]
        ):
            continue  # "Orbit" of "Orbit Stream" and of "Orbit Bank": nobody's short name
        if named is None:
            named = sorted((a, b) for pairs in targets.values() for a, b in pairs)
        found = []
        while at >= 0:
            end = at + len(word)
            before = text[at - 1] if at else " "
            after = text[end] if end < len(text) else " "
            if not (before.isalnum() or before in "_&" or after.isalnum() or after in "_&") and (
                not any(x < end and at < y for x, y in named)
            ):
                found.append((at, end))
            at = text.find(word, end)
        if found:
            out[key] = sorted([*targets[key], *found])
    return out


def _masked(text: str, targets: Mapping[str, Sequence[tuple[int, int]]]) -> str:
    """text with each brand's letters replaced by x (X for capitals), same length: a brand's
    own name is no opinion of it ("Sparkle Cleaners", "Safeguard", "Best Western" would read
    as praise), neither toward it nor in the whole text."""
    spans = sorted(
        (a, b) for pairs in targets.values() for a, b in pairs if 0 <= a < b <= len(text)
    )
    if not spans:
        return text
    out = []
    cursor = 0
    for a, b in spans:
        if b <= cursor:
            continue
        a = max(a, cursor)
        out.append(text[cursor:a])
        out.append(text[a:b].translate(_MASK))
        cursor = b
    out.append(text[cursor:])
    return "".join(out)


class _MaskTable(dict):
    """str.translate table: letters to x/X, anything else kept."""

    def __missing__(self, code: int) -> int:
        ch = chr(code)
        value = (88 if ch.isupper() else 120) if ch.isalpha() else code
        self[code] = value
        return value


_MASK = _MaskTable()


def _target_sentences(
    text: str,
    key: str,
    pairs: Sequence[tuple[int, int]],
    indexes: list[int],
    named: dict[int, set[str]],
    spans: list[tuple[int, int]],
    sentences: list[SentenceScore],
    rules: Rules,
    lex: _Lexicon,
    explain: bool,
    all_targets: Mapping[str, Sequence[tuple[int, int]]],
    masked: str,
) -> list[SentenceScore]:
    """What the text says about this target, in order.

    * A sentence that names it counts. When the sentence also names another brand, only the
      clauses that name this one count ("Acme is great, but Globex is awful"); when the
      brand is named after a contrast ("rain all day, but the Acme staff were lovely"), what
      comes before the contrast is about something else and does not count.
    * Up to two following sentences count while they carry on about it (a pronoun, "their
      app", "However, ..."), or the next one when the naming sentence says nothing ("Ordered
      from Acme. Worst experience ever."); never one that names another brand.
    * A piece that opens with a contrast ("However", "Sadly", "... though") weighs as VADER
      weighs what follows "but": the pieces before it count half, it and what follows half
      as much again.
    """
    words = _contrast_words(rules)
    chosen: dict[tuple[int, int], SentenceScore] = {}

    def targets_in(index: int, other: str) -> list[tuple[int, int]]:
        s, e = spans[index]
        return [(a, b) for a, b in all_targets.get(other, ()) if s <= a < e]

    for index in sorted(set(indexes)):
        s, e = spans[index]
        mine = [a for a, _ in pairs if s <= a < e]
        clauses = _clauses(text, s, e, rules)
        others_spans = (
            [p for k in named[index] - {key} for p in targets_in(index, k)]
            if len(named[index]) > 1
            else []
        )
        here = [p for p in pairs if s <= p[0] < e]
        reason = None
        if sentences[index].raw < 0 and others_spans:
            last = max(b for _, b in [*here, *others_spans])
            cause = _REASON.search(text, last, e)
            if cause is not None:
                reason = _score_piece(masked, s, cause.start(), rules, lex, explain, text, True)
        compared = _compared(
            text, s, e, here, others_spans, sentences[index], rules, reason, explain
        )
        if compared is not None and others_spans:
            narrowed = _comparison_clauses(text, clauses, mine, [a for a, _ in others_spans])
            if narrowed is not None:
                # "GrubDash is better than Munchly now, Munchly fees are insane": the
                # comparison is whole in its clause; what follows about the other brand alone
                # is that brand's, not this one's by comparison.
                piece = _score_piece(masked, *narrowed, rules, lex, explain, text, True)
                compared = _compared(text, s, e, here, others_spans, piece, rules, reason, explain)
        if compared is not None:
            chosen[(s, e)] = compared
            continue
        others = [a for a, _ in others_spans]
        if others:
            # "Acme and Globex both raised prices": brands joined as one subject (or object)
            # share what is said of them.
            shared = _coordinated(text, [p for p in pairs if s <= p[0] < e], others_spans)
            others = [a for a in others if a not in shared]
        if others:
            if any(_same_piece(clauses, a, b) for a in mine for b in others):
                # No contrast word between the brands: commas part them ("Globex's checkout
                # is a nightmare, Acme's takes ten seconds").
                clauses = _split_at_commas(text, clauses)
            if any(_same_piece(clauses, a, b) for a in mine for b in others):
                # Still together ("went to the Acme store to return a Globex charger that
                # stopped working"): each brand takes the words nearer to it.
                clauses = _split_between(text, clauses, sorted([*mine, *others]))
            named_at = mine + [a for a, _ in others_spans]
            for k, (cs, ce) in enumerate(clauses):
                if _holds_position(cs, ce, mine):
                    # The clauses after it that name no brand go on about it ("FitHub is
                    # cheaper but the machines are always broken; Corefit is spotless").
                    last = k
                    while last + 1 < len(clauses) and not _holds_position(
                        *clauses[last + 1], named_at
                    ):
                        last += 1
                    ce = clauses[last][1]
                    piece = _score_piece(masked, cs, ce, rules, lex, explain, text, True)
                    if (
                        not piece.raw
                        and k
                        and rules.contrast == "but"
                        and _leaves_out_verb(text, piece, clauses[k - 1], others, pairs)
                    ):
                        # "Globex wins on price, Acme on battery life": the clause before
                        # holds the verb this one leaves out, and its valence.
                        held = _score_piece(
                            masked, *clauses[k - 1], rules, lex, explain, text, True
                        )
                        if held.raw:
                            piece = SentenceScore(
                                cs, ce, piece.text, held.compound, held.words, held.raw
                            )
                    elif not piece.raw and k and _opposes(piece.text, rules):
                        # "Globex lost my parcel, but Acme delivered it the next day"
                        piece = _turned_from(
                            piece,
                            _score_piece(masked, *clauses[k - 1], rules, lex, explain, text, True),
                            explain,
                        )
                    elif (
                        not piece.raw
                        and last + 1 < len(clauses)
                        and not _holds_position(*clauses[last + 1], mine)
                        and _opposes(text[clauses[last + 1][0] : clauses[last + 1][1]], rules)
                    ):
                        # "Acme delivered, but Globex lost half the order": the contrast after
                        # it turns from this clause
                        piece = _turned_from(
                            piece,
                            _score_piece(
                                masked, *clauses[last + 1], rules, lex, explain, text, True
                            ),
                            explain,
                        )
                    chosen[(cs, ce)] = piece
            continue
        if index and rules.contrast == "but" and _after_another_brand(named, index, key):
            # "Tried Globex. Overpriced tbh, the Acme one down the road is way better": what
            # opens the sentence before the brand's comma goes on about the other brand
            pieces = _split_at_commas(text, clauses)
            if len(pieces) > 1:
                clauses = pieces
        first = _first_clause_with(clauses, mine)
        opposes = False
        if first > 0:
            cs = clauses[first][0]
            piece = _score_piece(masked, cs, e, rules, lex, explain, text, True)
            if not piece.raw and _opposes(piece.text, rules):
                # "The hotel was grim, but Bluefin Tours made the trip"
                piece = _turned_from(
                    piece, _score_piece(masked, s, cs, rules, lex, explain, text, True), explain
                )
            chosen[(cs, e)] = piece
        elif (
            not sentences[index].raw
            and index
            and not named.get(index - 1)
            and sentences[index - 1].raw
            and _opposes(sentences[index].text, rules)
        ):
            # "The hotel was grim. But Bluefin Tours made the trip."
            opposes = True
            chosen[(s, e)] = _turned_from(sentences[index], sentences[index - 1], explain)
        elif (
            not sentences[index].raw
            and index
            and sentences[index - 1].raw
            and rules.contrast == "but"
            and (
                echo := _echoed(
                    sentences[index],
                    sentences[index - 1],
                    # (a short denial only against another brand: "Never again, Acme."
                    # after a complaint is no praise)
                    bool(named.get(index - 1, set()) - {key})
                    and len(_words_of(sentences[index].text)) - len(mine) <= SHORT_NAMING_WORDS,
                    explain,
                )
            )
            is not None
        ):
            # "Acme delivered on time. Can't say the same for Globex."
            opposes = True
            chosen[(s, e)] = echo
        elif (
            len(clauses) > 1
            and any(_first_words(text[cs:ce], 1) & words for cs, ce in clauses[1:])
            and rules.contrast not in _words_of(text[s:e])
        ):
            # "Friendly staff, however the room was filthy": VADER weighs only its "but", so
            # the clauses are weighed here as it would weigh them.
            for k, (cs, ce) in enumerate(clauses):
                piece = _score_piece(masked, cs, ce, rules, lex, explain, text, True)
                chosen[(cs, ce)] = _weighted(piece, 0.5 if k == 0 else 1.5)
        else:
            chosen[(s, e)] = sentences[index]
        before = index - 1
        if (
            before >= 0
            and not opposes
            and spans[before] not in chosen
            and not named.get(before)
            and sentences[before].raw
            and len(_words_of(sentences[index].text)) - len(mine) <= SHORT_NAMING_WORDS
        ):
            # "Flight delayed, no announcements. Well done, SkyLink.": a sentence that does
            # little more than name the brand is about what came just before; praise in it
            # after a complaint is sarcasm.
            chosen[spans[before]] = sentences[before]
            if sentences[before].raw < 0 < sentences[index].raw and (s, e) in chosen:
                chosen[(s, e)] = _weighted(sentences[index], 0.0)
        follow = index + 1
        while follow < len(spans) and follow <= index + 2:
            if named.get(follow, set()) - {key}:
                if follow == index + 1 and rules.contrast == "but" and key not in named[follow]:
                    lead = _lead_before_brands(text, spans[follow], all_targets, named[follow])
                    if lead is not None and _ELSEWHERE.isdisjoint(
                        _words_of(text[lead[0] : lead[1]])
                    ):
                        chosen[lead] = _score_piece(masked, *lead, rules, lex, explain, text, True)
                break
            carries = _carries_on(sentences[follow].text, words)
            bare = follow == index + 1 and not sentences[index].raw
            if not (carries or bare) or _about_something_else(sentences[follow].text):
                break
            chosen[spans[follow]] = sentences[follow]
            follow += 1
    picked = [chosen[k] for k in sorted(chosen)]
    turn = None
    for k in range(1, len(picked)):
        if _opens_with_contrast(picked[k].text, words):
            turn = k
            break
    if turn is None and len(picked) > 1 and rules.contrast == "but":
        # A story that turns without a contrast word: what happened last is the outcome
        # ("Told Cinemax about the broken seat. They gave us free tickets.").
        before = 0.0
        for k, piece in enumerate(picked):
            if not piece.raw:
                continue
            if before and (piece.raw > 0) != (before > 0):
                turn = k
                break
            before = piece.raw
    if turn is not None:
        picked = [_weighted(piece, 0.5 if k < turn else 1.5) for k, piece in enumerate(picked)]
    return picked


# Comparisons (English). Right before the brand that is compared against, the foil: "better
# than Globex", "unlike Globex", "compared to Globex", "as good as Globex", "switched from
# Globex", "ditched Globex for", "take Acme over Globex". Right before the brand that won a
# choice: "switched from Globex to Acme", "ditched Globex for Acme".
_PREFER = r"(?:take|taking|took|pick|picking|picked|choose|choosing|chose|prefer\w*|recommend\w*)"
# "moved from London to Acme HQ" is no choice; "moved my savings from Globex to Acme" and
# "moved our accounting from Globex to Acme" are
_SWITCH = (
    r"(?:switch\w*|migrat\w+|(?:moved|moving|move|transferred|ported) (?:all )?(?:my|our)\b"
    r"|(?:moved|moving|move|transferred|ported|took)"
    r" (?:my|our|all my|all our|the) (?:\w+ )?(?:savings|account|accounts|money|mortgage|pension"
    r"|number|business|broadband|contract|insurance|policy|phone|custom|shopping|team|agency"
    r"|company|data|energy|plan|subscription|isa))"
)
_DITCH = r"(?:ditched|dumped|left|dropped|quit|replaced|swapped|traded)"
_ARTICLE = r"(?:the |a |an |my |our |their |good old |old )?"
_FOIL_BEFORE = re.compile(
    rf"(?:\b(?P<comparison>(?:than|unlike|compared (?:to|with)|vs\.?|versus|as (?:\w+ ){{1,2}}as"
    rf"|beats|beat|outperforms|outperformed|outclasses)"
    # "than anything Globex has done", "beats anything Globex serves"
    rf"(?:\s+(?:anything|anyone|what|whatever))?)"
    rf"|\b(?P<shun>skip|avoid|ditch|(?<!almost )(?<!nearly )(?:gave|give|given|giving) up on"
    rf"|(?:about|of|considering|consider|recommend|suggest) leaving)"
    # "Fetchly > Munchbox": the sign compares
    rf"|(?P<greater>(?<![<>=-])>(?![>=]))"
    # "prefer Acme to Globex" (not "took her to Globex", "recommend it to anyone")
    rf"|\b{_PREFER}\s+\S+(?:\s+\S+){{0,3}}\s+(?P<over>over|instead of)"
    rf"|\bprefer\w*\s+\S+(?:\s+\S+){{0,3}}\s+to"
    rf"|\b{_SWITCH}(?:\s+\S+){{0,3}}\s+(?:over\s+)?(?P<switch>from)"
    rf"|\b(?P<ditch>{_DITCH})"
    # "Go with Acme, not Globex"
    rf"|(?:,\s*(?:and\s+|but\s+)?|\s+(?:and|but)\s+)(?P<not>not))\s+{_ARTICLE}$",
    re.IGNORECASE,
)
# "..., not Globex." / "..., not Globex!" / "..., not Globex, ...": the brand set aside ends its
# clause ("..., not Globex's fault" is no choice)
_NOT_AFTER = re.compile(r"\s*(?:[.!,;]|$)")
_DITCH_AFTER = re.compile(r"(?:'s)?(?:\s+\w+){0,2}\s+(?:for|with)\b", re.IGNORECASE)
_CHOSEN_BEFORE = re.compile(
    rf"(?:\b{_SWITCH}(?:\s+\S+){{0,3}}\s+(?:over\s+)?from\s+[^.!?,;]{{1,40}}?\s+to"
    # "Switching to Acme next month" (from whatever the text complained of)
    # (not one only thought of: "Thinking of switching to Acme")
    rf"|(?<!thinking of )(?<!thinking about )(?<!considering )(?<!tempted to )(?<!might )"
    rf"(?<!should i )(?<!planning on )(?<!planning to )(?<!want to )(?<!may )"
    rf"\bswitch(?:ed|ing)?\s+(?:over\s+)?to"
    rf"|\b{_DITCH}\s+[^.!?,;]{{1,40}}?\s+(?:for|with)"
    rf"|\b(?:skip|avoid)\s+[^.!?;]{{1,40}}?\s+(?:and|,)\s+(?:get|buy|try|go for|go with|use)"
    # "gave up on Globex and started taking the Acme bus"
    rf"|\b(?:gave up on|given up on|ditched|dumped|left|dropped|quit|cancelled)\s+[^.!?;]{{1,40}}?"
    rf"\s+and\s+(?:\w+\s+)?(?:started|start|went|switched|moved|got|signed up|joined)"
    rf"(?:\s+(?:taking|using|with|to|for|on|over to))?)"
    rf"\s+{_ARTICLE}$",
    re.IGNORECASE,
)
_CHOSEN_AFTER = re.compile(
    r"(?:'s)?,?(?:\s+\w+){0,2}\s+(?:over|instead of|any day|every time|hands down)\b",
    re.IGNORECASE,
)
_PREFERENCE = re.compile(rf"\b{_PREFER}\b", re.IGNORECASE)
# "Our team moved from Globex to Acme" is a switch; "We moved from Leeds to the Acme estate"
# is none: a move is a choice only between two brands.
_MOVED_FROM = re.compile(rf"\b(?:moved|moving|move)\s+from\s+{_ARTICLE}$", re.IGNORECASE)
_MOVED_TO = re.compile(
    rf"\b(?:moved|moving|move)\s+from\s+[^.!?,;]{{1,40}}?\s+to\s+{_ARTICLE}$", re.IGNORECASE
)
_MOVES = {"moved from": "lost", "moved to": "chosen"}
# The reason given for a choice, after the brands: "... because of the price hike".
_REASON = re.compile(r"\b(?:because|cos|coz|cuz|cause|due to|as|since|after|when)\b", re.IGNORECASE)
# A sentence that is nothing but the brand and the verdict: "Aerolume every time."
_VERDICT = re.compile(
    r"\s*[^\s.!?,;]+(?:\s+[^\s.!?,;]+){0,2}(?:'s)?,?\s+(?:every time|hands down|any day"
    r"|all the way|for the win|ftw)\b[\s.!]*",
    re.IGNORECASE,
)
# A word every comparison or choice above holds: each alternative of _FOIL_BEFORE,
# _CHOSEN_BEFORE and _PREFERENCE has one of these (or "as ... as"). A sentence with none is
# no comparison, and _compared skips the per-brand searches (three regexes over a window
# before each brand, a fifth of the time targets take).
_COMPARE_WORDS = [
    *(
        "than unlike compared vs versus beat outperform outclass skip avoid ditch take taking"
        " took pick choos chose prefer recommend switch migrat dumped left dropped quit"
        " replaced swapped traded gave give giving leaving > moving move"
        " transferred ported cancelled"
    ).split(),
    *(
        "every time",
        "hands down",
        "any day",
        "all the way",
        "ftw",
        "for the win",
        ", not",
        " and not",
        " but not",
    ),
]
_AS_AS = re.compile(r"as (?:\w+ ){1,2}as\s")


def _may_compare(text: str, start: int, end: int) -> bool:
    """False when text[start:end] holds none of _COMPARE_WORDS, so no _role is found in it.
    Decided on the lower-cased sentence for ASCII text only: IGNORECASE also matches a few
    non-ASCII letters ("\u017f" for "s") that lower() leaves alone."""
    piece = text[start:end]
    if not piece.isascii():
        return True
    lowered = piece.lower()
    for word in _COMPARE_WORDS:
        if word in lowered:
            return True
    return "as " in lowered and _AS_AS.search(lowered) is not None


# A sentence with at most this many words besides the brand's takes the one before as context.
SHORT_NAMING_WORDS = 3
# A choice says which brand won even when no word has a valence ("Switched from Globex to
# Acme", "I'd take Acme over Globex"): the chosen one gets this raw valence, the foil minus it.
CHOICE_VALENCE = 1.5


def _role(text: str, start: int, end: int, at: int, until: int) -> str:
    """What the brand named at text[at:until] is in a comparison: "foil" (compared against),
    "lost" (the foil of a choice), "chosen", "moved from" or "moved to" (lost or chosen
    when the other end is a brand too), or "" (no comparison)."""
    before = _FOIL_BEFORE.search(text, max(start, at - 60), at)
    if before is not None:
        if before.group("comparison"):
            return "foil"
        if before.group("greater"):
            return "lost"
        if before.group("shun"):
            return "shunned"
        if before.group("not"):
            return "lost" if _NOT_AFTER.match(text, until, end) else ""
        if not before.group("ditch") or _DITCH_AFTER.match(text, until, end):
            return "lost"
    if _CHOSEN_BEFORE.search(text, max(start, at - 80), at):
        return "chosen"
    window = text[max(start, at - 80) : at]
    if "mov" in window or "Mov" in window:
        if _MOVED_FROM.search(text, max(start, at - 30), at):
            return "moved from"
        if _MOVED_TO.search(text, max(start, at - 80), at):
            return "moved to"
    if _CHOSEN_AFTER.match(text, until, end) and (
        _PREFERENCE.search(text, start, at) or _VERDICT.fullmatch(text, start, end)
    ):
        return "chosen"
    return ""


def _asks_about_a_choice(sentence: str) -> bool:
    """A question that asks ("Has anyone switched from Globex to Acme?", "Should I ditch
    Globex for Acme?"), not one that regrets ("Why did I ever leave Acme?")."""
    if not sentence.rstrip().endswith("?"):
        return False
    first = _first_words(sentence, 1)
    return bool(first & _ASKING) and "why" not in first


def _compared(
    text: str,
    start: int,
    end: int,
    mine: Sequence[tuple[int, int]],
    others: Sequence[tuple[int, int]],
    sentence: SentenceScore,
    rules: Rules,
    before_reason: SentenceScore | None = None,
    explain: bool = True,
) -> SentenceScore | None:
    """This brand's score from a sentence that compares it with something, or None when the
    sentence is no comparison: the sentence's score for the brand that is preferred, its
    opposite for the foil; a choice without any valenced word gives CHOICE_VALENCE.
    ``before_reason`` is the sentence up to a reason after the brands ("... because of the
    price hike"), given when the sentence is negative: a choice whose complaint is all in
    its reason holds it against the brand left, not the one chosen."""
    if rules.contrast != "but":  # English only
        return None
    if not _may_compare(text, start, end):
        return None  # every role would be "": no comparison
    if _asks_about_a_choice(sentence.text):
        return None  # "Has anyone moved from Globex to Acme?": asked, not chosen
    roles = {_role(text, start, end, a, b) for a, b in mine}
    other_roles = {_role(text, start, end, a, b) for a, b in others}
    if "moved from" in roles or "moved to" in roles:
        between = ("moved to" if "moved from" in roles else "moved from") in other_roles
        # (the brand's short name elsewhere in the sentence has role "": "Moved from Globex
        # Bank to Acme Bank and Acme doesn't block my card")
        roles = {_MOVES.get(r, r) if between else "" for r in roles}
        other_roles = {_MOVES.get(r, r) for r in other_roles}
    elif "moved from" in other_roles or "moved to" in other_roles:
        other_roles = {r for r in other_roles if r not in _MOVES}
    if roles == {"", "chosen"}:
        roles = {"chosen"}  # "Between Globex and Acme I'd pick Acme any day"
    if len(roles) != 1:
        return None
    role = next(iter(roles))
    if role == "shunned":  # "Avoid Acme", "skip Globex and get an Acme": bad whatever follows
        if sentence.raw < 0:
            return sentence
        raw = -CHOICE_VALENCE
        return SentenceScore(
            sentence.start,
            sentence.end,
            sentence.text,
            round(_normalize(raw), 4),
            [("avoid", raw)] if explain else [],
            raw=raw,
        )
    if role in ("foil", "lost"):
        if other_roles and other_roles <= {"foil", "lost", "shunned"}:
            return None  # "unlike A and B": both are foils of something else
        sign = -1.0
    elif role == "chosen" or (other_roles & {"foil", "lost", "shunned"}):
        sign = 1.0
    else:
        return None
    choice = role in ("lost", "chosen") or bool(other_roles & {"lost", "shunned"})
    if choice and before_reason is not None and before_reason.raw >= 0 > sentence.raw:
        # "Moved from Globex to Acme because of the price hike": the reason is why Globex
        # was left; the choice itself is what the rest says, else CHOICE_VALENCE.
        chosen = before_reason.raw or CHOICE_VALENCE
        raw = chosen if sign > 0 else sentence.raw - before_reason.raw - chosen
        return SentenceScore(
            sentence.start,
            sentence.end,
            sentence.text,
            round(_normalize(raw), 4),
            [("preferred" if sign > 0 else "left for another", raw)] if explain else [],
            raw=raw,
        )
    if sentence.raw:
        return _weighted(sentence, sign, flip_words=sign < 0)
    if not choice:
        return sentence
    raw = CHOICE_VALENCE * sign
    return SentenceScore(
        sentence.start,
        sentence.end,
        sentence.text,
        round(_normalize(raw), 4),
        [("preferred" if sign > 0 else "left for another", raw)] if explain else [],
        raw=raw,
    )


# Between two brands joined as one subject or object: "Acme and Globex", "Acme, Globex and
# Initech", "Acme's and Globex's", "Acme or Globex".
_JOINED = re.compile(
    r"(?:'s)?\s*(?:,\s*(?:and\s+|or\s+|&\s*)?|and\s+|&\s*|or\s+|nor\s+)(?:the\s+)?"
)
# What tells that such a pair is one subject or object: a plural or shared word after it
# ("Acme and Globex both/all/are ...", "... were"), the end of the clause ("I use Acme and
# Globex.", "Acme or Globex?"), or "both"/"either"/"neither" before it.
_SHARED_AFTER = re.compile(
    r"(?:'s)?\s*(?:[,.!?;:)]|$|(?:both|all|each|are|were|have|had|do|did|don't|didn't|aren't"
    r"|weren't|haven't|too|alike|equally)\b)",
    re.IGNORECASE,
)
_SHARED_BEFORE = re.compile(r"\b(?:both|either|neither)\s+(?:the\s+)?$", re.IGNORECASE)


def _coordinated(
    text: str, mine: Sequence[tuple[int, int]], others: Sequence[tuple[int, int]]
) -> set[int]:
    """The starts of the other brands joined with this one as one subject or object
    ("Initech and Globex both raised prices", "both Acme and Globex", "Acme, Globex and
    Initech all ..."): they share the clause rather than split it."""
    named = sorted({*((a, b, True) for a, b in mine), *((a, b, False) for a, b in others)})
    shared: set[int] = set()
    group: list[tuple[int, int, bool]] = []
    for k, item in enumerate(named):
        group.append(item)
        last = k == len(named) - 1
        if not last and _JOINED.fullmatch(text, item[1], named[k + 1][0]):
            continue
        if len(group) > 1 and any(m for _, _, m in group):
            first, end = group[0][0], group[-1][1]
            if _SHARED_AFTER.match(text, end) or _SHARED_BEFORE.search(
                text, max(0, first - 20), first
            ):
                shared.update(a for a, _, m in group if not m)
        group = []
    return shared


def _after_another_brand(named: dict[int, set[str]], index: int, key: str) -> bool:
    """Whether the sentence before names another brand and not this one."""
    before = named.get(index - 1)
    return bool(before) and key not in before  # type: ignore[operator]


def _lead_before_brands(
    text: str,
    span: tuple[int, int],
    all_targets: Mapping[str, Sequence[tuple[int, int]]],
    keys: set[str],
) -> tuple[int, int] | None:
    """The comma pieces that open a sentence before the first brand it names, or None when
    the brand opens it or no comma comes before the brand."""
    s, e = span
    first = e
    for key in keys:
        for a, _ in all_targets.get(key, ()):
            if s <= a < first:
                first = a
    comma = text.rfind(",", s, first)
    if comma <= s:
        return None
    return s, comma


def _comparison_clauses(
    text: str, clauses: Sequence[tuple[int, int]], mine: Sequence[int], others: Sequence[int]
) -> tuple[int, int] | None:
    """The span of a comparison's sentence without the clauses (cut at commas too) that name
    only the other brands, when one clause names both (the comparison is whole in it);
    None when nothing is left out."""
    pieces = _split_at_commas(text, clauses)
    both = holds_other = False
    keep = []
    for cs, ce in pieces:
        has_mine = _holds_position(cs, ce, mine)
        has_other = _holds_position(cs, ce, others)
        both = both or (has_mine and has_other)
        holds_other = holds_other or (has_other and not has_mine)
        keep.append(has_mine or not has_other)
    if not both or not holds_other:
        return None
    at = next(k for k, (cs, ce) in enumerate(pieces) if _holds_position(cs, ce, mine))
    lo = hi = at
    while lo > 0 and keep[lo - 1]:
        lo -= 1
    while hi < len(pieces) - 1 and keep[hi + 1]:
        hi += 1
    return pieces[lo][0], pieces[hi][1]


def _holds_position(start: int, end: int, positions: Sequence[int]) -> bool:
    for a in positions:  # noqa: SIM110 (no generator: see _holds_any)
        if start <= a < end:
            return True
    return False


def _same_piece(clauses: Sequence[tuple[int, int]], a: int, b: int) -> bool:
    return any(cs <= a < ce and cs <= b < ce for cs, ce in clauses)


_LINKS = re.compile(r"\s+(?=(?:and|or|while|whereas|to|so|because|as|with)\s)", re.IGNORECASE)
_DETERMINERS = re.compile(r"(?:\b(?:the|a|an|my|our|their|his|her|this|that)\s+)?$", re.IGNORECASE)


def _split_between(
    text: str, clauses: Sequence[tuple[int, int]], positions: Sequence[int]
) -> list[tuple[int, int]]:
    """Clauses cut between each two brands they name: at the last linking word between them
    ("and", "to", "while"), else right before the later brand and its article."""
    out = []
    for cs, ce in clauses:
        cuts = []
        inside = [a for a in positions if cs <= a < ce]
        for left, right in itertools.pairwise(inside):
            gap_start = text.find(" ", left, right)  # after the first brand's first word
            if gap_start < 0:
                continue
            links = list(_LINKS.finditer(text, gap_start, right))
            if links:
                cuts.append(links[-1].end())
            else:
                det = _DETERMINERS.search(text, gap_start, right)
                cuts.append(det.start() if det is not None and det.start() > gap_start else right)
        cursor = cs
        for cut in cuts:
            if cursor < cut < ce:
                out.append((cursor, cut))
                cursor = cut
        out.append((cursor, ce))
    return out


def _split_at_commas(text: str, clauses: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    out = []
    for cs, ce in clauses:
        cursor = cs
        for m in re.finditer(r",\s*", text[cs:ce]):
            if m.start() > 0:
                out.append((cursor, cs + m.start()))
            cursor = cs + m.end()
        if cursor < ce:
            out.append((cursor, ce))
    return out


# A clause that is a brand and a preposition, its verb left out because the clause before
# holds it ("Globex wins on price, Acme on battery life", "Globex is great for families,
# Acme for couples"): gapping, as English coordinates parallel clauses.
_GAPPED = re.compile(r"\W*(?:and\s+|but\s+|while\s+)?$", re.IGNORECASE)
_GAP_PREPOSITIONS = frozenset("on for in at with when".split())
_OTHER_HAND = re.compile(r"\s+on the other hand\b", re.IGNORECASE)


def _leaves_out_verb(
    text: str,
    piece: SentenceScore,
    before: tuple[int, int],
    others: list[int],
    pairs: Sequence[tuple[int, int]],
) -> bool:
    """Whether a brand's clause is the brand and a preposition, its verb left out because
    the clause before, about another brand, holds it (see _GAPPED)."""
    start, end = piece.start, piece.end
    mine = next(((a, b) for a, b in pairs if start <= a < end), None)
    if mine is None or not _GAPPED.match(text[start : mine[0]]):
        return False
    after = text[mine[1] : end].split(None, 1)
    if not after or after[0].lower() not in _GAP_PREPOSITIONS:
        return False
    if _OTHER_HAND.match(text, mine[1]):
        return False  # "Acme on the other hand ...": a contrast, not the verb left out
    return any(before[0] <= a < before[1] for a in others)


# What opens a piece that says the opposite of the one before ("..., but Acme ...").
_OPPOSING = frozenset("but however yet though although whereas".split())


def _opposes(piece: str, rules: Rules) -> bool:
    return rules.contrast == "but" and bool(_first_words(piece, 1) & _OPPOSING)


def _turned_from(piece: SentenceScore, before: SentenceScore, explain: bool) -> SentenceScore:
    """A piece with no valence of its own that opens with a contrast ("but Acme made the
    trip") after one with valence: the opposite of half that one (VADER weighs the part
    before "but" half) and TURN_VALENCE more, as the other languages' turns."""
    if not before.raw:
        return piece
    raw = -0.5 * before.raw - math.copysign(TURN_VALENCE, before.raw)
    return SentenceScore(
        piece.start,
        piece.end,
        piece.text,
        round(_normalize(raw), 4),
        [("against what came before", raw)] if explain else [],
        raw=raw,
    )


# A sentence that says the one before holds, or does not, for the brand it names.
_NOT_THE_SAME = re.compile(
    r"\b(?:(?:can'?t|cannot|couldn'?t|won'?t|wouldn'?t)\s+say\s+the\s+same|not\s+so\s+much"
    r"|not\s+the\s+case\s+(?:for|with))\b",
    re.IGNORECASE,
)
_SHORT_NEGATION = re.compile(r"\b(?:never|not|no|\w+n't)\b")
_THE_SAME = re.compile(r"\b(?:same\s+(?:goes\s+|applies\s+)?(?:for|with)|ditto)\b", re.IGNORECASE)


def _echoed(
    piece: SentenceScore, before: SentenceScore, short: bool, explain: bool
) -> SentenceScore | None:
    """A sentence without valence that says the one before does not hold for its brand
    ("Can't say the same for Globex", "Globex, not so much", or ``short``, little more than
    the brand, with a negation: "Globex never does that.", "Globex's didn't."): the opposite
    of that one; that it holds ("Same goes for Globex"): the same. None when it says
    neither."""
    lowered = piece.text.lower()
    if short and _SHORT_NEGATION.search(lowered):
        raw = -before.raw
    elif "same" not in lowered and "so much" not in lowered and "ditto" not in lowered:
        return None
    elif _NOT_THE_SAME.search(piece.text):
        raw = -before.raw
    elif _THE_SAME.search(piece.text):
        raw = before.raw
    else:
        return None
    return SentenceScore(
        piece.start,
        piece.end,
        piece.text,
        round(_normalize(raw), 4),
        [("as said of the one before" if raw * before.raw > 0 else "unlike the one before", raw)]
        if explain
        else [],
        raw=raw,
    )


def _weighted(piece: SentenceScore, factor: float, flip_words: bool = False) -> SentenceScore:
    raw = piece.raw * factor
    compound = round(_normalize(raw), 4) if raw else 0.0
    words = [(w, -v) for w, v in piece.words] if flip_words else piece.words
    return SentenceScore(piece.start, piece.end, piece.text, compound, words, raw=raw)


__all__ = [
    "LABELS",
    "Analysis",
    "Rules",
    "Score",
    "SentenceScore",
    "aggregate",
    "analyse",
    "detect_language",
    "label_for",
    "split_sentences",
]
