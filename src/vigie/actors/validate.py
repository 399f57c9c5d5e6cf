"""Checking one dictionary record and turning it into a model entry; errors say `file:line: field: problem`.

Cross-references (a term's country, a body's parent) are checked later by the catalog, once every
file is read.
"""

from __future__ import annotations

import datetime
import re
from typing import Any

from ..datafiles import Validator
from ..errors import DataError
from .model import (
    BODY_COUNTRIES,
    LEADER,
    OFFICES,
    SECTORS,
    Body,
    Country,
    Group,
    Name,
    Period,
    Person,
    Sector,
    Term,
    Title,
)
from .text import fold, plural_phrase

_CODE = re.compile(r"^[A-Z][A-Z0-9_]{1,31}$")
_QID = re.compile(r"^Q[1-9][0-9]*$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def date(check: Validator, field: str, value: Any) -> datetime.date | None:
    if value is None:
        return None
    if isinstance(value, datetime.date):  # YAML reads an unquoted 1999-05-19 as a date
        return value
    if not isinstance(value, str) or not _DATE.match(value):
        raise check.fail(field, f"must be a date YYYY-MM-DD or null, got {value!r}")
    try:
        return datetime.date.fromisoformat(value)
    except ValueError as err:
        raise check.fail(field, f"{value!r} is not a real day") from err


def period(check: Validator, record: dict[str, Any], prefix: str = "") -> Period:
    start = date(check, prefix + "start", record.get("start"))
    end = date(check, prefix + "end", record.get("end"))
    if start and end and end < start:
        raise check.fail(prefix + "end", f"{end} is before the start {start}")
    return Period(start, end)


def code(check: Validator, field: str, required: bool = True) -> str | None:
    value = check.str(field, required=required)
    if value is not None and not _CODE.match(value):
        raise check.fail(field, f"{value!r} must be an upper-case code such as RUS, NATO or ARAB_LEAGUE")
    return value


def wikidata(check: Validator) -> str | None:
    value = check.record.get("wikidata")
    if value is None:
        return None
    if not isinstance(value, str) or not _QID.match(value):
        raise check.fail("wikidata", f"must be a Wikidata id such as Q7747 or null, got {value!r}")
    return value


def sector(check: Validator, field: str, required: bool = False) -> str | None:
    value = check.str(field, required=required)
    if value is not None and value not in SECTORS:
        raise check.fail(field, f"{value!r} is not a CAMEO sector ({', '.join(sorted(SECTORS))})")
    return value


def boolean(check: Validator, field: str) -> bool:
    value = check.record.get(field, False)
    if not isinstance(value, bool):
        raise check.fail(field, f"must be true or false, got {value!r}")
    return value


def nested(check: Validator, item: dict[str, Any]) -> Validator:
    """A validator for a mapping inside a record (YAML gives it its own line)."""
    item = dict(item)
    line = item.pop("__line__", None)
    return Validator(check.path, line or check.line, item)


def renamed(check: Validator, prefix: str, err: DataError) -> DataError:
    return DataError(check.path, err.line, f"{prefix}.{err.field}", err.problem)


def metonyms(check: Validator, country: str) -> list[Name]:
    items = check.record.get("metonyms", [])
    if not isinstance(items, list):
        raise check.fail("metonyms", "must be a list of names or {text, role, start, end} mappings")
    out = []
    for i, item in enumerate(items):
        field = f"metonyms[{i}]"
        if isinstance(item, str) and item.strip():
            out.append(Name(item, country, "GOV", Period()))
            continue
        if not isinstance(item, dict):
            raise check.fail(field, f"must be a name or a mapping, got {item!r}")
        sub = nested(check, item)
        try:
            sub.unknown({"text", "role", "start", "end"})
            role = sector(sub, "role") if "role" in item else "GOV"
            out.append(Name(sub.str("text"), country, role, period(sub, sub.record)))
        except DataError as err:  # name the list position in the field
            raise renamed(check, field, err) from err
    return out


COUNTRY_FIELDS = {"type", "id", "name", "names", "demonyms", "metonyms", "wikidata", "leader", "president",
                  "start", "end", "keep_article"}
HEADS = {"head_of_state", "head_of_government"}


def country(check: Validator) -> Country:
    check.unknown(COUNTRY_FIELDS)
    ident = code(check, "id")
    if len(ident) != 3 or not ident.isalpha():
        raise check.fail("id", f"{ident!r} must be an ISO 3166-1 alpha-3 code such as RUS")
    leader = check.str("leader", required=False, choices=HEADS)
    president = check.str("president", required=False, choices=HEADS)
    return Country(
        id=ident, name=check.str("name"), names=check.str_list("names"),
        demonyms=check.str_list("demonyms"), metonyms=metonyms(check, ident), wikidata=wikidata(check),
        leader=leader or "head_of_state", president=president or "head_of_state",
        period=period(check, check.record),
        keep_article=boolean(check, "keep_article"), source=f"{check.path}:{check.line}")


BODY_FIELDS = {"type", "id", "name", "names", "country", "code", "demonyms", "wikidata", "role", "head",
               "parent"}


def body(check: Validator) -> Body:
    check.unknown(BODY_FIELDS)
    ident = code(check, "id")
    parent = code(check, "parent", required=False)
    country_code = check.str("country", required=parent is None, choices=set(BODY_COUNTRIES))
    head = check.str("head", required=False, choices=set(OFFICES))
    return Body(
        id=ident, name=check.str("name"), names=check.str_list("names"), country=country_code or "",
        code=code(check, "code", required=False) or "", demonyms=check.str_list("demonyms"),
        wikidata=wikidata(check), role=sector(check, "role"), head=head, parent=parent,
        source=f"{check.path}:{check.line}")


GROUP_FIELDS = {"type", "id", "name", "names", "country", "role", "periods", "wikidata"}


def group(check: Validator) -> Group:
    check.unknown(GROUP_FIELDS)
    periods = []
    items = check.record.get("periods", [])
    if not isinstance(items, list):
        raise check.fail("periods", "must be a list of {role, country, start, end}")
    for i, item in enumerate(items):
        if not isinstance(item, dict):
            raise check.fail(f"periods[{i}]", f"must be a mapping, got {item!r}")
        sub = nested(check, item)
        try:
            sub.unknown({"role", "country", "start", "end"})
            periods.append((period(sub, sub.record), sector(sub, "role", required=True),
                            code(sub, "country") if "country" in item else None))
        except DataError as err:
            raise renamed(check, f"periods[{i}]", err) from err
    return Group(
        id=code(check, "id"), name=check.str("name"), names=check.str_list("names"),
        country=code(check, "country"), role=sector(check, "role", required=True), periods=periods,
        wikidata=wikidata(check), source=f"{check.path}:{check.line}")


TITLE_FIELDS = {"type", "names", "plurals", "sector", "office", "country", "countries", "office_countries",
                "counterpart", "president"}


def title(check: Validator) -> Title:
    check.unknown(TITLE_FIELDS)
    names = check.str_list("names", required=True)
    plurals = check.str_list("plurals")
    office = check.str("office", required=False, choices=set(OFFICES) | {LEADER})
    generated = [plural_phrase(n) for n in names]
    known = {fold(n) for n in names}
    plurals = list(dict.fromkeys(plurals + [p for p in generated if fold(p) not in known]))
    return Title(
        names=names, plurals=plurals, sector=sector(check, "sector"), office=office,
        country=code(check, "country", required=False), countries=check.str_list("countries"),
        office_countries=frozenset(check.str_list("office_countries")),
        counterpart=boolean(check, "counterpart"), president=boolean(check, "president"),
        source=str(check.path), line=check.line)


def sector_entry(check: Validator) -> Sector:
    check.unknown({"type", "names", "sector"})
    return Sector(names=check.str_list("names", required=True), sector=sector(check, "sector", required=True),
                  source=str(check.path), line=check.line)


def name(check: Validator) -> Name:
    check.unknown({"type", "text", "country", "role", "start", "end"})
    return Name(check.str("text"), code(check, "country"), sector(check, "role"),
                period(check, check.record), user=True, source=f"{check.path}:{check.line}")


PERSON_FIELDS = {"type", "name", "surname", "aliases", "gender", "wikidata", "terms"}
TERM_FIELDS = {"role", "country", "start", "end", "acting"}


def person(check: Validator) -> Person:
    check.unknown(PERSON_FIELDS)
    full = check.str("name")
    surname = check.str("surname")
    if "aliases" in check.record and not isinstance(check.record["aliases"], list):
        raise check.fail("aliases", f"must be a list of names (may be []), got {check.record['aliases']!r}")
    aliases = check.str_list("aliases")
    gender = check.str("gender", choices={"m", "f"})
    terms_value = check.record.get("terms")
    if not isinstance(terms_value, list):
        raise check.fail("terms", f"must be a list of {{role, country, start, end}}, got {terms_value!r}")
    terms = []
    for i, item in enumerate(terms_value):
        field = f"terms[{i}]"
        if not isinstance(item, dict):
            raise check.fail(field, f"must be a mapping, got {item!r}")
        sub = nested(check, item)
        try:
            sub.unknown(TERM_FIELDS)
            if sub.record.get("start") is None:
                raise sub.fail("start", "is required")
            if "end" not in sub.record:
                raise sub.fail("end", "is required (null when still in office)")
            office = sub.str("role", choices=set(OFFICES))
            where = code(sub, "country")
            span = period(sub, sub.record)
            acting = boolean(sub, "acting")
        except DataError as err:
            raise renamed(check, field, err) from err
        terms.append(Term(office, where, span, acting))
    return Person(name=full, surname=surname, aliases=aliases, gender=gender, wikidata=wikidata(check),
                  terms=terms, source=str(check.path), line=check.line)


WORD_CLASSES = frozenset({"function", "common", "prenominal", "relational", "foreign", "courtesy", "courtesy_m",
                          "courtesy_f", "given"})


def word_class(check: Validator) -> tuple[str, list[str]]:
    """One record of `words.jsonl`: a class of French words and its members."""
    check.unknown({"class", "note", "words"})
    check.str("note", required=False)
    return check.str("class", choices=set(WORD_CLASSES)), check.str_list("words", required=True)


PARSERS = {"country": country, "body": body, "group": group, "title": title, "sector": sector_entry,
           "name": name, "person": person}
