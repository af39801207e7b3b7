"""The learned second opinion on English labels toward brands (mentions.targeted_model).

The rules' own tests (test_sentiment_targeted.py) run with the model off; here is the model:
that its shipped weights are what its corpus trains with the rules as they are, how it
overrules, and what it gives on sets it was not trained on.
"""

from __future__ import annotations

import pytest

from mentions import targeted_model
from mentions.sentiment import analyse
from mentions.targeted_model import LABELS, Model
from tests.mentions.targeted_texts import spans_of


def _labels(text: str, *brands: str, model: bool = True, **kwargs) -> tuple[str, ...]:
    targets = {b: spans_of(text, b) for b in brands}
    found = analyse(text, targets=targets, language="en", model=model, **kwargs).targets
    return tuple(found[b].label for b in brands)


def _accuracy(texts, model: bool = True) -> float:
    right = total = 0
    for text, wanted in texts:
        labels = _labels(text, *wanted, model=model)
        right += sum(got == want for got, want in zip(labels, wanted.values(), strict=True))
        total += len(wanted)
    return right / total


# -- the shipped weights ------------------------------------------------------------------


def test_the_weights_were_trained_on_the_corpus_as_the_rules_read_it_now() -> None:
    """The model reads the rules' result: after a change to the rules (or the corpus) it must
    be trained again (`manage.py train_targeted`), or it would weigh features it never saw."""
    shipped = targeted_model.read()
    rows = targeted_model.corpus()
    data = targeted_model.examples(rows)
    assert (shipped["texts"], shipped["labels"]) == (len(rows), len(data))
    assert shipped["features_digest"] == targeted_model.digest(data), (
        "The rules or the corpus changed: run `manage.py train_targeted` and set a new "
        "mentions.sentiment.VERSION"
    )


def test_training_the_corpus_again_gives_the_shipped_weights() -> None:
    """Nothing in the weights file was put there by hand: the command's training, run again,
    gives it (to rounding; about a minute and a half)."""
    shipped = targeted_model.read()
    built = targeted_model.build(targeted_model.corpus())
    assert built["features_digest"] == shipped["features_digest"]
    assert built["margin"] == shipped["margin"]
    assert built["weights"].keys() == shipped["weights"].keys()
    worst = max(
        abs(a - b)
        for key, weights in built["weights"].items()
        for a, b in zip(weights, shipped["weights"][key], strict=True)
    )
    assert worst <= 1e-3


def test_the_corpus_is_labelled_brand_by_brand_with_every_brand_in_its_text() -> None:
    rows = targeted_model.corpus()
    assert len(rows) >= 9000
    assert len({text for text, _ in rows}) == len(rows)
    for text, labels in rows:
        assert labels and set(labels.values()) <= set(LABELS), text
        assert all(spans_of(text, brand) for brand in labels), text


# -- how it overrules -----------------------------------------------------------------------


def _model(weights: dict[str, tuple[float, float, float]], margin: float = 0.5) -> Model:
    return Model(weights, margin)


def test_the_rules_label_stands_unless_the_model_is_surer_of_another_by_the_margin() -> None:
    model = _model({"p:refund": (0.0, 0.0, 3.0), "p:late": (1.0, 0.0, 0.0)})
    # the model agrees with the rules
    assert model.verdict({"p:refund": 1.0}, "positive") is None
    # the model prefers negative, but only by about 0.3: the rules' label stands
    assert model.verdict({"p:late": 1.0}, "positive") is None
    verdict = model.verdict({"p:refund": 1.0, "bias": 1.0}, "negative")
    assert verdict is not None
    assert (verdict.label, verdict.rules_label) == ("positive", "negative")
    assert verdict.compound == round(verdict.probabilities[2] - verdict.probabilities[0], 4)
    assert verdict.reasons[0][0] == "refund"
    assert verdict.confidence > 85 and verdict.rules_confidence < 10


def test_a_neutral_verdict_scores_zero() -> None:
    verdict = _model({"d:question": (0.0, 4.0, 0.0)}).verdict({"d:question": 1.0}, "negative")
    assert verdict is not None and (verdict.label, verdict.compound) == ("neutral", 0.0)


def test_reasons_read_as_words() -> None:
    model = _model({"d3:_t__never_fixed": (4.0, 0.0, 0.0), "p:NOT_again": (2.0, 0.0, 0.0)})
    verdict = model.verdict({"d3:_t__never_fixed": 1.0, "p:NOT_again": 1.0}, "positive")
    assert verdict is not None
    assert [words for words, _ in verdict.reasons] == ["(the brand) never fixed", "again"]


def test_an_overruled_label_holds_whatever_the_workspaces_thresholds(monkeypatch) -> None:
    """The workspace's thresholds decide labels from scores; a label the model gave must hold
    under them too (here a made-up model that always says negative)."""
    text = "Acme is great."
    assert _labels(text, "Acme", model=False) == ("positive",)
    monkeypatch.setattr(targeted_model, "load", lambda: _model({"bias": (9.0, 0.0, 0.0)}))
    targets = {"Acme": spans_of(text, "Acme")}
    score = analyse(text, targets=targets, language="en", positive=0.6, negative=-0.6)
    acme = score.targets["Acme"]
    assert acme.learned is not None and acme.learned.rules_label == "positive"
    assert acme.label == "negative" and acme.compound <= -0.6


