"""Resolution inside one article: "son homologue", bare titles, short names, pronoun and quote speakers."""

from __future__ import annotations

import datetime

from vigie.actors import ActorResolver

FEB_2022 = datetime.date(2022, 2, 1)
MAY_1999 = datetime.date(1999, 5, 19)


def _read(resolver: ActorResolver, when: datetime.date, phrases: list[str]):
    """Resolve phrases in order, remembering each actor as the coder does; returns the context."""
    context = resolver.new_context(when)
    offset = 0
    for phrase in phrases:
        for actor in resolver.resolve(phrase, when, context):
            context.remember(actor, offset)
        offset += 100
    return context


def test_counterpart_takes_the_office_of_the_last_person(small: ActorResolver) -> None:
    context = _read(small, FEB_2022, ["Le secrétaire d'État américain Antony Blinken"])
    [actor] = small.resolve("son homologue russe", FEB_2022, context)
    assert (actor.name, actor.code, actor.office) == ("Sergueï Lavrov", "RUSGOV", "foreign_minister")


def test_counterpart_of_a_head_of_government(small: ActorResolver) -> None:
    context = _read(small, FEB_2022, ["le Premier ministre britannique Boris Johnson"])
    [actor] = small.resolve("son homologue allemand", FEB_2022, context)
    assert actor.name == "Olaf Scholz"


def test_counterpart_follows_the_date(small: ActorResolver) -> None:
    when = datetime.date(2003, 2, 14)
    context = _read(small, when, ["le ministre français des Affaires étrangères Dominique de Villepin"])
    [actor] = small.resolve("son homologue américain", when, context)
    assert actor.name == "Colin Powell"


def test_counterpart_without_anyone_named_before_is_the_government(small: ActorResolver) -> None:
    [actor] = small.resolve("son homologue russe", FEB_2022, small.new_context(FEB_2022))
    assert (actor.code, actor.name) == ("RUSGOV", None)


def test_counterparts_of_two_countries(small: ActorResolver) -> None:
    context = _read(small, FEB_2022, ["Jean-Yves Le Drian"])
    actors = small.resolve("ses homologues allemande et américain", FEB_2022, context)
    assert [a.name for a in actors] == ["Annalena Baerbock", "Antony Blinken"]


def test_bare_title_is_the_holder_in_the_dominant_country(small: ActorResolver) -> None:
    context = _read(small, MAY_1999, ["la Russie", "Moscou", "les États-Unis"])
    assert context.dominant_country() == "RUS"
    [actor] = small.resolve("le chef de l'Etat", MAY_1999, context)
    assert actor.name == "Boris Eltsine"


def test_bare_title_is_the_last_person_named_with_that_office(small: ActorResolver) -> None:
    context = _read(small, FEB_2022, ["le Premier ministre britannique Boris Johnson",
                                      "le président ukrainien", "la Russie", "Moscou"])
    [actor] = small.resolve("Le Premier ministre", FEB_2022, context)
    assert actor.name == "Boris Johnson"


def test_bare_title_without_context_is_the_home_country(small: ActorResolver) -> None:
    [actor] = small.resolve("le chef de l'Etat", FEB_2022)
    assert actor.name == "Emmanuel Macron"


def test_bare_sector_takes_the_dominant_country(small: ActorResolver) -> None:
    context = _read(small, FEB_2022, ["l'Ukraine", "Kiev", "la Russie"])
    [actor] = small.resolve("l'armée", FEB_2022, context)
    assert actor.code == "UKRMIL"


def test_short_name_of_a_person_unknown_to_the_data(small: ActorResolver) -> None:
    when = datetime.date(1998, 6, 1)
    context = _read(small, when, ["le leader kosovar albanais Ibrahim Rugova"])
    [actor] = small.resolve("M. Rugova", when, context)
    assert (actor.name, actor.country) == ("Ibrahim Rugova", "XKX")
    assert small.resolve("M. Rugova", when) == []


def test_unknown_person_with_a_nationality_gets_country_and_title_sector(small: ActorResolver) -> None:
    [actor] = small.resolve("le général serbe Nebojsa Pavkovic", datetime.date(1999, 4, 1))
    assert (actor.country, actor.role, actor.name, actor.kind) == ("SRB", "MIL", "Nebojsa Pavkovic", "person")


def test_last_person_for_pronouns(small: ActorResolver) -> None:
    context = small.new_context(FEB_2022)
    for offset, phrase in ((0, "Boris Johnson"), (50, "la Russie"), (90, "Volodymyr Zelensky")):
        for actor in small.resolve(phrase, FEB_2022, context):
            context.remember(actor, offset)
    assert context.last_person().name == "Volodymyr Zelensky"
    assert context.last_person(before=80).name == "Boris Johnson"
    assert context.last_person(country="GBR").name == "Boris Johnson"
    assert context.last_person(before=0) is None


def test_dominant_country_ignores_bodies_and_breaks_ties_by_first_mention(small: ActorResolver) -> None:
    context = _read(small, FEB_2022, ["l'Otan", "l'Otan", "les États-Unis", "la Russie", "l'ONU"])
    assert context.dominant_country() == "USA"
    assert small.new_context(FEB_2022).dominant_country() is None


