from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from mentions.matching import BrandQuery, Matcher, highlight_spans, search_pattern


def q(*phrases: str, required=(), excluded=(), languages=(), brand_id: int = 1) -> BrandQuery:
    return BrandQuery(brand_id, phrases, tuple(required), tuple(excluded), tuple(languages))


def test_word_boundaries_and_case() -> None:
    acme = q("Acme")
    assert acme.match("I love ACME's new phone")
    assert acme.match("#acme is trending")
    assert acme.match("acme.")
    assert acme.match("Ärger mit Acme-Produkten") is not None
    assert acme.match("Acmeville is a town") is None
    assert acme.match("megaacme") is None
    assert acme.match("acme_corp") is None  # underscore is a word character


def test_phrases_match_across_whitespace_and_report_terms() -> None:
    m = q("Acme Rocket").match("The acme\n  rocket exploded")
    assert m is not None
    assert m.terms == ["acme\n  rocket"]
    assert q("Acme Rocket").match("acme rockets") is None


def test_or_and_not() -> None:
    brand = q("Acme", "ACME Corp", required=["phone"], excluded=["cartoon", "road runner"])
    assert brand.match("Acme phone review")
    assert brand.match("Acme laptop review") is None  # required word missing
    assert brand.match("Acme phone in the Road Runner cartoon") is None  # excluded
    assert brand.match("Acme phone road-runner") is not None  # "road runner" needs the space


def test_languages_filter_only_known_languages() -> None:
    brand = q("Acme", languages=["en", "de"])
    assert brand.match("Acme", "de")
    assert brand.match("Acme", "fr") is None
    assert brand.match("Acme", "")  # unknown language is not excluded


def test_unicode_brands() -> None:
    assert q("Škoda").match("Moje ŠKODA je super")
    assert q("Ørsted").match("ørsted's results")
    assert q("Ørsted").match("Ørstedværket") is None
    assert q("Київстар").match("Київстар знову не працює")


def test_matcher_handles_several_brands() -> None:
    matcher = Matcher([q("Acme", brand_id=1), q("Globex", brand_id=2)])
    found = matcher.match("Acme is better than Globex")
    assert set(found) == {1, 2}
    assert found[2].spans == [(20, 26)]


def test_highlight_spans_round_trip() -> None:
    text = "Acme and acme"
    pieces = highlight_spans(text, q("acme").spans(text))
    assert "".join(p for p, _ in pieces) == text
    assert [p for p, hit in pieces if hit] == ["Acme", "acme"]


brand_words = st.text(alphabet=st.characters(categories=["L"]), min_size=2, max_size=12)
separators = st.sampled_from([" ", ", ", ". ", "! ", "'s ", "\n", " #", " (", ") ", "-", "…"])
filler = st.lists(
    st.text(alphabet=st.characters(categories=["L", "N"]), min_size=1, max_size=8), max_size=6
)


@given(brand=brand_words, before=filler, after=filler, sep1=separators, sep2=separators)
def test_property_brand_between_separators_always_matches(brand, before, after, sep1, sep2) -> None:
    text = " ".join(before) + sep1 + brand.swapcase() + sep2 + " ".join(after)
    match = q(brand).match(text)
    assert match is not None
    assert any(text[a:b].casefold() == brand.swapcase().casefold() for a, b in match.spans)


@given(
    brand=brand_words,
    prefix=st.text(alphabet=st.characters(categories=["L", "N"]), min_size=1, max_size=5),
)
def test_property_brand_glued_to_letters_never_matches(brand, prefix) -> None:
    assert q(brand).match(prefix + brand + prefix) is None


@given(brand=brand_words, text=st.text(max_size=200), word=brand_words)
def test_property_excluded_word_always_wins(brand, text, word) -> None:
    sample = f"{brand} {text} {word}"
    assert (
        q(brand, excluded=[word]).match(sample) is None or word.casefold() not in sample.casefold()
    )


@given(
    brand=brand_words,
    before=st.text(max_size=150),
    after=st.text(max_size=150),
    sep1=separators,
    sep2=separators,
)
def test_property_spans_point_at_the_brand(brand, before, after, sep1, sep2) -> None:
    # The brand stands in the text between separators, so there is always a span to check
    # (random text alone almost never contains a random brand); any other it finds in the
    # random text must point at the brand too.
    text = before + sep1 + brand + sep2 + after
    spans = q(brand).spans(text)
    assert (len(before) + len(sep1), len(before) + len(sep1) + len(brand)) in spans
    for a, b in spans:
        assert text[a:b].casefold() == brand.casefold()
        assert a == 0 or (not text[a - 1].isalnum() and text[a - 1] != "_")


def test_full_case_folding_maps_spans_back() -> None:
    text = "Neue STRASSE-Karte von Straße Maps"
    m = q("Straße").match(text)
    assert m is not None
    assert [text[a:b] for a, b in m.spans] == ["STRASSE", "Straße"]
    assert q("strasse").match("Die Straße ist gesperrt").terms == ["Straße"]


ascii_terms = st.lists(
    st.text(alphabet="acmeACME _-'.", min_size=1, max_size=6).filter(str.strip),
    min_size=1,
    max_size=3,
)


@given(terms=ascii_terms, text=st.text(alphabet="acmeACME _-'.#\n\t1xé", max_size=60))
def test_property_ascii_fast_path_finds_what_the_full_pattern_finds(terms, text) -> None:
    query = BrandQuery(1, tuple(terms))
    folded = text.casefold()
    full = [m.span() for m in query._phrases.finditer(folded)] if query._phrases else []
    assert query.spans(text) == full


def test_ascii_fast_path_skips_matches_glued_to_a_word_and_retries() -> None:
    query = q("acme", "acme acme")
    assert query.spans("xacme acme_ acme ACME") == [(12, 21)]
    assert query.spans("aacme acmeacme acme") == [(15, 19)]


def test_combining_marks_glue_like_letters() -> None:
    # "İ" case-folds to "i" + a combining dot: the brand must still not match inside a word.
    assert q("AI").match("AİAIAİ") is None
    assert q("AI").match("İ AI İ") is not None


def test_search_pattern_reads_websearch_syntax_and_survives_any_input() -> None:
    pattern = search_pattern('Recall "data breach" or -lawsuit OR acme')
    assert pattern is not None
    text = "Recalled after a data  breach; ACME's lawsuit, or a databreach"
    assert [m.group() for m in pattern.finditer(text)] == ["Recalled", "data  breach", "ACME"]
    for nothing in ("", "   ", "***", "-only -excluded", "or OR", '"', '-"x y"'):
        assert search_pattern(nothing) is None, nothing
    hostile = search_pattern("a.b( [c")  # regex characters are only text
    assert hostile is not None
    assert [m.group() for m in hostile.finditer("x a.b( [c")] == ["a", "b", "c"]
