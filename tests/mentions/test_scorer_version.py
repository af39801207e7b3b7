"""The scorer's version moves whenever its scores do.

After an upgrade, workers re-score every workspace's history once for each new
``mentions.sentiment.VERSION`` (mentions.rescore). A change that moves scores but keeps the
version would leave stored mentions on the old scores with nobody told; a new version with
nothing changed costs every install hours of re-scoring for nothing. So this test scores
every labelled set the repository holds (and the human-rated data in ../shared/data) and
compares a digest of the scores with the one recorded for the version.
"""

from __future__ import annotations

import hashlib

from mentions import sentiment
from tests.mentions.targeted_texts import spans_of
from tests.mentions.test_sentiment import DATA, DATA_FILES

# (version, digest of the scores it gives). When this test fails after a change to the
# scorer: give mentions.sentiment.VERSION a new value and record it here with the digest
# the failure prints.
RECORDED = ("2026.12-r9", "a2ffcf1abc53a388")


def _english_posts() -> list[tuple[str, list[str]]]:
    from tests.blind import targeted as blind5
    from tests.blind6 import targeted as blind6
    from tests.blind7 import targeted as blind7
    from tests.mentions import targeted_texts as sets

    posts = [*sets.TUNED, *sets.HELD_OUT, *sets.FIFTH_SET, *sets.SIXTH_SET]
    posts += [*blind5.BLIND_TARGETED, *blind6.BLIND_TARGETED, *blind7.BLIND_TARGETED]
    return [(text, sorted(brands)) for text, brands in posts]


def _reviews() -> list[tuple[str, str]]:
    from tests.blind import reviews as blind5
    from tests.blind6 import reviews as blind6
    from tests.blind7 import reviews as blind7
    from tests.mentions import language_reviews as sets

    tables = [sets.REVIEWS, sets.HELD_OUT, sets.SECOND_HELD_OUT]
    tables += [blind5.BLIND_REVIEWS, blind6.BLIND_REVIEWS, blind7.BLIND_REVIEWS]
    return [(code, text) for table in tables for code, rows in table.items() for _, text in rows]


def _human_rated() -> list[str]:
    texts = []
    for name in DATA_FILES:
        for line in (DATA / name).read_text(encoding="latin-1").splitlines():
            parts = line.split("\t")
            if len(parts) >= 3:
                texts.append(parts[2])
    return texts


def scores_digest() -> str:
    digest = hashlib.sha256()

    def add(score: sentiment.Score) -> None:
        compound = "-" if score.compound is None else f"{score.compound:.4f}"
        digest.update(f"{compound} {score.label}\n".encode())

    for text, brands in _english_posts():
        targets = {brand: spans_of(text, brand) for brand in brands}
        analysis = sentiment.analyse(text, targets=targets, language="en", explain=False)
        add(analysis.document)
        for brand in brands:
            add(analysis.targets[brand])
    for code, text in _reviews():
        add(sentiment.analyse(text, language=code, explain=False).document)
    for text in _human_rated():
        add(sentiment.analyse(text, language="en", explain=False).document)
    return digest.hexdigest()[:16]


def test_the_scorer_version_changes_with_its_scores() -> None:
    version, recorded = RECORDED
    digest = scores_digest()
    assert (sentiment.VERSION, digest) == (version, recorded), (
        f"The scores changed (digest {digest}): give mentions.sentiment.VERSION a new value"
        f" and record it in RECORDED with this digest, so installs re-score their history"
        if digest != recorded
        else "mentions.sentiment.VERSION changed but the scores did not: keep the version"
    )