def test_without_weights_the_rules_decide(monkeypatch) -> None:
    text = "Acme dug up our road 3 times in 6 weeks and never fixed the leak. Genius."
    monkeypatch.setattr(targeted_model, "load", lambda: None)
    with_nothing = _labels(text, "Acme")
    assert with_nothing == _labels(text, "Acme", model=False)


def test_other_languages_are_left_to_their_rules() -> None:
    text = "Acme war super, aber Globex hat mein Paket verloren."
    targets = {b: spans_of(text, b) for b in ("Acme", "Globex")}
    analysis = analyse(text, targets=targets, language="de")
    assert analysis.features == {}
    assert all(score.learned is None for score in analysis.targets.values())
    alone = analyse(text, targets=targets, language="de", model=False)
    assert analysis.targets == alone.targets


def test_ingest_and_the_explanation_give_the_same_labels() -> None:
    """Ingest scores with explain=False; the mention page explains: the model's verdicts are
    the same both ways on every corpus text the model overrules."""
    for text, wanted in targeted_model.corpus()[::9]:
        targets = {b: spans_of(text, b) for b in wanted}
        full = analyse(text, targets=targets, language="en")
        bare = analyse(text, targets=targets, language="en", explain=False)
        for brand in wanted:
            assert full.targets[brand].label == bare.targets[brand].label, text
            assert full.targets[brand].compound == bare.targets[brand].compound, text


# -- what it gives ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "brands", "labels"),
    [
        # Plain posts, written for this test (none is in the corpus): the model must not
        # overrule what anyone would read the same way.
        ("Acme is great, but Globex is awful.", ("Acme", "Globex"), ("positive", "negative")),
        ("Thanks Acme, sorted in ten minutes!", ("Acme",), ("positive",)),
        ("Globex is better than Acme.", ("Globex", "Acme"), ("positive", "negative")),
        ("Avoid Acme. Three weeks and still no refund.", ("Acme",), ("negative",)),
        ("Acme opens a new branch in Leeds on Monday.", ("Acme",), ("neutral",)),
        ("Love my new Acme kettle, boils in seconds.", ("Acme",), ("positive",)),
        (
            "Left Globex for Acme and never looked back.",
            ("Globex", "Acme"),
            ("negative", "positive"),
        ),
        ("Does anyone know if Acme delivers to Cork?", ("Acme",), ("neutral",)),
        (
            "Awful trip: delayed train, rain all day, lost luggage. The Acme hotel staff were "
            "lovely though.",
            ("Acme",),
            ("positive",),
        ),
        ("Acme's new app keeps crashing. They really need to fix it.", ("Acme",), ("negative",)),
        ("Brilliant service from Acme as always.", ("Acme",), ("positive",)),
        ("Acme charged me twice and nobody answers the phone.", ("Acme",), ("negative",)),
    ],
)
def test_plain_posts_keep_their_plain_labels(text: str, brands, labels) -> None:
    assert _labels(text, *brands) == labels


def test_on_blind_sets_the_model_gains_where_the_rules_were_not_tuned() -> None:
    """Rounds 8's and 9's blind sets: written by people who saw neither the rules nor the
    corpus, never read, and not in the corpus: the rules alone get 0.74 and 0.73, with the
    model 0.89 and 0.88 (the README's table). Rounds 5-7's blind sets were read and tuned on by the rules (0.92-0.95 by the
    rules alone), never trained on by the model: it must keep them."""
    from tests.blind import targeted as blind5
    from tests.blind6 import targeted as blind6
    from tests.blind7 import targeted as blind7
    from tests.blind8 import targeted as blind8
    from tests.blind9 import targeted as blind9

    assert _accuracy(blind8.BLIND_TARGETED) >= 0.86
    assert _accuracy(blind9.BLIND_TARGETED) >= 0.85
    for tuned in (blind5, blind6, blind7):
        assert (
            _accuracy(tuned.BLIND_TARGETED) >= _accuracy(tuned.BLIND_TARGETED, model=False) - 0.02
        )


def test_texts_longer_than_what_it_learned_from_are_left_to_the_rules() -> None:
    text = "Acme is fine. " + "We went to the seaside and had chips on the pier. " * 25
    assert len(text) > targeted_model.MAX_CHARS
    targets = {"Acme": spans_of(text, "Acme")}
    analysis = analyse(text, targets=targets, language="en")
    assert analysis.features == {} and analysis.targets["Acme"].learned is None
    assert analysis.targets == analyse(text, targets=targets, language="en", model=False).targets


def test_ingest_leaves_out_the_reasons_only() -> None:
    text = "Acme dug up our road 3 times in 6 weeks and never fixed the leak. Genius."
    targets = {"Acme": spans_of(text, "Acme")}
    full = analyse(text, targets=targets, language="en").targets["Acme"]
    bare = analyse(text, targets=targets, language="en", explain=False).targets["Acme"]
    assert full.learned is not None and full.learned.reasons
    assert bare.learned is not None and bare.learned.reasons == ()
    assert (bare.label, bare.compound) == (full.label, full.compound)


def test_the_model_is_loaded_once_per_process() -> None:
    assert targeted_model.load() is targeted_model.load()
