"""A learned second opinion on the label toward a brand, for English text.

The rules in ``mentions.sentiment`` pick what a text says about a brand and score it. On posts
nobody tuned them on they stop at about three in four brands right (the README's blind-set
table): each round of rules lifted the set it read, and the next unseen set far less. This
model reads the rules' result together with the words of the text and is trained on labelled
posts (``mentions/training/targeted_en.jsonl``), so it learns from many examples what no
single rule names: facts that are plainly bad for a customer, how people write when they
switch, which praise is ironic.

It is a multinomial logistic regression over sparse features, trained by ``manage.py
train_targeted`` (pure Python, deterministic: the same corpus gives the same weights, which
``tests/mentions/test_targeted_model.py`` checks against the committed file), and its weights
ship in ``mentions/data/targeted_en.tsv`` (a JSON header line, then one feature a line with
its three weights: read line by line, so loading never holds more than the model). Features,
for one brand in one text:

* the rules' label, score and whether the whole text stood in, the document's score and how
  many brands the text names;
* the words of the sentences that name the brand (``s:``) and of those that name only other
  brands (``o:``);
* the words and word pairs of the pieces that counted toward the brand (``p:``, ``p2:``) and
  the words, word pairs and triples of the whole text (``d:``, ``d2:``, ``d3:``) and the
  words near the brand's name (``w:``), with the brand's own name as ``_t_``, other brands'
  as ``_o_``, and the three words after a negation marked ``NOT_``.

It judges texts of up to MAX_CHARS characters (posts and reviews, what it was trained on);
longer ones, and other languages, are left to the rules. Where the model and the rules
agree, the rules' score stands (its strength is theirs). Where
the model is confident of another label, the brand gets the model's label with a score of
P(positive) - P(negative), and the explanation says which words decided it.
"""

from __future__ import annotations

import hashlib
import json
import math
import random
import re
from array import array
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

LABELS = ("negative", "neutral", "positive")
WEIGHTS = Path(__file__).with_name("data") / "targeted_en.tsv"
CORPUS = Path(__file__).with_name("training") / "targeted_en.jsonl"

_WORD = re.compile(r"[a-z0-9_']+|[!?]+|[\U0001F300-\U0001FAFF\u2600-\u27BF]")
_NEGATIONS = frozenset(
    "not no never nothing nobody none nor without hardly cannot dont doesnt didnt isnt wasnt "
    "wont cant couldnt wouldnt shouldnt arent werent havent hasnt".split()
)
_NEGATED_WORDS = 3
# The longest text the model judges: its corpus is posts and reviews (the longest 403
# characters); an article is beyond what it learned from, and is left to the rules (which
# also keeps its cost off long feed items: ~1 ms for a 2 KB text with two brands).
MAX_CHARS = 1000
# The words this near the brand's name, either side
WINDOW = 5
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'"})


def _tokens(
    text: str,
    start: int,
    end: int,
    mine: Sequence[tuple[int, int]],
    others: Sequence[tuple[int, int]],
) -> list[str]:
    """The words of text[start:end], lower-cased, the brand as ``_t_``, other brands as
    ``_o_``, and the words after a negation (up to a contrast or the end of a clause) marked
    ``NOT_``."""
    marks = sorted(
        [(a, b, " _t_ ") for a, b in mine if start <= a < end]
        + [(a, b, " _o_ ") for a, b in others if start <= a < end]
    )
    parts, pos = [], start
    for a, b, token in marks:
        if a < pos:
            continue
        parts.append(text[pos:a])
        parts.append(token)
        pos = b
    parts.append(text[pos:end])
    words = _WORD.findall("".join(parts).lower().translate(_QUOTES))
    out, left = [], 0
    for word in words:
        bare = word.replace("'", "")
        if bare in _NEGATIONS or (bare.endswith("nt") and word.endswith("n't")):
            out.append(bare)
            left = _NEGATED_WORDS
        elif left:
            out.append("NOT_" + word)
            left = 0 if word in ("but", "though") or word[0] in "!?" else left - 1
        else:
            out.append(word)
    return out


def features(
    text: str,
    mine: Sequence[tuple[int, int]],
    others: Sequence[tuple[int, int]],
    pieces: Iterable[tuple[int, int]],
    sentences: Iterable[tuple[int, int]],
    label: str,
    compound: float,
    whole_text: bool,
    document: float,
    brands: int,
) -> dict[str, float]:
    """The features of one brand in one text (see the module's docstring)."""
    out: dict[str, float] = {
        "bias": 1.0,
        "rule_score": compound,
        "document_score": document,
        "rule=" + label: 1.0,
        f"brands={min(brands, 3)}": 1.0,
    }
    if whole_text:
        out["whole_text"] = 1.0
    for start, end in pieces:
        words = _tokens(text, start, end, mine, others)
        previous = "^"
        for word in words:
            out["p:" + word] = 1.0
            out[f"p2:{previous}_{word}"] = 1.0
            previous = word
    for start, end in sentences:
        named = any(start <= at < end for at, _ in mine)
        if named:
            for word in _tokens(text, start, end, mine, others):
                out["s:" + word] = 1.0
        elif any(start <= at < end for at, _ in others):
            for word in _tokens(text, start, end, mine, others):
                out["o:" + word] = 1.0
    words = _tokens(text, 0, len(text), mine, others)
    a, b = "^", "^"
    for i, word in enumerate(words):
        out["d:" + word] = 1.0
        out[f"d2:{b}_{word}"] = 1.0
        out[f"d3:{a}_{b}_{word}"] = 1.0
        a, b = b, word
        if word == "_t_":
            for near in words[max(0, i - WINDOW) : i] + words[i + 1 : i + 1 + WINDOW]:
                out["w:" + near] = 1.0
    return out


