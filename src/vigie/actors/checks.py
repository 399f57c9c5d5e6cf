"""Consistency checks of the people data beyond the schema: findings for a human to review, not errors.

Two holders of one office on the same days, a gap between successive holders, one Wikidata id for two
people, a surname that is not part of the name. `vigie actor --check` prints them.
"""

from __future__ import annotations

import datetime
from collections import defaultdict

from .catalog import Catalog
from .model import Person, Term
from .text import key_of

START = datetime.date(1990, 1, 1)
# Offices that are one seat at a time (a monarch and a president are never both head of state).
SINGLE_SEAT = ("head_of_state", "head_of_government", "foreign_minister", "defence_minister",
               "secretary_general", "commission_president", "council_president", "high_representative",
               "parliament_president", "senate_president", "army_chief", "group_leader", "prosecutor",
               "court_president")


def _where(person: Person) -> str:
    return f"{person.source}:{person.line}" if person.line else person.source


def check_people(catalog: Catalog, today: datetime.date | None = None, overlap_days: int = 7,
                 gap_days: int = 45) -> list[str]:
    """Findings, one line each, `file:line: field: problem` like the loader's errors."""
    today = today or datetime.date.today()
    findings: list[str] = []
    findings += _identity_findings(catalog.people)
    seats: dict[tuple[str, str], list[tuple[Term, Person]]] = defaultdict(list)
    for person in catalog.people:
        for term in person.terms:
            if term.office in SINGLE_SEAT:
                seats[(term.country, term.office)].append((term, person))
            if term.period.start and term.period.start > today:
                findings.append(f"{_where(person)}: terms: {term.office} {term.country} starts in the future "
                                f"({term.period.start})")
    for (country, office), holders in sorted(seats.items()):
        holders.sort(key=lambda pair: pair[0].period.start or datetime.date.min)
        findings += _seat_findings(country, office, holders, today, overlap_days, gap_days)
    return findings


def _identity_findings(people: list[Person]) -> list[str]:
    findings = []
    by_qid: dict[str, Person] = {}
    for person in people:
        if person.wikidata:
            other = by_qid.setdefault(person.wikidata, person)
            if other is not person:
                findings.append(f"{_where(person)}: wikidata: {person.wikidata} is also {other.name!r} "
                                f"({_where(other)})")
        written = set()
        for name in [person.name, *person.aliases]:
            written.update(key_of(name, strip_article=False))
        surname = key_of(person.surname, strip_article=False)
        if not set(surname) <= written:
            findings.append(f"{_where(person)}: surname: {person.surname!r} is not part of {person.name!r} "
                            "or its aliases")
    return findings


def _seat_findings(country: str, office: str, holders: list[tuple[Term, Person]], today: datetime.date,
                   overlap_days: int, gap_days: int) -> list[str]:
    findings = []
    regular = [(t, p) for t, p in holders if not t.acting]
    for (a, pa), (b, pb) in zip(regular, regular[1:], strict=False):
        if pa is pb:
            continue
        a_end = a.period.end or today
        b_start = b.period.start or datetime.date.min
        if (a_end - b_start).days > overlap_days:
            findings.append(f"{_where(pb)}: terms: {office} {country} from {b_start} overlaps "
                            f"{pa.name} (until {a.period.end or 'now'}, {_where(pa)})")
        elif (b_start - a_end).days > gap_days and a_end >= START:
            if not _bridged(a_end, b_start, [t for t, _ in holders if t.acting], today, gap_days):
                findings.append(f"{_where(pb)}: terms: {office} {country} vacant from {a_end} to {b_start} "
                                f"(after {pa.name})")
    return findings


def _bridged(start: datetime.date, end: datetime.date, acting: list[Term], today: datetime.date,
             gap_days: int) -> bool:
    """Do acting holders, one after another, fill the days from `start` to `end`?"""
    reached = start
    for term in sorted(acting, key=lambda t: t.period.start or datetime.date.min):
        if term.period.start and (term.period.start - reached).days <= gap_days:
            reached = max(reached, term.period.end or today)
    return (end - reached).days <= gap_days
