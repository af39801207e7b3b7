from __future__ import annotations

import pytest
from django.db import transaction

from mentions import sentiment
from mentions.ingest import ingest
from mentions.models import Mention, MentionBrand
from mentions.signals import mentions_stored
from tests.mentions.factories import brand, item

pytestmark = pytest.mark.django_db


def test_stores_items_with_brand_matches_and_sentiment(workspace) -> None:
    acme = brand(workspace)
    globex = brand(workspace, "Globex", is_competitor=True)
    result = ingest(
        workspace,
        [item(1, "Acme is wonderful and I love it. Globex is terrible and broke twice.")],
    )
    assert result.new == 1 and result.duplicates == 0
    mention = Mention.objects.get()
    assert mention.workspace == workspace
    assert mention.url == "https://news.example/1"
    matches = {m.brand_id: m for m in MentionBrand.objects.filter(mention=mention)}
    assert set(matches) == {acme.pk, globex.pk}
    # The sentiment toward each brand, not one number for the whole mention.
    assert matches[acme.pk].sentiment_label == "positive"
    assert matches[globex.pk].sentiment_label == "negative"
    assert matches[acme.pk].matched == ["Acme"]
    assert mention.model_sentiment is not None
    assert mention.sentiment == mention.model_sentiment
    assert mention.language == "en"


def test_each_brand_match_carries_the_reviews_rating(workspace) -> None:
    """Per-brand rating queries (the rating-drop rule) read the rating from the matches."""
    acme, globex = brand(workspace), brand(workspace, "Globex", is_competitor=True)
    ingest(workspace, [item(1, "Acme beats Globex", rating=2), item(2, "Acme again")])
    rated = Mention.objects.get(external_id="guid-1")
    assert rated.rating == 2
    matches = MentionBrand.objects.filter(mention=rated)
    assert {(m.brand_id, m.rating) for m in matches} == {(acme.pk, 2), (globex.pk, 2)}
    assert MentionBrand.objects.get(mention__external_id="guid-2").rating is None


def test_same_items_twice_are_stored_once(workspace) -> None:
    brand(workspace)
    items = [item(i) for i in range(5)]
    assert ingest(workspace, items).new == 5
    again = ingest(workspace, items)
    assert (again.new, again.duplicates) == (0, 5)
    assert Mention.objects.count() == 5


def test_stored_items_are_counted_before_any_scoring(workspace, monkeypatch) -> None:
    """A re-poll pays only for its new items: known GUIDs and URLs skip normalising,
    matching and sentiment."""
    brand(workspace)
    ingest(workspace, [item(i) for i in range(5)])
    scored = []
    real_analyse = sentiment.analyse

    def counting_analyse(text, **kwargs):
        scored.append(text)
        return real_analyse(text, **kwargs)

    monkeypatch.setattr(sentiment, "analyse", counting_analyse)
    renamed = item(2, external_id="a-new-guid-for-a-known-url")
    result = ingest(workspace, [*(item(i) for i in range(5)), renamed, item(7)])
    assert (result.new, result.duplicates) == (1, 6)
    assert len(scored) == 1 and scored[0].startswith("Story 7")
    assert Mention.objects.count() == 6


def test_duplicates_within_one_batch(workspace) -> None:
    brand(workspace)
    result = ingest(
        workspace, [item(1), item(1), item(2, url="https://news.example/1?utm_source=x")]
    )
    assert (result.new, result.duplicates) == (1, 2)


def test_changed_guids_with_same_urls_are_not_doubled(workspace) -> None:
    brand(workspace)
    ingest(workspace, [item(i) for i in range(3)])
    renamed = [item(i, external_id=f"new-guid-{i}") for i in range(3)]
    result = ingest(workspace, renamed)
    assert (result.new, result.duplicates) == (0, 3)
    assert Mention.objects.count() == 3


def test_generic_source_keeps_only_matching_items(workspace) -> None:
    brand(workspace)
    result = ingest(workspace, [item(1), item(2, "Nothing about our client here")])
    assert (result.new, result.unmatched) == (1, 1)


def test_bound_source_keeps_everything_for_its_brand(workspace) -> None:
    acme = brand(workspace)
    result = ingest(workspace, [item(1, "A story without the name")], bound_brand_id=acme.pk)
    assert result.new == 1
    assert MentionBrand.objects.get().brand == acme


def test_hostile_html_is_stored_sanitized(workspace) -> None:
    brand(workspace)
    hostile = '<p>Acme <b>rocks</b><script>alert(1)</script><a href="#" hx-post="/logout/" onclick="x()">x</a></p>'
    ingest(workspace, [item(1, "", html=hostile)])
    mention = Mention.objects.get()
    assert "<b>rocks</b>" in mention.html
    for bad in ("<script", "hx-post", "onclick"):
        assert bad not in mention.html
    assert "alert(1)" not in mention.text
    assert mention.text.startswith("Acme rocks")


def test_syndicated_copies_point_to_the_first(workspace) -> None:
    brand(workspace)
    story = "Acme announced today that it will open a new factory in the north of the country. " * 3
    ingest(workspace, [item(1, story, title="Acme opens factory")])
    ingest(workspace, [item(2, story, title="Acme opens factory", url="https://other.example/x")])
    first, copy = Mention.objects.order_by("id")
    assert copy.duplicate_of == first
    assert first.duplicate_of is None


