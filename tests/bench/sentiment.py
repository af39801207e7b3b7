"""Sentiment throughput: short posts, long articles, and whether cost stays linear.

Texts are made of the human-rated sentences in ../shared/data (real tweets and review
snippets), or of generated review sentences when that folder is missing. Everything runs
in this one thread (one core), language detection included, as ingestion calls it.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from pathlib import Path

from mentions.sentiment import analyse

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data"
SECONDS = 3.0  # per measurement


def _sentences() -> list[str]:
    found = []
    for path in sorted(DATA.glob("*_GroundTruth.txt")):
        for line in path.read_text(encoding="latin-1").splitlines():
            parts = line.split("\t")
            if len(parts) >= 3 and parts[2].strip():
                found.append(parts[2].strip())
    return found or _generated()


def _generated(count: int = 2000) -> list[str]:
    rng = random.Random(7)
    subjects = [
        "The app",
        "Customer support",
        "The delivery",
        "This phone",
        "The hotel",
        "Our order",
    ]
    verbs = ["was", "is", "seemed", "has been", "felt"]
    words = ["great", "terrible", "slow", "fine", "amazing", "not good", "okay", "awful", "lovely"]
    tails = ["today", "again", "as usual", "for the price", "after the update", "this week"]
    return [
        f"{rng.choice(subjects)} {rng.choice(verbs)} {rng.choice(words)} {rng.choice(tails)}"
        + rng.choice([".", "!", "...", " :)", "?"])
        for _ in range(count)
    ]


def _texts_of(sentences: list[str], size: int, count: int, seed: int) -> list[str]:
    """count texts of about size characters, sentences joined like a paragraph."""
    rng = random.Random(seed)
    texts = []
    for _ in range(count):
        parts: list[str] = []
        length = 0
        while length < size:
            sentence = rng.choice(sentences)
            parts.append(sentence)
            length += len(sentence) + 1
        texts.append(" ".join(parts)[:size])
    return texts


def _rate(texts: list[str], weight: Callable[[str], int]) -> float:
    """Units (weight of each text) per second, over at least SECONDS of work."""
    done = 0
    started = time.perf_counter()
    while True:
        for text in texts:
            analyse(text)
            done += weight(text)
        elapsed = time.perf_counter() - started
        if elapsed >= SECONDS:
            return done / elapsed


def run() -> list[tuple[str, float, str]]:
    sentences = _sentences()
    one_sentence = [s for s in sentences if 40 <= len(s) <= 200][:2000]
    hundred = _texts_of(sentences, 100, 1000, seed=1)
    long = _texts_of(sentences, 25_000, 8, seed=2)
    analyse(one_sentence[0])  # build the language detector and lexicons outside the clock

    short_rate = _rate(one_sentence, lambda _: 1)
    short_chars = _rate(hundred, len)
    long_chars = _rate(long, len)
    return [
        ("sentiment_short", short_rate, "texts/s"),
        ("sentiment_long", long_chars / 1000, "kchar/s"),
        ("sentiment_linearity", long_chars / short_chars, ""),
    ]


if __name__ == "__main__":
    import django

    django.setup()
    for name, value, unit in run():
        print(f"{name}: {value:.4g} {unit}".rstrip())
