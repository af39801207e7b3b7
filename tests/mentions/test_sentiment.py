"""mentions.sentiment: VADER per sentence, aggregated, per brand, explained, bounded."""

from __future__ import annotations

import os
import re
import statistics
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from mentions import sentiment
from mentions.sentiment import (
    LABELS,
    MAX_SCORED_CHARS,
    MAX_SENTENCE_CHARS,
    Analysis,
    analyse,
    label_for,
    split_sentences,
)

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data"
DATA_FILES = ("tweets_GroundTruth.txt", "amazonReviewSnippets_GroundTruth.txt")


def rated_texts(name: str) -> list[tuple[float, str]]:
    """(mean human rating, text) pairs of one file of the VADER paper's data."""
    path = DATA / name
    if not path.exists():
        message = f"human-rated sentiment data missing: {path}"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    rows = []
    for line in path.read_text(encoding="latin-1").splitlines():
        parts = line.split("\t")
        if len(parts) >= 3:
            rows.append((float(parts[1]), parts[2]))
    return rows


def spans_of(text: str, word: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(rf"\b{re.escape(word)}\b", text, re.IGNORECASE)]


# Texts that take the scorer's rarer paths: emoji, negation over a comma, "but", caps,
# idioms, abbreviations, other languages, a text longer than MAX_SCORED_CHARS.
EDGE_TEXTS = [
    ("Acme is GREAT but Globex is awful 😡. Not bad at all, kind of good!!", "en"),
    ("Mr. Smith of Acme Inc. said it was the bomb. It broke after a week... Never so happy?", "en"),
    ("At least it isn't a horrible book, no doubt.\nWithout doubt Acme rocks 💘", "en"),
    ("Acme ist nicht gut, aber Globex ist sehr schlecht. Nie wieder!", "de"),
    ("O atendimento da Acme foi ótimo, mas a entrega sem explicação, um absurdo.", "pt"),
    ("Le service d'Acme est excellent, mais la livraison était horrible.", "fr"),
    (("Acme is terrible. " * 2000) + "Globex is wonderful and Acme is great.", "en"),
]


def sentences_of(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text)]


@given(
    st.text(alphabet=st.sampled_from([*'ab. \n\t"(\u00a0\u2003']), max_size=90),
    st.integers(min_value=0, max_value=90),
)
def test_word_before_a_period_is_what_the_regex_finds(text: str, at: int) -> None:
    at = min(at, len(text))
    m = re.compile(r"\S{1,40}$").search(text, max(0, at - 40), at)
    expected = (m.group(), m.start()) if m else ("", at)
    assert sentiment._word_before(text, at) == expected


# --------------------------------------------------------------------------------------
# Agreement with people, and with vaderSentiment itself
# --------------------------------------------------------------------------------------


def pearson_figures() -> dict[str, tuple[float, float]]:
    """{file or "all": (r of plain polarity_scores, r of analyse)} against human ratings."""
    vader = SentimentIntensityAnalyzer()
    figures = {}
    every_human: list[float] = []
    every_plain: list[float] = []
    every_ours: list[float] = []
    for name in DATA_FILES:
        rows = rated_texts(name)
        human = [rating for rating, _ in rows]
        plain = [vader.polarity_scores(text)["compound"] for _, text in rows]
        ours = [analyse(text, language="en").document.compound for _, text in rows]
        figures[name] = (
            statistics.correlation(human, plain),
            statistics.correlation(human, ours),  # type: ignore[arg-type]
        )
        every_human += human
        every_plain += plain
        every_ours += ours  # type: ignore[arg-type]
    figures["all"] = (
        statistics.correlation(every_human, every_plain),
        statistics.correlation(every_human, every_ours),
    )
    return figures


def test_aggregate_agrees_with_people_at_least_as_well_as_vader_on_whole_text() -> None:
    figures = pearson_figures()
    for name, (plain, ours) in figures.items():
        print(f"{name}: Pearson r plain VADER {plain:.4f}, per-sentence aggregate {ours:.4f}")
    for name, (plain, ours) in figures.items():
        assert ours >= plain - 0.01, (name, plain, ours)


