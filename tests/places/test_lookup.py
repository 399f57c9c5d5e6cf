"""Gazetteer.lookup: French press names, accents, articles, ambiguity and non-places."""

from __future__ import annotations

import pytest

from vigie.events import Place

# (text as written, expected canonical name, expected country); name None = not a place.
LOOKUPS = [
    # French exonyms of cities -> the geonames city, under its French name
    ("Moscou", "Moscou", "RUS"),
    ("Londres", "Londres", "GBR"),
    ("Pékin", "Pékin", "CHN"),
    ("Genève", "Genève", "CHE"),
    ("Varsovie", "Varsovie", "POL"),
    ("Kiev", "Kiev", "UKR"),
    ("Kyiv", "Kiev", "UKR"),
    ("Kiyv", "Kiev", "UKR"),
    ("Kharkov", "Kharkiv", "UKR"),
    ("Kharkiv", "Kharkiv", "UKR"),
    ("Marioupol", "Marioupol", "UKR"),
    ("Donetsk", "Donetsk", "UKR"),
    ("Bruxelles", "Bruxelles", "BEL"),
    ("Téhéran", "Téhéran", "IRN"),
    ("Bagdad", "Bagdad", "IRQ"),
    ("Damas", "Damas", "SYR"),
    ("Alep", "Alep", "SYR"),
    ("Gaza", "Gaza", "PSE"),
    ("Jérusalem", "Jérusalem", "ISR"),
    ("Beyrouth", "Beyrouth", "LBN"),
    ("Alger", "Alger", "DZA"),
    ("Kaboul", "Kaboul", "AFG"),
    ("New Delhi", "New Delhi", "IND"),
    ("Séoul", "Séoul", "KOR"),
    ("Pyongyang", "Pyongyang", "PRK"),
    ("Washington", "Washington", "USA"),
    ("New York", "New York", "USA"),
    ("Mossoul", "Mossoul", "IRQ"),
    ("Kirkouk", "Kirkouk", "IRQ"),
    ("Pristina", "Pristina", "XKX"),
    ("Grozny", "Grozny", "RUS"),
    ("Tbilissi", "Tbilissi", "GEO"),
    ("Francfort", "Francfort", "DEU"),
    ("Tombouctou", "Tombouctou", "MLI"),
    ("Ouagadougou", "Ouagadougou", "BFA"),
    ("Khartoum", "Khartoum", "SDN"),
    ("Addis-Abeba", "Addis-Abeba", "ETH"),
    ("Addis Abeba", "Addis-Abeba", "ETH"),
    # geonames' own (English) names resolve to the same entry and its French name
    ("Moscow", "Moscou", "RUS"),
    ("Saint Petersburg", "Saint-Pétersbourg", "RUS"),
    ("Zürich", "Zurich", "CHE"),
    # accents and case do not matter
    ("geneve", "Genève", "CHE"),
    ("GENÈVE", "Genève", "CHE"),
    ("teheran", "Téhéran", "IRN"),
    ("Tel Aviv", "Tel-Aviv", "ISR"),
    ("en Côte d’Ivoire", "Côte d'Ivoire", "CIV"),
    # with or without article and preposition
    ("le Caire", "Le Caire", "EGY"),
    ("au Caire", "Le Caire", "EGY"),
    ("La Haye", "La Haye", "NLD"),
    ("à La Haye", "La Haye", "NLD"),
    ("au Havre", "Le Havre", "FRA"),
    ("Robert", None, None),  # not "Le Robert" (Martinique): geonames names keep their article
    ("la Crimée", "Crimée", "UKR"),
    ("en Crimée", "Crimée", "UKR"),
    ("dans le Donbass", "Donbass", "UKR"),
    ("Cisjordanie", "Cisjordanie", "PSE"),
    ("bande de Gaza", "bande de Gaza", "PSE"),
    # countries -> country-level places
    ("en Ukraine", "Ukraine", "UKR"),
    ("l'Ukraine", "Ukraine", "UKR"),
    ("d'Ukraine", "Ukraine", "UKR"),
    ("au Royaume-Uni", "Royaume-Uni", "GBR"),
    ("aux États-Unis", "États-Unis", "USA"),
    ("aux Etats-Unis", "États-Unis", "USA"),
    ("Kosovo", "Kosovo", "XKX"),
    ("Taïwan", "Taïwan", "TWN"),
    ("RDC", "République démocratique du Congo", "COD"),
    ("Mexique", "Mexique", "MEX"),
    ("Mexico", "Mexico", "MEX"),
    # ambiguity: the most populous, or the one the French press means
    ("Tripoli", "Tripoli", "LBY"),
    ("Paris", "Paris", "FRA"),
    ("Vienne", "Vienne", "AUT"),
    ("Odessa", "Odessa", "UKR"),
    ("Saint-Denis", "Saint-Denis", "FRA"),
    ("Valence", "Valence", "FRA"),
    ("Orléans", "Orléans", "FRA"),  # a French town beats a foreign homonym less than ten times its size
    ("Laval", "Laval", "FRA"),
    ("Bayonne", "Bayonne", "FRA"),
    ("Clermont", "Clermont-Ferrand", "FRA"),
    # a qualifier in parentheses picks the country
    ("Genève (Suisse)", "Genève", "CHE"),
    ("Paris (Texas)", "Paris", "USA"),
    ("Saint-Denis (La Réunion)", "Saint-Denis", "REU"),
    # regions, seas, continents, small towns from Vigie's own file
    ("Tchétchénie", "Tchétchénie", "RUS"),
    ("Haut-Karabakh", "Haut-Karabakh", "AZE"),
    ("Bretagne", "Bretagne", "FRA"),
    ("Srebrenica", "Srebrenica", "BIH"),
    ("Davos", "Davos", "CHE"),
    ("Douma", "Douma", "SYR"),
    ("les EAU", "Émirats arabes unis", "ARE"),
    ("à La Rochelle", "La Rochelle", "FRA"),
    ("du Havre", "Le Havre", "FRA"),
    ("dans les Vosges", "Vosges", "FRA"),
    ("en Savoie", "Savoie", "FRA"),
    ("Nord", "Nord", "FRA"),
    ("Adriatique", "mer Adriatique", None),
    ("Europe", "Europe", None),
    ("en mer Noire", "mer Noire", None),
    # common words are places only with a capital
    ("Tours", "Tours", "FRA"),
    ("Sens", "Sens", "FRA"),
    ("tours", None, None),
    ("sens", None, None),
    ("vienne", None, None),
    ("à peine", None, None),
    ("à terme", None, None),
    ("à la réunion", None, None),
    ("en mai", None, None),
    ("nord", None, None),
    ("se", None, None),  # "Sé" is a parish of Macao: short lower-case words are not matched
    ("un", None, None),
    ("l'eau", None, None),  # EAU (Emirates) is an acronym: it needs capitals
    ("la défense", None, None),  # geonames names need a capital
    ("la tête", None, None),
    ("yoga", None, None),
    ("la Douma", None, None),  # the Russian parliament; "Douma" alone is the Syrian town
    ("Hamas", None, None),
    # not places
    ("Otan", None, None),
    ("OTAN", None, None),
    ("l'ONU", None, None),
    ("Kremlin", None, None),
    ("la Maison Blanche", None, None),
    ("Élysée", None, None),
    ("Police", None, None),
    ("l'Union", None, None),
    ("Sénat", None, None),
    ("la capitale", None, None),
    ("la frontière", None, None),
    ("", None, None),
    ("  ", None, None),
]


