"""Sentiment toward a brand comes from what the text says about that brand (issue 16): each
construction on its own, then the mixed set of tests/mentions/targeted_texts.py."""

from __future__ import annotations

import pytest

from mentions.sentiment import analyse
from tests.mentions.targeted_texts import (
    FIFTH_SET,
    FIRST_HELD_OUT,
    HELD_OUT,
    SECOND_HELD_OUT,
    SIXTH_SET,
    THIRD_HELD_OUT,
    TUNING,
    TUNING_2,
    accuracy,
    fifth_round,
    first_round,
    second_round,
    sixth_round,
    spans_of,
    third_round,
)


def toward(text: str, *brands: str, language: str = "en") -> dict[str, object]:
    """The rules' labels (these are the rules' tests): the learned model's second opinion on
    English is off here and tested in test_targeted_model.py."""
    targets = {b: spans_of(text, b) for b in brands}
    analysis = analyse(text, targets=targets, language=language, model=False)
    return analysis.targets  # type: ignore[return-value]


def test_two_brands_in_one_sentence_split_at_the_contrast() -> None:
    found = toward("Acme is great, but Globex is awful.", "Acme", "Globex")
    assert (found["Acme"].label, found["Globex"].label) == ("positive", "negative")


def test_two_brands_without_a_contrast_word_split_at_commas() -> None:
    found = toward("Globex's checkout is terrible, Acme's is wonderful.", "Acme", "Globex")
    assert (found["Acme"].label, found["Globex"].label) == ("positive", "negative")


def test_brand_named_after_a_contrast_leaves_what_came_before() -> None:
    text = "Terrible weather, awful traffic, but the Acme bakery croissants were perfect."
    found = toward(text, "Acme")
    assert found["Acme"].label == "positive"
    assert found["Acme"].sentences[0].text == "but the Acme bakery croissants were perfect."


def test_pronoun_carries_on_about_the_brand() -> None:
    found = toward("Tried Acme yesterday. It was fantastic, the staff were lovely.", "Acme")
    assert found["Acme"].label == "positive"
    assert len(found["Acme"].sentences) == 2


def test_their_app_carries_on_about_the_brand() -> None:
    text = "Moved my savings to Acme. Their app is brilliant and support is great."
    assert toward(text, "Acme")["Acme"].label == "positive"


def test_sentence_about_another_brand_never_counts() -> None:
    text = "Acme delivered on Monday. Globex was a horrible, awful mess."
    found = toward(text, "Acme", "Globex")
    assert found["Globex"].label == "negative"
    assert all("Globex" not in s.text for s in found["Acme"].sentences)
    assert found["Acme"].label == "neutral"


def test_praise_inside_a_complaint() -> None:
    text = (
        "Worst week ever. My car broke down, my kid is sick and my boss is furious. "
        "The Acme pizza was delicious though."
    )
    found = toward(text, "Acme")
    assert analyse(text, language="en").document.label == "negative"
    assert found["Acme"].label == "positive"


def test_complaint_inside_praise() -> None:
    text = (
        "What a wonderful holiday, great weather and lovely people. "
        "The Acme rental car was filthy and the staff were rude."
    )
    assert toward(text, "Acme")["Acme"].label == "negative"


@pytest.mark.parametrize(
    "text",
    [
        "Acme looks great on paper. However, the delivery was awful and the box was damaged.",
        "I love my Acme skates. They broke after a week though, and it was horrible.",
        "Acme prices went up again. Sadly the quality is terrible now.",
        "Acme used to be good. Now it's overpriced and awful.",
    ],
)
def test_a_sentence_that_turns_against_the_first_weighs_more(text: str) -> None:
    assert toward(text, "Acme")["Acme"].label == "negative"


def test_contrast_in_one_sentence_without_but_weighs_what_follows() -> None:
    text = "Acme's staff were friendly, however the room was filthy and disgusting."
    assert toward(text, "Acme")["Acme"].label == "negative"


def test_only_naming_the_brand_takes_the_whole_text() -> None:
    found = toward("Acme!\nBest purchase of the year, I love it.", "Acme")
    assert found["Acme"].label == "positive"


def test_contrast_words_of_other_languages() -> None:
    text = "Das Wetter war schrecklich, aber das Acme Hotel war wunderbar."
    assert toward(text, "Acme", language="de")["Acme"].label == "positive"
    text = "Globex est nul, mais Acme est excellent."
    found = toward(text, "Acme", "Globex", language="fr")
    assert (found["Acme"].label, found["Globex"].label) == ("positive", "negative")


def test_the_mixed_set_is_big_enough_and_split() -> None:
    sets = (
        TUNING,
        FIRST_HELD_OUT,
        TUNING_2,
        SECOND_HELD_OUT,
        THIRD_HELD_OUT,
        HELD_OUT,
        FIFTH_SET,
        SIXTH_SET,
    )
    assert sum(map(len, sets)) >= 60
    assert len(HELD_OUT) >= 40
    parts = [{t for t, _ in part} for part in sets]
    assert sum(map(len, parts)) == len(set().union(*parts))


def test_mixed_set_accuracy_does_not_fall_back() -> None:
    """Floors under the figures `make bench` prints, round by round (targeted_texts.py says
    which set was seen when). First round: 0.79 on TUNING, 0.68 on FIRST_HELD_OUT. Second
    round: 0.95 on TUNING + FIRST_HELD_OUT + TUNING_2, 0.70 on SECOND_HELD_OUT before its
    misses were read. Third round: 0.92 on all of those and SECOND_HELD_OUT (0.86 on it),
    0.44 on THIRD_HELD_OUT before its misses were read (0.71 after the fourth round tuned on
    it). Fourth round: 0.87 on everything but HELD_OUT, 0.46 on HELD_OUT, which no rule was
    tuned on (the whole text's label gets 0.48 there, plain VADER 0.52). Fifth round (HELD_OUT
    read and tuned on, FIFTH_SET written before the round's rules): 0.87 on TUNED, 0.80 on
    HELD_OUT, 0.82 on FIFTH_SET (0.54 before the round). SIXTH_SET, written after the round's
    rules: 0.57 when first run (0.49 with the rules before round 5), 0.59 after two fixes its
    misses showed ("still hasn't" took the negation from the verb after it; "Cheers X for")."""
    tuned, first_held_out = first_round()
    assert tuned >= 0.75
    assert first_held_out >= 0.65
    tuned, second_held_out = second_round()
    assert tuned >= 0.93
    assert second_held_out >= 0.65
    tuned, third_held_out = third_round()
    assert tuned >= 0.9
    assert third_held_out >= 0.4
    tuned, held_out = accuracy()
    assert tuned >= 0.85
    assert held_out >= 0.75
    assert fifth_round() >= 0.78
    assert sixth_round() >= 0.55


# --------------------------------------------------------------------------------------
# English review vocabulary (mentions/lexicons/en.tsv, en_reviews.tsv)
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("The new app is buggy and overpriced.", "negative"),
        ("Globex let me down again.", "negative"),
        ("Acme has never let me down.", "positive"),
        ("My order never arrived.", "negative"),
        ("Still waiting for a reply, three weeks on hold.", "negative"),
        ("Delivered on time and the staff were polite.", "positive"),
        ("The hostel was cramped and the sheets were stained.", "negative"),
        ("Worth every penny, a seamless setup.", "positive"),
        ("Can't believe how bad this has become.", "negative"),
        ("Couldn't believe how good the pizza was.", "positive"),
    ],
)
def test_review_words_vader_lacks_are_scored(text: str, label: str) -> None:
    assert analyse(text, language="en").document.label == label


