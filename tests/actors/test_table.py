"""The behaviour table: phrase + date -> expected actors (tests/actors/cases.tsv), against the real data."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from vigie.actors import ActorResolver
from vigie.actors.text import fold
from vigie.events import Actor

CASES = Path(__file__).parent / "cases.tsv"


def _cases() -> list:
    out = []
    for number, line in enumerate(CASES.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        text, day, expected = line.split("\t")
        when = None if day == "-" else datetime.date.fromisoformat(day)
        wanted = [] if expected == "-" else [tuple(item.split("|")) for item in expected.split(" + ")]
        out.append(pytest.param(text, when, wanted, id=f"{number}:{text}@{day}"))
    return out


def _names(resolver: ActorResolver, actor: Actor) -> set[str]:
    """The actor's name and, for a person, every spelling the data gives them."""
    names = {fold(actor.name)} if actor.name else set()
    for person in resolver.catalog.people:
        if person.name == actor.name:
            names.update(fold(a) for a in person.aliases)
    return names


@pytest.mark.parametrize("text,when,wanted", _cases())
def test_case(resolver: ActorResolver, text: str, when: datetime.date | None, wanted: list) -> None:
    actors = resolver.resolve(text, when)
    got = [(a.code, a.name) for a in actors]
    assert len(actors) == len(wanted), f"{text!r} on {when}: got {got}"
    for actor, (code, name) in zip(actors, wanted, strict=True):
        assert (actor.code or "") == code, f"{text!r} on {when}: got {got}"
        if name == "*":
            continue
        if not name:
            assert actor.name is None, f"{text!r} on {when}: got {got}"
        else:
            assert fold(name) in _names(resolver, actor), f"{text!r} on {when}: got {got}"


def test_table_is_large_and_varied() -> None:
    cases = _cases()
    assert len(cases) >= 250
    years = {c.values[1].year for c in cases if c.values[1] is not None}
    assert min(years) <= 1991 and max(years) >= 2025
