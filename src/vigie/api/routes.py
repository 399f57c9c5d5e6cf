"""The API's routes: each validates its parameters, calls one of the store's query functions, shapes it.

No SQL here (vigie.store is the only code that speaks it); every parameter is typed and bounded, so a
wrong value is a 422 naming it before any query runs.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import itertools
import json
from collections.abc import Iterator
from enum import StrEnum
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request
from fastapi.responses import StreamingResponse

from .. import store as queries
from ..exports import all_events
from ..exports.tables import csv_row, csv_writer
from ..store import EventFilter, Store
from .models import (
    ActorCount,
    ActorList,
    ArticleOut,
    Edge,
    EventDetail,
    EventOut,
    EventPage,
    MentionOut,
    Network,
    Node,
    PlaceCount,
    PlaceList,
    RootCount,
    SpanOut,
    Stats,
    Timeline,
    TimelineRow,
)

router = APIRouter()
MAX_PAGE_SIZE = 200
MAX_DOWNLOAD = 100_000
ACTOR = r"^[A-Z]{2}[A-Z0-9]{0,10}$"


class Mode(StrEnum):
    occurred = "occurred"
    planned = "planned"
    negated = "negated"
    hypothetical = "hypothetical"
    alleged = "alleged"


class Period(StrEnum):
    day = "day"
    week = "week"
    month = "month"


def open_cursor(request: Request) -> Iterator[Store]:
    """A read-only cursor of the process's store for this request, closed after it."""
    cursor = request.app.state.store.cursor()
    try:
        yield cursor
    finally:
        cursor.close()


Cursor = Annotated[Store, Depends(open_cursor)]


DYAD = r"^[A-Z]{2}[A-Z0-9]{0,10}:[A-Z]{2}[A-Z0-9]{0,10}$"


def common_filter(
    source: Annotated[str | None, Query(pattern=ACTOR, description="actor code or its start: RUS, USAGOV")] = None,
    target: Annotated[str | None, Query(pattern=ACTOR, description="actor code or its start")] = None,
    root: Annotated[str | None, Query(pattern=r"^(0[1-9]|1[0-9]|20)$", description="CAMEO root, 01–20")] = None,
    code: Annotated[str | None, Query(pattern=r"^[0-9]{2,4}$", description="CAMEO code or its start")] = None,
    quad_class: Annotated[int | None, Query(ge=1, le=4, description="1–4")] = None,
    mode: Mode | None = None,
    since: Annotated[dt.date | None, Query(description="first day, YYYY-MM-DD")] = None,
    until: Annotated[dt.date | None, Query(description="last day, YYYY-MM-DD")] = None,
    place: Annotated[str | None, Query(min_length=1, max_length=100, description="place name or country code")] = None,
    text: Annotated[str | None, Query(min_length=1, max_length=200, description="words of the evidence")] = None,
    min_confidence: Annotated[float | None, Query(ge=0, le=1)] = None,
) -> EventFilter:
    """The filters every event query takes (all optional; since after until is an empty range, not an
    error); a dyad is added by the routes that take one."""
    return EventFilter(source=source, target=target, root=root, code=code, quad_class=quad_class,
                       mode=mode.value if mode else None, since=since.isoformat() if since else None,
                       until=until.isoformat() if until else None, place=place,
                       text=(text.strip() or None) if text else None, min_confidence=min_confidence)


def event_filter(common: Annotated[EventFilter, Depends(common_filter)],
                 dyad: Annotated[str | None, Query(pattern=DYAD, description="SOURCE:TARGET, directed")] = None
                 ) -> EventFilter:
    return dataclasses.replace(common, dyad=tuple(dyad.split(":"))) if dyad else common


Filters = Annotated[EventFilter, Depends(event_filter)]


def _event(row: dict, names: dict[str, str]) -> EventOut:
    return EventOut(**{**row, "code_name": names.get(row["code"])})


@router.get("/events", response_model=EventPage, summary="Events matching filters, a page at a time")
def list_events(request: Request, cursor: Cursor, filters: Filters,
                page: Annotated[int, Query(ge=1, le=100_000)] = 1,
                page_size: Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE)] = 50) -> EventPage:
    names = request.app.state.code_names
    total = queries.count_events(cursor, filters)
    rows = queries.events(cursor, filters, limit=page_size, offset=(page - 1) * page_size)
    return EventPage(total=total, page=page, page_size=page_size, items=[_event(r, names) for r in rows])


@router.get("/events/{event_id}", response_model=EventDetail, responses={404: {"description": "no such event"}},
            summary="One event with every report of it")
def one_event(request: Request, cursor: Cursor,
              event_id: Annotated[str, Path(min_length=1, max_length=200)]) -> EventDetail:
    row = queries.event(cursor, event_id)
    if row is None:
        raise HTTPException(404, detail=f"no event {event_id!r}")
    mentions = [MentionOut(**{**m, "date": m["article"]["date"], "title": m["article"]["title"],
                              "url": m["article"]["url"], "doc_id": m["article"]["id"]})
                for m in row.pop("mentions")]
    return EventDetail(event=_event(row, request.app.state.code_names), mentions=mentions)


@router.get("/articles/{article_id}", response_model=ArticleOut,
            responses={404: {"description": "no such article"}}, summary="One article and its events' spans")