@pytest.mark.parametrize("name", DATA_FILES)
def test_sentence_scorer_is_vader_on_every_rated_text(name: str) -> None:
    """Our linear re-implementation gives vaderSentiment's compound on a whole text."""
    vader = SentimentIntensityAnalyzer()
    rules = sentiment.english_rules()
    lex = sentiment._lexicon_for(rules, None)
    different = [
        text
        for _, text in rated_texts(name)
        if sentiment._score_piece(text, 0, len(text), rules, lex).compound
        != vader.polarity_scores(text)["compound"]
    ]
    assert different == []


@pytest.mark.parametrize(
    "text",
    [
        "VADER is VERY SMART, uber handsome, and FRIGGIN FUNNY!!!",
        "VADER is not smart, handsome, nor funny.",
        "At least it isn't a horrible book.",
        "The book was only kind of good.",
        "The plot was good, but the characters are uncompelling and the dialog is not great.",
        "Today only kinda sux! But I'll get by, lol",
        "Make sure you :) or :D today!",
        "Catch utf-8 emoji such as 💘 and 💋 and 😁",
        "Sentiment analysis has never been this good!",
        "With VADER, sentiment analysis is the shit!",
        "On the other hand, VADER is quite bad ass",
        "Without a doubt, an excellent idea.",
        "Roger Dodger is one of the least compelling variations on this theme.",
        "no problem, no worries at all",
        "good good but bad bad",
        "Not bad at all",
        "I ❤️ it😍😍 really",
        "WHAT??? No way?? This is great!!!!!",
        # Idioms and booster phrases around a sentiment word, before and after it.
        "The new phone is the bomb and I love it",
        "Their support team is the bomb",
        "I was so happy, yeah right, what a kiss of death for the launch",
        "This cake is to die for and so good",
        "The band is sort of good",
        "It was just enough good fun",
        "Honestly it is kind of bad ass, really cool",
        "Wait at the bus stop, it is lovely",
        # No lexicon word at all: the fast path.
        "The shares closed at 41.20 dollars on Tuesday in New York.",
        "",
    ],
)
def test_sentence_scorer_follows_vader_rules(text: str) -> None:
    rules = sentiment.english_rules()
    lex = sentiment._lexicon_for(rules, None)
    ours = sentiment._score_piece(text, 0, len(text), rules, lex).compound
    assert ours == SentimentIntensityAnalyzer().polarity_scores(text)["compound"]


# --------------------------------------------------------------------------------------
# Labels
# --------------------------------------------------------------------------------------


def test_labels_use_the_usual_cut_offs_and_can_be_moved() -> None:
    assert LABELS == ("positive", "neutral", "negative", "unscored")
    assert label_for(0.05) == "positive"
    assert label_for(0.0499) == "neutral"
    assert label_for(-0.05) == "negative"
    assert label_for(None) == "unscored"
    assert label_for(0.3, positive=0.5, negative=-0.5) == "neutral"
    assert label_for(-0.6, positive=0.5, negative=-0.5) == "negative"


def test_workspace_cut_offs_apply_to_document_and_targets() -> None:
    text = "Acme is okay."
    default = analyse(text, targets={"acme": spans_of(text, "acme")}, language="en")
    assert default.document.label == "positive"
    strict = analyse(
        text, targets={"acme": spans_of(text, "acme")}, language="en", positive=0.5, negative=-0.5
    )
    assert strict.document.compound == default.document.compound
    assert strict.document.label == "neutral"
    assert strict.targets["acme"].label == "neutral"


# --------------------------------------------------------------------------------------
# Sentence splitting
# --------------------------------------------------------------------------------------


def test_splitter_keeps_abbreviations_and_initials_inside_sentences() -> None:
    text = (
        "Dr. Smith met Mr. J. Doe at Acme Inc. in the U.S. last week. It went well, e.g. the demo."
    )
    assert sentences_of(text) == [
        "Dr. Smith met Mr. J. Doe at Acme Inc. in the U.S. last week.",
        "It went well, e.g. the demo.",
    ]


def test_splitter_ends_a_sentence_after_an_abbreviation_when_a_new_one_starts() -> None:
    assert sentences_of("We moved to the U.S. It was a good decision.") == [
        "We moved to the U.S.",
        "It was a good decision.",
    ]
    assert sentences_of("Apples, pears, etc. Then the bill came.") == [
        "Apples, pears, etc.",
        "Then the bill came.",
    ]