def test_future_and_missing_dates_are_clamped(workspace) -> None:
    from datetime import timedelta

    from django.utils import timezone

    brand(workspace)
    now = timezone.now()
    ingest(
        workspace,
        [item(1, published_at=None), item(2, published_at=now + timedelta(days=2))],
        now=now,
    )
    assert set(Mention.objects.values_list("published_at", flat=True)) == {now}


def test_other_workspaces_are_untouched(workspace, other_workspace) -> None:
    brand(workspace)
    brand(other_workspace)
    ingest(workspace, [item(1)])
    result = ingest(other_workspace, [item(1)])
    assert result.new == 1  # same GUID, other workspace: its own mention
    assert Mention.objects.filter(workspace=other_workspace).count() == 1


@pytest.mark.django_db(transaction=True)
def test_announcement_carries_ids_and_brands(workspace) -> None:
    acme = brand(workspace)
    heard = []

    def listener(**kwargs: object) -> None:
        heard.append(kwargs)

    mentions_stored.connect(listener)
    try:
        with transaction.atomic():
            result = ingest(workspace, [item(1), item(2)])
            assert heard == []  # nothing is announced before the commit
    finally:
        mentions_stored.disconnect(listener)
    assert len(heard) == 1
    assert heard[0]["workspace_id"] == workspace.pk
    assert heard[0]["mention_ids"] == result.mention_ids
    assert heard[0]["brand_ids"] == [acme.pk]


def test_a_hostile_link_does_not_fail_the_batch(workspace) -> None:
    brand(workspace)
    result = ingest(workspace, [item(1, url="http://[::1/broken"), item(2)])
    assert result.new == 2
    assert Mention.objects.get(external_id="guid-1").url == ""


def test_a_title_that_repeats_the_texts_opening_is_scored_once(workspace, client, owner) -> None:
    brand(workspace)
    text = "Acme skates are awful, they broke twice. Support answered in a day, which was great."
    ingest(
        workspace,
        [
            item(1, text, title="Acme skates are awful, they broke twice"),  # its first line
            item(2, text, title="Skate review"),  # a title of its own is scored too
        ],
    )
    once, own_title = Mention.objects.order_by("external_id")
    alone = sentiment.analyse(text, language="en").document.compound
    assert once.model_sentiment == pytest.approx(alone, abs=1e-4)
    with_title = sentiment.analyse(f"Skate review\n{text}", language="en").document.compound
    assert own_title.model_sentiment == pytest.approx(with_title, abs=1e-4)
    # The mention page explains the same text: the sentence is listed once.
    client.force_login(owner)
    page = client.get(f"/w/{workspace.slug}/mentions/{once.pk}/").content.decode()
    explanation = page.split("Why this sentiment", 1)[1].split("Notes", 1)[0]
    toward, whole = explanation.split("Whole text, sentence by sentence", 1)
    assert whole.count("they broke twice") == 1
    assert toward.count("they broke twice") == 1  # and once among what counted toward Acme


def test_the_workspaces_language_reads_a_short_post_of_close_languages(workspace) -> None:
    acme = brand(workspace)
    text = "Leveringen fra Acme kom for sent, dårlig"  # Norwegian, or Danish
    ingest(workspace, [item(1, text, title="Acme")])
    unsure = MentionBrand.objects.get(brand=acme)
    assert unsure.mention.language in ("", None) and unsure.sentiment_label == "unscored"

    workspace.language = "nb"
    workspace.save(update_fields=["language"])
    ingest(workspace, [item(2, text + ".", title="Acme")])
    mention = Mention.objects.get(url="https://news.example/2")
    assert mention.language == "nb"
    assert MentionBrand.objects.get(mention=mention).sentiment_label == "negative"


def test_a_text_that_fails_the_scorer_is_stored_with_its_whole_texts_score(
    workspace, monkeypatch, caplog
) -> None:
    """A rule that raises on one odd post (as a KeyError in comparisons once did) must not stop
    the batch: the post is stored, each brand getting the whole text's score, and the error is
    logged; the other posts are scored as usual."""
    brand(workspace)
    real = sentiment._target_sentences

    def fails_on_one_post(text, *args, **kwargs):
        if "odd post" in text:
            raise KeyError("")
        return real(text, *args, **kwargs)

    monkeypatch.setattr(sentiment, "_target_sentences", fails_on_one_post)
    odd = "An odd post: Acme is wonderful and I love it."
    result = ingest(workspace, [item(1, odd), item(2, "Acme is wonderful and I love it.")])
    assert result.new == 2
    stored = {m.external_id: m for m in Mention.objects.all()}
    match = MentionBrand.objects.get(mention=stored["guid-1"])
    assert match.sentiment == stored["guid-1"].model_sentiment
    assert match.sentiment_label == "positive"
    assert MentionBrand.objects.get(mention=stored["guid-2"]).sentiment_label == "positive"
    assert "toward its brands failed" in caplog.text


def test_a_text_that_fails_every_way_is_stored_unscored(workspace, monkeypatch) -> None:
    brand(workspace)

    def fails(*args, **kwargs):
        raise ValueError("a broken rule")

    monkeypatch.setattr(sentiment, "_score_piece", fails)
    assert ingest(workspace, [item(1, "Acme is wonderful and I love it.")]).new == 1
    match = MentionBrand.objects.get()
    assert (match.sentiment, match.sentiment_label) == (None, "unscored")