def one_article(cursor: Cursor, article_id: Annotated[str, Path(min_length=1, max_length=500)]) -> ArticleOut:
    row = queries.article(cursor, article_id)
    if row is None:
        raise HTTPException(404, detail=f"no article {article_id!r}")
    spans = [SpanOut(**s) for s in row.pop("spans") if s.get("event_id")]
    return ArticleOut(**row, events=spans)


@router.get("/actors", response_model=ActorList, summary="Actors by number of events")
def list_actors(cursor: Cursor, top: Annotated[int, Query(ge=1, le=500)] = 20,
                role: Annotated[str | None, Query(pattern=r"^[A-Z]{3}$")] = None) -> ActorList:
    rows = queries.actors(cursor, top=top, role=role)
    return ActorList(items=[ActorCount(**r, total=r["events"]) for r in rows])


@router.get("/timeline", response_model=Timeline, summary="A dyad's events per day, week or month")
def dyad_timeline(cursor: Cursor, filters: Annotated[EventFilter, Depends(common_filter)],
                  dyad: Annotated[str, Query(pattern=DYAD, description="SOURCE:TARGET, directed, e.g. USA:RUS")],
                  by: Period = Period.week) -> Timeline:
    source, target = dyad.split(":")
    rows = queries.timeline(cursor, source, target, by=by.value, filters=filters)
    return Timeline(dyad=dyad, by=by.value, rows=[
        TimelineRow(period=r["period"], count=r["events"], q1=r["quad1"], q2=r["quad2"], q3=r["quad3"],
                    q4=r["quad4"], goldstein_sum=r["goldstein_sum"], goldstein_mean=r["goldstein_mean"])
        for r in rows])


@router.get("/network", response_model=Network, summary="Who acts on whom: actors and weighted edges")
def actor_network(cursor: Cursor, filters: Filters, limit: Annotated[int, Query(ge=1, le=500)] = 100,
                  min_events: Annotated[int, Query(ge=1, le=10_000)] = 1) -> Network:
    net = queries.network(cursor, filters, min_events=min_events, limit=limit)
    nodes = [Node(id=n["id"], count=n["events"]) for n in net["nodes"]]
    edges = [Edge(source=e["source"], target=e["target"], weight=e["events"], goldstein_mean=e["goldstein_mean"],
                  conflict=e["quad3"] + e["quad4"] > e["quad1"] + e["quad2"]) for e in net["edges"]]
    return Network(nodes=nodes, edges=edges)


@router.get("/places", response_model=PlaceList, summary="Where events happen: places with counts")
def event_places(cursor: Cursor, filters: Filters, limit: Annotated[int, Query(ge=1, le=2000)] = 500) -> PlaceList:
    return PlaceList(items=[PlaceCount(**p) for p in queries.places(cursor, filters, limit=limit)])


@router.get("/stats", response_model=Stats, summary="Counts, date range and events per root")
def store_stats(request: Request, cursor: Cursor) -> Stats:
    s = queries.stats(cursor)
    names = request.app.state.code_names
    roots = [RootCount(root=r, name=names.get(r, ""), count=n) for r, n in s["by_root"].items()]
    return Stats(articles=s["articles"], events=s["events"], mentions=s["mentions"], actors=s["actors"],
                 errors=s["ingest_errors"], first_date=s["first_date"], last_date=s["last_date"], roots=roots)


def _capped(cursor: Store, filters: EventFilter) -> Iterator[dict]:
    """The events of a download: the exports' own iteration over the query, at most MAX_DOWNLOAD."""
    return itertools.islice(all_events(cursor, filters, page=1000), MAX_DOWNLOAD)


@router.get("/events.csv", summary="Download the events of a query as CSV (at most 100,000)",
            response_class=StreamingResponse,
            responses={200: {"content": {"text/csv": {"schema": {"type": "string"}}}, "description": "CSV"}})
def download_csv(filters: Filters, request: Request) -> StreamingResponse:
    cursor = request.app.state.store.cursor()

    def rows() -> Iterator[str]:
        try:
            buffer = io.StringIO()
            writer = csv_writer(buffer)
            writer.writeheader()
            for row in _capped(cursor, filters):
                writer.writerow(csv_row(row))
                if buffer.tell() > 65536:
                    yield buffer.getvalue()
                    buffer.seek(0)
                    buffer.truncate()
            yield buffer.getvalue()
        finally:
            cursor.close()

    return StreamingResponse(rows(), media_type="text/csv; charset=utf-8",
                             headers={"Content-Disposition": 'attachment; filename="vigie-events.csv"'})


@router.get("/events.jsonl", summary="Download the events of a query as JSON lines (at most 100,000)",
            response_class=StreamingResponse,
            responses={200: {"content": {"application/x-ndjson": {"schema": {"type": "string"}}},
                             "description": "one event per line"}})
def download_jsonl(filters: Filters, request: Request) -> StreamingResponse:
    cursor = request.app.state.store.cursor()

    def rows() -> Iterator[str]:
        try:
            for row in _capped(cursor, filters):
                yield json.dumps(row, ensure_ascii=False, default=str) + "\n"
        finally:
            cursor.close()

    return StreamingResponse(rows(), media_type="application/x-ndjson",
                             headers={"Content-Disposition": 'attachment; filename="vigie-events.jsonl"'})
