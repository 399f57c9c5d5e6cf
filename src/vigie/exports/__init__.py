"""Exports of the store's events: GDELT 2.0 event table (TSV), PLOVER JSON, Parquet, CSV.

    from vigie.exports import export
    export(store, "gdelt", Path("out"))   # out/events.gdelt.tsv (+ out/gdelt_columns.txt)

They read the store only through its query functions (vigie.store), page by page.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..errors import VigieError
from .columns import GDELT_COLUMNS

FORMATS = {"gdelt": "events.gdelt.tsv", "plover": "events.plover.json", "parquet": "events.parquet",
           "csv": "events.csv"}

__all__ = ["FORMATS", "GDELT_COLUMNS", "ExportError", "all_events", "export"]


class ExportError(VigieError):
    """An export cannot be written: says where and what to do."""


def all_events(store, filters=None, page: int = 5_000, with_mentions: bool = False) -> Iterator[dict[str, Any]]:
    """Every event matching `filters`, fetched `page` at a time (with their mentions if asked)."""
    from ..store import event, events

    offset = 0
    while True:
        rows = events(store, filters, limit=page, offset=offset)
        for row in rows:
            yield event(store, row["id"]) if with_mentions else row
        if len(rows) < page:
            return
        offset += page


def export(store, fmt: str, folder: Path, filters=None) -> tuple[Path, int]:
    """Write the store's events (those matching `filters`) in `fmt` into `folder`; returns (file, count)."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise ExportError(f"{folder}: cannot create the folder ({err.strerror}); give another -o") from err
    path = folder / FORMATS[fmt]
    try:
        return path, _write(store, fmt, path, folder, filters)
    except OSError as err:
        raise ExportError(f"{path}: cannot be written ({err.strerror})") from err


def _write(store, fmt: str, path: Path, folder: Path, filters) -> int:
    if fmt == "parquet":
        from .tables import write_parquet

        return write_parquet(all_events(store, filters), path)
    with path.open("w", encoding="utf-8", newline="") as handle:
        if fmt == "gdelt":
            from .gdelt import write_gdelt

            (folder / "gdelt_columns.txt").write_text("\t".join(GDELT_COLUMNS) + "\n", encoding="utf-8")
            return write_gdelt(all_events(store, filters), handle)
        if fmt == "plover":
            from ..ontology import Ontology
            from .plover import plover_record, write_plover

            ontology = Ontology.load()
            return write_plover((plover_record(e, ontology) for e in all_events(store, filters, with_mentions=True)),
                                handle)
        from .tables import write_csv

        return write_csv(all_events(store, filters), handle)
