"""Bare weekdays read with spaCy's parse (`doc`): the governing verb's tense gives the direction."""

from __future__ import annotations

import datetime as dt

import pytest

TUESDAY = dt.date(2022, 2, 1)

CASES = [
    ("Le ministre a annoncé lundi sa démission.", "lundi", "2022-01-31"),
    ("Le ministre doit annoncer lundi sa démission.", "lundi", "2022-02-07"),
    ("Le ministre annoncera lundi sa démission.", "lundi", "2022-02-07"),
    ("Il s'est éteint mercredi après-midi.", "mercredi après-midi", "2022-01-26TAF"),
    ("Le rendez-vous est fixé samedi devant la mairie.", "samedi", "2022-02-05"),
    ("Les sanctions annoncées mercredi visent les banques.", "mercredi", "2022-01-26"),
    ("Il se rendait jeudi à Berlin quand l'accident est survenu.", "jeudi", "2022-01-27"),
    ("Le Premier ministre britannique va se rendre jeudi à Kiev.", "jeudi", "2022-02-03"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "expression", "value"), CASES)
def test_weekday_direction_from_the_parse(nlp, tagger, sentence, expression, value):
    doc = nlp(sentence)
    found = {t.text: t.value for t in tagger.tag(sentence, TUESDAY, doc=doc)}
    assert found[expression] == value


@pytest.mark.slow
def test_seed_with_its_parse(nlp, tagger, seed_path):
    from vigie.articles import parse_text

    article = parse_text(seed_path.read_text(encoding="utf-8"), "seed", str(seed_path), None)
    doc = nlp(article.text)
    values = [(t.text, t.value) for t in tagger.tag(article.text, TUESDAY, doc=doc)]
    assert ("mardi 1er février", "2022-02-01") in values
    assert ("mardi", "2022-02-01") in values
    assert [v for text, v in values if text == "lundi"] == ["2022-01-31"] * 5
    assert ("la semaine dernière", "2022-W04") in values
    assert ("cette semaine", "2022-W05") in values
