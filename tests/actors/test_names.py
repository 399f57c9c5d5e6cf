"""Names that are also French words: "Les Serbes" is not Gabriel Leș, "la borne" is not Élisabeth Borne."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from vigie.actors import ActorResolver
from vigie.actors.text import fold

JUNE_2018 = datetime.date(2018, 6, 1)
_PERSON_KINDS = {"person", "surname"}


def _french_stop_words() -> set[str]:
    """spaCy's list of French stop words, folded: an independent list to check ours against."""
    stop_words = pytest.importorskip("spacy.lang.fr.stop_words")
    return {fold(word) for word in stop_words.STOP_WORDS}


def _person_names(actors: list) -> set[str]:
    return {a.name for a in actors if a.kind == "person" and a.name}


def test_no_person_name_reads_as_a_french_stop_word(resolver: ActorResolver) -> None:
    """Every name that folds to stop words only is guarded, and never a person where a phrase begins."""
    stops = _french_stop_words()
    found = 0
    for key, targets in resolver.index.phrases.items():
        people = [t for t in targets if t.kind in _PERSON_KINDS]
        if not people or not all(word in stops for word in key):
            continue
        found += 1
        for target in people:
            assert target.guard == "function", f"{key}: {target.entry.name} is not guarded"
            phrase = " ".join(word.capitalize() for word in key) + " Serbes de Bosnie"
            names = _person_names(resolver.resolve(phrase, JUNE_2018))
            assert target.entry.name not in names, f"{phrase!r} read as {target.entry.name}"
    assert found >= 1  # "Leș" folds to "les": the case this test is for is in the data


@pytest.mark.parametrize("text,wanted", [
    ("Les Serbes de Bosnie", "BIH"),
    ("Les Serbes", "SRB"),
    ("Les responsables russes", "RUSGOV"),
    ("Les forces de défense", "FRAMIL"),
    ("Les", None),
])
def test_the_article_les_is_never_gabriel_les(resolver: ActorResolver, text: str, wanted: str | None) -> None:
    actors = resolver.resolve(text, JUNE_2018)
    assert [a.code for a in actors] == ([wanted] if wanted else [])
    assert "Gabriel Leș" not in _person_names(actors)


@pytest.mark.parametrize("text", ["M. Leș", "Gabriel Leș", "le ministre Gabriel Leș", "Gabriel Les"])
def test_a_function_word_name_inside_a_name_is_the_person(resolver: ActorResolver, text: str) -> None:
    [actor] = resolver.resolve(text, JUNE_2018)
    assert (actor.name, actor.code) == ("Gabriel Leș", "ROUGOV")


def test_a_common_noun_surname_needs_its_spelling(resolver: ActorResolver) -> None:
    when = datetime.date(2023, 1, 1)
    assert _person_names(resolver.resolve("Borne", when)) == {"Élisabeth Borne"}
    assert resolver.resolve("la borne", when) == []
    assert resolver.resolve("BORNE", when) == []  # written otherwise than the data: a word, not the name


def test_guards_apply_to_users_people(tmp_path: Path) -> None:
    """A user's person whose surname is a month or a common noun gets the same protection."""
    extra = tmp_path / "people.yaml"
    extra.write_text(
        "- {type: person, name: Anna Mai, surname: Mai, gender: f, wikidata: null,\n"
        "   terms: [{role: foreign_minister, country: VNM, start: 2020-01-01, end: null}]}\n"
        "- {type: person, name: Paul Marché, surname: Marché, gender: m, wikidata: null,\n"
        "   terms: [{role: defence_minister, country: BEL, start: 2020-01-01, end: null}]}\n",
        encoding="utf-8")
    resolver = ActorResolver.load(extra_files=[extra])
    when = datetime.date(2021, 5, 3)
    assert _person_names(resolver.resolve("Mai 68", when)) == set()
    assert _person_names(resolver.resolve("Mme Mai", when)) == {"Anna Mai"}
    assert _person_names(resolver.resolve("Anna Mai", when)) == {"Anna Mai"}
    assert _person_names(resolver.resolve("Marché", when)) == {"Paul Marché"}  # not a listed word: unguarded
    [key] = [k for k in resolver.index.phrases if k == ("mai",)]
    assert {t.guard for t in resolver.index.phrases[key] if t.kind == "surname"} == {"function"}


def test_fuzzy_matching_keeps_the_first_name(resolver: ActorResolver) -> None:
    """'Salah Abdeslam' is not Belaïd Abdesselam, even though the surnames are close."""
    assert resolver.resolve("Salah Abdeslam", datetime.date(2015, 11, 17)) == []
    assert _person_names(resolver.resolve("Belaid Abdeslam", datetime.date(1993, 1, 1))) == {
        "Belaïd Abdesselam"}
