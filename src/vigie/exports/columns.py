"""GDELT 2.0's event table columns, in the codebook's names and order (61 of them)."""

from __future__ import annotations


def _actor(n: int) -> list[str]:
    return [f"Actor{n}{name}" for name in ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode",
                                           "Religion1Code", "Religion2Code", "Type1Code", "Type2Code",
                                           "Type3Code")]


def _geo(prefix: str) -> list[str]:
    return [f"{prefix}_{name}" for name in ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat",
                                            "Long", "FeatureID")]


GDELT_COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *_actor(1), *_actor(2),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *_geo("Actor1Geo"), *_geo("Actor2Geo"), *_geo("ActionGeo"),
    "DATEADDED", "SOURCEURL",
)