@pytest.mark.parametrize(("text", "name", "country"), LOOKUPS, ids=[row[0] or "empty" for row in LOOKUPS])
def test_lookup(gazetteer, text, name, country):
    place = gazetteer.lookup(text)
    if name is None:
        assert place is None
        assert not gazetteer.is_place(text)
        return
    assert place is not None, f"{text!r} should be a place"
    assert (place.name, place.country) == (name, country)
    assert gazetteer.is_place(text)


def test_place_carries_coordinates_id_and_text(gazetteer):
    place = gazetteer.lookup("à Kiev")
    assert isinstance(place, Place)
    assert place.geonames_id == 703448
    assert place.lat == pytest.approx(50.45, abs=0.05) and place.lon == pytest.approx(30.52, abs=0.05)
    assert place.text == "à Kiev"
    assert place.to_dict()["country"] == "UKR"


def test_country_place_has_centroid_and_geonames_id(gazetteer):
    place = gazetteer.lookup("en Ukraine")
    assert place.geonames_id == 690791
    assert place.lat == pytest.approx(48.4, abs=1) and place.lon == pytest.approx(31.2, abs=1)


def test_spellings_of_one_city_give_one_place(gazetteer):
    places = {gazetteer.lookup(text) for text in ("Kiev", "Kyiv", "Kiyv", "Kiïv", "à Kyïv")}
    assert len({(p.name, p.geonames_id, p.lat, p.lon) for p in places}) == 1


def test_alternate_names_need_a_capital(gazetteer):
    # "Warszawa" and "Lisboa" are only in geonames' alternate names (Warsaw, Lisbon)
    assert gazetteer.lookup("Warszawa").name == "Varsovie"
    assert gazetteer.lookup("Lisboa").name == "Lisbonne"
    assert gazetteer.lookup("warszawa") is None
    assert gazetteer.lookup("lisboa") is None


def test_non_string_input_is_not_a_place(gazetteer):
    assert gazetteer.lookup(None) is None  # type: ignore[arg-type]
    assert gazetteer.is_place(42) is False  # type: ignore[arg-type]


def test_unknown_qualifier_falls_back_to_the_name(gazetteer):
    assert gazetteer.lookup("Strasbourg (Bas-Rhin)").country == "FRA"


def test_qualifier_country_without_such_city_keeps_the_name(gazetteer):
    assert gazetteer.lookup("Moscou (Suisse)").country == "RUS"
