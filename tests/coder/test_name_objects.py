"""A name right after an active verb with no object is its object (coder/repairs.py), whatever label the
parser gave it: an oblique without preposition ("a vivement critiqué le Japon", when the verb has its
subject before it), or the determiner of a day ("a bombardé Kharkiv lundi"). A subject after its verb
stays the subject. Sentences written for these tests."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "name"), [
    ("La Chine a vivement critiqué le Japon.", "Japon"),
    ("La Corée du Nord n'a pas attaqué le Japon.", "Japon"),
    ("La Russie a bombardé Kharkiv lundi.", "Kharkiv"),
])
def test_the_name_is_the_object(nlp, text: str, name: str) -> None:
    token = next(t for t in nlp(text) if t.text == name)
    assert token.dep_ == "obj" and token.head.pos_ == "VERB"


@pytest.mark.parametrize(("text", "root", "target"), [
    ("La Chine a vivement critiqué le Japon.", "11", "JPN"),
    ("La Russie a bombardé Kharkiv lundi.", "19", "UKR"),
])
def test_the_event_has_its_target(engine, text: str, root: str, target: str) -> None:
    events = engine.code_text(text, date="2022-03-01")
    assert any(e.root == root and e.target and e.target.country == target for e in events), events


def test_a_name_after_a_preposition_or_an_object_stays(nlp) -> None:
    doc = nlp("Le Japon a livré des vivres au Pérou.")
    assert next(t for t in doc if t.text == "Pérou").dep_ != "obj"


def test_a_subject_after_its_verb_stays_the_subject(targetless_engine) -> None:
    events = targetless_engine.code_text("« Nous condamnons cette agression », a déclaré le Kremlin.",
                                         date="2022-03-01")
    assert events and all(e.source is not None and e.source.country == "RUS" for e in events), events