def test_what_a_review_is_about_is_not_praise() -> None:
    # VADER values "support" and "help" +1.7: the complaint read as praise.
    assert analyse("Globex support never answered.", language="en").document.label == "negative"
    assert analyse("I asked for help at the desk.", language="en").document.label == "neutral"


def test_english_rules_alone_stay_vaders_own() -> None:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    from mentions import sentiment

    assert dict(sentiment.english_rules().lexicon) == SentimentIntensityAnalyzer().lexicon
    assert sentiment.english_rules().prepare is None


def test_review_phrases_are_explained_as_written() -> None:
    words = analyse("They let me down.", language="en").document.sentences[0].words
    assert words == [("let me down", -2.0)]


# --------------------------------------------------------------------------------------
# Comparisons, choices, sarcasm, denials, resolved problems (English)
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "brands", "labels"),
    [
        ("Acme is so much better than Globex.", ("Acme", "Globex"), ("positive", "negative")),
        ("Globex is way worse than Acme.", ("Acme", "Globex"), ("positive", "negative")),
        ("Globex is way better than Acme.", ("Acme",), ("negative",)),
        (
            "Acme's pizza is nowhere near as good as Globex's.",
            ("Acme", "Globex"),
            ("negative", "positive"),
        ),
        (
            "Globex's prices are a rip-off compared to Acme.",
            ("Acme", "Globex"),
            ("positive", "negative"),
        ),
        ("I'd take Acme over Globex any day.", ("Acme", "Globex"), ("positive", "negative")),
        ("Switched from Globex to Acme last spring.", ("Acme", "Globex"), ("positive", "negative")),
        ("Switched from Globex to Acme last spring.", ("Acme",), ("positive",)),
        (
            "Ditched Globex for Acme, best move I made.",
            ("Acme", "Globex"),
            ("positive", "negative"),
        ),
        ("Skip Globex and get an Acme.", ("Acme", "Globex"), ("positive", "negative")),
        ("Avoid Acme.", ("Acme",), ("negative",)),
        ("Between the two I'd pick Acme any day.", ("Acme",), ("positive",)),
    ],
)
def test_comparisons_give_the_foil_the_opposite(
    text: str, brands: tuple[str, ...], labels: tuple[str, ...]
) -> None:
    found = toward(text, *brands)
    assert tuple(found[b].label for b in brands) == labels  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "text",
    [
        "I ordered from Acme yesterday.",
        "The parcel came from Acme.",
        "I moved from London to Acme's head office in 2019.",
        "Acme took over the old mill.",
    ],
)
def test_from_over_and_left_are_no_comparison_on_their_own(text: str) -> None:
    assert toward(text, "Acme")["Acme"].label == "neutral"  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Thanks Acme for cancelling my train and leaving me stranded.", "negative"),
        ("Great job Acme, my parcel is lost for the third time.", "negative"),
        ("Love how Acme charges extra for everything now.", "negative"),
        ("Great, Acme lost my bag again.", "negative"),
        ("Thanks Acme for fixing my broken phone so fast!", "positive"),
        ("Great service from Acme, though the wait was long.", "positive"),
        ("Acme finally fixed the bug that kept crashing the app.", "positive"),
        ("Not once has Acme delivered on time.", "negative"),
        ("Acme used to be my favourite cafe.", "negative"),
        ("Compared with last year, Acme's beer is less bitter.", "positive"),
        ("The Acme crew calmed a terrified kid during the turbulence.", "positive"),
    ],
)
def test_sarcasm_denials_and_resolved_problems(text: str, label: str) -> None:
    assert toward(text, "Acme")["Acme"].label == label  # type: ignore[attr-defined]


def test_shame_about_turns_against_the_praise_before() -> None:
    text = "Acme's staff are lovely. Shame about the prices."
    assert toward(text, "Acme")["Acme"].label == "negative"  # type: ignore[attr-defined]


def test_brands_sharing_a_clause_take_the_words_nearer_them() -> None:
    text = "Went to the Acme store to return a Globex charger that stopped working."
    found = toward(text, "Acme", "Globex")
    assert found["Acme"].label == "neutral"  # type: ignore[attr-defined]
    assert found["Globex"].label == "negative"  # type: ignore[attr-defined]


def test_a_sentence_that_only_names_the_brand_reads_the_one_before() -> None:
    text = "Flight delayed, gate changed three times, no announcements. Well done, Acme."
    found = toward(text, "Acme")["Acme"]
    assert found.label == "negative"  # type: ignore[attr-defined]
    assert len(found.sentences) == 2  # type: ignore[attr-defined]


def test_a_sentence_without_a_comparison_word_gives_no_brand_a_comparison_role() -> None:
    """_compared skips the per-brand searches in sentences _may_compare rules out: for every
    brand named in the mixed set and in the comparisons above, a sentence ruled out gives
    it no role, and every comparison above is kept."""
    from mentions.sentiment import _may_compare, _role, split_sentences
    from tests.mentions.targeted_texts import TUNED

    comparisons = [
        ("Acme is so much better than Globex.", ("Acme", "Globex")),
        ("Acme's pizza is nowhere near as good as Globex's.", ("Acme", "Globex")),
        ("Globex's prices are a rip-off compared to Acme.", ("Acme", "Globex")),
        ("I'd take Acme over Globex any day.", ("Acme", "Globex")),
        ("Switched from Globex to Acme last spring.", ("Acme", "Globex")),
        ("Ditched Globex for Acme, best move I made.", ("Acme", "Globex")),
        ("Skip Globex and get an Acme.", ("Acme", "Globex")),
        ("Avoid Acme.", ("Acme",)),
        ("Between the two I'd pick Acme any day.", ("Acme",)),
        ("ACME BEATS GLOBEX.", ("ACME", "GLOBEX")),
    ]
    texts = [(text, tuple(brands)) for text, brands in TUNED + HELD_OUT] + comparisons
    ruled_out = roles = 0
    for text, brands in texts:
        for s, e in split_sentences(text):
            for brand in brands:
                for a, b in spans_of(text, brand):
                    if not s <= a < e:
                        continue
                    role = _role(text, s, e, a, b)
                    roles += bool(role)
                    if not _may_compare(text, s, e):
                        assert role == "", (text, brand)
                        ruled_out += 1
    assert ruled_out > 100 and roles >= len(comparisons)


# --------------------------------------------------------------------------------------
# Round 5: mechanisms meant to reach text no rule was written for (README, Sentiment accuracy)
# --------------------------------------------------------------------------------------


def test_a_brand_name_is_no_opinion_of_it() -> None:
    text = "Sparkle Cleaners came on Tuesday."
    analysis = analyse(
        text, targets={"s": spans_of(text, "Sparkle Cleaners")}, language="en", model=False
    )
    assert analysis.targets["s"].label == "neutral"
    assert analysis.document.label == "neutral"
    assert analysis.targets["s"].sentences[0].text == text  # shown as written, not masked


