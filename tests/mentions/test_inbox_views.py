from __future__ import annotations

import csv
import io
import re
from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from mentions.ingest import ingest
from mentions.models import LexiconEntry, Mention, MentionBrand
from orm_dashboard.models import Event
from tests.helpers import url
from tests.mentions.factories import brand, item, rss_source

pytestmark = pytest.mark.django_db


@pytest.fixture
def stored(workspace):
    """Twelve mentions: Acme praised, Globex attacked, one German, one old, one tagged."""
    acme = brand(workspace)
    globex = brand(workspace, "Globex", is_competitor=True)
    source = rss_source(workspace, "https://feeds.example/a", name="Feed A")
    now = timezone.now()
    items = [
        item(
            i,
            f"Acme is wonderful and fast, a great product number {i}.",
            published_at=now - timedelta(hours=i),
        )
        for i in range(8)
    ]
    items.append(
        item(
            20,
            "Globex broke again, terrible and useless support.",
            published_at=now - timedelta(hours=1),
        )
    )
    items.append(
        item(
            21, "Acme is great but Globex is awful and slow.", published_at=now - timedelta(hours=2)
        )
    )
    items.append(
        item(
            22,
            "Acme Kundenservice war furchtbar schlecht und unfreundlich.",
            published_at=now - timedelta(hours=3),
        )
    )
    items.append(
        item(
            23, "Acme anniversary recall story from long ago", published_at=now - timedelta(days=40)
        )
    )
    ingest(workspace, items, source_id=source.pk, now=now)
    return {"acme": acme, "globex": globex, "source": source}


def ids_in(response) -> list[int]:
    return [m.pk for m in response.context["mentions"]]


def test_inbox_lists_newest_first_with_cards(viewer_client, stored) -> None:
    response = viewer_client.get(url("inbox"))
    assert response.status_code == 200
    mentions = response.context["mentions"]
    assert [m.published_at for m in mentions] == sorted(
        (m.published_at for m in mentions), reverse=True
    )
    html = response.content.decode()
    assert "<mark>Acme</mark>" in html
    assert "Globex: negative" in html and "Acme: positive" in html
    assert 'datetime="' in html


def test_filters_combine(viewer_client, stored, viewer) -> None:
    acme, globex = stored["acme"], stored["globex"]
    only_globex = ids_in(viewer_client.get(url("inbox"), {"brand": globex.pk}))
    assert len(only_globex) == 2
    # sentiment toward the brand in view, not the mention's overall score
    neg_globex = ids_in(
        viewer_client.get(url("inbox"), {"brand": globex.pk, "sentiment": "negative"})
    )
    pos_acme = ids_in(viewer_client.get(url("inbox"), {"brand": acme.pk, "sentiment": "positive"}))
    mixed = Mention.objects.get(text__startswith="Acme is great but Globex")
    assert mixed.pk in neg_globex and mixed.pk in pos_acme
    assert ids_in(viewer_client.get(url("inbox"), {"language": "de"})) == [
        Mention.objects.get(language="de").pk
    ]
    last_week = (timezone.now() - timedelta(days=7)).date().isoformat()
    recent = ids_in(viewer_client.get(url("inbox"), {"since": last_week}))
    assert len(recent) == 11
    old = ids_in(viewer_client.get(url("inbox"), {"until": last_week}))
    assert len(old) == 1
    assert ids_in(viewer_client.get(url("inbox"), {"q": "terrible support"})) == [
        Mention.objects.get(text__startswith="Globex broke").pk
    ]
    assert len(ids_in(viewer_client.get(url("inbox"), {"q": "products"}))) == 8  # stemmed English
    assert (
        len(ids_in(viewer_client.get(url("inbox"), {"kind": "rss", "source": stored["source"].pk})))
        == 12
    )
    assert ids_in(viewer_client.get(url("inbox"), {"kind": "reddit"})) == []


def test_status_assignee_and_tag_filters(teammate_client, stored, teammate) -> None:
    first, second, _third = Mention.objects.order_by("-published_at")[:3]
    Mention.objects.filter(pk=first.pk).update(status="done")
    Mention.objects.filter(pk=second.pk).update(assignee=teammate, tags=["vip"])
    assert first.pk not in ids_in(teammate_client.get(url("inbox")))  # default: new and open
    assert ids_in(teammate_client.get(url("inbox"), {"status": "done"})) == [first.pk]
    assert ids_in(teammate_client.get(url("inbox"), {"assignee": "me"})) == [second.pk]
    assert second.pk not in ids_in(teammate_client.get(url("inbox"), {"assignee": "unassigned"}))
    assert ids_in(teammate_client.get(url("inbox"), {"tag": "vip"})) == [second.pk]


