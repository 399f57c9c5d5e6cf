"""Malformed lexicon, alias, support and modality files fail at load with `file:line: field: problem`."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from vigie.errors import DataError
from vigie.lexicon import Lexicon, Modality
from vigie.ontology import Ontology

from .conftest import write_jsonl

GOOD = {
    "lemma": "rencontrer",
    "pos": "VERB",
    "code": "040",
    "source": ["subj"],
    "target": ["obj"],
    "trigger": "rencontrer",
    "example": "Le ministre a rencontré son homologue.",
}


def entry(**changes: Any) -> dict[str, Any]:
    record = dict(GOOD, **changes)
    return {k: v for k, v in record.items() if v is not None}


def load_error(ontology: Ontology, tmp_path: Path, *records: dict | str) -> DataError:
    path = write_jsonl(tmp_path / "predicates.jsonl", GOOD, *records)
    with pytest.raises(DataError) as info:
        Lexicon.load(ontology, [path], aliases=write_jsonl(tmp_path / "lemmas.jsonl"))
    assert info.value.path == str(path)
    assert str(info.value).startswith(f"{path}:{info.value.line}: {info.value.field}: ")
    return info.value


@pytest.mark.parametrize(
    ("record", "field", "problem"),
    [
        (entry(lemma=None), "lemma", "is required"),
        (entry(code=None), "code", "is required"),
        (entry(example=None), "example", "is required"),
        (entry(trigger=None), "trigger", "is required"),
        (entry(source=None), "source", "list of slot names"),
        (entry(code="999"), "code", "not a CAMEO event code"),
        (entry(code="0415"), "code", "not a CAMEO event code"),
        (entry(pos="ADV"), "pos", "not one of"),
        (entry(lemma="Rencontrer"), "lemma", "lower-case word"),
        (entry(lemma="se rendre"), "lemma", "lower-case word"),
        (entry(reflexive="yes"), "reflexive", "true or false"),
        (entry(pos="NOUN", reflexive=True, source=["gov:subj"], target=[]), "reflexive", "only a VERB"),
        (entry(source=[]), "source", "at least one slot"),
        (entry(source=["subj", "subj"]), "source", "twice"),
        (entry(target=["obl:chez moi"]), "target", "not a known preposition"),
        (entry(target=["obl:au"]), "target", "not a known preposition"),
        (entry(target=["objet"]), "target", "not a slot of a VERB predicate"),
        (entry(target=["nmod:de"]), "target", "not a slot of a VERB predicate"),
        (entry(pos="NOUN", source=["subj"]), "source", "not a slot of a NOUN predicate"),
        (
            entry(requires=[{"dep": "obj", "lemma": ["x"], "case": "au-dessus"}]),
            "requires",
            "not a known preposition",
        ),
        (entry(requires=[{"dep": "objet"}]), "requires", "not a dependency label"),
        (entry(requires=[{"lemma": ["accord"]}]), "requires", "needs a dependency label"),
        (entry(requires=[{"dep": "obj", "lemma": ["Accord"]}]), "requires", "lower-case"),
        (entry(requires=[{"dep": "obj", "lemmas": ["accord"]}]), "requires", "unknown key 'lemmas'"),
        (entry(requires={"dep": "obj"}), "requires", "must be a list"),
        (entry(exclude=["obj"]), "exclude", "must be an object"),
        (entry(colour="red"), "colour", "unknown field"),
        (dict(GOOD), "requires", "same head and dependents as the entry at"),
        ('{"lemma": "rencontrer", "pos": ', "json", "Expecting value"),
        ('["rencontrer"]', "json", "one JSON object"),
    ],
)
def test_bad_entry(ontology: Ontology, tmp_path: Path, record: dict | str, field: str, problem: str) -> None:
    error = load_error(ontology, tmp_path, record)
    assert (error.line, error.field) == (2, field)
    assert problem in error.problem


def test_requirements_nest_but_not_forever(ontology: Ontology, tmp_path: Path) -> None:
    nested = {"dep": "obj", "requires": [{"dep": "nmod", "requires": [{"dep": "amod"}]}]}
    path = write_jsonl(tmp_path / "ok.jsonl", entry(requires=[nested]))
    lexicon = Lexicon.load(ontology, [path])
    assert lexicon.predicates[0].specificity == 3
    deep = {
        "dep": "obj",
        "requires": [{"dep": "nmod", "requires": [{"dep": "amod", "requires": [{"dep": "det"}]}]}],
    }
    error = load_error(ontology, tmp_path, entry(requires=[deep]))
    assert "deeper than" in error.problem


def test_blank_lines_keep_line_numbers(ontology: Ontology, tmp_path: Path) -> None:
    path = tmp_path / "predicates.jsonl"
    path.write_text('\n\n{"lemma": "x"}\n', encoding="utf-8")
    with pytest.raises(DataError) as info:
        Lexicon.load(ontology, [path])
    assert (info.value.line, info.value.field) == (3, "pos")


def test_missing_file(ontology: Ontology, tmp_path: Path) -> None:
    with pytest.raises(DataError, match="cannot be read"):
        Lexicon.load(ontology, [tmp_path / "absent.jsonl"])


@pytest.mark.parametrize(
    ("record", "field", "problem"),
    [
        ({"spacy": "réclame", "pos": "VERB"}, "lemma", "is required"),
        ({"spacy": "réclame", "pos": "VERB", "lemma": "réclame"}, "lemma", "to itself"),
        ({"spacy": "réclame", "pos": "VERB", "lemma": "réclamer"}, "spacy", "already mapped at line 1"),
        ({"spacy": "vite", "pos": "ADV", "lemma": "viter"}, "as_pos", "which lexicon part of speech"),
        (
            {"spacy": "plainte", "pos": "NOUN", "lemma": "plaindre", "as_pos": "VERB", "when": "sujet"},
            "when",
            "not a dependency label",
        ),
        ({"spacy": "x", "pos": "SYM", "lemma": "y"}, "pos", "not one of"),
    ],
)
def test_bad_alias(ontology: Ontology, tmp_path: Path, record: dict, field: str, problem: str) -> None:
    aliases = write_jsonl(
        tmp_path / "lemmas.jsonl", {"spacy": "réclame", "pos": "VERB", "lemma": "réclamer"}, record
    )
    with pytest.raises(DataError) as info:
        Lexicon.load(ontology, aliases=aliases)
    assert (info.value.path, info.value.line, info.value.field) == (str(aliases), 2, field)
    assert problem in info.value.problem


@pytest.mark.parametrize(
    ("record", "field", "problem"),
    [
        ({"lemma": "faire"}, "kind", "is required"),
        ({"lemma": "faire", "kind": "light"}, "kind", "not one of"),
        ({"lemma": "avoir", "kind": "support"}, "lemma", "already listed at line 1"),
    ],
)
def test_bad_support_verb(ontology: Ontology, tmp_path: Path, record: dict, field: str, problem: str) -> None:
    support = write_jsonl(tmp_path / "support.jsonl", {"lemma": "avoir", "kind": "support"}, record)
    with pytest.raises(DataError) as info:
        Lexicon.load(ontology, support=support)
    assert (info.value.line, info.value.field) == (2, field)
    assert problem in info.value.problem


MARKER = {"lemma": "devoir", "pos": "VERB", "kind": "control", "mode": "planned"}


@pytest.mark.parametrize(
    ("record", "field", "problem"),
    [
        ({"lemma": "pouvoir", "pos": "VERB", "kind": "control"}, "mode", "is required"),
        ({"lemma": "pouvoir", "pos": "VERB", "kind": "control", "mode": "maybe"}, "mode", "not one of"),
        ({"lemma": "pouvoir", "pos": "VERB", "kind": "modal", "mode": "hypothetical"}, "kind", "not one of"),
        (
            {"lemma": "possible", "pos": "VERB", "kind": "adjective", "mode": "hypothetical"},
            "pos",
            "not one of",
        ),
        (
            {"lemma": "Possible", "pos": "ADJ", "kind": "adjective", "mode": "hypothetical"},
            "lemma",
            "lower-case",
        ),
        (
            {"lemma": "pouvoir", "pos": "VERB", "kind": "control", "mode": "planned", "mark": "si"},
            "mark",
            "not one of",
        ),
        (
            {"lemma": "apprêter", "pos": "VERB", "kind": "control", "mode": "planned", "reflexive": 1},
            "reflexive",
            "true or false",
        ),
        (
            {"lemma": "devoir", "pos": "VERB", "kind": "control", "mode": "hypothetical"},
            "lemma",
            "already at line 1",
        ),
        (
            {"lemma": "devoir", "pos": "VERB", "kind": "control", "mode": "planned", "weight": 2},
            "weight",
            "unknown field",
        ),
        ('{"lemma": "devoir",', "json", "Expecting"),
    ],
)
def test_bad_marker(tmp_path: Path, record: dict | str, field: str, problem: str) -> None:
    path = write_jsonl(tmp_path / "modality.jsonl", MARKER, record)
    with pytest.raises(DataError) as info:
        Modality.load([path])
    assert (info.value.path, info.value.line, info.value.field) == (str(path), 2, field)
    assert problem in info.value.problem