def test_the_rest_of_the_text_stands_in_when_the_brands_sentences_say_nothing() -> None:
    text = "Day 4 without hot water. Acme says a plumber is booked for Friday."
    found = toward(text, "Acme")["Acme"]
    assert found.label == "negative"  # type: ignore[attr-defined]
    assert found.whole_text  # type: ignore[attr-defined]
    text = "Acme says a plumber is booked for Friday. Globex was a horrible mess."
    assert toward(text, "Acme", "Globex")["Acme"].label == "neutral"  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("We waited 45 minutes for a table.", "negative"),
        ("On hold for two hours with the bank again.", "negative"),
        ("The courier was three hours late.", "negative"),
        ("Check-in took 30 minutes.", "negative"),
        ("Six weeks and counting for my refund.", "negative"),
        ("The plumber had the heating back on within an hour.", "positive"),
        ("Our energy bill went down by a fifth.", "positive"),
        ("They raised the rent by 20 percent.", "negative"),
        ("Appointment moved for the fourth time.", "negative"),
        ("The zip broke within a week.", "negative"),
        ("Shipping took a week.", "neutral"),
        ("We stayed for two weeks in August.", "neutral"),
    ],
)
def test_durations_bills_and_repeats_carry_what_they_mean(text: str, label: str) -> None:
    assert analyse(text, language="en").document.label == label


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("They charged me twice for one ticket.", "negative"),
        ("Got a free upgrade at check-in.", "positive"),
        ("Still no refund.", "negative"),
        ("Will order again.", "positive"),
        ("The screen keeps freezing.", "negative"),
        ("The engineer never turned up.", "negative"),
        ("Three winters in and the boots are still waterproof.", "positive"),
        ("Taking my business elsewhere.", "negative"),
        ("The shop still hasn't refunded me for the cancelled order.", "negative"),
    ],
)
def test_what_happened_is_read_without_an_opinion_word(text: str, label: str) -> None:
    assert analyse(text, language="en").document.label == label


def test_a_question_asserts_no_praise_but_still_complains() -> None:
    assert toward("Does Acme do free returns?", "Acme")["Acme"].label == "neutral"  # type: ignore[attr-defined]
    text = "Why does the Acme app keep crashing?"
    assert toward(text, "Acme")["Acme"].label == "negative"  # type: ignore[attr-defined]
    assert analyse("How great is this?", language="en").document.label == "positive"


def test_what_it_looked_like_is_no_verdict() -> None:
    text = "The Acme sofa looked lovely online. In reality it is cheaply made and already torn."
    assert toward(text, "Acme")["Acme"].label == "negative"  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "text",
    [
        "Acme lost my parcel again. Brilliant.",
        "Thanks Acme for the two hour wait at the counter.",
        "Oh great, Acme raised the price again.",
        "Cheers Acme for losing my booking.",
    ],
)
def test_sarcasm_after_a_complaint_or_around_a_fact(text: str) -> None:
    assert toward(text, "Acme")["Acme"].label == "negative"  # type: ignore[attr-defined]


def test_a_problem_that_stopped_is_good_news() -> None:
    text = "Since the update the Acme app stopped crashing."
    assert toward(text, "Acme")["Acme"].label == "positive"  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "brands", "labels"),
    [
        # the sign compares: the brand before ">" won
        ("Acme > Globex. Not even close.", ("Acme", "Globex"), ("positive", "negative")),
        ("Acme > Globex for anyone who travels.", ("Acme", "Globex"), ("positive", "negative")),
        # a sentence of the brand and a verdict
        ("Acme or Globex for a first bike? Acme, hands down.", ("Acme",), ("positive",)),
        # moving what is one's own from one brand to another is a choice
        (
            "Moved our broadband from Globex to Acme in May.",
            ("Acme", "Globex"),
            ("positive", "negative"),
        ),
        # giving up on a brand, and what was started instead
        (
            "Gave up on Globex and started using Acme for the school run.",
            ("Acme", "Globex"),
            ("positive", "negative"),
        ),
        ("If you're thinking of leaving Globex, do it.", ("Globex",), ("negative",)),
        # ... not when it nearly happened, nor moving house
        ("I nearly gave up on Acme, then they fixed it in a day.", ("Acme",), ("positive",)),
        ("We moved from Leeds to the Acme estate last year.", ("Acme",), ("neutral",)),
    ],
)
def test_round6_choices_signs_verdicts_and_moves(
    text: str, brands: tuple[str, ...], labels: tuple[str, ...]
) -> None:
    found = toward(text, *brands)
    assert tuple(found[b].label for b in brands) == labels  # type: ignore[attr-defined]


def test_a_fact_and_a_phrase_over_the_same_words_count_once() -> None:
    text = "Initech kept me on hold for an hour and I waited forever."
    found = toward(text, "Initech")["Initech"]
    words = [word for piece in found.sentences for word, _ in piece.words]  # type: ignore[attr-defined]
    assert words == ["waited: on hold for an hour"]
    assert found.label == "negative"  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "text",
    [
        "Acme Energy sent the new tariff letter today.",
        "Opened a savings account with Acme this week.",
        "The Acme agent came round to value the house on Tuesday.",
        "Message me if you want the Acme manager's number.",
        "Acme Air fly to Faro twice a week.",
        "Did a big shop at Acme this morning.",
        "Acme vets or the one in town? Rescue dog needs his jabs.",
        "Acme runs the late ferry, if that helps.",
        "Acme just pushed an update that changes how shared folders sync.",
        "Any Acme users know if you're allowed to leave them on campus?",
        "Working from the Acme cafe today if anyone wants to drop by.",
        "Acme's quality team is based in Leeds.",
        "Paid with my Acme credit card this morning.",
    ],
)
def test_words_in_a_sense_that_is_no_opinion(text: str) -> None:
    assert toward(text, "Acme")["Acme"].label == "neutral"  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        ("Initech and Globex both raised prices this year.", ("negative", "negative")),
        ("Both Initech and Globex are useless.", ("negative", "negative")),
        ("Initech, Globex and Acme all raised their fees again.", ("negative", "negative")),
        ("Initech and Globex are brilliant, Acme is awful.", ("positive", "positive")),
    ],
)
def test_brands_joined_as_one_subject_share_what_is_said(
    text: str, labels: tuple[str, str]
) -> None:
    found = toward(text, "Initech", "Globex", "Acme")
    assert (found["Initech"].label, found["Globex"].label) == labels  # type: ignore[attr-defined]
    shared = found["Initech"].sentences[0].text  # type: ignore[attr-defined]
    assert found["Globex"].sentences[0].text == shared  # type: ignore[attr-defined]
    assert found["Acme"].label != "positive"  # type: ignore[attr-defined]


def test_an_object_and_the_next_clauses_subject_are_not_one_subject() -> None:
    found = toward("I left Globex and Initech is great.", "Initech", "Globex")
    assert found["Initech"].label == "positive"  # type: ignore[attr-defined]
    assert found["Globex"].label != "positive"  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Linkwave and Acme both announced price rises for April.", "neutral"),
        ("Acme strike dates announced for the 3rd and 5th, check before you travel.", "neutral"),
        ("Acme are recruiting carers in the Wirral area, flexible hours, mileage paid.", "neutral"),
        # the writer in it, or the announcing judged: not news
        ("Acme announced my flight was cancelled an hour before boarding.", "negative"),
        ("Love how Acme announced a 'minor delay' when we were an hour late.", "negative"),
    ],
)
def test_a_reported_announcement_is_news(text: str, label: str) -> None:
    assert toward(text, "Acme")["Acme"].label == label  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "text",
    [
        "Globex support sorted my refund in minutes.",
        "Brought it back to Globex and they swapped it on the spot.",
        "Rang Globex about a wrong meter reading, got through in 2 mins, fixed on the call.",
        "Globex had the boiler fixed the same day.",
    ],
)
def test_done_quickly_without_a_number_is_good_news(text: str) -> None:
    assert toward(text, "Globex")["Globex"].label == "positive"  # type: ignore[attr-defined]


