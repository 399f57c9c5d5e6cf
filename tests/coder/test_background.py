"""Background mentions: a known event named to situate the news (under a time preposition or locution,
or completing a noun that is) is not an event of the article; an indefinite one is news. Sentences
written for these tests; coded without require_target so that only the background rule can drop them."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def roots(engine, text: str) -> set[str]:
    return {e.root for e in engine.code_text(text, date="2023-09-20")}


@pytest.mark.parametrize(("text", "root"), [
    ("Le Japon a rappelé son ambassadeur après les frappes russes sur Odessa.", "19"),  # a preposition
    ("L'armée chinoise a lancé des manoeuvres au lendemain de la visite du ministre japonais à Séoul.", "04"),
    ("Le ministre turc est parti à la veille du sommet entre la Russie et la Chine.", "04"),
    ("Le Tchad a fermé sa frontière à la suite de l'attaque du Soudan contre la Libye.", "19"),
    ("Les combats ont repris après l'échec des négociations entre le Soudan et l'Égypte.", "04"),  # a complement
    # the request the news answers
    ("L'armée française a frappé les rebelles au Mali à la demande du président malien.", "02"),
    ("Des milliers de Chiliens ont manifesté à l'appel des syndicats contre le gouvernement.", "02"),
])
def test_a_known_event_that_situates_the_news_is_not_coded(targetless_engine, text: str, root: str) -> None:
    assert root not in roots(targetless_engine, text)


def test_an_indefinite_event_under_a_time_preposition_is_news(targetless_engine) -> None:
    text = "Après un nouvel entretien avec le président égyptien, le roi de Jordanie a condamné l'attaque."
    assert "04" in roots(targetless_engine, text)
    assert "02" in roots(targetless_engine, "Le Brésil a lancé un appel à la Bolivie.")
