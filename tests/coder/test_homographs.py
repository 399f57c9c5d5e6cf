"""A verb form the tagger takes for an adjective or an adverb ("dément", read as the adjective around
which it builds a verbless tree) becomes its sentence's verb (coder/repairs.py, `verb_homographs`):
denials written with it are coded. Sentences written for these tests."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "source"), [
    ("Kigali dément toute implication dans l'attaque.", "RWA"),
    ("Pékin dément les accusations américaines.", "CHN"),
    ("Le ministère turc dément formellement ces informations.", "TUR"),
    ("Washington dément avoir espionné ses alliés.", "USA"),
])
def test_a_denial_with_dement_is_coded(engine, text: str, source: str) -> None:
    events = engine.code_text(text, date="2023-09-20")
    assert any(e.code.startswith("016") and e.source and e.source.country == source for e in events), events


def test_the_adjective_stays_an_adjective(nlp) -> None:
    doc = nlp("Un rythme dément a épuisé les négociateurs.")
    assert next(t for t in doc if t.text == "dément").pos_ != "VERB"
    assert doc[:].root.lemma_ == "épuiser"
