"""Inputs for a scale-out run: Parquet corpora (one article a row) besides everything `read_articles` reads."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from ..articles import Article, ReadOptions, read_articles
from ..articles.cleaning import clean
from ..articles.dates import check_date
from ..errors import InputError

FIELDS = ("id", "text", "date", "title", "url", "source", "lang")


def is_parquet(name: str) -> bool:
    return name != "-" and Path(name).suffix.lower() in (".parquet", ".pq")


def read_inputs(inputs: Iterable[str], default_date: str | None = None, options: ReadOptions | None = None
                ) -> Iterator[Article | InputError]:
    """Articles (and InputErrors) from the inputs in order: Parquet files here, the others by `read_articles`."""
    others: list[str] = []
    for name in inputs:
        if is_parquet(name):
            if others:
                yield from read_articles(others, default_date, options)
                others = []
            yield from read_parquet(name, default_date)
        else:
            others.append(name)
    if others:
        yield from read_articles(others, default_date, options)


def read_parquet(name: str, default_date: str | None = None, batch_rows: int = 1024
                 ) -> Iterator[Article | InputError]:
    """One article a row (columns id and text, optionally date, title, url, source, lang), read in batches."""
    import pyarrow.parquet as pq

    try:
        handle = pq.ParquetFile(name)
    except Exception as err:  # noqa: BLE001 - pyarrow raises several kinds for a damaged file
        yield InputError(name, f"is not a readable Parquet file ({err})", hint="write it with pyarrow or pandas")
        return
    columns = [column for column in FIELDS if column in handle.schema_arrow.names]
    if "text" not in columns:
        yield InputError(name, "has no 'text' column", hint=f"columns it may hold: {', '.join(FIELDS)}")
        return
    row = 0
    for batch in handle.iter_batches(batch_size=batch_rows, columns=columns):
        for record in batch.to_pylist():
            row += 1
            text = record.get("text")
            if not isinstance(text, str) or not text.strip():
                yield InputError(name, "row has no text; skipped", line=row)
                continue
            date = record.get("date") or default_date
            if date is not None:
                date, why = check_date(str(date))
                if date is None:
                    yield InputError(name, f"bad date: {why}; skipped", line=row, hint="dates are YYYY-MM-DD")
                    continue
            text, warnings = clean(text, f"{name}:{row}")
            yield Article(id=str(record.get("id") or f"{Path(name).stem}:{row}"), text=text, warnings=warnings,
                          date=date, title=record.get("title"), url=record.get("url"), source=record.get("source"),
                          lang=record.get("lang") or "fr", origin=f"{name}:{row}")