def test_splitter_leaves_urls_decimals_and_numbers_alone() -> None:
    text = "See https://acme.example/a.b?c=1.5 for v2.0. It costs $3.50 now. Ask for No. 5 please."
    assert sentences_of(text) == [
        "See https://acme.example/a.b?c=1.5 for v2.0.",
        "It costs $3.50 now.",
        "Ask for No. 5 please.",
    ]


def test_splitter_handles_ellipses_and_stacked_punctuation() -> None:
    assert sentences_of("Well... it works. Wait... What?! No way!!! ok") == [
        "Well... it works.",
        "Wait...",
        "What?!",
        "No way!!!",
        "ok",
    ]
    assert sentences_of("Hmm\u2026 Not sure. \u201cGreat!\u201d she said.") == [
        "Hmm\u2026",
        "Not sure.",
        "\u201cGreat!\u201d",
        "she said.",
    ]


def test_splitter_uses_line_breaks_and_emoji_where_punctuation_is_missing() -> None:
    text = "great phone\nterrible battery\n\n1. fast\n2. cheap\nLove it 😍 Will buy again 👍👍"
    assert sentences_of(text) == [
        "great phone",
        "terrible battery",
        "1. fast",
        "2. cheap",
        "Love it 😍",
        "Will buy again 👍👍",
    ]


def test_splitter_spans_point_into_the_text_without_surrounding_space() -> None:
    text = "  First one.   Second one!  \n  third  "
    spans = split_sentences(text)
    assert [text[a:b] for a, b in spans] == ["First one.", "Second one!", "third"]
    assert spans == sorted(spans)
    assert split_sentences("") == []
    assert split_sentences("   \n ") == []


def test_splitter_cuts_one_giant_sentence_into_bounded_pieces() -> None:
    clause = "the delivery was late and the box was damaged"
    text = ", ".join([clause] * 200)  # ~9,600 characters, no full stop anywhere
    spans = split_sentences(text)
    assert len(spans) > 20
    assert all(b - a <= MAX_SENTENCE_CHARS for a, b in spans)
    # cut after commas, nothing lost but the space after each cut
    assert all(text[b - 1] == "," or b == len(text) for _, b in spans)
    assert " ".join(text[a:b] for a, b in spans) == text

    words = "word " * 5000  # no punctuation, no commas: cut at spaces
    spans = split_sentences(words)
    assert all(0 < b - a <= MAX_SENTENCE_CHARS for a, b in spans)
    assert all(not words[a:b].startswith(" ") and "wor d" not in words[a:b] for a, b in spans)


# --------------------------------------------------------------------------------------
# Scoring a document, and explaining it
# --------------------------------------------------------------------------------------


def test_document_is_scored_per_sentence_and_explained() -> None:
    text = "The screen is gorgeous. The battery is not good. Shipping took a week."
    analysis = analyse(text, language="en")
    assert isinstance(analysis, Analysis)
    assert analysis.language == "en"
    first, second, third = analysis.document.sentences
    assert (first.start, first.end, first.text) == (0, 23, "The screen is gorgeous.")
    assert first.compound > 0.5
    assert first.words == [("gorgeous", 3.0)]
    assert second.compound < 0
    assert second.words == [("not good", pytest.approx(-1.406, abs=1e-3))]
    assert third.compound == 0.0
    assert third.words == []
    assert text[second.start : second.end] == second.text


def test_emoji_are_named_in_the_explanation() -> None:
    sentence = analyse("Arrived today 😍", language="en").document.sentences[0]
    assert sentence.compound > 0
    assert [word for word, _ in sentence.words] == ["😍"]


def test_a_long_text_saturates_more_slowly_than_whole_text_vader() -> None:
    """Whole-text VADER adds up every word, so any long text heads for +-1; the aggregate
    grows with the square root of the number of sentiment-bearing sentences instead."""
    sentence = "The staff were nice and the room was fine."
    one = analyse(sentence, language="en").document.compound
    text = " ".join([sentence] * 10)
    whole = SentimentIntensityAnalyzer().polarity_scores(text)["compound"]
    ours = analyse(text, language="en").document.compound
    assert whole > 0.98
    assert one < ours < 0.95


