"""Exports read back: GDELT lines have 61 fields and load with GDELT's column list; Parquet, CSV and
PLOVER JSON load in one line and hold every event of the store."""

from __future__ import annotations

import csv
import json

import pandas as pd
import pyarrow.parquet as pq
import pytest

from vigie.exports import FORMATS, GDELT_COLUMNS, ExportError, export
from vigie.exports.tables import PARQUET_SCHEMA
from vigie.store import EventFilter, count_events, events


def test_gdelt_columns_are_gdelt_2_names_in_order() -> None:
    assert len(GDELT_COLUMNS) == 61
    assert GDELT_COLUMNS[:5] == ("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate")
    assert GDELT_COLUMNS[25:35] == ("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
                                    "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone")
    assert GDELT_COLUMNS[51:53] == ("ActionGeo_Type", "ActionGeo_FullName")
    assert GDELT_COLUMNS[-2:] == ("DATEADDED", "SOURCEURL")


def test_gdelt_export(multi_store, tmp_path) -> None:
    path, count = export(multi_store, "gdelt", tmp_path)
    assert count == count_events(multi_store)
    lines = path.read_text(encoding="utf-8").splitlines()
    assert len(lines) == count and all(len(line.split("\t")) == 61 for line in lines)
    table = pd.read_csv(path, sep="\t", header=None, names=list(GDELT_COLUMNS), dtype=str, keep_default_na=False)
    assert len(table) == count
    meeting = table[(table.Actor1CountryCode == "RUS") & (table.Actor2CountryCode == "TUR")
                    & (table.EventRootCode == "04")].iloc[0]
    assert (meeting.NumMentions, meeting.NumSources, meeting.NumArticles) == ("3", "3", "3")
    assert meeting.SQLDATE == "20230314" and meeting.AvgTone == ""
    assert meeting.ActionGeo_FullName == "Ankara" and meeting.ActionGeo_CountryCode == "TU"  # FIPS, as GDELT
    assert meeting.ActionGeo_Type == "4" and meeting.SOURCEURL.startswith("https://")
    assert set(table.IsRootEvent) <= {"0", "1"}
    assert (tmp_path / "gdelt_columns.txt").read_text().strip().split("\t") == list(GDELT_COLUMNS)


def test_parquet_export_has_the_documented_schema_and_every_event(multi_store, tmp_path) -> None:
    path, count = export(multi_store, "parquet", tmp_path)
    table = pq.read_table(path)
    assert table.num_rows == count == count_events(multi_store)
    assert table.schema.equals(PARQUET_SCHEMA)
    frame = pd.read_parquet(path)
    assert frame.num_mentions.sum() == multi_store.fetchone("SELECT count(*) FROM mentions")[0]


def test_csv_export_loads_in_pandas(multi_store, tmp_path) -> None:
    path, count = export(multi_store, "csv", tmp_path)
    frame = pd.read_csv(path)
    assert len(frame) == count and "num_sources" in frame.columns
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert any("\n" not in row["sentence"] and row["sentence"] for row in rows)


def test_plover_export(multi_store, tmp_path) -> None:
    path, count = export(multi_store, "plover", tmp_path, EventFilter(source="RUS", target="TUR"))
    records = json.loads(path.read_text(encoding="utf-8"))
    assert len(records) == count == len(events(multi_store, EventFilter(source="RUS", target="TUR"), limit=None))
    meeting = next(r for r in records if r["vigie"]["cameo"].startswith("04"))
    assert meeting["event_type"] == "CONSULT" and meeting["actor"][0]["country"] == "RUS"
    assert meeting["recipient"][0]["country"] == "TUR" and len(meeting["vigie"]["evidence"]) == 3
    assert meeting["context"] == []


def test_an_empty_selection_still_writes_loadable_files(multi_store, tmp_path) -> None:
    nothing = EventFilter(source="ZZZ")
    for fmt in FORMATS:
        path, count = export(multi_store, fmt, tmp_path / fmt, nothing)
        assert count == 0 and path.exists()
    assert pq.read_table(tmp_path / "parquet" / FORMATS["parquet"]).num_rows == 0
    assert json.loads((tmp_path / "plover" / FORMATS["plover"]).read_text()) == []


def test_export_errors_name_the_place(multi_store, tmp_path) -> None:
    with pytest.raises(ExportError, match="format"):
        export(multi_store, "xlsx", tmp_path)
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(ExportError, match="file"):
        export(multi_store, "csv", blocker / "out")
