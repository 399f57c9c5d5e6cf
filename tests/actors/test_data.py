"""The built-in dictionaries: complete, consistent, and every entry reachable by its own words."""

from __future__ import annotations

import datetime

from vigie.actors import ActorResolver
from vigie.actors.catalog import Catalog
from vigie.actors.checks import check_people
from vigie.actors.text import demonym_forms, fold

EXTRA = {"PSE", "XKX", "TWN", "VAT", "HKG", "MAC"}  # and two territories the press treats as actors
PREDECESSORS = {"SUN": "1991-12-25", "YUG": "2003-02-04", "SCG": "2006-06-05", "CSK": "1992-12-31",
                "DDR": "1990-10-03"}


def test_every_un_member_and_the_others(resolver: ActorResolver) -> None:
    countries = resolver.catalog.countries
    current = {c for c, entry in countries.items() if entry.period.end is None}
    assert len(current - EXTRA) == 193
    assert EXTRA <= current
    for code, end in PREDECESSORS.items():
        assert str(countries[code].period.end) == end


def test_wikidata_ids_are_unique(resolver: ActorResolver) -> None:
    catalog = resolver.catalog
    ids = [c.wikidata for c in catalog.countries.values()] + [b.wikidata for b in catalog.bodies.values()] + [
        g.wikidata for g in catalog.groups.values()]
    ids = [i for i in ids if i]
    assert len(ids) == len(set(ids))
    assert all(c.wikidata for c in catalog.countries.values())


def test_every_country_name_and_demonym_resolves_to_it(resolver: ActorResolver) -> None:
    wrong = []
    for country in resolver.catalog.countries.values():
        for name in [country.name, *country.names]:
            when = datetime.date(1990, 6, 1) if country.period.end else None
            got = [a.country for a in resolver.resolve(name, when)]
            if got != [country.id]:
                wrong.append((name, got))
        for demonym in country.demonyms:
            if " " not in demonym and resolver.demonym(demonym) != country.id:
                wrong.append((demonym, resolver.demonym(demonym)))
    assert wrong == []


def test_every_body_and_group_name_resolves_to_it(resolver: ActorResolver) -> None:
    wrong = []
    for body in resolver.catalog.bodies.values():
        for name in [body.name, *body.names]:
            if [a.name for a in resolver.resolve(name, None)] != [body.name]:
                wrong.append(name)
    for group in resolver.catalog.groups.values():
        for name in [group.name, *group.names]:
            if [a.name for a in resolver.resolve(name, None)] != [group.name]:
                wrong.append(name)
    assert wrong == []


def test_metonyms_follow_the_state_of_the_day(resolver: ActorResolver) -> None:
    bodies = {fold(n) for b in resolver.catalog.bodies.values() for n in [b.name, *b.names]}
    for country in resolver.catalog.countries.values():
        for metonym in country.metonyms:
            if fold(metonym.text) in bodies:  # "Bruxelles" is the EU unless the article names Belgium
                continue
            when = metonym.period.start or (country.period.end - datetime.timedelta(days=1)
                                            if country.period.end else None)
            got = [a.country for a in resolver.resolve(metonym.text, when)]
            assert got == [country.id], (metonym.text, when, got)


def test_demonym_forms() -> None:
    assert demonym_forms("russe") == ["russe", "russes"]
    assert demonym_forms("ukrainien") == ["ukrainien", "ukrainiens", "ukrainienne", "ukrainiennes"]
    assert demonym_forms("français") == ["français", "française", "françaises"]
    assert demonym_forms("turc") == ["turc", "turcs", "turque", "turques"]


def test_people_files_load_and_cover_the_key_offices(resolver: ActorResolver) -> None:
    index = resolver.index
    for country in ("USA", "RUS", "FRA", "GBR", "DEU", "CHN", "UKR"):
        for year in range(1992, 2025):
            when = datetime.date(year, 6, 1)
            assert index.holder(country, "foreign_minister", when), (country, year)


def test_consistency_checks_run(resolver: ActorResolver) -> None:
    findings = check_people(resolver.catalog)
    assert all(": " in f for f in findings)


def test_check_finds_overlaps_gaps_and_shared_ids(tmp_path) -> None:
    path = tmp_path / "people.jsonl"
    path.write_text(
        '{"name": "A Un", "surname": "Un", "aliases": [], "gender": "m", "wikidata": "Q1", "terms": ['
        '{"role": "head_of_state", "country": "FRA", "start": "1990-01-01", "end": "1995-01-01"}]}\n'
        '{"name": "B Deux", "surname": "Trois", "aliases": [], "gender": "m", "wikidata": "Q1", "terms": ['
        '{"role": "head_of_state", "country": "FRA", "start": "1994-01-01", "end": "1996-01-01"}]}\n'
        '{"name": "C Quatre", "surname": "Quatre", "aliases": [], "gender": "f", "wikidata": null, "terms": ['
        '{"role": "head_of_state", "country": "FRA", "start": "1998-01-01", "end": null}]}\n',
        encoding="utf-8")
    findings = check_people(Catalog.load(people=[path]))
    assert any(":2: wikidata: Q1 is also 'A Un'" in f for f in findings)
    assert any(":2: surname:" in f for f in findings)
    assert any(":2: terms: head_of_state FRA from 1994-01-01 overlaps A Un" in f for f in findings)
    assert any(":3: terms: head_of_state FRA vacant from 1996-01-01 to 1998-01-01" in f for f in findings)
    assert len(findings) == 4