def test_mixed_text_averages_rather_than_adds() -> None:
    text = "I love the design. I hate the price."
    analysis = analyse(text, language="en")
    love, hate = analysis.document.sentences
    assert love.compound > 0 > hate.compound
    assert (
        min(love.compound, hate.compound)
        < analysis.document.compound
        < max(love.compound, hate.compound)
    )


def _without_words(analysis: Analysis) -> Analysis:
    """The analysis with every sentence's explanation words removed."""
    bare = [
        replace(s, sentences=[replace(x, words=[]) for x in s.sentences])
        for s in (analysis.document, *analysis.targets.values())
    ]
    return Analysis(analysis.language, bare[0], dict(zip(analysis.targets, bare[1:], strict=True)))


@pytest.mark.parametrize("name", DATA_FILES)
def test_scores_without_the_explanation_are_the_same_scores(name: str) -> None:
    """Ingest asks for no explanation (explain=False): every score, label and sentence must be
    what the explained analysis gives, on every human-rated text and on the rare paths."""
    lexicon = {"rocks": 2.5, "sem explicação": -2.0, "nie wieder": -3.0}
    cases = [(text, "en", None) for _, text in rated_texts(name)]
    cases += [(text, language, lexicon) for text, language in EDGE_TEXTS]
    explained_any = False
    for text, language, extra in cases:
        targets = {word: at for word in ("Acme", "Globex", "I") if (at := spans_of(text, word))}
        full = analyse(text, targets=targets, language=language, lexicon=extra)
        bare = analyse(text, targets=targets, language=language, lexicon=extra, explain=False)
        assert bare == _without_words(full), text
        explained_any = explained_any or any(s.words for s in full.document.sentences)
    assert explained_any  # the explained side did list words: the comparison means something


def test_scores_without_the_explanation_are_the_same_on_every_brand_labelled_post() -> None:
    """The same toward each brand, on the posts written for per-brand sentiment: the rules for
    two brands in a sentence (comparisons, shared subjects, a clause whose verb is left out)
    must not read the explanation's words, which ingest does not ask for."""
    from tests.blind import targeted as blind5
    from tests.blind6 import targeted as blind6
    from tests.blind7 import targeted as blind7
    from tests.mentions.targeted_texts import FIFTH_SET, HELD_OUT, SIXTH_SET, TUNED

    posts = [*TUNED, *HELD_OUT, *FIFTH_SET, *SIXTH_SET]
    posts += [*blind5.BLIND_TARGETED, *blind6.BLIND_TARGETED, *blind7.BLIND_TARGETED]
    for text, brands in posts:
        targets = {brand: spans_of(text, brand) for brand in brands}
        full = analyse(text, targets=targets, language="en")
        bare = analyse(text, targets=targets, language="en", explain=False)
        # (scores, labels and sentences: a comparison names its word either way)
        assert _without_words(bare) == _without_words(full), text


def test_text_without_sentiment_words_is_neutral_not_unscored() -> None:
    analysis = analyse("The store opens at nine on Monday.", language="en")
    assert analysis.document.compound == 0.0
    assert analysis.document.label == "neutral"


# --------------------------------------------------------------------------------------
# Workspace lexicon
# --------------------------------------------------------------------------------------


def test_workspace_lexicon_changes_only_that_call() -> None:
    text = "This deck is sick."
    assert analyse(text, language="en").document.label == "negative"
    skate = analyse(text, language="en", lexicon={"sick": 3.0})
    assert skate.document.label == "positive"
    assert skate.document.sentences[0].words == [("sick", 3.0)]
    assert analyse(text, language="en").document.label == "negative"
    assert sentiment.english_rules().lexicon["sick"] < 0


def test_workspace_phrases_of_several_words_are_scored_as_one() -> None:
    text = "Another long  wait at the Long Wait counter."
    plain = analyse(text, language="en")
    assert plain.document.compound == 0.0
    with_phrase = analyse(text, language="en", lexicon={"long wait": -2.0, "counter": 0.5})
    words = with_phrase.document.sentences[0].words
    assert words == [("long wait", -2.0), ("long wait", -2.0), ("counter", 0.5)]
    assert with_phrase.document.label == "negative"
    # a phrase is matched on whole words only
    assert (
        analyse("along waiting", language="en", lexicon={"long wait": -2.0}).document.compound
        == 0.0
    )