def test_taking_something_to_a_brand_is_no_preference() -> None:
    found = toward("Took it back to Globex and they swapped it on the spot.", "Globex")
    assert found["Globex"].label == "positive"  # type: ignore[attr-defined]
    found = toward("I prefer Acme to Globex.", "Acme", "Globex")
    assert (found["Acme"].label, found["Globex"].label) == ("positive", "negative")  # type: ignore[attr-defined]


def test_a_negation_reaches_over_make_us_feel() -> None:
    text = "The Acme vets didn't make us feel stupid for asking."
    assert toward(text, "Acme")["Acme"].label == "positive"  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "after",
    [
        "Weather was awful all week though.",
        "It rained the whole time though.",
        "My day was rubbish though.",
        "Traffic on the way home was terrible though.",
    ],
)
def test_a_following_sentence_about_something_else_does_not_count(after: str) -> None:
    found = toward(f"Globex support sorted my refund in minutes. {after}", "Globex")["Globex"]
    assert found.label == "positive"  # type: ignore[attr-defined]
    assert len(found.sentences) == 1  # type: ignore[attr-defined]


@pytest.mark.parametrize("after", ["They broke after a week though.", "Broke after a week though."])
def test_a_following_sentence_with_though_still_carries_on(after: str) -> None:
    found = toward(f"Globex sorted my refund in minutes. {after}", "Globex")["Globex"]
    assert found.label == "negative"  # type: ignore[attr-defined]
    assert len(found.sentences) == 2  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Acme added a service fee at checkout that wasn't mentioned anywhere.", "negative"),
        ("Acme charged £890, not £650. Nobody mentioned that beforehand.", "negative"),
        ("Booked through Acme. Won't be using them again.", "negative"),
        ("Booked through Acme. Will be using them again.", "positive"),
        ("Acme Hotel: the breakfast was sad. Still would stay again tbh.", "positive"),
        ("Flew Acme Air to Faro. Would never fly with them again.", "negative"),
        ("The Acme rep was a star. Can't thank her enough.", "positive"),
        ("Acme sorted our whole trip.", "positive"),
        ("Ended up at Acme, who had the lot and were cheaper.", "positive"),
    ],
)
def test_round6_events_and_verdicts(text: str, label: str) -> None:
    assert toward(text, "Acme")["Acme"].label == label  # type: ignore[attr-defined]


def test_a_brand_named_again_by_the_distinctive_word_of_its_name() -> None:
    text = (
        "Applied to Kinsley University and University of Brackenridge. Brackenridge got back"
        " to me in 2 weeks with an offer, still nothing from Kinsley after 3 months."
    )
    found = toward(text, "Kinsley University", "University of Brackenridge")
    assert found["Kinsley University"].label == "negative"  # type: ignore[attr-defined]
    assert found["University of Brackenridge"].label == "positive"  # type: ignore[attr-defined]
    text = "Ordered from Oakhaven Furniture and Hamlet Homeware. Hamlet's doors are awful."
    found = toward(text, "Oakhaven Furniture", "Hamlet Homeware")
    assert found["Hamlet Homeware"].label == "negative"  # type: ignore[attr-defined]
    assert found["Oakhaven Furniture"].label == "neutral"  # type: ignore[attr-defined]


def test_a_word_shared_by_two_names_is_neither_brand_for_short() -> None:
    text = "Orbit Stream is fine and Orbit Bank is fine. Orbit's app is awful."
    found = toward(text, "Orbit Stream", "Orbit Bank")
    pieces = [p.text for p in found["Orbit Stream"].sentences]  # type: ignore[attr-defined]
    assert "Orbit's app is awful." not in pieces


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Acme costs a bit more but no ads and the 4K works.", "positive"),
        ("Took it back to the Acme store, swapped, no receipt needed.", "positive"),
        ("Acme redid the lenses, no charge, and apologised twice.", "positive"),
        ("Acme's wardrobe doors already don't shut.", "negative"),
        ("Acme shut our local branch with four weeks notice.", "negative"),
    ],
)
def test_round6_nuisances_absent_and_things_that_do_not_work(text: str, label: str) -> None:
    assert toward(text, "Acme")["Acme"].label == label  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "text",
    [
        "Really love paying Acme £45 a month for a gym where half the treadmills are out of order.",
        "Just love how Acme cancelled my train again.",
        "Love waiting 40 minutes for an Acme bus that never came.",
        "The Acme shuttle never turned up. Great value.",
    ],
)
def test_round6_sarcasm_after_an_intensifier_and_about_paying_or_waiting(text: str) -> None:
    assert toward(text, "Acme")["Acme"].label == "negative"  # type: ignore[attr-defined]


def test_love_being_looked_after_is_still_praise() -> None:
    text = "Love being looked after by the Acme team, they are brilliant."
    assert toward(text, "Acme")["Acme"].label == "positive"  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "text",
    [
        "Parcel 'delivered' by Acme at 2:14pm. I was home.",
        "Acme's 'solid oak' table is veneer over chipboard.",
        "Acme advertises 'quiet luxury'. Our room was above the nightclub.",
        "It's been 6 weeks and Acme just keep saying 'processing'.",
    ],
)
def test_a_short_quote_in_a_post_about_a_company_is_its_claim_doubted(text: str) -> None:
    found = toward(text, "Acme")["Acme"]
    assert found.label == "negative"  # type: ignore[attr-defined]