def test_remembering_does_not_change_resolution_without_context(small: ActorResolver) -> None:
    context = _read(small, FEB_2022, ["Boris Johnson"])
    assert small.resolve("le Premier ministre", FEB_2022, context)[0].name == "Boris Johnson"
    assert small.resolve("le Premier ministre", FEB_2022)[0].country == "FRA"


# -- the dominant country ---------------------------------------------------------------------------
OCT_1993 = datetime.date(1993, 10, 4)


def test_dominant_country_is_the_most_mentioned_not_the_first(small: ActorResolver) -> None:
    context = _read(small, OCT_1993, ["le ministère français des Affaires étrangères", "Moscou", "la Russie",
                                      "les Russes", "le président russe"])
    assert context.dominant_country() == "RUS"
    [police] = small.resolve("la police", OCT_1993, context)
    assert police.code == "RUSCOP"


def test_guessed_countries_do_not_make_themselves_dominant(small: ActorResolver) -> None:
    """'la police' read as French while nothing is known must not outweigh a later 'Moscou'."""
    context = _read(small, OCT_1993, ["la police", "les manifestants", "le Parlement", "l'armée", "Moscou"])
    assert context.dominant_country() == "RUS"
    assert small.resolve("la police", OCT_1993, small.new_context(OCT_1993))[0].code == "FRACOP"  # home


def test_one_stretch_of_text_counts_once(small: ActorResolver) -> None:
    context = small.new_context(FEB_2022)
    for offset, phrase in ((0, "la Russie"), (40, "la chaîne de télévision britannique"),
                           (53, "télévision britannique")):
        for actor in small.resolve(phrase, FEB_2022, context):
            context.remember(actor, offset)
    assert context.dominant_country() == "RUS"  # one British mention, not two; the tie goes to the first


def test_places_count_towards_the_dominant_country(small: ActorResolver) -> None:
    context = _read(small, OCT_1993, ["les États-Unis"])
    context.remember_place("RUS", 200, 206)
    context.remember_place("RUS", 300, 306)
    context.remember_place("RUS", 300, 306)  # the same place reported twice
    assert context.dominant_country() == "RUS"
    context.remember_place("XXX", 400)  # not a state the data knows: ignored
    assert context.dominant_country() == "RUS"


def test_unknown_titled_people_take_the_dominant_country_and_the_title_sector(small: ActorResolver) -> None:
    context = _read(small, OCT_1993, ["Moscou", "la Russie"])
    [general] = small.resolve("Le général Routskoï", OCT_1993, context)
    assert (general.code, general.name, general.kind) == ("RUSMIL", "Routskoï", "person")
    when = datetime.date(2005, 2, 4)
    context = _read(small, when, ["La Russie", "la chaîne de télévision britannique"])
    [warlord] = small.resolve("le chef de guerre radical Chamil Bassaïev", when, context)
    assert (warlord.code, warlord.name) == ("RUSREB", "Chamil Bassaïev")
    assert small.resolve("Aslan Maskhadov", when, context) == []  # a name alone gives no country


def test_troops_of_someone_named_before_take_their_country(small: ActorResolver) -> None:
    when = datetime.date(1995, 5, 31)
    context = _read(small, when, ["le chef des Serbes de Bosnie, Radovan Karadzic", "la France", "Paris"])
    [troops] = small.resolve("les troupes de Radovan Karadzic", when, context)
    assert troops.code == "BIHMIL"


def test_rebels_and_putschists_take_the_dominant_country_but_never_home(small: ActorResolver) -> None:
    when = datetime.date(2023, 7, 27)
    context = _read(small, when, ["le chef de l'État nigérien", "Niamey"])
    assert [a.code for a in small.resolve("les putschistes", when, context)] == ["NERREB"]
    assert [a.code for a in small.resolve("la garde présidentielle", when, context)] == ["NERMIL"]
    assert [a.code for a in small.resolve("les putschistes", when, small.new_context(when))] == [None]


def test_a_body_named_earlier_by_its_first_word(small: ActorResolver) -> None:
    when = datetime.date(2017, 9, 4)
    context = _read(small, when, ["le Conseil de sécurité de l'ONU", "Pyongyang"])
    assert [a.code for a in small.resolve("le conseil", when, context)] == ["UN"]
    assert small.resolve("le conseil", when, small.new_context(when)) == []
    assert small.resolve("la commission", when, context) == []  # no body named so before


def test_without_guessing_only_phrases_that_say_their_country(small: ActorResolver) -> None:
    """A coder can resolve a sentence's self-placed phrases first: 'la police ... de Moscou' is Russian."""
    when = datetime.date(2021, 1, 17)
    context = small.new_context(when)
    assert small.resolve("la police", when, context, guess=False) == []
    assert small.resolve("les rebelles", when, context, guess=False) == []
    assert small.resolve("Le général Routskoï", when, context, guess=False) == []
    [moscow] = small.resolve("l'aéroport Cheremetievo de Moscou", when, context, guess=False) or small.resolve(
        "Moscou", when, context, guess=False)
    context.remember(moscow, 90)
    [police] = small.resolve("la police", when, context)
    context.remember(police, 40)
    assert police.code == "RUSCOP"
    assert [offset for offset, _ in context.mentions] == [40, 90]  # kept in text order
    for offset, phrase in ((200, "la France"), (300, "Paris")):
        context.remember(small.resolve(phrase, when, context)[0], offset)
    assert context.dominant_country() == "FRA"  # two French mentions to one Russian: the police did not count