@dataclass(frozen=True)
class Verdict:
    label: str
    compound: float
    rules_label: str
    probabilities: tuple[float, float, float]
    # The words and phrases that pushed hardest from the rules' label to this one (shown in
    # the explanation, so only with explain=True), as a reader would say them.
    reasons: tuple[tuple[str, float], ...] = field(default=(), compare=False)

    @property
    def confidence(self) -> float:
        return 100 * self.probabilities[LABELS.index(self.label)]

    @property
    def rules_confidence(self) -> float:
        return 100 * self.probabilities[LABELS.index(self.rules_label)]


class Model:
    def __init__(self, weights: Mapping[str, Sequence[float]], margin: float):
        # Each feature's three weights side by side in one array of doubles, found by the
        # feature's offset: a third of the memory of a dict of tuples (about 10 MB a process
        # instead of 25 for the shipped 65,000 features).
        self._at = {key: i * 3 for i, key in enumerate(weights)}
        self._values = array("d", (x for w in weights.values() for x in w))
        self.margin = margin

    def weights(self, key: str) -> tuple[float, float, float] | None:
        i = self._at.get(key)
        return None if i is None else tuple(self._values[i : i + 3])

    def probabilities(self, feats: Mapping[str, float]) -> tuple[float, float, float]:
        get = self._at.get
        values = self._values
        z0 = z1 = z2 = 0.0
        for key, value in feats.items():
            i = get(key)
            if i is not None:
                z0 += values[i] * value
                z1 += values[i + 1] * value
                z2 += values[i + 2] * value
        top = max(z0, z1, z2)
        e0, e1, e2 = math.exp(z0 - top), math.exp(z1 - top), math.exp(z2 - top)
        total = e0 + e1 + e2
        return (e0 / total, e1 / total, e2 / total)

    def verdict(
        self, feats: Mapping[str, float], rule_label: str, explain: bool = True
    ) -> Verdict | None:
        """The model's label where it differs from the rules' and it is surer of its own by
        ``margin``; None where the rules' label stands. ``explain=False`` leaves out the
        reasons (ingest stores only the label and score)."""
        p = self.probabilities(feats)
        best = max(range(3), key=p.__getitem__)
        label = LABELS[best]
        if label == rule_label or p[best] - p[LABELS.index(rule_label)] < self.margin:
            return None
        # (analyse pushes a polar score past the workspace's thresholds, so the label holds)
        compound = 0.0 if label == "neutral" else round(p[2] - p[0], 4)
        if not explain:
            return Verdict(label, compound, rule_label, p, ())
        rule = LABELS.index(rule_label)
        pushes = []
        for key, value in feats.items():
            w = self.weights(key)
            if w is not None and ":" in key:
                push = (w[best] - w[rule]) * value
                if push > 0:
                    pushes.append((_readable(key), round(push, 2)))
        pushes.sort(key=lambda kv: -kv[1])
        reasons: dict[str, float] = {}
        for words, push in pushes:
            reasons.setdefault(words, push)
            if len(reasons) == 5:
                break
        return Verdict(label, compound, rule_label, p, tuple(reasons.items()))


def _readable(key: str) -> str:
    """A feature as a reader would say it: "d2:_t__never" -> "Acme never" style words."""
    words = key.split(":", 1)[1]
    words = words.replace("_t_", "\x00").replace("_o_", "\x01").replace("_", " ")
    words = words.replace("\x00", "(the brand)").replace("\x01", "(another brand)")
    words = words.replace("NOT ", "").replace("^", "").strip()
    return words


@lru_cache(maxsize=1)
def load() -> Model | None:
    """The shipped model, or None when its weights are missing (the rules alone decide)."""
    try:
        f = WEIGHTS.open(encoding="utf-8")
    except FileNotFoundError:
        return None
    with f:
        header = json.loads(f.readline())
        model = Model({}, header["margin"])
        for at, line in enumerate(f):
            key, *weights = line.rstrip("\n").split("\t")
            model._at[key] = at * 3
            model._values.extend(map(float, weights))
    return model


def read(path: Path = WEIGHTS) -> dict[str, object]:
    """The weights file as ``build`` gives it (for checks; ``load`` is what scoring uses)."""
    with path.open(encoding="utf-8") as f:
        content = json.loads(f.readline())
        content["weights"] = {
            key: [float(x) for x in weights]
            for key, *weights in (line.rstrip("\n").split("\t") for line in f)
        }
    return content