def test_quotes_in_text_about_no_brand_are_titles_not_doubt() -> None:
    assert analyse("Wow. 'True Blood' was good tonight.", language="en").document.label == (
        "positive"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Oh great, Acme has put fares up again.",
        "Acme are putting the rent up by 10% in May.",
        "Acme fares went up again this year.",
    ],
)
def test_round6_fares_and_prices_put_up(text: str) -> None:
    assert toward(text, "Acme")["Acme"].label == "negative"  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "The Acme driver carried my shopping up three floors when the lift was broken.",
            "neutral",
        ),
        ("Acme froze my card when I reported it stolen. No complaints at all.", "positive"),
        # the verdict is in the main clause
        ("The Acme app crashes when I try to pay.", "negative"),
        ("When I called, Acme was rude and useless.", "negative"),
    ],
)
def test_a_problem_in_a_when_clause_is_the_situation_the_brand_met(text: str, label: str) -> None:
    assert toward(text, "Acme")["Acme"].label == label  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("The lady at Acme stayed open 10 mins late so I could get my prescription.", "positive"),
        ("Acme told me to come back in 3 days for the same thing.", "neutral"),
        ("Acme says it will be fixed in 2 days.", "neutral"),
    ],
)
def test_round6_a_favour_is_no_delay_and_a_promise_is_not_done(text: str, label: str) -> None:
    assert toward(text, "Acme")["Acme"].label == label  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Told Acme about the broken seat. They gave us free tickets for next week.", "positive"),
        ("Acme's pizza was good, nothing more. For that price I expected more.", "negative"),
    ],
)
def test_a_story_that_turns_without_a_contrast_word_ends_on_its_outcome(
    text: str, label: str
) -> None:
    assert toward(text, "Acme")["Acme"].label == label  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Just had the loveliest chat with Rosie at Acme.", "positive"),
        ("The rudest receptionist I've met was at Acme.", "negative"),
        ("Acme staff are friendlier than they used to be.", "positive"),
    ],
)
def test_superlatives_of_the_lexicons_judgements(text: str, label: str) -> None:
    assert toward(text, "Acme")["Acme"].label == label  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Acme's valuation was £40k over the others. Trying to win the instruction much?",
            "negative",
        ),
        ("Thanks Acme for the complimentary 2 hour stop in a field, truly scenic 🙃", "negative"),
        # not a jab, and the eye-roll is no irony of the praise
        ("How much? Acme is great.", "positive"),
        ("Globex lost my bag again. Acme never once lost anything 🙄", "positive"),
    ],
)
def test_round6_sarcasm_marked_by_the_sentences_form(text: str, label: str) -> None:
    assert toward(text, "Acme")["Acme"].label == label  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Acme's fitters left the worktop scratched. Third visit booked.", "negative"),
        (
            "Acme's new update locks half the lessons behind a subscription. Uninstalled.",
            "negative",
        ),
        ("Called Acme at midnight, a real vet answered and talked us through it.", "positive"),
    ],
)
def test_round6_damage_repeats_and_help_in_other_words(text: str, label: str) -> None:
    assert toward(text, "Acme")["Acme"].label == label  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Acme blocked a fraudulent payment before I even noticed it.", "positive"),
        ("Acme flagged a suspicious login on my account.", "positive"),
        ("Acme blocked my card for no reason.", "negative"),
        ("Watching the match with the Acme app streaming. Not a single buffer.", "positive"),
        ("Acme closed its branch in our village.", "negative"),
    ],
)
def test_round6_threats_headed_off_buffering_and_branches(text: str, label: str) -> None:
    assert toward(text, "Acme")["Acme"].label == label  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Acme customer service is on another level.", "positive"),
        (
            "Credit where it's due, the Acme crew came back when I reported our missed bin.",
            "positive",
        ),
        ("Been with Acme 2 years, never had a billing issue.", "positive"),
        ("Acme redid the lenses the next morning and apologised twice.", "positive"),
    ],
)
def test_round6_praise_idioms_billing_issues_and_next_day(text: str, label: str) -> None:
    assert toward(text, "Acme")["Acme"].label == label  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Acme's app froze and charged me twice. Support refunded one within a day.", "positive"),
        ("Our nursery, Acme, sent home a photo book. The staff there are angels.", "positive"),
        ("Ordered from Acme on Monday. The driver was rude.", "negative"),
    ],
)
def test_a_part_of_the_business_carries_on_about_it(text: str, label: str) -> None:
    assert toward(text, "Acme")["Acme"].label == label  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "called"),
    [
        ("Premium prices for premium quality.", False),  # a bill word alone: no fact to find
        ("Fair fees and friendly staff.", False),
        ("Prices went up again.", True),  # a bill word and a word of change
        ("They raised the rent by 20 percent.", True),
        ("Putting fares up in January, again.", True),
        ("Our energy bill went down by a fifth.", True),
        ("We waited 45 minutes for a table.", True),
        ("A 40-minute wait for a coffee.", True),  # a hyphened time unit
        ("Still hasn't sent an installer.", True),  # a pair: still + a negation
        ("The staff were lovely.", False),
    ],
)
def test_the_fact_patterns_are_tried_only_where_a_gate_lets_them(
    text: str, called: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The gates (set tests in the compiled scorer, on the sentence's own tokens) decide which
    sentences reach the fact patterns; a sentence kept out has no fact they would find."""
    from dataclasses import replace

    from mentions import sentiment

    english = sentiment.rules_for("en")
    calls: list[str] = []

    def facts(sentence: str) -> list[tuple[int, str, float]]:
        calls.append(sentence)
        return english.facts(sentence)  # type: ignore[misc]

    counted = replace(english, facts=facts)
    rules_for = sentiment.rules_for
    monkeypatch.setattr(sentiment, "rules_for", lambda c: counted if c == "en" else rules_for(c))
    with_gate = sentiment.analyse(text, language="en")
    assert bool(calls) is called
    if not called:
        assert english.facts(text) == []  # type: ignore[misc]  # the gate lost nothing
    monkeypatch.undo()
    assert with_gate.document.compound == sentiment.analyse(text, language="en").document.compound


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        # the verb left out of the second brand's clause is the first clause's
        ("Globex wins on price, Acme on battery life.", ("positive", "positive")),
        ("Globex is great for families, Acme for couples.", ("positive", "positive")),
        ("Globex is awful on price, and Acme on service too.", ("negative", "negative")),
        # a clause with a verb of its own keeps its own valence
        ("Globex is great for families, Acme is awful for couples.", ("positive", "negative")),
        # "on the other hand" is a contrast, not a helping hand, and no left-out verb
        ("Globex is great, Acme on the other hand is awful.", ("positive", "negative")),
        ("Globex was terrible. Acme on the other hand was fine.", ("negative", "positive")),
    ],
)
def test_a_brand_whose_clause_leaves_out_the_verb_takes_the_clause_before(
    text: str, labels: tuple[str, str]
) -> None:
    found = toward(text, "Globex", "Acme")
    assert (found["Globex"].label, found["Acme"].label) == labels  # type: ignore[attr-defined]
    # ingest scores without listing the words (explain=False): the same labels
    targets = {b: spans_of(text, b) for b in ("Globex", "Acme")}
    stored = analyse(text, targets=targets, language="en", explain=False, model=False).targets
    assert (stored["Globex"].label, stored["Acme"].label) == labels


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("The service was slow.", "negative"),  # "fast" and "quick" had a valence, "slow" none
        ("Slow delivery again.", "negative"),
        ("Not slow at all, arrived next day.", "positive"),
        ("The slow cooked lamb was amazing.", "positive"),  # a way of cooking, no complaint
    ],
)
def test_slow_is_a_complaint_as_in_the_other_languages(text: str, label: str) -> None:
    assert analyse(text, language="en").document.label == label


# Round 8: which clauses count toward a brand, and how they combine.


def _labels(text: str, *brands: str) -> tuple[str, ...]:
    found = toward(text, *brands)
    labels = tuple(found[b].label for b in brands)  # type: ignore[attr-defined]
    # ingest scores without listing the words (explain=False): the same labels
    stored = analyse(
        text,
        targets={b: spans_of(text, b) for b in brands},
        language="en",
        explain=False,
        model=False,
    ).targets
    assert tuple(stored[b].label for b in brands) == labels
    return labels


@pytest.mark.parametrize(
    "text",
    [
        "Hey Acme, I was still standing at your counter at 14:20 with nobody around.",
        "Does Acme still open on Sundays or did they change that?",
        "Acme's bus was still at the depot at 7:45 this morning.",
    ],
)
def test_still_inside_a_clause_and_a_time_do_not_cut_it(text: str) -> None:
    """ "still" cuts a clause only after a comma ("..., still no refund"), and the colon of a
    time is no clause break: the brand's whole sentence is one piece."""
    (piece,) = toward(text, "Acme")["Acme"].sentences  # type: ignore[attr-defined]
    assert piece.text == text


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Best wedding day ever 😍 only letdown was the flowers from Acme Florist, which "
            "came wilted and two hours late.",
            "negative",
        ),
        ("Worst Monday 😩 the Acme barista cheered me right up though", "positive"),
        ("Loving the new Acme trainers 😍 so comfy", "positive"),
    ],
)
def test_an_emoji_before_a_word_ends_a_clause(text: str, label: str) -> None:
    """What comes before an emoji that a word follows is a clause of its own: about the day,
    not the brand named after it."""
    assert _labels(text, "Acme") == (label,)


