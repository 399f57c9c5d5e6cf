"""The API's response shapes (pydantic): the event contract's fields, plus the store's counts."""

from __future__ import annotations

from pydantic import BaseModel, Field


class ActorOut(BaseModel):
    text: str | None = None
    name: str | None = None
    code: str | None = None
    country: str | None = None
    role: str | None = None
    wikidata: str | None = None
    kind: str | None = None


class PlaceOut(BaseModel):
    name: str | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonames_id: int | None = None


class EventOut(BaseModel):
    id: str
    doc_id: str
    sentence: str
    start: int
    end: int
    trigger: str
    trigger_start: int | None = None
    trigger_end: int | None = None
    code: str
    code_name: str | None = None
    root: str
    quad_class: int = Field(ge=1, le=4)
    goldstein: float
    plover: str | None = None
    source: ActorOut | None = None
    target: ActorOut | None = None
    date: str | None = None
    date_text: str | None = None
    mode: str
    location: PlaceOut | None = None
    confidence: float | None = None
    target_inferred: bool = False
    num_mentions: int | None = None
    num_sources: int | None = None
    num_articles: int | None = None


class EventPage(BaseModel):
    total: int
    page: int
    page_size: int
    items: list[EventOut]


class MentionOut(BaseModel):
    doc_id: str
    sentence: str
    start: int
    end: int
    trigger: str
    trigger_start: int | None = None
    trigger_end: int | None = None
    date: str | None = None
    title: str | None = None
    url: str | None = None


class EventDetail(BaseModel):
    event: EventOut
    mentions: list[MentionOut]


class SpanOut(BaseModel):
    event_id: str
    code: str
    start: int
    end: int
    trigger_start: int | None = None
    trigger_end: int | None = None


class ArticleOut(BaseModel):
    id: str
    title: str | None = None
    date: str | None = None
    url: str | None = None
    source: str | None = None
    lang: str | None = None
    text: str
    events: list[SpanOut]


class ActorCount(BaseModel):
    code: str | None = None
    country: str | None = None
    role: str | None = None
    name: str | None = None
    as_source: int
    as_target: int
    total: int


class ActorList(BaseModel):
    items: list[ActorCount]


class TimelineRow(BaseModel):
    period: str
    count: int
    q1: int
    q2: int
    q3: int
    q4: int
    goldstein_sum: float
    goldstein_mean: float | None = None


class Timeline(BaseModel):
    dyad: str
    by: str
    rows: list[TimelineRow]


class Node(BaseModel):
    id: str
    name: str | None = None
    country: str | None = None
    count: int


class Edge(BaseModel):
    source: str
    target: str
    weight: int
    goldstein_mean: float | None = None
    conflict: bool


class Network(BaseModel):
    nodes: list[Node]
    edges: list[Edge]


class PlaceCount(BaseModel):
    name: str
    country: str | None = None
    lat: float
    lon: float
    count: int


class PlaceList(BaseModel):
    items: list[PlaceCount]


class RootCount(BaseModel):
    root: str
    name: str
    count: int


class Stats(BaseModel):
    articles: int
    events: int
    mentions: int
    actors: int
    errors: int
    first_date: str | None = None
    last_date: str | None = None
    roots: list[RootCount]