# -- training ---------------------------------------------------------------------------------

EPOCHS = 30
L2 = 1e-2
RATE = 0.3
MIN_COUNT = 3  # a word or phrase seen in fewer brands' features is left out
PRUNE = 0.02  # weights this small are left out of the shipped file (a third of the size)
# The model overrules the rules only when it is this much surer of its label than of theirs
# (P(its label) - P(the rules' label)). Chosen so that the rules' own construction tests
# mostly hold with the model on (see test_targeted_model.py): at 0.4 one in ten of them
# fails, at 0.7 one in twenty.
MARGIN = 0.7
SEED = 7
DENSE = ("bias", "rule_score", "document_score")


def build(rows: Sequence[tuple[str, Mapping[str, str]]]) -> dict[str, object]:
    """The weights file's content, trained on ``rows`` as the rules score them now."""
    data = examples(rows)
    weights = train(data)
    kept = {k: w for k, w in weights.items() if k in DENSE or max(map(abs, w)) >= PRUNE}
    return {
        "texts": len(rows),
        "labels": len(data),
        "features_digest": digest(data),
        "margin": MARGIN,
        "weights": kept,
    }


def digest(data: Sequence[tuple[Mapping[str, float], int]]) -> str:
    """A fingerprint of what the model was trained on: the corpus as the rules score it. When
    a change to the rules moves it, the model must be trained again."""
    h = hashlib.sha256()
    for feats, label in data:
        h.update(repr((sorted(feats.items()), label)).encode())
    return h.hexdigest()[:16]


def write(content: Mapping[str, object], path: Path = WEIGHTS) -> None:
    header = {key: value for key, value in content.items() if key != "weights"}
    lines = [json.dumps(header, sort_keys=True)]
    for key, weights in content["weights"].items():  # type: ignore[attr-defined]
        if "\t" in key or "\n" in key:
            continue  # (the tokens never hold either)
        lines.append("\t".join([key, *map(repr, weights)]))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def corpus(path: Path = CORPUS) -> list[tuple[str, dict[str, str]]]:
    rows = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                row = json.loads(line)
                rows.append((row["text"], row["labels"]))
    return rows


def examples(rows: Iterable[tuple[str, Mapping[str, str]]]) -> list[tuple[dict[str, float], int]]:
    """(features, index of the label) for every brand of every row, as the scorer sees it."""
    from mentions.sentiment import analyse

    out = []
    for text, wanted in rows:
        targets = {brand: spans_of(text, brand) for brand in wanted}
        analysis = analyse(text, targets=targets, language="en", explain=False)
        for brand, label in wanted.items():
            out.append((analysis.features[brand], LABELS.index(label)))
    return out


def spans_of(text: str, term: str) -> list[tuple[int, int]]:
    """Where ``term`` is in ``text``, case-folded: how a labelled post's brands are found
    (the corpus, and the tests' labelled sets); the product matches with mentions.matching."""
    found, start, lower = [], 0, text.lower()
    while (at := lower.find(term.lower(), start)) >= 0:
        found.append((at, at + len(term)))
        start = at + len(term)
    return found


def train(
    data: Sequence[tuple[Mapping[str, float], int]],
    epochs: int = EPOCHS,
    l2: float = L2,
    rate: float = RATE,
    min_count: int = MIN_COUNT,
    seed: int = SEED,
) -> dict[str, list[float]]:
    """Multinomial logistic regression by AdaGrad with L2, in a fixed order: the same data
    gives the same weights. Features seen fewer than ``min_count`` times are left out."""
    counts = Counter(key for feats, _ in data for key in feats)
    keep = {key for key, n in counts.items() if n >= min_count} | set(DENSE)
    weights: dict[str, list[float]] = {}
    squares: dict[str, list[float]] = {}
    order = list(range(len(data)))
    shuffle = random.Random(seed).shuffle  # noqa: S311 (a fixed order, not a secret)
    for _ in range(epochs):
        shuffle(order)
        for i in order:
            feats, y = data[i]
            z = [0.0, 0.0, 0.0]
            for key, value in feats.items():
                w = weights.get(key)
                if w is not None:
                    for c in range(3):
                        z[c] += w[c] * value
            top = max(z)
            e = [math.exp(x - top) for x in z]
            total = sum(e)
            for key, value in feats.items():
                if key not in keep:
                    continue
                w = weights.setdefault(key, [0.0, 0.0, 0.0])
                g = squares.setdefault(key, [1e-8, 1e-8, 1e-8])
                for c in range(3):
                    grad = (e[c] / total - (c == y)) * value + l2 * w[c]
                    g[c] += grad * grad
                    w[c] -= rate * grad / math.sqrt(g[c])
    rounded = {key: [round(x, 4) for x in w] for key, w in sorted(weights.items())}
    return {key: w for key, w in rounded.items() if any(w)}