@pytest.mark.parametrize(
    "text",
    [
        "Acme is way better than Globex these days, Globex's prices are silly and the app "
        "keeps crashing",
        "Honestly Acme beats Globex now, Globex support is useless and their fees are a joke.",
    ],
)
def test_a_comparison_whole_in_its_clause_leaves_the_others_clauses_to_it(text: str) -> None:
    assert _labels(text, "Acme", "Globex") == ("positive", "negative")


@pytest.mark.parametrize(
    "text",
    [
        "Moved our insurance from Globex to Acme because of the hidden fees.",
        "Switched from Globex to Acme due to constant outages.",
        "Moved my payroll from Globex to Acme after yet another billing error.",
        "Moving our hosting from Globex to Acme as their servers keep crashing.",
    ],
)
def test_the_reason_for_a_switch_is_held_against_the_brand_left(text: str) -> None:
    assert _labels(text, "Globex", "Acme") == ("negative", "positive")


def test_a_switch_that_turned_out_badly_still_counts_against_the_one_chosen() -> None:
    text = "Switched from Globex to Acme and the app is a disaster."
    assert _labels(text, "Acme") == ("negative",)


@pytest.mark.parametrize(
    "text",
    [
        "Has anyone switched from Globex to Acme?",
        "Should I ditch Globex for Acme?",
        "Anyone moved their savings from Globex to Acme?",
    ],
)
def test_a_choice_asked_about_is_no_choice(text: str) -> None:
    assert _labels(text, "Globex", "Acme") == ("neutral", "neutral")


@pytest.mark.parametrize(
    ("text", "brands", "labels"),
    [
        (
            "The weather was miserable all week, but Acme Tours made the week.",
            ("Acme",),
            ("positive",),
        ),
        (
            "Our flight was cancelled and the hotel was filthy. But Acme Tours made the week.",
            ("Acme",),
            ("positive",),
        ),
        (
            "The venue was stunning, but the Acme caterers forgot the vegan plates.",
            ("Acme",),
            ("negative",),
        ),
        (
            "Globex lost my parcel but Acme found it in their depot.",
            ("Globex", "Acme"),
            ("negative", "positive"),
        ),
    ],
)
def test_a_clause_after_but_without_valence_of_its_own_turns_from_the_one_before(
    text: str, brands: tuple[str, ...], labels: tuple[str, ...]
) -> None:
    assert _labels(text, *brands) == labels


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        (
            "Globex is closer but the changing rooms are always filthy; Acme is spotless.",
            ("negative", "positive"),
        ),
        (
            "Globex's checkout is a nightmare, takes forever to load, Acme's is lovely.",
            ("negative", "positive"),
        ),
        # a clause that names a brand still goes to that brand
        ("Globex is great but Acme is dreadful.", ("positive", "negative")),
    ],
)
def test_a_clause_naming_no_brand_goes_on_about_the_brand_before_it(
    text: str, labels: tuple[str, str]
) -> None:
    assert _labels(text, "Globex", "Acme") == labels


@pytest.mark.parametrize(
    "text",
    [
        "Out of Globex and Acme I'd choose Acme every time.",
        "Acme, Globex, whatever: I would always pick Acme hands down.",
    ],
)
def test_a_brand_named_twice_once_as_the_choice_is_chosen(text: str) -> None:
    assert _labels(text, "Acme") == ("positive",)


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        ("Our office moved from Globex to Acme in the spring.", ("negative", "positive")),
        ("We're moving from Globex to Acme next month.", ("negative", "positive")),
        # a move between a place and a brand is no choice
        ("We moved from Globex Street to a flat in Leeds.", ("neutral",)),
    ],
)
def test_a_move_between_two_brands_is_a_switch(text: str, labels: tuple[str, ...]) -> None:
    brands = ("Globex", "Acme") if len(labels) == 2 else ("Globex",)
    assert _labels(text, *brands) == labels


def test_a_move_whose_brand_is_named_again_by_its_short_name_is_scored() -> None:
    # "Acme" after "Acme Bank" in the same sentence has no role of its own in the move; this
    # raised KeyError (and an exception in the scorer stops a whole feed's ingest).
    text = (
        "Moved from Globex Bank to Acme Bank and the first thing I noticed is Acme doesn't "
        "block my card every time I order from Initech. Small win."
    )
    assert _labels(text, "Globex Bank", "Acme Bank") == ("negative", "positive")


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        ("Book with Acme, not Globex.", ("positive", "negative")),
        ("Honestly just use Acme, and not Globex, for anything urgent.", ("positive", "negative")),
        # the brand is not the one set aside: no choice
        ("The delay was the airport's doing, not Globex's fault.", None),
    ],
)
def test_a_brand_set_aside_with_not_is_the_one_left(
    text: str, labels: tuple[str, str] | None
) -> None:
    if labels is None:
        assert _labels(text, "Globex") != ("negative",)
    else:
        assert _labels(text, "Acme", "Globex") == labels


def test_a_slight_complaint_before_but_still_turns_a_bare_clause() -> None:
    text = "Slightly cramped seats but the Acme crew made the flight."
    assert _labels(text, "Acme") == ("positive",)


