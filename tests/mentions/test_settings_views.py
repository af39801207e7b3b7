from __future__ import annotations

from datetime import timedelta

import pytest

from mentions.models import Brand, Mention, Source
from orm_dashboard.models import Event
from tests.helpers import url
from tests.localserver import Reply
from tests.mentions.factories import T0, brand, entries, item, rss_feed, rss_source

pytestmark = pytest.mark.django_db
RSS = {"Content-Type": "application/rss+xml"}


def test_manager_adds_and_edits_a_brand(owner_client, workspace) -> None:
    response = owner_client.post(
        url("brand_new"),
        {
            "name": "Acme",
            "phrases": "Acme\nACME Corp, acme.com",
            "required": "",
            "excluded": "cartoon",
            "languages": "EN, de",
        },
    )
    assert response.status_code == 302
    acme = Brand.objects.get(workspace=workspace)
    assert acme.slug == "acme"
    assert acme.phrases == ["Acme", "ACME Corp", "acme.com"]
    assert acme.languages == ["en", "de"]
    assert Event.objects.filter(
        verb="brand.created", object_id=acme.pk, actor__username="owner"
    ).exists()
    response = owner_client.post(
        url("brand_edit", pk=acme.pk), {"name": "Acme", "is_competitor": "on", "phrases": "Acme"}
    )
    acme.refresh_from_db()
    assert acme.is_competitor and acme.phrases == ["Acme"]


def test_brand_form_rejects_duplicates_and_bad_languages(owner_client, workspace) -> None:
    brand(workspace)
    response = owner_client.post(url("brand_new"), {"name": "acme", "languages": "english"})
    assert response.status_code == 200
    assert "already has a brand" in response.content.decode()
    assert "Not a language code: english" in response.content.decode()


def test_viewer_sees_brands_without_edit_controls(viewer_client, workspace) -> None:
    brand(workspace)
    html = viewer_client.get(url("brands")).content.decode()
    assert "Acme" in html
    assert "Add brand" not in html and "/edit" not in html
    assert viewer_client.get(url("brand_edit", pk=Brand.objects.get().pk)).status_code == 403


def test_brand_of_other_workspace_is_404(owner_client, other_workspace) -> None:
    theirs = brand(other_workspace, "Globex")
    assert owner_client.get(url("brand_edit", pk=theirs.pk)).status_code == 404
    assert owner_client.post(url("brand_delete", pk=theirs.pk)).status_code == 404
    assert Brand.objects.filter(pk=theirs.pk).exists()


def test_try_a_text_highlights_matches(viewer_client, workspace) -> None:
    brand(workspace, phrases=["Acme"], excluded=["cartoon"])
    response = viewer_client.post(
        url("brand_try"), {"text": "ACME's <b>new</b> skates"}, headers={"HX-Request": "true"}
    )
    html = response.content.decode()
    assert "<mark>ACME</mark>" in html
    assert "&lt;b&gt;new&lt;/b&gt;" in html  # hostile input is escaped
    assert "matches" in html
    assert "<html" not in html  # only the partial for htmx


def test_source_list_shows_health(viewer_client, workspace) -> None:
    rss_source(
        workspace,
        "https://feeds.example/x",
        last_error="HTTP 500 from feeds.example",
        error_count=3,
    )
    html = viewer_client.get(url("sources")).content.decode()
    assert "HTTP 500 from feeds.example" in html
    assert "failing" in html
    assert "Add source" not in html


def test_source_list_queries_do_not_grow_with_sources(
    viewer_client, workspace, django_assert_max_num_queries
) -> None:
    for i in range(15):
        rss_source(workspace, f"https://feeds.example/{i}", name=f"Feed {i}")
    with django_assert_max_num_queries(8):
        assert viewer_client.get(url("sources")).status_code == 200


def test_manager_adds_a_source_per_kind(owner_client, workspace) -> None:
    acme = brand(workspace)
    page = owner_client.get(url("source_new") + "?kind=rss")
    assert "Feed URL" in page.content.decode()
    response = owner_client.post(
        url("source_new"),
        {
            "kind": "rss",
            "name": "Alerts",
            "brand": acme.pk,
            "interval_minutes": 5,
            "config_url": "https://alerts.example/feed",
        },
    )
    assert response.status_code == 302
    source = Source.objects.get()
    assert (source.kind, source.config, source.brand, source.interval.total_seconds()) == (
        "rss",
        {"url": "https://alerts.example/feed"},
        acme,
        300,
    )


