"""Does a text mention a brand? Case-insensitive, on Unicode word boundaries.

A brand's query: any of its phrases (OR), all of its required words (AND), none of its
excluded words (NOT), optionally only in some languages. "Acme" matches "ACME's" and
"#acme" but not "Acmeville"; phrases match across any run of whitespace.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property


@dataclass(frozen=True)
class Folded:
    """Text case-folded for matching ("STRASSE" finds "Straße"), with a map back to the
    original positions so spans point into the text people read."""

    text: str
    origin: list[int] | None  # folded index -> original index; None when lengths agree

    @classmethod
    def of(cls, text: str) -> Folded:
        folded = text.casefold()
        if len(folded) == len(text):
            return cls(folded, None)
        origin = []
        for i, ch in enumerate(text):
            origin.extend([i] * len(ch.casefold()))
        return cls(folded, origin)

    def span(self, start: int, end: int) -> tuple[int, int]:
        if self.origin is None:
            return start, end
        return self.origin[start], self.origin[end - 1] + 1


# A word character, or a combining mark (the dot of a case-folded "İ" belongs to its letter).
_WORD = r"[\w\u0300-\u036f]"
_NOT_AFTER_WORD = rf"(?<!{_WORD})"


def term_pattern(terms: Iterable[str]) -> re.Pattern[str] | None:
    """One regex for any of ``terms``, each bounded by non-word characters on both sides.

    Terms are case-folded; search a ``Folded`` text with it (IGNORECASE also covers callers
    that search unfolded text, such as snippet highlighting)."""
    alternatives = []
    for term in sorted(
        {t.strip().casefold() for t in terms if t and t.strip()}, key=len, reverse=True
    ):
        words = [re.escape(w) for w in term.split()]
        alternatives.append(r"\s+".join(words))
    if not alternatives:
        return None
    return re.compile(
        _NOT_AFTER_WORD + "(?:" + "|".join(alternatives) + rf")(?!{_WORD})", re.IGNORECASE
    )


_SEARCH_TOKEN = re.compile(r'-?"[^"]*"?|\S+')


def search_pattern(query: str) -> re.Pattern[str] | None:
    """What an inbox search (Postgres ``websearch`` syntax) looks for, to highlight it: each
    word at a word start with any ending (the search is stemmed: "recall" finds "recalls"),
    each "quoted phrase" as written; not the -excluded words, nor the OR between others."""
    alternatives = []
    for token in _SEARCH_TOKEN.findall(query):
        if token.startswith("-") or token.casefold() == "or":
            continue
        words = [re.escape(w) for w in re.findall(r"\w+", token)]
        if token.startswith('"') and words:
            alternatives.append(r"\W+".join(words) + rf"(?!{_WORD})")
        else:
            alternatives.extend(w + rf"{_WORD}*" for w in words)
    if not alternatives:
        return None
    alternatives.sort(key=len, reverse=True)
    return re.compile(_NOT_AFTER_WORD + "(?:" + "|".join(alternatives) + ")", re.IGNORECASE)


@dataclass(frozen=True)
class BrandQuery:
    brand_id: int
    phrases: Sequence[str]
    required: Sequence[str] = ()
    excluded: Sequence[str] = ()
    languages: Sequence[str] = ()

    @classmethod
    def from_brand(cls, brand: object) -> BrandQuery:
        return cls(
            brand_id=brand.pk,  # type: ignore[attr-defined]
            phrases=tuple(brand.search_phrases),  # type: ignore[attr-defined]
            required=tuple(brand.required),  # type: ignore[attr-defined]
            excluded=tuple(brand.excluded),  # type: ignore[attr-defined]
            languages=tuple(brand.languages),  # type: ignore[attr-defined]
        )

    @cached_property
    def _phrases(self) -> re.Pattern[str] | None:
        return term_pattern(self.phrases)

    @cached_property
    def _required(self) -> list[re.Pattern[str]]:
        return [p for p in (term_pattern([w]) for w in self.required) if p is not None]

    @cached_property
    def _excluded(self) -> re.Pattern[str] | None:
        return term_pattern(self.excluded)

    @cached_property
    def _ascii_phrases(self) -> re.Pattern[str] | None:
        """``_phrases`` for ASCII text when every phrase is ASCII, minus IGNORECASE and the
        leading (?<!\\w): the folded text is lower-case already, and without the lookbehind
        the regex engine can scan for the literal instead of trying every position."""
        if self._phrases is None or not all(t.isascii() for t in self.phrases):
            return None
        pattern = self._phrases.pattern
        assert pattern.startswith(_NOT_AFTER_WORD)
        return re.compile(pattern[len(_NOT_AFTER_WORD) :])

    def spans(self, text: str, folded: Folded | None = None) -> list[tuple[int, int]]:
        """Where the brand's phrases occur in ``text`` (empty when none do)."""
        if self._phrases is None:
            return []
        folded = folded or Folded.of(text)
        fast = self._ascii_phrases
        if fast is None or not folded.text.isascii():
            return [folded.span(*m.span()) for m in self._phrases.finditer(folded.text)]
        # The same matches as _phrases.finditer: a match right after a word character is
        # not one, and the search goes on from the next position.
        haystack = folded.text
        spans = []
        pos = 0
        while (m := fast.search(haystack, pos)) is not None:
            start = m.start()
            if start > 0 and (haystack[start - 1].isalnum() or haystack[start - 1] == "_"):
                pos = start + 1
                continue
            spans.append(folded.span(start, m.end()))
            pos = m.end()
        return spans

    def match(self, text: str, language: str = "", folded: Folded | None = None) -> Match | None:
        """The match, or None. A text whose language is unknown is not excluded by language."""
        if self.languages and language and language not in self.languages:
            return None
        folded = folded or Folded.of(text)
        spans = self.spans(text, folded)
        if not spans:
            return None
        if any(p.search(folded.text) is None for p in self._required):
            return None
        if self._excluded is not None and self._excluded.search(folded.text):
            return None
        return Match(self.brand_id, spans, sorted({text[a:b] for a, b in spans}, key=str.lower))


@dataclass
class Match:
    brand_id: int
    spans: list[tuple[int, int]]
    terms: list[str] = field(default_factory=list)  # the words as they appeared


class Matcher:
    """All brand queries of a workspace, compiled once per poll."""

    def __init__(self, queries: Iterable[BrandQuery]) -> None:
        self.queries = list(queries)

    @classmethod
    def for_workspace(cls, workspace_id: int) -> Matcher:
        from mentions.models import Brand

        return cls(
            BrandQuery.from_brand(b) for b in Brand.objects.filter(workspace_id=workspace_id)
        )

    def match(self, text: str, language: str = "") -> dict[int, Match]:
        found = {}
        folded = Folded.of(text)
        for query in self.queries:
            m = query.match(text, language, folded)
            if m is not None:
                found[query.brand_id] = m
        return found

    def spans_for(self, brand_id: int, text: str) -> list[tuple[int, int]]:
        for query in self.queries:
            if query.brand_id == brand_id:
                return query.spans(text)
        return []


def highlight_spans(text: str, spans: Sequence[tuple[int, int]]) -> list[tuple[str, bool]]:
    """Split ``text`` into (piece, is_match) runs, for highlighting matched words safely."""
    pieces: list[tuple[str, bool]] = []
    cursor = 0
    for start, end in sorted(spans):
        if start < cursor:
            continue
        if start > cursor:
            pieces.append((text[cursor:start], False))
        pieces.append((text[start:end], True))
        cursor = end
    if cursor < len(text):
        pieces.append((text[cursor:], False))
    return pieces