@pytest.mark.parametrize(
    "text",
    [
        "Acme's new plan is far better than anything Globex has offered.",
        "Acme's courier was quicker than anyone Globex ever sent.",
    ],
)
def test_than_anything_a_brand_did_makes_it_the_foil(text: str) -> None:
    assert _labels(text, "Acme", "Globex") == ("positive", "negative")


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("My train was cancelled, so Acme Cabs got me to the airport.", "neutral"),
        ("Our usual shop had shut, so we tried Acme Bakery instead. Loved it.", "positive"),
        # the brand before "so" keeps the whole sentence
        ("Acme lost my parcel, so I had to drive to the depot.", "negative"),
    ],
)
def test_what_comes_before_so_is_the_cause_not_the_brand_after_it(text: str, label: str) -> None:
    assert _labels(text, "Acme") == (label,)


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        ("So glad we booked Acme and not Globex.", ("positive", "negative")),
        ("I'd trust Acme but not Globex with my pension.", ("positive", "negative")),
    ],
)
def test_and_not_or_but_not_sets_a_brand_aside(text: str, labels: tuple[str, str]) -> None:
    assert _labels(text, "Acme", "Globex") == labels


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        ("Acme's engineer was brilliant. Can't say the same for Globex.", ("positive", "negative")),
        ("The Acme rooms were spotless. Globex, not so much.", ("positive", "negative")),
        ("Acme's app is a joke. Same goes for Globex.", ("negative", "negative")),
        ("The food was superb. Cannot say the same about the Globex staff.", (None, "negative")),
    ],
)
def test_a_sentence_that_says_the_one_before_holds_or_not_for_its_brand(
    text: str, labels: tuple[str | None, str]
) -> None:
    brands = ("Acme", "Globex") if labels[0] else ("Globex",)
    assert _labels(text, *brands) == tuple(label for label in labels if label)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Booked a table at Acme for Friday. Waited forty minutes for a starter. Awful.",
            "negative",
        ),
        (
            "Rang Acme about the leak. Sent a plumber the same afternoon, brilliant work.",
            "positive",
        ),
        # a sentence with a subject of its own still does not carry on
        ("Had a lovely lunch at Acme. My brother hated his new job.", "positive"),
    ],
)
def test_a_sentence_without_a_subject_goes_on_with_the_story(text: str, label: str) -> None:
    assert _labels(text, "Acme") == (label,)


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        ("Globex put my rent up again. Switching to Acme in May.", ("negative", "positive")),
        (
            "Switched over to Acme after years with Globex, and it's been a disaster.",
            (None, "negative"),
        ),
    ],
)
def test_switching_to_a_brand_chooses_it(text: str, labels: tuple[str | None, str]) -> None:
    brands = ("Globex", "Acme") if labels[0] else ("Acme",)
    assert _labels(text, *brands) == tuple(label for label in labels if label)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Had a lovely lunch at Acme. My brother hated his new job.", "positive"),
        (
            "Took the cat to Acme Vets. She was so gentle with her, can't recommend them enough.",
            "positive",
        ),
    ],
)
def test_he_or_she_carries_on_only_as_the_subject(text: str, label: str) -> None:
    assert _labels(text, "Acme") == (label,)


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        ("Globex cancelled my order again this month. Acme never has.", ("negative", "positive")),
        ("Acme's courier was rude and late. Globex's wasn't.", ("negative", "positive")),
    ],
)
def test_a_short_denial_after_another_brands_sentence_takes_the_opposite(
    text: str, labels: tuple[str, str]
) -> None:
    first, second = ("Globex", "Acme") if text.startswith("Globex") else ("Acme", "Globex")
    assert _labels(text, first, second) == labels


def test_a_short_denial_after_a_complaint_about_no_other_brand_is_no_praise() -> None:
    text = "Three hours on hold and cut off twice. Never again, Acme."
    assert _labels(text, "Acme") != ("positive",)


def test_beats_anything_a_brand_serves_makes_it_the_foil() -> None:
    text = "Acme's pizza beats anything Globex has put in a box."
    assert _labels(text, "Acme", "Globex") == ("positive", "negative")


@pytest.mark.parametrize(
    "text",
    ["Thinking of switching to Acme next month.", "Considering switching to Acme for broadband."],
)
def test_a_switch_only_thought_of_chooses_nothing(text: str) -> None:
    assert _labels(text, "Acme") == ("neutral",)


def test_which_is_better_asks_and_praises_neither() -> None:
    text = "Which is better for a family of four, Acme or Globex?"
    assert _labels(text, "Acme", "Globex") == ("neutral", "neutral")


@pytest.mark.parametrize(
    "text",
    [
        "Acme turned up on Monday, but Globex never turned up at all.",
        "Acme kept to the quote whereas Globex added hidden fees at the end.",
    ],
)
def test_a_bare_clause_before_a_contrast_about_another_brand_turns_from_it(text: str) -> None:
    assert _labels(text, "Acme", "Globex") == ("positive", "negative")


@pytest.mark.parametrize(
    "text",
    [
        "Had lunch at Globex yesterday. Bland and overpriced, the Acme place opposite is far better.",
        "Gave Globex one more go. Awful again, honestly Acme is much better value.",
    ],
)
def test_what_opens_a_sentence_before_another_brand_goes_on_about_the_one_before(
    text: str,
) -> None:
    assert _labels(text, "Globex", "Acme") == ("negative", "positive")


def test_an_opening_about_the_weather_before_another_brand_is_nobodys() -> None:
    text = "Had lunch at Globex. Freezing rain all afternoon, Acme was closed."
    assert _labels(text, "Globex", "Acme")[0] == "neutral"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # praise idioms and slang
        ("Swapped my old router for an Acme one and the wifi is night and day.", "positive"),
        ("Been on Acme's laptop for a year. It just works.", "positive"),
        ("Rained the whole week, but the Acme rep made our holiday.", "positive"),
        ("Credit to Acme, they rebooked everyone within the hour.", "positive"),
        ("The Acme rug arrived today, exactly as described.", "positive"),
        ("Acme's rug was not as described at all.", "negative"),
        ("Bought a used van from Acme and they threw in new tyres.", "positive"),
        ("The spicy wrap at Acme slaps.", "positive"),
        ("Acme keeps listening to feedback, every update is better.", "positive"),
        ("Acme does the same job for half the price.", "positive"),
        ("Acme didn't charge me for the second visit.", "positive"),
        ("Four years with Acme and never had a single issue.", "positive"),
        # complaints the lists lacked
        ("Acme has been overcharging my mum for months.", "negative"),
        ("My Acme earbuds' battery dies after an hour.", "negative"),
        ("Our Acme reservation vanished from the system.", "negative"),
        ("Acme's helpline hangs up after ten minutes of music.", "negative"),
        ("The Acme app won't let me change my address.", "negative"),
        ("Acme won't let me down, they never have.", "positive"),
        ("The Acme pastries tasted like cardboard.", "negative"),
        # words of the lists that name something and say nothing of it
        ("Acme stores close early on the bank holiday.", "neutral"),
        ("FYI Acme moved its Leeds office to Wellington Street.", "neutral"),
        ("Acme's latest update adds a dark mode setting.", "neutral"),
        ("Acme did our tyre fitting on Tuesday.", "neutral"),
        ("Acme's new battle pass comes out in March.", "neutral"),
        ("No idea whether Acme opens on Sundays.", "neutral"),
    ],
)
def test_round8_idioms_slang_and_words_the_lists_lacked(text: str, label: str) -> None:
    assert toward(text, "Acme")["Acme"].label == label  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # laughter at a failure, in a post about a brand
        ("The Acme app crashed again lol", "negative"),
        ("Acme app logged me out mid-payment again haha", "negative"),
        ("Acme's 'express' delivery took nine days \U0001f602", "negative"),
        ("The new Acme ad is so good lol", "positive"),  # glee beside praise stays glee
        # liking said of a complaint
        ("Really loving the third Acme outage this month.", "negative"),
        ("Enjoying another hour on hold with Acme.", "negative"),
        ("Love the Acme app, no more queues at the counter.", "positive"),
        ("Absolutely loved the horror night at the Acme cinema.", "positive"),
        # an exclamation before the thanks, shout-outs that thank, "can't wait"
        ("Gee, thanks Acme, my train is cancelled again.", "negative"),
        ("Wow, thanks Acme for fixing my boiler on a Sunday.", "positive"),
        ("Shout out to Acme for losing my suitcase for the second trip running.", "negative"),
        ("Shoutout to Acme for the free coffee this morning!", "positive"),
        (
            "Can't wait for another Acme outage tonight, really the highlight of my week.",
            "negative",
        ),
        ("Can't wait to try the new Acme menu, it looks amazing.", "positive"),
        # "only" months is no speed
        ("Kudos to Acme for only taking 7 months to replace our window.", "negative"),
        ("Acme only took 20 minutes to fit the new tyres.", "positive"),
    ],
)
def test_round8_laughter_and_sarcasm_at_a_complaint(text: str, label: str) -> None:
    assert toward(text, "Acme")["Acme"].label == label  # type: ignore[attr-defined]