def test_workspace_lexicon_is_negated_and_boosted_like_vader_words() -> None:
    lexicon = {"sick": 3.0}
    very = analyse("very sick", language="en", lexicon=lexicon).document.compound
    plain = analyse("sick", language="en", lexicon=lexicon).document.compound
    negated = analyse("not sick", language="en", lexicon=lexicon).document.compound
    assert very > plain > 0 > negated  # type: ignore[operator]


def test_concurrent_calls_with_different_lexicons_do_not_leak() -> None:
    text = "That trick was sick and the crowd went wild."
    expected = {
        True: analyse(text, language="en", lexicon={"sick": 3.0}).document.compound,
        False: analyse(text, language="en").document.compound,
    }

    def run(i: int) -> tuple[bool, float | None]:
        with_lexicon = i % 2 == 0
        lexicon = {"sick": 3.0} if with_lexicon else None
        return with_lexicon, analyse(text, language="en", lexicon=lexicon).document.compound

    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(run, range(400)))
    assert all(compound == expected[kind] for kind, compound in results)
    assert expected[True] != expected[False]


# --------------------------------------------------------------------------------------
# Sentiment toward each brand
# --------------------------------------------------------------------------------------


def test_two_brands_in_one_sentence_get_their_own_clauses() -> None:
    text = "Acme is great, but Globex is awful."
    analysis = analyse(
        text,
        targets={"acme": spans_of(text, "acme"), "globex": spans_of(text, "globex")},
        language="en",
    )
    assert analysis.targets["acme"].label == "positive"
    assert analysis.targets["globex"].label == "negative"
    assert [s.text for s in analysis.targets["acme"].sentences] == ["Acme is great"]
    assert [s.text for s in analysis.targets["globex"].sentences] == ["but Globex is awful."]


def test_brand_score_comes_from_its_sentences_and_what_continues_about_it() -> None:
    text = (
        "I switched from Globex to a new provider last month. "
        "Globex billing was a disaster. They charged me twice and were rude about it. "
        "Acme has been wonderful so far. It is fast and the support is friendly."
    )
    targets = {"acme": spans_of(text, "acme"), "globex": spans_of(text, "globex")}
    analysis = analyse(text, targets=targets, language="en")
    acme, globex = analysis.targets["acme"], analysis.targets["globex"]
    assert acme.label == "positive"
    assert [s.text for s in acme.sentences] == [
        "Acme has been wonderful so far.",
        "It is fast and the support is friendly.",
    ]
    assert globex.label == "negative"
    assert "They charged me twice and were rude about it." in [s.text for s in globex.sentences]
    assert all("Acme" not in s.text for s in globex.sentences)


def test_a_neutral_naming_sentence_takes_the_next_one_as_context() -> None:
    text = (
        "Ordered a kettle from Acme on Monday. Worst customer experience ever. "
        "The weather was nice. We went for a walk. The park was full."
    )
    analysis = analyse(text, targets={"acme": spans_of(text, "acme")}, language="en")
    acme = analysis.targets["acme"]
    assert [s.text for s in acme.sentences] == [
        "Ordered a kettle from Acme on Monday.",
        "Worst customer experience ever.",
    ]
    assert acme.label == "negative"


def test_a_short_text_is_not_about_its_one_brand_as_a_whole() -> None:
    """The sentences about the trip do not count toward the hotel (issue 16's example)."""
    text = (
        "Awful trip: delayed train, rain all day, lost luggage. The Acme hotel staff were "
        "lovely though."
    )
    analysis = analyse(text, targets={"acme": spans_of(text, "acme")}, language="en")
    assert analysis.document.label == "negative"
    acme = analysis.targets["acme"]
    assert acme.label == "positive" and not acme.whole_text
    assert [s.text for s in acme.sentences] == ["The Acme hotel staff were lovely though."]