def test_bad_filter_values_are_explained_not_errors(viewer_client, stored) -> None:
    response = viewer_client.get(
        url("inbox"), {"brand": "abc", "since": "yesterday", "status": "zzz", "after": "garbage"}
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "is not an id" in html and "is not a date" in html
    # Hand-edited cursors: a time without its zone pages on; an impossible time starts over.
    for after in ("2999-01-01T00:00:00|999999", "2999-01-01T25:00:00|1"):
        for search in ("", "acme"):
            first_page = ids_in(viewer_client.get(url("inbox"), {"q": search}))
            response = viewer_client.get(url("inbox"), {"q": search, "after": after})
            assert response.status_code == 200 and ids_in(response) == first_page != []


def test_keyset_pagination_without_offset_or_count(viewer_client, stored, monkeypatch) -> None:
    from mentions import inbox

    monkeypatch.setattr(inbox, "PAGE_SIZE", 5)
    with CaptureQueriesContext(connection) as queries:
        first = viewer_client.get(url("inbox"), {"status": "all"})
    sql = " ".join(q["sql"] for q in queries.captured_queries).upper()
    assert "OFFSET" not in sql and "COUNT(" not in sql
    more = first.context["more"]
    assert more
    partial = viewer_client.get(
        url("inbox"), {"status": "all", "after": more}, headers={"HX-Request": "true"}
    )
    assert (
        "<html" not in partial.content.decode() and 'class="mention row' in partial.content.decode()
    )
    second = viewer_client.get(url("inbox"), {"status": "all", "after": more})
    third = viewer_client.get(url("inbox"), {"status": "all", "after": second.context["more"]})
    seen = ids_in(first) + ids_in(second) + ids_in(third)
    assert len(seen) == len(set(seen)) == 12
    assert third.context["more"] == ""


@pytest.mark.parametrize(
    ("dense_walk", "few_hits", "step"),
    [(1000, 5000, "walk"), (0, 100, "few"), (0, 3, "many")],
)
def test_search_pages_in_order_whichever_way_it_finds_its_matches(
    viewer_client, stored, monkeypatch, dense_walk, few_hits, step
) -> None:
    """A search's page comes from walking the newest mentions, from the search index's
    answer (few matches), or from a walk in order (many): all three page the same way."""
    from mentions import inbox

    monkeypatch.setattr(inbox, "PAGE_SIZE", 3)
    monkeypatch.setattr(inbox, "DENSE_WALK", dense_walk)
    monkeypatch.setattr(inbox, "FEW_HITS", few_hits)
    # Whatever Postgres' statistics say of "product" (8 of 12 mentions: common, once
    # autovacuum has analysed the table, which made the path depend on its timing); the
    # common-word path has its own tests (test_inbox_search_plans.py).
    monkeypatch.setattr(inbox, "COMMON_SHARE", 1.0)
    expected = list(
        Mention.objects.filter(text__contains="product")
        .order_by("-published_at", "-id")
        .values_list("id", flat=True)
    )
    assert len(expected) == 8
    seen, after, steps = [], "", []
    while True:
        with CaptureQueriesContext(connection) as queries:
            response = viewer_client.get(url("inbox"), {"q": "products", "after": after})
        sql = " ".join(q["sql"] for q in queries.captured_queries)
        steps.append(
            "many" if "enable_bitmapscan" in sql else "few" if "enable_indexscan" in sql else "walk"
        )
        seen += ids_in(response)
        after = response.context["more"]
        if not after:
            break
    assert steps[0] == step
    assert seen == expected


def test_list_queries_do_not_grow_with_the_page(
    viewer_client, workspace, django_assert_max_num_queries
) -> None:
    brand(workspace)
    brand(workspace, "Globex")
    source = rss_source(workspace, "https://feeds.example/a")
    items = [item(i, "Acme and Globex", html="<p>Acme and <b>Globex</b></p>") for i in range(40)]
    ingest(workspace, items, source_id=source.pk)
    with django_assert_max_num_queries(12) as queries:
        response = viewer_client.get(url("inbox"))
    assert len(response.context["mentions"]) == 40
    # Nor does the list read what it never shows: stored HTML, search vectors, source settings.
    sql = " ".join(q["sql"] for q in queries.captured_queries)
    for column in (
        '"mentions_mention"."html"',
        '"mentions_mention"."search"',
        '"mentions_source"."config"',
        '"mentions_source"."state"',
    ):
        assert column not in sql, column
    export = viewer_client.get(url("inbox_export"))
    assert len(b"".join(export.streaming_content).splitlines()) == 41


def test_htmx_filter_request_gets_the_results_partial(viewer_client, stored) -> None:
    response = viewer_client.get(
        url("inbox"), {"sentiment": "negative"}, headers={"HX-Request": "true"}
    )
    html = response.content.decode()
    assert html.lstrip().startswith('<section id="results"')
    assert "<html" not in html


def test_new_count_counts_only_newer_matching(viewer_client, stored, workspace) -> None:
    newest = Mention.objects.order_by("-id").first().pk
    response = viewer_client.get(url("inbox_new_count"), {"newest": newest})
    assert "new — show" not in response.content.decode()
    ingest(workspace, [item(90, "Acme news just in"), item(91, "Globex only here")])
    html = viewer_client.get(
        url("inbox_new_count"), {"newest": newest, "brand": stored["acme"].pk}
    ).content.decode()
    assert "1 new — show" in html


def test_syndicated_copies_are_not_shown_twice(viewer_client, workspace) -> None:
    brand(workspace)
    story = "Acme announced today that it will open a new factory in the north of the country. " * 3
    ingest(
        workspace,
        [
            item(1, story, title="Factory"),
            item(2, story, title="Factory", url="https://other.example/copy", external_id="x"),
        ],
    )
    assert len(ids_in(viewer_client.get(url("inbox")))) == 1


def test_bulk_actions_change_and_audit(teammate_client, stored, teammate) -> None:
    ids = list(Mention.objects.values_list("pk", flat=True)[:3])
    for action, value in (
        ("status", "open"),
        ("assign", "me"),
        ("tag", "Press "),
        ("sentiment", "negative"),
    ):
        response = teammate_client.post(
            url("inbox_bulk"), {"action": action, "value": value, "ids": ids}
        )
        assert response.status_code == 302
    changed = Mention.objects.filter(pk__in=ids)
    assert all(
        m.status == "open" and m.assignee == teammate and m.tags == ["press"] for m in changed
    )
    assert all(m.sentiment_label == "negative" and m.sentiment_by == teammate for m in changed)
    assert all(m.model_label for m in changed)  # the model's own label is kept beside
    assert set(
        MentionBrand.objects.filter(mention__in=ids).values_list("sentiment_label", flat=True)
    ) == {"negative"}
    assert Event.objects.filter(verb="mention.tag", actor=teammate).count() == 3
    teammate_client.post(url("inbox_bulk"), {"action": "untag", "value": "press", "ids": ids})
    assert all(m.tags == [] for m in Mention.objects.filter(pk__in=ids))


def test_bulk_select_all_matching(teammate_client, stored) -> None:
    response = teammate_client.post(
        url("inbox_bulk"),
        {
            "action": "status",
            "value": "ignored",
            "all_matching": "1",
            "brand": stored["globex"].pk,
            "status": "todo",
        },
    )
    assert response.status_code == 302
    assert Mention.objects.filter(status="ignored").count() == 2


def test_bulk_ignores_other_workspaces_ids(teammate_client, stored, other_workspace) -> None:
    brand(other_workspace)
    ingest(other_workspace, [item(1)])
    theirs = Mention.objects.get(workspace=other_workspace)
    teammate_client.post(
        url("inbox_bulk"), {"action": "status", "value": "done", "ids": [theirs.pk]}
    )
    theirs.refresh_from_db()
    assert theirs.status == "new"


def test_assigned_mentions_close_only_by_assignee_or_manager(
    teammate_client, owner_client, stored, owner
) -> None:
    mention = Mention.objects.first()
    Mention.objects.filter(pk=mention.pk).update(assignee=owner, status="open")
    teammate_client.post(
        url("inbox_bulk"), {"action": "status", "value": "done", "ids": [mention.pk]}
    )
    mention.refresh_from_db()
    assert mention.status == "open"
    owner_client.post(url("inbox_bulk"), {"action": "status", "value": "done", "ids": [mention.pk]})
    mention.refresh_from_db()
    assert mention.status == "done"


def test_unknown_action_is_an_error_message(teammate_client, stored) -> None:
    ids = list(Mention.objects.values_list("pk", flat=True)[:1])
    response = teammate_client.post(
        url("inbox_bulk"), {"action": "explode", "value": "", "ids": ids}, follow=True
    )
    assert "Unknown action" in response.content.decode()


def test_mention_page_shows_sanitized_content_explanation_and_history(
    teammate_client, workspace
) -> None:
    brand(workspace)
    ingest(
        workspace,
        [
            item(
                1,
                "",
                html='<p>Acme is <b>awful</b>.<script>alert(1)</script></p><a href="https://x.example">x</a>',
            )
        ],
    )
    mention = Mention.objects.get()
    teammate_client.post(
        url("mention_action", pk=mention.pk), {"action": "status", "value": "open"}
    )
    html = teammate_client.get(url("mention", pk=mention.pk)).content.decode()
    assert '<div class="content" hx-disable>' in html
    assert "<script>alert" not in html and "<b>awful</b>" in html
    assert 'rel="noopener noreferrer"' in html
    assert "Why this sentiment" in html and "awful" in html
    assert "teammate</strong> status" in html


def test_mention_page_explains_with_the_workspace_lexicon(teammate_client, workspace) -> None:
    """The explanation must add up to the stored label, which the workspace lexicon moved."""
    brand(workspace)
    LexiconEntry.objects.create(workspace=workspace, phrase="safety hazard", valence=-2.5)
    ingest(workspace, [item(1, "Acme skates are a safety hazard.")])
    mention = Mention.objects.get()
    assert mention.sentiment_label == "negative"
    page = teammate_client.get(url("mention", pk=mention.pk))
    document = page.context["analysis"].document
    assert (document.compound, document.label) == (mention.sentiment, "negative")
    assert "safety hazard" in page.content.decode()  # the phrase named as the driver
    assert [w for s in document.sentences for w in s.words] == [("safety hazard", -2.5)]
    # The sentiment control starts at the current label, as status and assignee do.
    assert re.search(
        r'<button class="button sent-negative current"[^>]*value="negative" aria-pressed="true">',
        page.content.decode(),
    )


def test_collision_warning_when_someone_else_is_viewing(
    teammate_client, owner_client, stored
) -> None:
    mention = Mention.objects.first()
    owner_client.get(url("mention", pk=mention.pk))
    html = teammate_client.get(url("mention", pk=mention.pk)).content.decode()
    assert "owner</strong> is looking at this mention" in html
    listing = teammate_client.get(url("inbox"), {"status": "all"}).content.decode()
    assert "owner viewing" in listing


def test_csv_export_streams_all_rows_formula_safe(viewer_client, workspace) -> None:
    brand(workspace)
    ingest(
        workspace,
        [
            item(i, f'=HYPERLINK("http://evil") Acme {i}', title="+cmd|' /C calc'!A0")
            for i in range(3)
        ],
    )
    response = viewer_client.get(url("inbox_export"), {"status": "all"})
    assert response.streaming
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert rows[0][:3] == ["published_at", "title", "text"]
    assert len(rows) == 4
    assert all(r[1].startswith("'+cmd") and r[2].startswith("'=HYPERLINK") for r in rows[1:])


def test_sentiment_back_to_model(teammate_client, stored) -> None:
    mention = Mention.objects.get(text__startswith="Globex broke")
    teammate_client.post(
        url("mention_action", pk=mention.pk), {"action": "sentiment", "value": "positive"}
    )
    mention.refresh_from_db()
    assert (mention.sentiment_label, mention.model_label) == ("positive", "negative")
    teammate_client.post(
        url("mention_action", pk=mention.pk), {"action": "sentiment", "value": "model"}
    )
    mention.refresh_from_db()
    assert mention.sentiment_label == "negative" and mention.sentiment_by is None
    assert MentionBrand.objects.get(mention=mention).sentiment_label == "negative"


def test_bad_mention_id_is_404(viewer_client, stored) -> None:
    assert viewer_client.get(url("mention", pk=999999)).status_code == 404


def test_author_filter_and_overview_author_links(viewer_client, workspace) -> None:
    brand(workspace)
    ingest(
        workspace,
        [
            item(1, "Acme rocks", author="Big Voice", reach=90000),
            item(2, "Acme meh", author="Small Voice", reach=10),
        ],
    )
    only = viewer_client.get(url("inbox"), {"author": "Big Voice"}).context["mentions"]
    assert [m.author for m in only] == ["Big Voice"]
    overview = viewer_client.get(
        reverse("overview", kwargs={"workspace": "acme"}), {"period": "30d"}
    )
    assert "author=Big+Voice" in overview.context["author_links"]["Big Voice"]
    assert overview.context["top_authors"][0]["author"] == "Big Voice"


def test_action_goes_back_to_a_page_of_this_site_never_to_another(teammate_client, stored) -> None:
    mention = Mention.objects.first()
    action = url("mention_action", pk=mention.pk)
    inbox_page = url("inbox") + "?status=open"
    response = teammate_client.post(action, {"action": "tag", "value": "a", "next": inbox_page})
    assert response.status_code == 302 and response["Location"] == inbox_page
    for elsewhere in ("https://evil.example/phish", "//evil.example/x", "javascript:alert(1)"):
        response = teammate_client.post(action, {"action": "tag", "value": "b", "next": elsewhere})
        assert response["Location"] == url("mention", pk=mention.pk), elsewhere


def test_long_untitled_mention_is_headed_and_snipped_around_its_first_match(
    viewer_client, workspace
) -> None:
    brand(workspace)
    opening = "Lorem ipsum dolor sit amet. " * 2000  # 56,000 characters before the brand
    text = opening + "Then Acme shipped it late, Acme said sorry." + " Acme later." * 3000
    ingest(workspace, [item(1, text, title="")])
    html = viewer_client.get(url("inbox")).content.decode()
    heading = opening[:139] + "…"
    assert f">{heading}</a></h2>" in html
    assert f'aria-label="Select: {heading[:59]}…"' not in html  # a viewer has no checkboxes
    snippet = html.split('<p class="snippet">', 1)[1].split("</p>", 1)[0]
    assert snippet.startswith("…") and snippet.endswith("…")
    assert "Then <mark>Acme</mark> shipped it late, <mark>Acme</mark> said sorry." in snippet
    assert snippet.count("<mark>Acme</mark>") == snippet.count("Acme") > 2


def test_search_words_are_highlighted_where_the_snippet_finds_them(
    viewer_client, workspace
) -> None:
    brand(workspace)
    filler = "Nothing much happened that day. " * 30  # ~1,000 characters
    text = f"Acme opened a shop. {filler}Then Acme recalls its skates, a safety recall. {filler}"
    ingest(workspace, [item(1, text, title="Shop news")])

    def snippet_for(query: str) -> str:
        html = viewer_client.get(url("inbox"), {"q": query}).content.decode()
        return html.split('<p class="snippet">', 1)[1].split("</p>", 1)[0]

    # Centred on the first searched word, which is marked with any ending, as is the brand.
    shown = snippet_for("recall")
    assert shown.startswith("…")
    assert (
        "Then <mark>Acme</mark> <mark>recalls</mark> its skates, a safety <mark>recall</mark>."
        in shown
    )
    # A quoted phrase is marked as written; excluded words and OR are not marked.
    shown = snippet_for('"safety recall" or skates -lawsuit')
    assert "<mark>skates</mark>, a <mark>safety recall</mark>." in shown
    assert "<mark>or</mark>" not in shown and "<mark>recalls</mark>" not in shown
    # Without a search, the snippet opens at the first brand match, as before.
    html = viewer_client.get(url("inbox")).content.decode()
    shown = html.split('<p class="snippet">', 1)[1].split("</p>", 1)[0]
    assert shown.startswith("<mark>Acme</mark> opened a shop.")


def test_bulk_changes_keep_what_a_teammate_did_meanwhile(stored, teammate) -> None:
    """Tags are appended and statuses moved in SQL: a page loaded before a teammate acted
    loses nothing of what they did."""
    from mentions import actions
    from orm_dashboard.models import Membership

    membership = Membership.objects.get(user=teammate)
    loaded = list(Mention.objects.order_by("pk")[:3])  # what the page had in hand
    Mention.objects.filter(pk=loaded[0].pk).update(tags=["vip"])  # meanwhile, a teammate
    Mention.objects.filter(pk=loaded[2].pk).update(tags=["press"])  # …even the same tag
    Mention.objects.filter(pk=loaded[1].pk).update(status="done")
    actions.apply(loaded, "tag", "press", user=teammate, membership=membership)
    actions.apply(loaded, "assign", "me", user=teammate, membership=membership)
    now = {m.pk: m for m in Mention.objects.filter(pk__in=[m.pk for m in loaded])}
    assert now[loaded[0].pk].tags == ["vip", "press"] and now[loaded[2].pk].tags == ["press"]
    assert all(m.assignee == teammate for m in now.values())
    # Assigning opens a new mention; the one a teammate closed stays done.
    assert [now[m.pk].status for m in loaded] == ["open", "done", "open"]


def test_mention_page_shows_what_counted_toward_each_brand(teammate_client, workspace) -> None:
    brand(workspace)
    brand(workspace, "Globex")
    text = "Globex lost my parcel and ignored me. Acme found it the next day, brilliant service."
    ingest(workspace, [item(1, text, title="")])
    mention = Mention.objects.get()
    labels = {mb.brand.name: mb.sentiment_label for mb in mention.matches.select_related("brand")}
    assert labels == {"Globex": "negative", "Acme": "positive"}
    html = teammate_client.get(url("mention", pk=mention.pk)).content.decode()
    acme = html.index("Toward Acme: positive")
    globex = html.index("Toward Globex: negative")
    whole = html.index("Whole text, sentence by sentence")
    # Each brand's box lists its own sentence only.
    acme_box = html[acme : min(p for p in (globex, whole) if p > acme)]
    assert "Acme found it the next day, brilliant service." in acme_box
    assert "Globex lost my parcel" not in acme_box
    globex_box = html[globex : min(p for p in (acme, whole) if p > globex)]
    assert "Globex lost my parcel and ignored me." in globex_box
    assert "brilliant service" not in globex_box


def test_mention_page_says_when_the_rest_of_the_text_stands_in(teammate_client, workspace) -> None:
    brand(workspace)
    brand(workspace, "Globex")
    text = "Day 4 without hot water. Acme says a plumber is booked. Globex was wonderful."
    ingest(workspace, [item(1, text, title="")])
    mention = Mention.objects.get()
    labels = {mb.brand.name: mb.sentiment_label for mb in mention.matches.select_related("brand")}
    assert labels == {"Acme": "negative", "Globex": "positive"}
    html = teammate_client.get(url("mention", pk=mention.pk)).content.decode()
    acme = html.index("Toward Acme: negative")
    globex = html.index("Toward Globex: positive")
    whole = html.index("Whole text, sentence by sentence")
    acme_box = " ".join(html[acme : min(p for p in (globex, whole) if p > acme)].split())
    assert "carries no sentiment of its own, so the rest of the text stands in" in acme_box
    assert "Day 4 without hot water." in acme_box
    assert "Globex was wonderful" not in acme_box


def test_csv_export_names_the_assignee_by_display_name(viewer_client, workspace, teammate) -> None:
    teammate.first_name, teammate.last_name = "Alex", "Rivera"
    teammate.save()
    brand(workspace)
    ingest(workspace, [item(1, "Acme is fine")])
    Mention.objects.update(assignee=teammate, status="open")
    response = viewer_client.get(url("inbox_export"), {"status": "all"})
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert rows[1][rows[0].index("assignee")] == "Alex Rivera"


def test_a_search_for_words_too_common_to_be_indexed_says_so(viewer_client, workspace) -> None:
    """English mentions' search index leaves out stop words ("down", "not"): a team that
    searches "down" during an outage is told why nothing matches, not just shown nothing."""
    brand(workspace)
    ingest(workspace, [item(1, "Acme checkout is down again, orders failing since noon.")])

    def page(query: str) -> str:
        return " ".join(viewer_client.get(url("inbox"), {"q": query}).content.decode().split())

    html = page("down")
    assert "“down” is a word too common for the search index" in html
    assert "add a more specific word to search for" in html
    html = page("checkout down")
    assert "these results match the other words" in html and "failing since noon" in html
    html = page("checkout or orders")  # "or" is the search's OR: no hint
    assert "too common" not in html and "failing since noon" in html


def test_mention_page_says_when_the_learned_model_overruled_the_rules(
    teammate_client, workspace
) -> None:
    brand(workspace, "Dunfield Water")
    # (a corpus post: the rules read "genius" as praise, the model knows better)
    text = (
        "Dunfield Water dug up our road 3 times in 6 weeks and never actually fixed the "
        "leak. genius"
    )
    ingest(workspace, [item(1, text, title="")])
    mention = Mention.objects.get()
    assert mention.matches.get().sentiment_label == "negative"
    html = teammate_client.get(url("mention", pk=mention.pk)).content.decode()
    box = " ".join(html[html.index("Toward Dunfield Water: negative") :].split())
    assert "The rules read these sentences as <strong>positive</strong>" in box
    assert "the model trained on labelled posts is sure it is negative" in box
    assert "mostly from" in box
