"""The HTTP API with the in-process client: shapes, filters, pagination, errors, downloads, security."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest

from vigie import store as queries
from vigie.store import EventFilter

pytestmark = pytest.mark.slow


def test_stats_count_what_the_store_holds(client, api_store):
    body = client.get("/api/stats").json()
    expected = queries.stats(api_store)
    assert body["articles"] == expected["articles"] >= 4
    assert body["events"] == expected["events"] > 10
    assert sum(r["count"] for r in body["roots"]) == body["events"]
    assert all(r["name"] for r in body["roots"])


def test_events_are_paginated_and_pages_do_not_overlap(client):
    first = client.get("/api/events", params={"page_size": 5}).json()
    second = client.get("/api/events", params={"page_size": 5, "page": 2}).json()
    assert first["total"] == second["total"] > 10
    assert len(first["items"]) == len(second["items"]) == 5
    assert not {e["id"] for e in first["items"]} & {e["id"] for e in second["items"]}
    everything = client.get("/api/events", params={"page_size": 200}).json()
    assert len(everything["items"]) == everything["total"]


@pytest.mark.parametrize("params", [
    {"root": "04"}, {"mode": "planned"}, {"quad_class": 3}, {"source": "RUS"}, {"target": "UKR"},
    {"dyad": "GBR:UKR"}, {"since": "2022-02-20"}, {"until": "2022-01-31"}, {"place": "Kiev"},
    {"text": "sanctions"}, {"code": "04", "mode": "planned"},
])
def test_filters_are_the_store_filters(client, api_store, params):
    body = client.get("/api/events", params={**params, "page_size": 200}).json()
    args = dict(params)
    if "dyad" in args:
        args["dyad"] = tuple(args["dyad"].split(":"))
    expected = queries.events(api_store, EventFilter(**args), limit=None)
    assert [e["id"] for e in body["items"]] == [e["id"] for e in expected]
    assert body["total"] == len(expected)
    assert 0 < body["total"] < client.get("/api/stats").json()["events"]


def test_each_filter_holds_on_every_event_returned(client):
    for e in client.get("/api/events", params={"root": "04", "mode": "planned", "page_size": 200}).json()["items"]:
        assert e["root"] == "04" and e["mode"] == "planned" and e["code"].startswith("04")
    for e in client.get("/api/events", params={"source": "RUS", "page_size": 200}).json()["items"]:
        assert e["source"]["code"].startswith("RUS") or e["source"]["country"] == "RUS"


@pytest.mark.parametrize("params, name", [
    ({"root": "99"}, "root"), ({"root": "1"}, "root"), ({"code": "abc"}, "code"), ({"quad_class": 5}, "quad_class"),
    ({"mode": "maybe"}, "mode"), ({"since": "2022-13-01"}, "since"), ({"source": "rus"}, "source"),
    ({"source": "RUS' OR 1=1 --"}, "source"), ({"dyad": "USA"}, "dyad"), ({"page_size": 201}, "page_size"),
    ({"page": 0}, "page"), ({"min_confidence": 2}, "min_confidence"), ({"text": "x" * 300}, "text"),
])
def test_a_wrong_parameter_is_a_422_naming_it(client, params, name):
    response = client.get("/api/events", params=params)
    assert response.status_code == 422
    assert name in [d["loc"][-1] for d in response.json()["detail"]]


def test_one_event_has_its_mentions_and_evidence(client):
    items = client.get("/api/events", params={"page_size": 200}).json()["items"]
    for item in items[:5]:
        detail = client.get(f"/api/events/{item['id']}").json()
        assert detail["event"]["id"] == item["id"]
        assert len(detail["mentions"]) == item["num_mentions"] >= 1
        for m in detail["mentions"]:
            assert m["sentence"] and m["start"] < m["end"]


def test_an_article_has_its_text_and_its_events_spans(client):
    item = client.get("/api/events", params={"page_size": 1}).json()["items"][0]
    article = client.get(f"/api/articles/{item['doc_id']}").json()
    assert article["id"] == item["doc_id"]
    assert item["id"] in {s["event_id"] for s in article["events"]}
    for span in article["events"]:
        assert article["text"][span["start"]:span["end"]].strip()
        if span["trigger_start"] is not None:
            assert span["start"] <= span["trigger_start"] < span["trigger_end"] <= span["end"]


def test_an_empty_date_range_is_an_empty_page(client):
    body = client.get("/api/events", params={"since": "2022-03-01", "until": "2022-02-01"}).json()
    assert body["total"] == 0 and body["items"] == []


@pytest.mark.parametrize("url", ["/api/events/nope", "/api/articles/nope"])
def test_unknown_ids_are_404(client, url):
    response = client.get(url)
    assert response.status_code == 404 and "nope" in response.json()["detail"]


def test_timeline_counts_add_up_to_the_dyads_events(client):
    body = client.get("/api/timeline", params={"dyad": "GBR:UKR", "by": "week"}).json()
    dated = [e for e in client.get("/api/events", params={"dyad": "GBR:UKR", "page_size": 200}).json()["items"]
             if e["date"]]
    assert body["rows"] and sum(r["count"] for r in body["rows"]) == len(dated)
    for row in body["rows"]:
        assert re.fullmatch(r"\d{4}-W\d{2}", row["period"])
        assert row["q1"] + row["q2"] + row["q3"] + row["q4"] == row["count"]
    assert client.get("/api/timeline").status_code == 422
    assert client.get("/api/timeline", params={"dyad": "GBR:UKR", "by": "year"}).status_code == 422


def test_network_edges_join_its_nodes(client, api_store):
    body = client.get("/api/network", params={"limit": 50}).json()
    ids = {n["id"] for n in body["nodes"]}
    assert body["edges"] and all(e["source"] in ids and e["target"] in ids for e in body["edges"])
    expected = {(e["source"], e["target"]): e for e in queries.network(api_store, limit=50)["edges"]}
    for edge in body["edges"]:
        counts = expected[edge["source"], edge["target"]]
        assert edge["weight"] == counts["events"]
        assert edge["conflict"] == (counts["quad3"] + counts["quad4"] > counts["quad1"] + counts["quad2"])
    weights = [e["weight"] for e in body["edges"]]
    assert weights == sorted(weights, reverse=True)


def test_places_have_coordinates(client):
    items = client.get("/api/places").json()["items"]
    assert items and all(-90 <= p["lat"] <= 90 and -180 <= p["lon"] <= 180 and p["count"] >= 1 for p in items)


def test_actors_by_count(client):
    items = client.get("/api/actors", params={"top": 5}).json()["items"]
    assert len(items) == 5
    totals = [a["total"] for a in items]
    assert totals == sorted(totals, reverse=True) and all(a["total"] == a["as_source"] + a["as_target"] for a in items)


def test_downloads_carry_every_event_of_the_query(client):
    total = client.get("/api/events", params={"quad_class": 1}).json()["total"]
    text = client.get("/api/events.csv", params={"quad_class": 1}).text
    rows = list(csv.DictReader(io.StringIO(text)))
    assert len(rows) == total and all(r["quad_class"] == "1" for r in rows)
    lines = client.get("/api/events.jsonl", params={"quad_class": 1}).text.splitlines()
    assert len(lines) == total and all(json.loads(line)["quad_class"] == 1 for line in lines)
    assert client.get("/api/events.csv", params={"root": "xx"}).status_code == 422


def test_docs_and_dashboard_load_nothing_from_outside(client):
    for page in ("/docs", "/"):
        html = client.get(page).text
        links = re.findall(r'(?:src|href)="([^"]+)"', html)
        assert links
        for link in links:
            assert not link.startswith(("http://", "https://", "//")), link
            absolute = link if link.startswith("/") else "/" + link
            assert client.get(absolute).status_code == 200, link
    assert client.get("/openapi.json").json()["info"]["title"] == "Vigie"


def test_the_store_is_read_only(app):
    cursor = app.state.store.cursor()
    try:
        with pytest.raises(Exception, match="read-only"):
            cursor.execute("DELETE FROM events")
    finally:
        cursor.close()


def test_no_stack_trace_reaches_the_client(client, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("secret internal detail")

    monkeypatch.setattr(queries, "stats", broken)
    response = client.get("/api/stats")
    assert response.status_code == 500
    assert "secret" not in response.text and "Traceback" not in response.text


def test_cors_is_off_by_default(client):
    response = client.get("/api/stats", headers={"Origin": "http://elsewhere.example"})
    assert "access-control-allow-origin" not in response.headers
