"""A day or month in an argument's slot that belongs to the name before it ("a bombardé Kharkiv lundi":
the parser makes "lundi" the object and "Kharkiv" its determiner): the name takes the slot and the day
becomes a time adjunct (coder/repairs.py). Sentences written for these tests."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

CASES = [
    ("La Russie a bombardé Kharkiv lundi.", "Kharkiv", "UKR"),
    ("L'aviation saoudienne a bombardé Sanaa mercredi.", "Sanaa", "YEM"),
    ("Moscou a accusé Kiev samedi d'avoir saboté le gazoduc.", "Kiev", "UKR"),
    ("Les rebelles du M23 ont attaqué Goma jeudi.", "Goma", "COD"),
]


@pytest.mark.parametrize(("text", "name", "country"), CASES)
def test_the_name_holds_the_slot_and_the_day_is_an_adjunct(nlp, text, name, country):
    doc = nlp(text)
    token = next(t for t in doc if t.text == name)
    day = doc[token.i + 1]
    assert token.dep_ in ("obj", "obl:arg", "iobj") and token.head.pos_ == "VERB"
    assert day.dep_ not in ("obj", "obl:arg", "iobj", "nsubj")


@pytest.mark.parametrize(("text", "name", "country"), CASES)
def test_the_name_is_the_target(engine, text, name, country):
    events = [e for e in engine.code_text(text, date="2022-03-02") if e.target is not None]
    assert any(e.target.country == country for e in events), [(e.code, e.target) for e in events]


def test_a_day_with_its_own_preposition_stays(nlp):
    doc = nlp("Le sommet a été reporté à lundi.")
    assert next(t for t in doc if t.text == "lundi").head.lemma_ == "reporter"


@pytest.mark.parametrize(("text", "code", "target"), [
    ("La Serbie a rompu mardi ses relations diplomatiques avec la Croatie.", "161", "HRV"),
    ("L'armée russe a poursuivi vendredi son offensive contre l'Ukraine.", "190", "UKR"),
])
def test_a_day_between_the_verb_and_its_object_leaves_the_object(engine, text, code, target):
    events = engine.code_text(text, date="2023-09-20")
    assert any(e.code == code and e.target and e.target.country == target for e in events), events


def test_a_day_that_is_a_second_object_is_an_adjunct(nlp):
    doc = nlp("Les deux pays ont conclu mardi à Genève un accord commercial.")
    assert next(t for t in doc if t.text == "mardi").dep_ != "obj"
    assert next(t for t in doc if t.text == "accord").dep_ == "obj"
