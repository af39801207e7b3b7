from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mentions import normalise


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("https://Example.COM/a?utm_source=x&id=3&fbclid=y#frag", "https://example.com/a?id=3"),
        ("https://example.com", "https://example.com/"),
        ("http://example.com:80/x?gclid=1", "http://example.com/x"),
        (
            "https://www.google.com/url?rct=j&sa=t&url=https://news.example/acme%3Futm_medium%3Drss&ct=ga",
            "https://news.example/acme",
        ),
        ("https://l.facebook.com/l.php?u=https%3A%2F%2Fblog.example%2Fp", "https://blog.example/p"),
        ("javascript:alert(1)", ""),
        ("http://[::1", ""),  # malformed IPv6 host: refused, not an exception
        ("https://example.com:99999/x", ""),  # port out of range
        ("https://news.google.de/url?url=https://zeitung.example/a", "https://zeitung.example/a"),
        ("", ""),
    ],
)
def test_canonical_url(raw: str, expected: str) -> None:
    assert normalise.canonical_url(raw) == expected


HOSTILE = """<p onclick="steal()">Hello <b>Acme</b></p>
<script>alert('x')</script><img src=x onerror=alert(1)>
<a href="javascript:alert(1)" hx-get="/w/acme/settings/" hx-trigger="load" data-x="1">click</a>
<a href="https://ok.example/">ok</a><div hx-post="/logout/" style="position:fixed">overlay</div>
<iframe src="https://evil.example"></iframe><svg onload=alert(1)></svg>"""


def test_sanitize_html_removes_everything_active() -> None:
    clean = normalise.sanitize_html(HOSTILE)
    for bad in (
        "script",
        "onclick",
        "onerror",
        "javascript:",
        "hx-",
        "data-x",
        "style=",
        "iframe",
        "<svg",
        "<img",
    ):
        assert bad not in clean, bad
    assert "<b>Acme</b>" in clean
    assert 'href="https://ok.example/"' in clean
    assert 'rel="noopener noreferrer nofollow ugc"' in clean


def test_html_to_text() -> None:
    text = normalise.html_to_text(HOSTILE)
    assert "alert('x')" not in text
    assert "Hello Acme" in text
    assert "<" not in text
    assert normalise.html_to_text("a&amp;b<br>c") == "a&b\nc"
    # Opening and closing block tags end lines; styles and scripts vanish; entities decode.
    assert normalise.html_to_text("<p>a &amp; b</p><p>c</p><style>p{}</style>") == "a & b\n\nc"
    assert normalise.html_to_text("one<br>two<li>three</li>  four&nbsp;five") == (
        "one\ntwo\nthree\nfour five"
    )
    assert normalise.html_to_text("&lt;b&gt; is text") == "<b> is text"
    assert normalise.html_to_text("<div><p>Great product</p></div><p>Awful support</p>") == (
        "Great product\n\nAwful support"
    )
    assert normalise.html_to_text("") == ""


def test_clean_text_collapses_spaces_per_line_and_drops_control_characters() -> None:
    raw = "  Acme\u00a0\u00a0rocks \t today\x00\x07 \r\n\n\n\n  second\u2003line \ufeff\n\u200dx"
    assert normalise.clean_text(raw) == "Acme rocks today\n\nsecond line\n\u200dx"
    assert normalise.clean_text("a" * (normalise.MAX_TEXT + 10)) == "a" * normalise.MAX_TEXT
    assert normalise.clean_text("") == ""


def test_fingerprint_order_guid_then_url_then_text() -> None:
    assert normalise.fingerprint("guid-1", "https://a/", "t", "x").startswith("id:")
    assert normalise.fingerprint("", "https://a/", "t", "x").startswith("url:")
    text_fp = normalise.fingerprint("", "", "Title", "Some  text!")
    assert text_fp.startswith("txt:")
    assert text_fp == normalise.fingerprint("", "", "title", "some text")
    assert all(len(f) <= 64 for f in (text_fp, normalise.fingerprint("x" * 900, "", "", "")))


def test_content_hash_ignores_short_texts_and_formatting() -> None:
    long = "Acme announced a recall of its rocket skates after several reports " * 3
    assert normalise.content_hash("Recall", long) == normalise.content_hash(
        "RECALL", long.upper() + "!"
    )
    assert normalise.content_hash("Hi", "love acme") == ""


def test_clamp_published() -> None:
    now = datetime(2026, 1, 1, tzinfo=UTC)
    assert normalise.clamp_published(None, now) == now
    assert normalise.clamp_published(now + timedelta(days=3), now) == now
    past = now - timedelta(days=3)
    assert normalise.clamp_published(past, now) == past


# Letters, digits, ASCII and Unicode punctuation and spaces, combining marks, and characters
# whose case folding changes their length ("ß" -> "ss", "İ").
TEXTS = st.text(
    alphabet=st.sampled_from(
        [
            *"aZ09_ .,;:'\"-!?\t\n\x1c\u00a0\u2019\u201c\u2014éßİ\u0301\u00bd\u0660\u4e2d\U0001f600\u200dⅫ"
        ]
    ),
    max_size=60,
)


@given(TEXTS)
def test_normalised_words_are_the_regex_words_of_the_folded_text(text: str) -> None:
    assert normalise.normalised_words(text) == " ".join(re.findall(r"\w+", text.casefold()))


def test_scored_text_leaves_out_a_title_that_is_the_texts_opening_word_for_word() -> None:
    scored_text = normalise.scored_text
    assert scored_text("", "Acme is great") == "Acme is great"
    assert scored_text("Acme is great", "Acme is great. Really.") == "Acme is great. Really."
    assert scored_text("Acme is great", "Acme is great") == "Acme is great"
    # Not the opening of a word: "Acme" is not in "Acmeville", so the title stays.
    assert scored_text("Acme", "Acmeville is nice") == "Acme\nAcmeville is nice"
    assert scored_text("Skate review", "Acme is great") == "Skate review\nAcme is great"
