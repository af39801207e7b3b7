"""Score texts from standard input, one per line, as ingestion would.

For support ("why is this mention negative?") and for trying a lexicon change on real
texts before saving it: ``--workspace`` scores with that workspace's lexicon and label
cut-offs. Prints one line per input line, so the output lines up with the input.
"""

from __future__ import annotations

import json
import re
import sys
from typing import Any, TextIO

from django.core.management.base import BaseCommand, CommandError, CommandParser

from mentions.sentiment import Analysis, Score, analyse


def term_spans(text: str, term: str) -> list[tuple[int, int]]:
    """Case-insensitive whole-word matches of term (its words may be spaced differently)."""
    words = term.split()
    if not words:
        return []
    pattern = r"(?<!\w)" + r"\s+".join(re.escape(w) for w in words) + r"(?!\w)"
    return [m.span() for m in re.finditer(pattern, text, re.IGNORECASE)]


def _number(value: float | None) -> str:
    return "n/a" if value is None else f"{value:+.4f}"


def _readable(analysis: Analysis, terms: list[str]) -> str:
    doc = analysis.document
    parts = [f"{doc.label} {_number(doc.compound)} [{analysis.language or '??'}]"]
    for term in terms:
        score = analysis.targets[term]
        parts.append(f"{term}: {score.label} {_number(score.compound)}")
    words = _drivers(doc)
    if words:
        parts.append("words: " + ", ".join(f"{w} {v:+.2f}" for w, v in words))
    return " | ".join(parts)


def _drivers(score: Score, limit: int = 8) -> list[tuple[str, float]]:
    """The words that moved the score most, strongest first."""
    words = [pair for sentence in score.sentences for pair in sentence.words]
    return sorted(words, key=lambda pair: -abs(pair[1]))[:limit]


class Command(BaseCommand):
    help = "Score the sentiment of each line of standard input."
    stealth_options = ("stdin",)

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--target",
            action="append",
            default=[],
            metavar="TERM",
            help="also score the sentiment toward TERM (case-insensitive whole words); repeatable",
        )
        parser.add_argument(
            "--workspace", metavar="SLUG", help="use this workspace's lexicon and label cut-offs"
        )
        parser.add_argument(
            "--language", metavar="CODE", help="skip detection: the texts are in this language"
        )
        parser.add_argument("--json", action="store_true", help="one JSON object per line")

    def handle(self, *args: Any, **options: Any) -> None:
        terms: list[str] = list(dict.fromkeys(options["target"]))
        lexicon: dict[str, float] = {}
        thresholds: dict[str, float] = {}
        if options["workspace"]:
            lexicon, thresholds = self._workspace_settings(options["workspace"])
        stdin: TextIO = options.get("stdin") or sys.stdin
        for line in stdin:
            text = line.rstrip("\r\n")
            analysis = analyse(
                text,
                targets={term: term_spans(text, term) for term in terms},
                lexicon=lexicon,
                language=options["language"],
                **thresholds,
            )
            if options["json"]:
                self.stdout.write(json.dumps(self._as_dict(analysis, terms), ensure_ascii=False))
            else:
                self.stdout.write(_readable(analysis, terms))

    @staticmethod
    def _as_dict(analysis: Analysis, terms: list[str]) -> dict[str, Any]:
        return {
            "compound": analysis.document.compound,
            "label": analysis.document.label,
            "language": analysis.language,
            "targets": {
                term: {
                    "compound": analysis.targets[term].compound,
                    "label": analysis.targets[term].label,
                }
                for term in terms
            },
        }

    @staticmethod
    def _workspace_settings(slug: str) -> tuple[dict[str, float], dict[str, float]]:
        # Imported here: the command must stay usable for plain scoring even while the
        # lexicon model is being migrated.
        from mentions.models import LexiconEntry
        from orm_dashboard.models import Workspace

        try:
            workspace = Workspace.objects.get(slug=slug)
        except Workspace.DoesNotExist:
            raise CommandError(f"no workspace with slug {slug!r}") from None
        lexicon = LexiconEntry.for_workspace(workspace.pk)
        thresholds = {}
        for field, name in (("positive_threshold", "positive"), ("negative_threshold", "negative")):
            value = getattr(workspace, field, None)
            if value is not None:
                thresholds[name] = float(value)
        return lexicon, thresholds