def test_only_naming_the_brand_falls_back_to_the_whole_text() -> None:
    text = "#Acme\nWorst delivery I have ever had, the parcel was soaked."
    analysis = analyse(text, targets={"acme": spans_of(text, "acme")}, language="en")
    acme = analysis.targets["acme"]
    assert acme.label == "negative"


def test_context_never_takes_a_sentence_about_another_brand() -> None:
    text = "I looked at Acme. Globex was terrible."
    analysis = analyse(
        text,
        targets={"acme": spans_of(text, "acme"), "globex": spans_of(text, "globex")},
        language="en",
    )
    assert analysis.targets["acme"].label == "neutral"
    assert analysis.targets["globex"].label == "negative"


def test_a_target_without_spans_in_the_text_gets_the_document_score() -> None:
    text = "What a lovely day."
    analysis = analyse(
        text, targets={"none": [], "outside": [(500, 504)], "bad": [(5, 2)]}, language="en"
    )
    for key in ("none", "outside", "bad"):
        target = analysis.targets[key]
        assert (target.compound, target.label, target.sentences) == (
            analysis.document.compound,
            analysis.document.label,
            analysis.document.sentences,
        )
        assert target.whole_text


# --------------------------------------------------------------------------------------
# Long texts are bounded
# --------------------------------------------------------------------------------------


def test_long_text_is_bounded_but_keeps_every_sentence_naming_a_target() -> None:
    filler = "The committee met again on Tuesday to discuss the budget. "
    head = filler * (MAX_SCORED_CHARS // len(filler) + 50)  # beyond the limit
    tail = "Acme was fantastic at the event. " + filler * 2000 + "Acme was horrible later."
    text = head + tail
    targets = {"acme": spans_of(text, "acme")}
    analysis = analyse(text, targets=targets, language="en")
    sentences = analysis.document.sentences
    scored_chars = sum(s.end - s.start for s in sentences)
    assert scored_chars <= MAX_SCORED_CHARS + 2 * MAX_SENTENCE_CHARS
    assert all(s.end <= MAX_SCORED_CHARS for s in sentences[:-2])
    assert [s.text for s in sentences[-2:]] == [
        "Acme was fantastic at the event.",
        "Acme was horrible later.",
    ]
    assert [s.text for s in analysis.targets["acme"].sentences] == [
        "Acme was fantastic at the event.",
        "Acme was horrible later.",
    ]
    assert all(text[s.start : s.end] == s.text for s in sentences)


def test_long_text_work_is_bounded_whatever_its_length() -> None:
    """A hostile 2 MB item without punctuation is scored on a bounded prefix (no timing:
    the bound is on what gets scored)."""
    text = "bad " * 500_000
    analysis = analyse(text, language="en")
    assert analysis.document.label == "negative"
    assert analysis.document.sentences[-1].end <= MAX_SCORED_CHARS
    assert all(s.end - s.start <= MAX_SENTENCE_CHARS for s in analysis.document.sentences)


# --------------------------------------------------------------------------------------
# Language
# --------------------------------------------------------------------------------------


def test_given_language_skips_detection(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_detection(text: str) -> str:
        raise AssertionError("detection should have been skipped")

    monkeypatch.setattr(sentiment, "detect_language", no_detection)
    assert analyse("Great stuff", language="en-US").language == "en"
    assert analyse("Great stuff", language="EN").document.label == "positive"


def test_english_is_detected_and_scored() -> None:
    analysis = analyse("The new update is fantastic and the app finally feels fast.")
    assert analysis.language == "en"
    assert analysis.document.label == "positive"


def test_text_in_a_language_we_cannot_score_is_unscored_never_neutral() -> None:
    text = "Labai blogas aptarnavimas, Acme daugiau niekada nenaudosiu."  # Lithuanian
    analysis = analyse(text, targets={"acme": spans_of(text, "acme")})
    assert analysis.language == "lt"
    assert analysis.document.compound is None
    assert analysis.document.label == "unscored"
    assert analysis.targets["acme"].label == "unscored"
    assert analysis.targets["acme"].compound is None
    assert analyse("Väga halb teenindus.", language="et").document.label == "unscored"


def test_text_with_no_words_is_unscored() -> None:
    assert analyse("").document.label == "unscored"
    assert analyse("12345 !!!").language == ""
