"""Typed filters over events, turned into a WHERE clause with bound parameters (never formatted values)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ..events import MODES
from .database import Store, StoreError
from .rows import fold

_ACTOR = re.compile(r"^[A-Z]{2,}[A-Z0-9]*$")


@dataclass(frozen=True)
class EventFilter:
    """Which events to return. Every field is optional; given fields must all hold.

    source, target: an actor code or the start of one ("RUS" matches RUS, RUSGOV, RUSMIL; "RUSGOV" only
        RUSGOV), or a country/body ("NATO"). dyad: (A, B) is source A and target B (directed).
    root: CAMEO root ("15"); code: a code or its start ("04" matches 040, 041…); mode: one of MODES.
    since, until: days (YYYY-MM-DD), inclusive; an event dated by week or month matches if it overlaps.
    text: words that must all occur in one of the event's sentences (stemmed French when full-text
        search is available, else accent- and case-insensitive substring); min_confidence: 0..1.
    doc_id: only events reported by this article (its id).
    """

    source: str | None = None
    target: str | None = None
    dyad: tuple[str, str] | None = None
    root: str | None = None
    code: str | None = None
    mode: str | None = None
    since: str | None = None
    until: str | None = None
    text: str | None = None
    min_confidence: float | None = None
    doc_id: str | None = None

    def check(self) -> None:
        """StoreError naming the filter and what it accepts, for a value that cannot match anything."""
        for name in ("source", "target"):
            value = getattr(self, name)
            if value is not None and not _ACTOR.match(value):
                raise StoreError(f"--{name} {value!r} is not an actor code (upper-case letters: RUS, USAGOV, NATO)")
        if self.dyad is not None and not all(_ACTOR.match(part or "") for part in self.dyad):
            raise StoreError(f"--dyad {':'.join(self.dyad)!r} must be two actor codes, e.g. USA:RUS")
        for name, size in (("root", (2,)), ("code", (2, 3, 4))):
            value = getattr(self, name)
            if value is not None and not (value.isdigit() and len(value) in size):
                raise StoreError(f"--{name} {value!r} is not a CAMEO {'root (2 digits)' if name == 'root' else 'code'}")
        if self.mode is not None and self.mode not in MODES:
            raise StoreError(f"--mode {self.mode!r} is not one of {', '.join(MODES)}")
        for name in ("since", "until"):
            value = getattr(self, name)
            if value is not None:
                try:
                    dt.date.fromisoformat(value)
                except ValueError as err:
                    raise StoreError(f"--{name} {value!r} is not a day YYYY-MM-DD") from err
        if self.min_confidence is not None and not 0 <= self.min_confidence <= 1:
            raise StoreError(f"--min-confidence {self.min_confidence} must be between 0 and 1")


def where(store: Store, filters: EventFilter) -> tuple[str, list]:
    """The WHERE clause (starting with ' WHERE', or empty) and its parameters for `filters` over `events e`."""
    filters.check()
    clauses: list[str] = []
    params: list = []

    def add(clause: str, *values: object) -> None:
        clauses.append(clause)
        params.extend(values)

    source, target = filters.source, filters.target
    if filters.dyad is not None:
        source, target = filters.dyad
    for side, value in (("source", source), ("target", target)):
        if value is not None:
            add(f"(starts_with(e.{side}_code, ?) OR e.{side}_country = ?)", value, value)
    if filters.root is not None:
        add("e.root = ?", filters.root)
    if filters.code is not None:
        add("starts_with(e.code, ?)", filters.code)
    if filters.mode is not None:
        add("e.mode = ?", filters.mode)
    if filters.since is not None:
        add("e.date_to >= CAST(? AS DATE)", filters.since)
    if filters.until is not None:
        add("e.date_from <= CAST(? AS DATE)", filters.until)
    if filters.min_confidence is not None:
        add("e.confidence >= ?", filters.min_confidence)
    if filters.doc_id is not None:
        add("e.id IN (SELECT event_id FROM mentions WHERE doc_id = ?)", filters.doc_id)
    if filters.text:
        if store.text_index_ready():
            add("e.id IN (SELECT event_id FROM mentions "
                "WHERE fts_main_mentions.match_bm25(key, ?, conjunctive := 1) IS NOT NULL)", filters.text)
        else:
            for word in fold(filters.text).split():
                add("e.id IN (SELECT event_id FROM mentions WHERE contains(sentence_norm, ?))", word)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params
