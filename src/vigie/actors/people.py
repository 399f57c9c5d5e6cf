"""Choosing a person among namesakes and saying what they were on a given day."""

from __future__ import annotations

import datetime
from collections.abc import Iterable

from rapidfuzz import fuzz

from ..events import Actor
from .model import GROUP_OFFICES, OFFICE_RANK, OFFICE_SECTORS, Body, Group, Person, Term
from .text import key_of


def name_words(person: Person) -> set[str]:
    words: set[str] = set()
    for name in [person.name, *person.aliases, person.surname]:
        words.update(key_of(name, strip_article=False))
    return words


def compatible(person: Person, first_names: list[str]) -> bool:
    """Do the extra words written before a surname fit this person ('Hillary' for Hillary Clinton)?"""
    words = name_words(person)
    for word in first_names:
        if len(word) == 1:
            if not any(w.startswith(word) for w in words):
                return False
        elif not any(fuzz.ratio(word, w) >= 80 for w in words):
            return False
    return True


def choose(people: Iterable[Person], when: datetime.date | None, countries: list[str],
           office: str | None, gender: str | None) -> Person | None:
    """The namesake who best fits: right gender, in office on the day, of the right country and office."""
    best = None
    for person in dict.fromkeys(people):
        if gender is not None and person.gender != gender:
            continue
        terms = person.terms_on(when)
        distance = min((t.period.distance(when) for t in person.terms), default=10**6) if when else 0
        score = (
            bool(terms),
            any(t.country in countries for t in (terms or person.terms)),
            office is not None and any(t.office == office for t in (terms or person.terms)),
            -min((_rank(t.office) for t in terms), default=len(OFFICE_RANK)),  # "M. Kim": the head of state
            -distance,
            max((t.period.start or datetime.date.min for t in person.terms), default=datetime.date.min),
        )
        if best is None or score > best[0]:
            best = (score, person)
    return best[1] if best else None


def _rank(office: str) -> int:
    return OFFICE_RANK.index(office) if office in OFFICE_RANK else len(OFFICE_RANK)


def pick_term(terms: list[Term], office: str | None) -> Term:
    for term in terms:
        if term.office == office:
            return term
    return min(terms, key=lambda t: (t.acting, _rank(t.office)))


def person_actor(text: str, person: Person, when: datetime.date | None, office: str | None,
                 bodies: dict[str, Body], groups: dict[str, Group]) -> Actor:
    """The person as an actor on `when`: COUNTRYGOV while in office, ELI after, bare country before.

    A Speaker is COUNTRYLEG, a party leader COUNTRYPTY (`OFFICE_SECTORS`); the leader of an armed
    group is the group (HAMAS: PSEINS) in office or out of it."""
    terms = person.terms_on(when)
    if terms:
        return term_actor(text, person, pick_term(terms, office), bodies, groups, when)
    if not person.terms:
        return Actor(text=text, country=None, name=person.name, wikidata=person.wikidata, kind="person")
    states = [t for t in person.terms if t.country not in bodies and t.office not in GROUP_OFFICES] or person.terms
    if when is None:
        nearest = max(states, key=lambda t: t.period.start or datetime.date.min)
    else:
        nearest = min(states, key=lambda t: (t.period.distance(when), t.country in bodies))
    if nearest.office in GROUP_OFFICES:
        group = groups[nearest.country]
        return Actor(text=text, country=_country_of(group.country_on(when), bodies), role=group.role_on(when),
                     name=person.name, wikidata=person.wikidata, kind="person")
    after = when is not None and nearest.period.end is not None and when > nearest.period.end
    if nearest.country in bodies:
        body = bodies[nearest.country]
        return Actor(text=text, country=body.country, role=None, name=person.name, code=body.code,
                     wikidata=person.wikidata, kind="person")
    return Actor(text=text, country=nearest.country, role="ELI" if after else None, name=person.name,
                 wikidata=person.wikidata, kind="person")


def term_actor(text: str, person: Person, term: Term, bodies: dict[str, Body], groups: dict[str, Group],
               when: datetime.date | None) -> Actor:
    if term.office in GROUP_OFFICES:
        group = groups[term.country]
        return Actor(text=text, country=_country_of(group.country_on(when), bodies), role=group.role_on(when),
                     name=person.name, wikidata=person.wikidata, kind="person", office=term.office)
    if term.country in bodies:
        body = bodies[term.country]
        return Actor(text=text, country=body.country, role=None, name=person.name, code=body.code,
                     wikidata=person.wikidata, kind="person", office=term.office)
    return Actor(text=text, country=term.country, role=OFFICE_SECTORS.get(term.office, "GOV"), name=person.name,
                 wikidata=person.wikidata, kind="person", office=term.office)


def _country_of(code: str, bodies: dict[str, Body]) -> str:
    body = bodies.get(code)
    return body.country if body is not None else code
