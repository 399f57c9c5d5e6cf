"""Flat tables of the events: Parquet (typed, with pyarrow) and CSV (a header, RFC 4180 quoting).

Both have the columns of PARQUET_SCHEMA, one row per de-duplicated event; README "Exports" documents them.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

_ACTOR = [("code", pa.string()), ("name", pa.string()), ("text", pa.string()), ("country", pa.string()),
          ("role", pa.string()), ("wikidata", pa.string()), ("kind", pa.string())]

PARQUET_SCHEMA = pa.schema([
    ("id", pa.string()), ("date", pa.string()), ("date_from", pa.date32()), ("date_to", pa.date32()),
    ("mode", pa.string()), ("code", pa.string()), ("root", pa.string()), ("quad_class", pa.int8()),
    ("goldstein", pa.float32()), ("plover", pa.string()),
    *((f"source_{name}", kind) for name, kind in _ACTOR), *((f"target_{name}", kind) for name, kind in _ACTOR),
    ("target_inferred", pa.bool_()),
    ("location_name", pa.string()), ("location_country", pa.string()), ("location_lat", pa.float64()),
    ("location_lon", pa.float64()), ("location_geonames_id", pa.int64()),
    ("trigger", pa.string()), ("sentence", pa.string()), ("doc_id", pa.string()), ("start", pa.int32()),
    ("end", pa.int32()), ("date_text", pa.string()), ("article_date", pa.string()),
    ("confidence", pa.float32()), ("num_mentions", pa.int32()), ("num_sources", pa.int32()),
    ("num_articles", pa.int32()), ("is_root_event", pa.bool_()), ("source_url", pa.string()),
])
COLUMNS = tuple(PARQUET_SCHEMA.names)


def flat(event: dict[str, Any]) -> dict[str, Any]:
    """A nested event dict → one flat row with the COLUMNS names."""
    out = {name: event.get(name) for name in COLUMNS}
    for side in ("source", "target"):
        for name, _ in _ACTOR:
            out[f"{side}_{name}"] = (event.get(side) or {}).get(name)
    for name in ("name", "country", "lat", "lon", "geonames_id"):
        out[f"location_{name}"] = (event.get("location") or {}).get(name)
    out["target_inferred"] = bool(event.get("target_inferred"))
    return out


def write_parquet(events: Iterable[dict[str, Any]], path: Path, batch: int = 10_000) -> int:
    """Write the events to a Parquet file in row groups of `batch`; returns how many."""
    import datetime as dt

    count = 0
    with pq.ParquetWriter(str(path), PARQUET_SCHEMA) as writer:
        rows: list[dict[str, Any]] = []
        for event in events:
            row = flat(event)
            for name in ("date_from", "date_to"):
                row[name] = dt.date.fromisoformat(row[name]) if row[name] else None
            rows.append(row)
            if len(rows) >= batch:
                writer.write_table(pa.Table.from_pylist(rows, schema=PARQUET_SCHEMA))
                count += len(rows)
                rows = []
        if rows or count == 0:
            writer.write_table(pa.Table.from_pylist(rows, schema=PARQUET_SCHEMA))
            count += len(rows)
    return count


def csv_writer(handle) -> csv.DictWriter:
    """A CSV writer of the COLUMNS on `handle` (the header is the caller's to write)."""
    return csv.DictWriter(handle, fieldnames=COLUMNS, lineterminator="\n")


def csv_row(event: dict[str, Any]) -> dict[str, Any]:
    """One event as a CSV row: `flat`, with empty cells for missing values."""
    return {k: ("" if v is None else v) for k, v in flat(event).items()}


def write_csv(events: Iterable[dict[str, Any]], handle) -> int:
    """Write the events as CSV with a header line; returns how many."""
    writer = csv_writer(handle)
    writer.writeheader()
    count = 0
    for event in events:
        writer.writerow(csv_row(event))
        count += 1
    return count
