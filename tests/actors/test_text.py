"""Folding and tokenising: the same keys for the dictionaries and the articles."""

from __future__ import annotations

from vigie.actors.text import fold, key_of, plural_phrase, tokenize


def test_fold_and_tokenize() -> None:
    assert fold("Sergueï") == "serguei"
    assert [t.fold for t in tokenize("l’Otan, d'État")] == ["l'", "otan", ",", "d'", "etat"]
    tokens = tokenize("M. Le Drian")
    assert [(t.text, t.capital, t.start) for t in tokens] == [
        ("M", True, 0), ("Le", True, 3), ("Drian", True, 6)]


def test_keys_drop_a_leading_article_and_hyphens() -> None:
    assert key_of("les États-Unis") == ("etats", "unis")
    assert key_of("la Côte d'Ivoire") == ("cote", "d'", "ivoire")
    assert key_of("Le Drian", strip_article=False) == ("le", "drian")


def test_plural_titles() -> None:
    assert plural_phrase("Premier ministre") == "Premiers ministres"
    assert plural_phrase("chef de la diplomatie") == "chefs de la diplomatie"
    assert plural_phrase("secrétaire général") == "secrétaires général"
    assert plural_phrase("vice-président") == "vice-présidents"
