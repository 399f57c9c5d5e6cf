"""Users' actor files: the documented example loads, adds entries and overrides built-in ones."""

from __future__ import annotations

import datetime
import re
from pathlib import Path

import pytest

from vigie.actors import ActorResolver

DOC = Path(__file__).parents[2] / "docs" / "actors.md"


@pytest.fixture(scope="module")
def example(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not DOC.exists():
        pytest.skip("docs/actors.md is absent")
    block = re.search(r"```yaml\n(.*?)```", DOC.read_text(encoding="utf-8"), re.S)
    path = tmp_path_factory.mktemp("actors") / "my_actors.yaml"
    path.write_text(block.group(1), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def extended(example: Path) -> ActorResolver:
    return ActorResolver.load(extra_files=[example])


def test_added_person_is_a_dated_office_holder(extended: ActorResolver) -> None:
    [actor] = extended.resolve("le président kosovar", datetime.date(2004, 5, 1))
    assert (actor.name, actor.code, actor.office) == ("Ibrahim Rugova", "XKXGOV", "head_of_state")
    [actor] = extended.resolve("M. Rougova", datetime.date(2005, 1, 1))
    assert actor.name == "Ibrahim Rugova"
    [before] = extended.resolve("Ibrahim Rugova", datetime.date(1998, 6, 1))
    assert (before.country, before.role) == ("XKX", None)


def test_added_name_and_overridden_name(extended: ActorResolver, resolver: ActorResolver) -> None:
    assert [a.code for a in extended.resolve("la Grande Muette", None)] == ["FRAMIL"]
    assert [a.code for a in extended.resolve("Bruxelles", None)] == ["BELGOV"]
    assert [a.code for a in resolver.resolve("Bruxelles", None)] == ["EU"]


def test_added_group_with_periods(extended: ActorResolver) -> None:
    [early] = extended.resolve("la Ligue démocratique du Kosovo", datetime.date(1998, 1, 1))
    [later] = extended.resolve("la Ligue démocratique du Kosovo", datetime.date(2003, 1, 1))
    assert (early.code, later.code) == ("XKXPTY", "XKXGOV")


def test_added_body_takes_its_parent(extended: ActorResolver) -> None:
    [actor] = extended.resolve("l'Assemblée parlementaire de l'OTSC", None)
    assert (actor.country, actor.code, actor.kind) == ("IGO", "CSTO", "body")


def test_added_title_and_sector(extended: ActorResolver, resolver: ActorResolver) -> None:
    [prefect] = extended.resolve("le préfet", None)
    assert (prefect.code, prefect.kind) == ("FRAGOV", "person")
    assert resolver.resolve("le préfet", None) == []
    assert [a.code for a in extended.resolve("les chasseurs alpins", None)] == ["FRAMIL"]


def test_replaced_country(extended: ActorResolver) -> None:
    assert [a.code for a in extended.resolve("la République du Kosovo", None)] == ["XKX"]
    assembly = extended.resolve("l'Assemblée du Kosovo", datetime.date(2010, 1, 1))
    assert [a.code for a in assembly] == ["XKXLEG"]
    assert extended.demonym("kosovare") == "XKX"


def test_person_override_by_name(tmp_path: Path, resolver: ActorResolver) -> None:
    path = tmp_path / "override.yaml"
    path.write_text("actors:\n  - type: person\n    name: Boris Johnson\n    surname: Johnson\n"
                    "    gender: m\n    terms: [{role: head_of_government, country: GBR,"
                    " start: 2019-07-24, end: 2030-01-01}]\n", encoding="utf-8")
    extended = ActorResolver.load(extra_files=[path])
    when = datetime.date(2024, 1, 1)
    assert extended.resolve("le Premier ministre britannique", when)[0].name == "Boris Johnson"
    assert resolver.resolve("le Premier ministre britannique", when)[0].name == "Rishi Sunak"
    assert sum(p.name == "Boris Johnson" for p in extended.catalog.people) == 1


def test_jsonl_user_file(tmp_path: Path) -> None:
    path = tmp_path / "more.jsonl"
    path.write_text('{"type": "name", "text": "la Bankova", "country": "UKR", "role": "GOV"}\n',
                    encoding="utf-8")
    extended = ActorResolver.load(extra_files=[path], people=[])
    assert [a.code for a in extended.resolve("la Bankova", None)] == ["UKRGOV"]


def test_files_are_applied_in_order(tmp_path: Path) -> None:
    first, second = tmp_path / "a.yaml", tmp_path / "b.yaml"
    first.write_text("- {type: name, text: le Château, country: FRA, role: GOV}\n", encoding="utf-8")
    second.write_text("- {type: name, text: le Château, country: BEL, role: GOV}\n", encoding="utf-8")
    extended = ActorResolver.load(extra_files=[first, second], people=[])
    assert [a.code for a in extended.resolve("le Château", None)] == ["BELGOV"]
