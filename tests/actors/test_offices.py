"""Offices beyond heads of state and ministers: Speakers, party, opposition and armed-group leaders,
officials of international bodies, and titles that resolve without a name (tests/actors/offices_cases.tsv)."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from vigie.actors import ActorResolver
from vigie.actors.catalog import Catalog
from vigie.actors.text import fold
from vigie.errors import DataError

CASES = Path(__file__).parent / "offices_cases.tsv"


def _cases() -> list:
    out = []
    for number, line in enumerate(CASES.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        text, day, expected = line.split("\t")
        wanted = [] if expected == "-" else [tuple(item.split("|")) for item in expected.split(" + ")]
        out.append(pytest.param(text, datetime.date.fromisoformat(day), wanted, id=f"{number}:{text}@{day}"))
    return out


@pytest.mark.parametrize("text,when,wanted", _cases())
def test_office_case(resolver: ActorResolver, text: str, when: datetime.date, wanted: list) -> None:
    actors = resolver.resolve(text, when)
    got = [(a.code, a.name, a.office) for a in actors]
    assert len(actors) == len(wanted), f"{text!r} on {when}: got {got}"
    for actor, (code, name, office) in zip(actors, wanted, strict=True):
        assert (actor.code or "") == code, f"{text!r} on {when}: got {got}"
        assert fold(actor.name or "") == fold(name), f"{text!r} on {when}: got {got}"
        assert (actor.office or "") == office, f"{text!r} on {when}: got {got}"


def test_every_built_in_group_leader_leads_a_known_group(resolver: ActorResolver) -> None:
    groups = resolver.catalog.groups
    leaders = [(t.country, p.name) for p in resolver.catalog.people for t in p.terms
               if t.office in ("group_leader", "group_commander")]
    assert len(leaders) >= 60
    assert all(code in groups for code, _ in leaders)


def test_a_shared_office_names_nobody_when_two_hold_it(resolver: ActorResolver) -> None:
    """Two opposition leaders of one country on the same day: the title alone is neither."""
    when = datetime.date(2024, 6, 1)
    holders = {p.name for p in resolver.catalog.people for t in p.terms
               if t.office == "opposition_leader" and t.country == "VEN" and t.period.covers(when)}
    assert len(holders) >= 2
    assert resolver.index.holder("VEN", "opposition_leader", when) is None


def _person_file(tmp_path: Path, term: str) -> Path:
    path = tmp_path / "people.jsonl"
    path.write_text('{"name": "Abou Test", "surname": "Test", "aliases": [], "gender": "m", "wikidata": null, '
                    f'"terms": [{term}]}}\n', encoding="utf-8")
    return path


def test_group_leader_term_must_name_a_group(tmp_path: Path) -> None:
    path = _person_file(tmp_path, '{"role": "group_leader", "country": "LBN", "start": "2001-01-01", "end": null}')
    with pytest.raises(DataError) as err:
        Catalog.load(people=[path])
    assert f"{path}:1: terms[0].country: 'LBN' is not a known group" in str(err.value)


def test_unknown_office_is_refused_with_its_line(tmp_path: Path) -> None:
    path = _person_file(tmp_path, '{"role": "chief_whip", "country": "GBR", "start": "2001-01-01", "end": null}')
    with pytest.raises(DataError) as err:
        Catalog.load(people=[path])
    assert f"{path}:1: terms[0].role" in str(err.value)


def test_a_user_group_leader_resolves_by_title(tmp_path: Path) -> None:
    path = _person_file(tmp_path, '{"role": "group_leader", "country": "M23", "start": "2030-01-01", "end": null}')
    resolver = ActorResolver.load(people=[path])
    [actor] = resolver.resolve("le chef du M23", datetime.date(2031, 1, 1))
    assert (actor.code, actor.name, actor.office) == ("CODREB", "Abou Test", "group_leader")
    [before] = resolver.resolve("le chef du M23", datetime.date(2029, 1, 1))
    assert (before.code, before.name) == ("CODREB", None)
