"""Article context on the real data: what the article has named decides an ambiguous phrase."""

from __future__ import annotations

import datetime

from vigie.actors import ActorResolver

OCT_1990 = datetime.date(1990, 10, 4)
MAY_2008 = datetime.date(2008, 5, 21)


def _read(resolver: ActorResolver, when: datetime.date, phrases: list[str]):
    context = resolver.new_context(when)
    for number, phrase in enumerate(phrases):
        for actor in resolver.resolve(phrase, when, context):
            context.remember(actor, number * 100)
    return context


def test_brussels_is_belgium_once_the_article_names_belgium(resolver: ActorResolver) -> None:
    context = _read(resolver, OCT_1990, ["la France", "la Belgique", "Paris"])
    assert [a.code for a in resolver.resolve("Bruxelles", OCT_1990, context)] == ["BELGOV"]
    context = _read(resolver, OCT_1990, ["la France", "Paris"])
    assert [a.code for a in resolver.resolve("Bruxelles", OCT_1990, context)] == ["EU"]


def test_rebels_in_an_article_on_home_are_no_country(resolver: ActorResolver) -> None:
    context = _read(resolver, OCT_1990, ["la France", "le Rwanda", "la France"])
    assert [a.country for a in resolver.resolve("les rebelles", OCT_1990, context)] == [None]
    context = _read(resolver, OCT_1990, ["le Rwanda", "la France"])
    assert [a.code for a in resolver.resolve("les rebelles", OCT_1990, context)] == ["RWAREB"]
    context = _read(resolver, OCT_1990, ["la France"])
    assert [a.country for a in resolver.resolve("les rebelles", OCT_1990, context)] == [None]


def test_bare_opposition_takes_up_the_last_opposition_with_a_country(resolver: ActorResolver) -> None:
    context = _read(resolver, MAY_2008, ["le Qatar", "l'opposition libanaise", "le Qatar", "Doha"])
    assert [a.code for a in resolver.resolve("l'opposition", MAY_2008, context)] == ["LBNOPP"]
    context = _read(resolver, MAY_2008, ["le Liban", "l'armée syrienne"])
    assert [a.code for a in resolver.resolve("l'armée", MAY_2008, context)] == ["LBNMIL"]  # not taken up


def test_a_junta_takes_the_foreign_state_in_an_article_on_home(resolver: ActorResolver) -> None:
    when = datetime.date(2007, 9, 27)
    context = _read(resolver, when, ["la France", "la Birmanie", "Paris"])
    assert [a.code for a in resolver.resolve("le régime militaire", when, context)] == ["MMRGOV"]
    assert [a.code for a in resolver.resolve("le régime", when, context)] == ["FRAGOV"]
