"""Event, Actor and Place, and their JSON form (the contract in EVENTS.md)."""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from typing import Any

MODES = ("occurred", "planned", "negated", "hypothetical", "alleged")


@dataclass(frozen=True)
class Actor:
    """Who acts or is acted on. `country` is ISO alpha-3 or a body code (NATO, UN, EU, WST, IGO)."""

    text: str
    country: str | None
    role: str | None = None
    name: str | None = None
    code: str | None = None
    wikidata: str | None = None
    kind: str | None = None  # state, person, body, group, sector
    office: str | None = None  # for a person: the office held on the article's date (foreign_minister...)

    def __post_init__(self) -> None:
        if self.code is None and self.country is not None:
            object.__setattr__(self, "code", self.country + (self.role or ""))

    def to_dict(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if v is not None or k in ("name", "role")}


@dataclass(frozen=True)
class Place:
    name: str
    country: str | None
    lat: float | None = None
    lon: float | None = None
    geonames_id: int | None = None
    text: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if v is not None}


@dataclass
class Event:
    doc_id: str
    sentence: str
    start: int
    end: int
    trigger: str
    code: str
    quad_class: int
    goldstein: float
    plover: str | None
    source: Actor | None
    target: Actor | None
    mode: str = "occurred"
    date: str | None = None
    date_text: str | None = None
    location: Place | None = None
    trigger_start: int | None = None
    trigger_end: int | None = None
    article_date: str | None = None
    confidence: float | None = None  # how sure the coder is, 0 to 1 (vigie.coder.confidence)
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def root(self) -> str:
        return self.code[:2]

    @property
    def id(self) -> str:
        key = "|".join(str(part) for part in (
            self.doc_id, self.trigger_start, self.code,
            self.source.code if self.source else "", self.source.text if self.source else "",
            self.target.code if self.target else "", self.target.text if self.target else ""))
        return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id,
            "doc_id": self.doc_id,
            "sentence": self.sentence,
            "start": self.start,
            "end": self.end,
            "trigger": self.trigger,
            "trigger_start": self.trigger_start,
            "trigger_end": self.trigger_end,
            "code": self.code,
            "root": self.root,
            "quad_class": self.quad_class,
            "goldstein": self.goldstein,
            "plover": self.plover,
            "source": self.source.to_dict() if self.source else None,
            "target": self.target.to_dict() if self.target else None,
            "date": self.date,
            "date_text": self.date_text,
            "mode": self.mode,
            "location": self.location.to_dict() if self.location else None,
            "confidence": self.confidence,
            "article_date": self.article_date,
        }
        out.update(self.extra)
        return out

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False)