def test_laughter_about_no_brand_stays_cheerful() -> None:
    """People who rated tweets read laughing at one's own mishap as cheerful."""
    assert analyse("Missed my bus again lol", language="en").document.compound > (
        analyse("Missed my bus again", language="en").document.compound
    )


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # set phrases of irony right after a failure, sincere elsewhere
        ("Acme lost our bags on the way out and back. The gift that keeps on giving.", "negative"),
        ("Acme broadband dropped five times tonight. Living the dream.", "negative"),
        ("Got an Acme cookbook for Christmas. The gift that keeps on giving.", "positive"),
        # still sitting, stuck or sat there
        ("Booked Acme for a 10am collection and I'm still sitting here.", "negative"),
        ("Our Acme flight is still stuck at the gate.", "negative"),
        # what was left out, before or without even doing it
        ("Acme quoted £400 before even opening the bonnet.", "negative"),
        ("Acme cancelled my order without even an email.", "negative"),
        ("Set up the Acme hub without even looking at the manual, so easy.", "positive"),
        ("Acme didn't bother to reply to my complaint.", "negative"),
        ("The hum of the Acme fridge didn't bother me at all.", "positive"),
        # a favour of time, and a comparative the lists lacked
        ("The Acme mechanic stayed an hour after closing to finish our car.", "positive"),
        ("Acme's receptionist stayed 20 minutes past her shift to sort our booking.", "positive"),
        ("Acme's new pricing is way fairer.", "positive"),
    ],
)
def test_round8_ironic_idioms_waiting_omissions_and_favours(text: str, label: str) -> None:
    assert toward(text, "Acme")["Acme"].label == label  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # "Nothing says X like Y": sarcasm when Y is bad, praise when it is not
        ("Nothing says 'premium service' like Acme losing my booking twice.", "negative"),
        ("Nothing says luxury like an Acme hotel room with a broken shower.", "negative"),
        ("Nothing says Christmas like an Acme mince pie.", "positive"),
        ("Nothing says love like a box of Acme chocolates.", "positive"),
        # an exclamation that opens a complaint is shock, not praise
        ("Wow Acme, billing me for a month I had already cancelled.", "negative"),
        ("Wow, Acme staff were rude from start to finish.", "negative"),
        ("Wow, the Acme team finished the kitchen in two days!", "positive"),
        # what made the stay, and a grubby showroom
        ("Grey skies all week but the Acme cafe's pancakes made every morning.", "positive"),
        (
            "The Acme shop looked great online. In person it's dusty shelves and half-empty racks.",
            "negative",
        ),
        # a few minutes is quick
        ("Signing up with Acme took two minutes.", "positive"),
        ("Getting served at Acme took 45 minutes.", "negative"),
    ],
)
def test_round8_nothing_says_exclamations_and_quick_minutes(text: str, label: str) -> None:
    assert toward(text, "Acme")["Acme"].label == label  # type: ignore[attr-defined]


def test_an_exclamation_before_no_longer_is_no_complaint() -> None:
    """'no' alone (VADER's -1.2) is no complaint for an exclamation to be shocked at."""
    text = "Wow, Acme's new app means you no longer have to queue at the desk."
    assert toward(text, "Acme")["Acme"].label == "positive"  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # a parcel left where it is ruined, and sarcasm about it
        ("The Acme driver left my parcel in the recycling bin.", "negative"),
        ("Love that Acme threw my new monitor over the fence.", "negative"),
        ("Acme left the spare key with the neighbour as asked.", "neutral"),
        # something that is down
        ("Nice one Acme, the website is down on the last day of the sale.", "negative"),
        ("Acme's payment system went down again this morning.", "negative"),
        ("Acme's fees went down this year.", "positive"),
        # "smart" in a product's name is no praise
        ("The Acme smart meter keeps losing signal.", "negative"),
        ("Acme is fitting smart meters on our street next week.", "neutral"),
        # connections that drop, and what has worked since
        ("My Acme router drops the connection at 9 every night.", "negative"),
        ("Acme fitted a new boiler within a day and it's worked ever since.", "positive"),
    ],
)
def test_round8_left_in_the_rain_things_down_and_connections(text: str, label: str) -> None:
    assert toward(text, "Acme")["Acme"].label == label  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # tastes or smells like something no food should
        ("The Acme soup tasted like dishwater.", "negative"),
        ("The Acme hotel towels smelled like bleach.", "negative"),
        # judgements the lists lacked, and an idiom of comfort
        ("Acme's delivery is hit and miss.", "negative"),
        ("Acme's prices are unbeatable.", "positive"),
        ("Acme's Friday quiz is the only thing getting me through winter.", "positive"),
        # a bill told by its numbers
        ("Acme has my bill at £52 now instead of £38.", "negative"),
        ("My Acme bill went from £41 to £29 after the review.", "positive"),
        ("The Acme gym fee was £25, now it's £35.", "negative"),
        ("Acme rooms range from £50 to £80 a night.", "neutral"),
        # a delivery told by its weekdays
        ("Ordered from Acme on Thursday, it was on the doorstep Friday.", "positive"),
        ("Ordered from Acme on Tuesday, it's Saturday and nothing.", "negative"),
    ],
)
def test_round8_tastes_like_bills_by_numbers_and_weekdays(text: str, label: str) -> None:
    assert toward(text, "Acme")["Acme"].label == label  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Unlike most banks, Acme actually answers the phone.", "positive"),
        ("Acme never answers the phone after 4pm.", "negative"),
        ("Nobody answers at Acme on weekends.", "negative"),
        ("Told the Acme manager about the mould and he laughed in my face.", "negative"),
    ],
)
def test_round8_answering_the_phone_and_being_laughed_at(text: str, label: str) -> None:
    assert toward(text, "Acme")["Acme"].label == label  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Is the Acme cafe still open on Mondays or did they close it?", "neutral"),
        ("Does Acme still take cash or have they stopped that?", "neutral"),
        ("Is it just me or is the Acme app awful since the update?", "negative"),
        ("Why does Acme cancel my order or lose it every single time?", "negative"),
    ],
)
def test_round8_a_question_between_two_things_asserts_neither(text: str, label: str) -> None:
    assert toward(text, "Acme")["Acme"].label == label  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("The Acme room was damp and the carpets shabby.", "negative"),
        ("Acme's chips came out lukewarm and rubbery.", "negative"),
        ("The Acme receptionist was curt and patronising.", "negative"),
        ("Acme botched the tiling and charged an extortionate callout fee.", "negative"),
        ("Nothing but hassle since we joined Acme.", "negative"),
        ("The Acme cottage was immaculate and the hosts so accommodating.", "positive"),
        ("Acme's new app is intuitive and the team were thorough.", "positive"),
        ("Acme's croissants have proper flaky pastry.", "positive"),
        ("Acme's wifi is flaky in the back rooms.", "negative"),
    ],
)
def test_round8_everyday_review_judgements(text: str, label: str) -> None:
    assert toward(text, "Acme")["Acme"].label == label  # type: ignore[attr-defined]
