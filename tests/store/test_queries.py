"""The query functions the CLI, exports and API share, on the multi-report corpus and the seed article."""

from __future__ import annotations

import pytest

from vigie.store import (
    EventFilter,
    Store,
    StoreError,
    actors,
    article,
    count_events,
    event,
    events,
    ingest_errors,
    network,
    stats,
    timeline,
)

from .conftest import MULTI_REPORT, build


def _ankara(store: Store) -> dict:
    [meeting] = events(store, EventFilter(source="RUS", target="TUR", root="04"))
    return meeting


def test_one_meeting_told_by_three_outlets_is_one_event(multi_store: Store) -> None:
    meeting = _ankara(multi_store)
    assert (meeting["num_mentions"], meeting["num_sources"], meeting["num_articles"]) == (3, 3, 3)
    assert meeting["date_from"] == meeting["date_to"] == "2023-03-14"
    full = event(multi_store, meeting["id"])
    assert {m["doc_id"] for m in full["mentions"]} == {"sud-0314-a", "gazette-0314-a", "nord-0315-a"}
    assert all(m["sentence"] and m["article"]["source"] for m in full["mentions"])


def test_two_days_of_sanctions_stay_two_events(multi_store: Store) -> None:
    days = sorted(e["date_from"] for e in events(multi_store, EventFilter(dyad=("USA", "IRN"), root="16")))
    assert days[0] == "2023-03-10" and days[-1] == "2023-03-20" and len(days) == 2


@pytest.mark.parametrize(("filters", "check"), [
    (EventFilter(source="USA"), lambda e: e["source"]["code"].startswith("USA")),
    (EventFilter(source="USAGOV"), lambda e: e["source"]["code"] == "USAGOV"),
    (EventFilter(target="RUS"), lambda e: e["target"]["country"] == "RUS"),
    (EventFilter(root="04"), lambda e: e["root"] == "04"),
    (EventFilter(code="04"), lambda e: e["code"].startswith("04")),
    (EventFilter(mode="planned"), lambda e: e["mode"] == "planned"),
    (EventFilter(since="2023-03-15"), lambda e: e["date_to"] >= "2023-03-15"),
    (EventFilter(until="2022-02-28"), lambda e: e["date_from"] <= "2022-02-28"),
    (EventFilter(doc_id="radio-0311-c"), lambda e: True),
])
def test_each_filter_keeps_what_it_says(multi_store: Store, filters: EventFilter, check) -> None:
    rows = events(multi_store, filters, limit=None)
    assert rows and all(check(row) for row in rows)
    assert len(rows) < count_events(multi_store) and count_events(multi_store, filters) == len(rows)


def test_text_search_with_fts_and_without(multi_store: Store, engine, tmp_path) -> None:
    plain, _ = build(tmp_path / "plain.duckdb", engine, [MULTI_REPORT])
    plain.fts = False  # as when the extension cannot be loaded
    for store in (multi_store, plain):
        found = events(store, EventFilter(text="sanctions Iran"), limit=None)
        assert len(found) >= 3  # the two days of sanctions, in three articles
        for row in found:
            sentences = [m["sentence"].lower() for m in event(store, row["id"])["mentions"]]
            assert any("sanctions" in s and "iran" in s for s in sentences)
        assert events(store, EventFilter(text="téléportation"), limit=None) == []
    assert multi_store.text_index_ready() and stats(multi_store)["text_search"] == "fts"
    # accents and case do not matter; the stemmer finds plural and singular alike
    assert events(plain, EventFilter(text="ETATS-UNIS"), limit=None)
    assert events(multi_store, EventFilter(text="sanction"), limit=None)
    plain.close()


def test_pages(multi_store: Store) -> None:
    every = events(multi_store, limit=None)
    pages = events(multi_store, limit=4) + events(multi_store, limit=4, offset=4)
    assert [e["id"] for e in pages] == [e["id"] for e in every[:8]]


def test_article_with_its_spans(multi_store: Store) -> None:
    found = article(multi_store, "radio-0311-c")
    assert found["source"] == "Radio Centre" and found["spans"]
    for span in found["spans"]:
        assert found["text"][span["trigger_start"]:span["trigger_end"]] == span["trigger"]
        assert span["event_id"]
    assert article(multi_store, "nope") is None


def test_actors_timeline_network_stats(multi_store: Store) -> None:
    top = actors(multi_store, top=3)
    assert len(top) == 3 and top[0]["events"] >= top[-1]["events"]
    weeks = timeline(multi_store, "USA", "IRN", by="week")
    assert [w["period"] for w in weeks] == ["2023-W10", "2023-W12"]
    assert all(w["quad4"] + w["quad3"] == w["events"] for w in weeks)
    graph = network(multi_store)
    assert {n["id"] for n in graph["nodes"]} >= {edge["source"] for edge in graph["edges"]}
    numbers = stats(multi_store)
    assert numbers["articles"] == 12 and numbers["mentions"] > numbers["events"] > 0
    assert ingest_errors(multi_store) == []


@pytest.mark.parametrize(("filters", "message"), [
    (EventFilter(source="rus"), "--source"),
    (EventFilter(root="1"), "--root"),
    (EventFilter(code="04a"), "--code"),
    (EventFilter(mode="done"), "--mode"),
    (EventFilter(since="14/03/2023"), "--since"),
    (EventFilter(min_confidence=2.0), "--min-confidence"),
])
def test_wrong_filters_say_which(multi_store: Store, filters: EventFilter, message: str) -> None:
    with pytest.raises(StoreError, match=message):
        events(multi_store, filters)


def test_read_only_store_answers_queries(multi_store: Store, engine, tmp_path) -> None:
    path = tmp_path / "ro.duckdb"
    build(path, engine, [MULTI_REPORT])[0].close()
    with Store.open(path, read_only=True) as store:
        assert _ankara(store)["num_articles"] == 3
        assert events(store, EventFilter(text="Ankara"), limit=None)