def test_editing_a_source_keeps_config_the_form_does_not_show(owner_client, workspace) -> None:
    source = Source.objects.create(
        workspace=workspace,
        kind="trustpilot",
        name="Trustpilot",
        config=(
            config := {
                "business_unit_id": "bu-1",
                "api_key": "key",
                "api_secret": "",
                "business_user_id": "",
                "location_name": "",
                # Set by an operator (a proxy in front of the platform); not in the form.
                "api_base": "https://proxy.example/trustpilot",
                "token_url": "https://proxy.example/token",
            }
        ),
        etag='"kept"',
    )
    response = owner_client.post(
        url("source_edit", pk=source.pk),
        {
            "kind": "trustpilot",
            "name": "Trustpilot (UK)",
            "interval_minutes": 30,
            "config_business_unit_id": "bu-1",
            "config_api_key": "key",
        },
    )
    assert response.status_code == 302
    source.refresh_from_db()
    assert source.name == "Trustpilot (UK)"
    assert source.config == config
    assert source.etag == '"kept"'  # the same source: its caching is not thrown away


def test_source_form_validates_config(owner_client, workspace) -> None:
    response = owner_client.post(
        url("source_new"),
        {"kind": "rss", "name": "x", "interval_minutes": 0, "config_url": "ftp://nope"},
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "must be an http:// or https:// address" in html
    assert "greater than or equal to 1" in html
    assert not Source.objects.exists()


def test_unknown_kind_is_refused(owner_client) -> None:
    response = owner_client.get(url("source_new") + "?kind=telepathy")
    assert response.status_code == 302


def test_test_without_saving_previews_items(owner_client, workspace, http_server) -> None:
    brand(workspace)
    feed = [
        *entries(2),
        {"guid": "z", "link": "https://x.example/z", "title": "Weather", "description": "rain"},
    ]
    http_server.route("/feed", Reply(200, rss_feed(feed), RSS))
    response = owner_client.post(
        url("source_new"),
        {
            "kind": "rss",
            "name": "T",
            "interval_minutes": 15,
            "config_url": f"{http_server.url}/feed",
            "action": "test",
        },
    )
    html = response.content.decode()
    assert "Fetched 3 items; 2 would be stored" in html
    assert "skipped: matches no brand" in html
    assert not Source.objects.exists() and not Mention.objects.exists()


def test_test_source_shows_the_problem(owner_client, workspace, http_server) -> None:
    http_server.route("/feed", Reply(404, "gone"))
    source = rss_source(workspace, f"{http_server.url}/feed")
    response = owner_client.post(url("source_test", pk=source.pk), headers={"HX-Request": "true"})
    html = response.content.decode()
    assert "Problem:" in html and "404" in html
    assert "<html" not in html
    assert not Mention.objects.exists()


def test_pause_resume_and_delete_keep_mentions(owner_client, workspace) -> None:
    brand(workspace)
    source = rss_source(
        workspace, "https://feeds.example/x", error_count=4, paused_reason="Paused after 10"
    )
    from mentions.ingest import ingest

    ingest(workspace, [item(1)], source_id=source.pk)
    owner_client.post(url("source_toggle", pk=source.pk))
    source.refresh_from_db()
    assert source.enabled and source.paused_reason == "" and source.error_count == 0
    owner_client.post(url("source_toggle", pk=source.pk))
    source.refresh_from_db()
    assert not source.enabled and source.status == "disabled"
    owner_client.post(url("source_delete", pk=source.pk))
    assert not Source.objects.exists()
    assert Mention.objects.count() == 1


def _counts(workspace) -> dict[tuple[int | None, str], int]:
    from django.db.models import Sum

    from mentions.models import HourlyCount

    rows = HourlyCount.objects.filter(workspace=workspace).values("source", "sentiment_label")
    return {(r["source"], r["sentiment_label"]): r["n"] for r in rows.annotate(n=Sum("count"))}


def test_deleting_sources_keeps_their_counts_in_the_no_source_bucket(
    owner_client, workspace
) -> None:
    """Two deleted sources whose mentions fall in the same hour: the second delete used to
    collide with the first one's bucket (a 500) because both became (brand, hour, no source)."""
    from mentions.counts import rebuild
    from mentions.ingest import ingest

    brand(workspace)
    first = rss_source(workspace, "https://feeds.example/a", name="A")
    second = rss_source(workspace, "https://feeds.example/b", name="B")
    same_hour = {"published_at": T0 - timedelta(hours=1)}
    ingest(workspace, [item(1, **same_hour), item(2, **same_hour)], source_id=first.pk)
    ingest(workspace, [item(3, **same_hour), item(4, **same_hour)], source_id=second.pk)
    before = sum(_counts(workspace).values())
    assert before == 4
    for source in (first, second):
        response = owner_client.post(url("source_delete", pk=source.pk))
        assert response.status_code == 302
    assert not Source.objects.exists() and Mention.objects.count() == 4
    kept = _counts(workspace)
    assert set(kept) == {(None, "positive")} and kept[(None, "positive")] == 4
    rebuild(workspace.pk)  # what a recount from the mentions gives
    assert _counts(workspace) == kept


def test_source_detail_shows_poll_log(viewer_client, workspace) -> None:
    from django.utils import timezone

    from mentions.models import PollLog

    source = rss_source(workspace, "https://feeds.example/x", interval=timedelta(minutes=90))
    PollLog.objects.create(
        source=source,
        workspace=workspace,
        started_at=timezone.now(),
        outcome="error",
        error="HTTP 503",
    )
    html = viewer_client.get(url("source_detail", pk=source.pk)).content.decode()
    assert "HTTP 503" in html and "Error" in html
    assert "<dd>1 h 30 min</dd>" in html  # how often it polls, as people say it
    assert "Test source" not in html  # viewers cannot act


def test_bad_ids_are_404(owner_client) -> None:
    for name in ("source_detail", "source_edit", "brand_edit"):
        assert owner_client.get(url(name, pk=999999)).status_code == 404


def test_stored_credentials_are_never_put_back_into_the_page(owner_client, workspace) -> None:
    source = Source.objects.create(
        workspace=workspace,
        kind="trustpilot",
        name="Trustpilot",
        config={
            "business_unit_id": "bu-1",
            "api_key": "tp-key-123",
            "api_secret": "tp-secret-456",
            "business_user_id": "bu-user",
            "location_name": "",
        },
    )
    html = owner_client.get(url("source_edit", pk=source.pk)).content.decode()
    assert "bu-1" in html  # ordinary settings are shown
    assert "tp-key-123" not in html and "tp-secret-456" not in html
    assert html.count("Stored (not shown); leave empty to keep it") == 2
    assert "Forget the stored API secret" in html  # optional: can be removed
    assert "Forget the stored API key" not in html  # required: can only be replaced


def test_every_credential_field_of_every_connector_is_treated_as_secret() -> None:
    from mentions import connectors
    from mentions.forms import is_secret

    names = {name for c in connectors.REGISTRY.values() for name in c.fields}
    assert {name for name in names if is_secret(name)} == {
        "access_token",
        "api_key",
        "api_secret",
        "api_token",
        "app_password",
        "client_secret",
        "private_key",
        "refresh_token",
        "service_account_json",
    }


def test_empty_credential_keeps_the_stored_one_and_forget_removes_it(
    owner_client, workspace
) -> None:
    config = {
        "business_unit_id": "bu-1",
        "api_key": "tp-key-123",
        "api_secret": "tp-secret-456",
        "business_user_id": "bu-user",
        "location_name": "",
    }
    source = Source.objects.create(
        workspace=workspace, kind="trustpilot", name="Trustpilot", config=config, etag='"e"'
    )
    form = {
        "kind": "trustpilot",
        "name": "Trustpilot",
        "interval_minutes": 15,
        "config_business_unit_id": "bu-1",
        "config_api_key": "",
        "config_api_secret": "",
        "config_business_user_id": "bu-user",
    }
    assert owner_client.post(url("source_edit", pk=source.pk), form).status_code == 302
    source.refresh_from_db()
    assert source.config == config and source.etag == '"e"'  # nothing changed

    new_key = {**form, "config_api_key": "tp-key-789"}
    assert owner_client.post(url("source_edit", pk=source.pk), new_key).status_code == 302
    source.refresh_from_db()
    assert source.config["api_key"] == "tp-key-789"
    assert source.config["api_secret"] == "tp-secret-456"

    forget = {**form, "forget_api_secret": "on", "config_business_user_id": ""}  # no publishing
    assert owner_client.post(url("source_edit", pk=source.pk), forget).status_code == 302
    source.refresh_from_db()
    assert source.config["api_secret"] == "" and source.config["api_key"] == "tp-key-789"
