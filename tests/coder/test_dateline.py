"""A wire dateline opening a sentence ("GENÈVE, 3 mai 2019 - …") is no argument of the sentence's verb
(coder/repairs.py): the city is never a source, and the phrase after the dash keeps its role. Sentences
written for these tests."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

DATELINED = [
    "GENÈVE, 3 mai 2019 - Le gouvernement canadien a condamné mercredi l'Arabie saoudite.",
    "LE CAP, 14 juin 2018 - Le Premier ministre australien a rencontré jeudi son homologue indien.",
    "BERNE (Suisse), 2 mars 2017 - Le Japon et la Corée du Sud ont signé lundi un accord commercial.",
]


@pytest.mark.parametrize("text", DATELINED)
def test_the_dateline_is_no_subject(nlp, text: str) -> None:
    doc = nlp(text)
    dash = next(t for t in doc if t.text == "-")
    assert not any(t.dep_.startswith("nsubj") for t in doc[:dash.i])
    assert any(t.dep_.startswith("nsubj") for t in doc[dash.i + 1:])


@pytest.mark.parametrize(("text", "place"), [(DATELINED[0], "CHE"), (DATELINED[1], "ZAF"), (DATELINED[2], "CHE")])
def test_the_dateline_city_is_never_a_side(engine, text: str, place: str) -> None:
    events = engine.code_text(text, date="2019-05-03")
    assert events
    assert not any(e.source and e.source.country == place for e in events)


@pytest.mark.parametrize("text", [
    "PARIS et BERLIN ont condamné l'attaque.",  # no date
    "Le président, 20 ans après sa victoire - dit-on - reste populaire.",  # no place in capitals
    "ONU, OTAN et UE - trois sigles que le ministre a cités.",  # no date with a month
])
def test_other_openings_are_no_dateline(nlp, text: str) -> None:
    from vigie.coder.repairs import dateline_end

    assert dateline_end(next(nlp(text).sents)) is None
