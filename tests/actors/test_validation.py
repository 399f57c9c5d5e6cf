"""Malformed dictionary files fail at load with `file:line: field: problem`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from vigie.actors import ActorResolver
from vigie.errors import DataError

GOOD = {"name": "Jean Test", "surname": "Test", "aliases": [], "gender": "m", "wikidata": None,
        "terms": [{"role": "head_of_state", "country": "FRA", "start": "1990-01-01", "end": None}]}


def _people(tmp_path: Path, *records: object) -> Path:
    path = tmp_path / "people.jsonl"
    path.write_text("\n".join(r if isinstance(r, str) else json.dumps(r) for r in records) + "\n",
                    encoding="utf-8")
    return path


def _load_people(tmp_path: Path, *records: object) -> DataError:
    path = _people(tmp_path, GOOD, *records)
    with pytest.raises(DataError) as caught:
        ActorResolver.load(people=[path])
    return caught.value


def _with(**changes: object) -> dict:
    record = json.loads(json.dumps(GOOD))
    record.update(changes)
    return record


def _term(**changes: object) -> dict:
    term = dict(GOOD["terms"][0])
    term.update(changes)
    return _with(name="Autre Test", terms=[term])


@pytest.mark.parametrize("record,field,problem", [
    ('{"name": "Broken", ', "json", "column"),
    (_with(name=None), "name", "is required"),
    (_with(surname=""), "surname", "non-empty string"),
    (_with(gender="x"), "gender", "is not one of"),
    (_with(wikidata="7747"), "wikidata", "Wikidata id"),
    (_with(aliases="Test"), "aliases", "list of names"),
    (_with(terms={"role": "head_of_state"}), "terms", "must be a list"),
    (_with(born="1950"), "born", "unknown field"),
    (_term(role="king"), "terms[0].role", "is not one of"),
    (_term(country="Russia"), "terms[0].country", "upper-case code"),
    (_term(country="XYZ"), "terms[0].country", "not a known country or body"),
    (_term(start="1999-13-01"), "terms[0].start", "not a real day"),
    (_term(start="1999"), "terms[0].start", "YYYY-MM-DD"),
    (_term(start=None), "terms[0].start", "is required"),
    (_term(end="1989-01-01"), "terms[0].end", "before the start"),
    (_term(acting="yes"), "terms[0].acting", "true or false"),
    (_term(office="x"), "terms[0].office", "unknown field"),
])
def test_people_errors_name_file_line_and_field(tmp_path: Path, record: object, field: str,
                                                problem: str) -> None:
    error = _load_people(tmp_path, record)
    assert error.path.endswith("people.jsonl")
    assert error.line == 2
    assert error.field == field
    assert problem in error.problem
    assert str(error).startswith(f"{error.path}:2: {field}: ")


def test_missing_end_is_an_error_not_an_open_term(tmp_path: Path) -> None:
    record = _with(terms=[{"role": "head_of_state", "country": "FRA", "start": "1990-01-01"}])
    assert _load_people(tmp_path, record).field == "terms[0].end"


def test_blank_lines_are_allowed(tmp_path: Path) -> None:
    path = _people(tmp_path, GOOD, "", "   ", _with(name="Jeanne Test", gender="f"))
    resolver = ActorResolver.load(people=[path])
    assert {p.name for p in resolver.catalog.people} == {"Jean Test", "Jeanne Test"}


def _load_yaml(tmp_path: Path, text: str) -> DataError:
    path = tmp_path / "mine.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DataError) as caught:
        ActorResolver.load(extra_files=[path], people=[])
    return caught.value


@pytest.mark.parametrize("text,line,field,problem", [
    ("- type: country\n  id: RUSSIA\n  name: Russie\n", 1, "id", "alpha-3"),
    ("- name: Russie\n", 1, "type", "is required"),
    ("- type: planet\n  name: Mars\n", 1, "type", "is not one of"),
    ("- type: name\n  text: la Grande Muette\n  country: FRA\n  role: ARMY\n", 1, "role", "CAMEO sector"),
    ("- type: name\n  text: X\n  country: QQQ\n", 1, "country", "not a known country"),
    ("- type: body\n  id: MY_BODY\n  name: Mon organe\n  parent: NOPE\n", 1, "parent", "not a known body"),
    ("- type: body\n  id: MY_BODY\n  name: Mon organe\n  country: ASIA\n", 1, "country", "is not one of"),
    ("- type: group\n  id: GG\n  name: G\n  country: FRA\n", 1, "role", "is required"),
    ("- type: title\n  names: [préfet]\n  office: prefect\n", 1, "office", "is not one of"),
    ("- type: country\n  id: FRA\n  name: France\n  metonyms: [{text: Paris, role: CAPITAL}]\n", 4,
     "metonyms[0].role", "CAMEO sector"),
    ("- type: group\n  id: GG\n  name: G\n  country: FRA\n  role: REB\n"
     "  periods: [{role: GOV, start: 2020}]\n",
     6, "periods[0].start", "YYYY-MM-DD"),
    ("- type: person\n  name: A B\n  surname: B\n  gender: m\n  terms: []\n\n- type: person\n  name: C\n", 7,
     "surname", "is required"),
    ("- type: name\n  text: [unclosed\n", 3, "yaml", ""),
])
def test_user_file_errors(tmp_path: Path, text: str, line: int, field: str, problem: str) -> None:
    error = _load_yaml(tmp_path, text)
    assert (error.line, error.field) == (line, field)
    assert problem in error.problem
    assert str(error).startswith(str(tmp_path / "mine.yaml"))


def test_missing_user_file(tmp_path: Path) -> None:
    with pytest.raises(DataError, match="does not exist"):
        ActorResolver.load(extra_files=[tmp_path / "nope.yaml"], people=[])
