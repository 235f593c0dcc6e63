"""Every router answered through TestClient over a store built in the test."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from telik.api import create_app
from telik.settings import Settings

from _api_data import ALERTS, XSS_ALERT, XSS_NAME, XSS_QUOTE, XSS_TITLE, build_store, fresh_url


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def client(request, tmp_path_factory):
    url = build_store(fresh_url(request.param, tmp_path_factory.mktemp("api")))
    with TestClient(create_app(Settings(db_url=url))) as c:
        yield c


def test_api_documents_list_and_filters(client):
    page = client.get("/api/documents").json()
    assert page["total"] == 3 and [d["id"] for d in page["items"]] == ["medan-b", "medan-a", "hostile"]
    assert [d["id"] for d in client.get("/api/documents", params={"outlet": "warta satu"}).json()["items"]] == ["medan-a"]
    assert client.get("/api/documents", params={"since": "2024-03-11"}).json()["total"] == 1
    assert client.get("/api/documents", params={"until": "2024-02"}).json()["total"] == 1
    assert client.get("/api/documents", params={"min_credibility": 0.5}).json()["total"] == 2
    asc = client.get("/api/documents", params={"sort": "title", "order": "asc"}).json()["items"]
    assert asc[0]["id"] == "hostile"


def test_api_documents_get_has_text_and_spans(client):
    doc = client.get("/api/documents/medan-a").json()
    assert doc["credibility_signals"] == ["named source quoted", "exact date given"]
    for key in ("entities", "dates", "figures", "quotes", "events"):
        assert doc[key], key
        for ann in doc[key]:
            assert doc["text"][ann["start"]:ann["end"]] == (ann["text"] if key != "events" else ann["evidence"])
    assert doc["events"][0]["lat"] == pytest.approx(3.59, abs=0.2)
    by_hash = client.get(f"/api/documents/{doc['hash']}").json()
    assert by_hash["id"] == "medan-a"


@pytest.mark.parametrize("alias, expected", [("JAMAAH ANSHARUT DAULAH", "jad"), ("agung setya", "agung_setya")])
def test_api_entities_search_by_alias(client, alias, expected):
    items = client.get("/api/entities", params={"alias": alias}).json()["items"]
    assert [e["canonical"] for e in items] == [expected]


def test_api_entities_get_with_mentions_timeline_cooccurring(client):
    ent = client.get("/api/entities/Jamaah Ansharut Daulah").json()
    assert ent["canonical"] == "jad" and ent["mention_count"] == 2
    assert {m["document"] for m in ent["mentions"]} == {"medan-a", "medan-b"}
    assert {c["canonical"] for c in ent["cooccurring"]} >= {"medan", "agung_setya"}
    assert ent["timeline"][0]["date"] == "2024-03-09" and len(ent["timeline"][0]["sources"]) == 2
    assert client.get("/api/entities", params={"q": "setya"}).json()["total"] == 1


@pytest.mark.parametrize("params, total", [
    ({}, 3), ({"type": "attack"}, 3), ({"since": "2024-03"}, 2), ({"until": "2024-01-31"}, 1),
    ({"place": "Medan"}, 2), ({"actor": "jamaah ansharut daulah"}, 2), ({"certainty": "claimed"}, 1),
    ({"type": "ARREST"}, 0),
])
def test_api_events_filters(client, params, total):
    assert client.get("/api/events", params={**params, "per": "report"}).json()["total"] == total


@pytest.mark.parametrize("params, total", [
    ({}, 2), ({"type": "attack"}, 2), ({"since": "2024-03"}, 1), ({"place": "Medan"}, 1), ({"certainty": "claimed"}, 1),
])
def test_api_events_one_item_per_real_world_event(client, params, total):
    page = client.get("/api/events", params=params).json()
    assert page["total"] == total == len(page["items"])
    medan = [e for e in page["items"] if e["key"] == "medan-bom"]
    if medan:
        (ev,) = medan
        assert ev["report_count"] == 2 and {r["document"] for r in ev["reports"]} == {"medan-a", "medan-b"}
        assert ev["killed"] == 3 and ev["figures_reason"].startswith("killed:")


def test_api_events_get_with_history_and_conflicts(client):
    first = client.get("/api/events", params={"place": "Medan", "sort": "id"}).json()["items"][0]
    ev = client.get(f"/api/events/{first['id']}").json()
    assert len(ev["cluster_mentions"]) == 2
    assert sorted(f["value"] for f in ev["figures"] if f["field"] == "killed") == [2, 3]
    assert ev["conflicts"][0]["values"] == [2, 3]
    conflicts = client.get("/api/conflicts").json()
    assert conflicts[0]["cluster"] == "medan-bom" and len(conflicts[0]["figures"]) == 2


def test_api_conflicts_keep_contradicting_claims_with_sources(client):
    claim = next(c for c in client.get("/api/conflicts").json() if c["field"] == "claim")
    assert claim["kind"] == "contradiction" and claim["values"] == [] and claim["best"] is None
    assert [(r["source"], r["stance"]) for r in claim["reports"]] == [("Polisi", "asserts"), (XSS_NAME, "denies")]
    for r in claim["reports"]:
        text = client.get(f"/api/documents/{r['document']}").json()["text"]
        assert text[r["start"]:r["end"]] == r["text"]
    assert claim["reports"][1]["text"] == XSS_QUOTE


def test_api_quotes_by_speaker(client):
    page = client.get("/api/quotes", params={"speaker": "Setya"}).json()
    assert page["total"] == 2 and page["items"][0]["text"] == "Kami sedang menyelidiki pelaku"
    assert client.get("/api/quotes", params={"document": "hostile"}).json()["items"][0]["speaker"] == XSS_NAME


def test_api_search_and_stats(client):
    hits = client.get("/api/search", params={"q": "pos polisi"}).json()
    assert hits["total"] == 2 and "[" in hits["items"][0]["snippet"]
    stats = client.get("/api/stats").json()
    assert stats["documents"] == 3 and stats["events_by_type"] == {"ATTACK": 3} and stats["conflicts"] == 2
    assert {o["outlet"] for o in stats["outlets"]} == {"Warta Satu", "Kabar Dua", "javascript:alert(5)"}


def test_api_outlets_credibility_aggregated(client):
    outlets = {o["outlet"]: o for o in client.get("/api/outlets").json()}
    assert set(outlets) == {"Warta Satu", "Kabar Dua", "javascript:alert(5)"}
    assert outlets["Warta Satu"]["documents"] == 1 and outlets["Warta Satu"]["credibility"] == pytest.approx(0.7)
    assert outlets["Warta Satu"]["signals"] == ["articles: 1", "exact date given: 1 of 1 articles",
                                                "named source quoted: 1 of 1 articles"]
    assert outlets["javascript:alert(5)"]["credibility"] == pytest.approx(0.3)


def test_api_alerts_newest_first(client):
    page = client.get("/api/alerts").json()
    assert page["total"] == 3 and [a["key"] for a in page["items"]] == [a.key for a in reversed(ALERTS)]
    newest = page["items"][0]
    assert newest["summary"] == XSS_ALERT and newest["evidence"] == [XSS_QUOTE] and newest["created"]
    assert newest["sources"] == [{"document": "hostile", "outlet": "javascript:alert(5)"}]


@pytest.mark.parametrize("params, keys", [
    ({"kind": "conflict"}, ["conflict:figures:medan-bom:killed:2,3"]),
    ({"rule": "jad"}, ["event:jad:medan-bom"]),
    ({"rule": "jad", "kind": "conflict"}, []),
    ({"kind": "event", "limit": 1, "offset": 1}, ["event:jad:medan-bom"]),
])
def test_api_alerts_filter_and_page(client, params, keys):
    assert [a["key"] for a in client.get("/api/alerts", params=params).json()["items"]] == keys


def test_api_alerts_empty_without_watcher(tmp_path):
    with TestClient(create_app(Settings(db_url=build_store(tmp_path / "quiet.db", alerts=False)))) as c:
        assert c.get("/api/alerts").json() == {"items": [], "total": 0, "limit": 50, "offset": 0}


def test_api_pagination(client):
    first = client.get("/api/events", params={"limit": 2, "sort": "id", "per": "report"}).json()
    second = client.get("/api/events", params={"limit": 2, "offset": 2, "sort": "id", "per": "report"}).json()
    assert len(first["items"]) == 2 and len(second["items"]) == 1 and first["total"] == 3
    assert {e["id"] for e in first["items"]}.isdisjoint(e["id"] for e in second["items"])


def test_api_dashboard_and_static_assets(client):
    page = client.get("/")
    assert page.status_code == 200 and "<script" in page.text and "/static/app.js" in page.text
    assert "script-src 'self'" in page.headers["content-security-policy"]
    assert page.headers["x-content-type-options"] == "nosniff"
    for asset in ("app.js", "dom.js", "charts.js", "highlight.js", "style.css", "world.geojson"):
        assert client.get(f"/static/{asset}").status_code == 200, asset
    assert client.get("/static/world.geojson").json()["type"] == "FeatureCollection"


def test_api_dashboard_has_no_inline_script_or_remote_asset(client):
    html = client.get("/").text
    assert "<script>" not in html and "http://" not in html and "https://" not in html
    for asset in ("app.js", "dom.js", "charts.js", "highlight.js", "style.css"):
        assert "//cdn" not in client.get(f"/static/{asset}").text


def test_api_openapi_lists_every_router(client):
    paths = client.get("/openapi.json").json()["paths"]
    for path in ("/api/documents", "/api/documents/{key}", "/api/entities", "/api/entities/{key}", "/api/events",
                 "/api/events/{event_id}", "/api/conflicts", "/api/quotes", "/api/search", "/api/stats", "/api/ingest",
                 "/api/alerts", "/api/outlets"):
        assert path in paths
    assert client.get("/docs").status_code == 200


def test_api_hostile_title_returned_verbatim(client):
    assert client.get("/api/documents/hostile").json()["title"] == XSS_TITLE
