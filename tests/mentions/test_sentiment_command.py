"""`manage.py sentiment`: one line in, one line out."""

from __future__ import annotations

import io
import json

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from mentions.management.commands.sentiment import term_spans


def run(lines: list[str], *args: str) -> list[str]:
    out = io.StringIO()
    call_command(
        "sentiment", *args, stdin=io.StringIO("".join(f"{x}\n" for x in lines)), stdout=out
    )
    return out.getvalue().splitlines()


def test_json_has_one_object_per_input_line() -> None:
    lines = run(
        [
            "Acme is great, but Globex is awful.",
            "",
            "Labai blogas aptarnavimas, daugiau niekada.",
            "The parcel arrived on Tuesday.",
        ],
        "--json",
        "--target",
        "acme",
        "--target",
        "Globex",
    )
    assert len(lines) == 4
    first, empty, lithuanian, plain = (json.loads(line) for line in lines)
    assert set(first) == {"compound", "label", "language", "targets"}
    assert first["language"] == "en"
    assert isinstance(first["compound"], float)
    assert first["targets"]["acme"]["label"] == "positive"
    assert first["targets"]["Globex"]["label"] == "negative"
    assert set(first["targets"]["acme"]) == {"compound", "label"}
    assert empty["label"] == "unscored" and empty["compound"] is None
    assert lithuanian == {
        "compound": None,
        "label": "unscored",
        "language": "lt",
        "targets": {
            "acme": {"compound": None, "label": "unscored"},
            "Globex": {"compound": None, "label": "unscored"},
        },
    }
    assert plain["label"] == "neutral" and plain["compound"] == 0.0
    # a target the text does not name gets the text's score
    assert plain["targets"]["acme"] == {"compound": 0.0, "label": "neutral"}


def test_readable_output_names_label_score_language_targets_and_words() -> None:
    (line,) = run(["I love the new Acme app."], "--target", "acme")
    assert line.startswith("positive +0.6369 [en]")
    assert "acme: positive +0.6369" in line
    assert "words: love +3.20" in line


def test_language_option_skips_detection() -> None:
    (line,) = run(["Sehr gute Beratung, ich komme gerne wieder."], "--json", "--language", "de")
    assert json.loads(line)["language"] == "de"
    assert json.loads(line)["label"] == "positive"


def test_targets_match_whole_words_case_insensitively() -> None:
    text = "ACME, acme's Acmeology and Big  Acme"
    assert term_spans(text, "acme") == [(0, 4), (6, 10), (32, 36)]
    assert term_spans(text, "big acme") == [(27, 36)]
    assert term_spans(text, "  ") == []


@pytest.mark.django_db
def test_workspace_lexicon_and_cut_offs_are_used(workspace: object) -> None:
    from mentions.models import LexiconEntry

    LexiconEntry.objects.create(workspace=workspace, phrase="sick", valence=3.0)
    LexiconEntry.objects.create(workspace=workspace, phrase="long wait", valence=-2.5)
    text = ["That new deck is sick.", "Another long wait at the shop.", "It is okay."]

    plain = [json.loads(line) for line in run(text, "--json")]
    assert [row["label"] for row in plain] == ["negative", "neutral", "positive"]

    slug = workspace.slug  # type: ignore[attr-defined]
    tuned = [json.loads(line) for line in run(text, "--json", "--workspace", slug)]
    assert [row["label"] for row in tuned] == ["positive", "negative", "positive"]

    workspace.positive_threshold = 0.5  # type: ignore[attr-defined]
    workspace.negative_threshold = -0.5  # type: ignore[attr-defined]
    workspace.save()  # type: ignore[attr-defined]
    strict = [json.loads(line) for line in run(text, "--json", "--workspace", slug)]
    assert strict[2]["compound"] == plain[2]["compound"]
    assert strict[2]["label"] == "neutral"


@pytest.mark.django_db
def test_unknown_workspace_is_an_error() -> None:
    with pytest.raises(CommandError, match="no workspace"):
        run(["hello"], "--workspace", "nope")
