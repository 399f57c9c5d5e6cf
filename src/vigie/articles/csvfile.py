"""CSV (and TSV) articles: a header row, then one article a row; columns mapped by name."""

from __future__ import annotations

import codecs
import csv
import io
import itertools
import re
from collections.abc import Iterator
from dataclasses import fields
from pathlib import Path
from typing import BinaryIO

from ..errors import InputError
from .cleaning import decode
from .jsonl import make_article
from .model import Article, CsvColumns, ReadOptions

# The column names tried, in order, for each field when no --csv-FIELD flag names one.
USUAL_NAMES = {
    "text": ("text", "body", "content", "article", "texte", "contenu", "corps"),
    "id": ("id", "doc_id", "identifier", "guid"),
    "date": ("date", "published", "publication_date", "pubdate", "datetime", "date_publication"),
    "title": ("title", "titre", "headline"),
    "url": ("url", "link", "lien"),
    "source": ("source", "publisher", "media", "journal"),
    "lang": ("lang", "language", "langue"),
}
_ESCAPED = re.compile("[\udc80-\udcff]")  # bytes that were not UTF-8, kept by surrogateescape


def read_csv(name: str, stream: BinaryIO, options: ReadOptions, delimiter: str | None = None
             ) -> Iterator[Article | InputError]:
    """Rows as articles; a row without text is that row's error, a missing column the file's."""
    head = stream.peek(4096)[:4096] if hasattr(stream, "peek") else b""
    encoding = "utf-8-sig"
    for bom, found in ((codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if head.startswith(bom):
            encoding = found
    errors = "surrogateescape" if encoding == "utf-8-sig" else "replace"
    text = io.TextIOWrapper(stream, encoding=encoding, errors=errors, newline="")
    sample = text.read(65536)
    if delimiter is None:
        try:
            delimiter = csv.Sniffer().sniff(sample, delimiters=",;\t|").delimiter
        except csv.Error:
            delimiter = ","
    csv.field_size_limit(max(options.max_chars * 2, csv.field_size_limit()))  # the csv module's one limit
    sample += text.readline()  # the sample ends on a whole line; the rest of the file follows it
    rows = csv.reader(itertools.chain(io.StringIO(sample, newline=""), text), delimiter=delimiter)
    try:
        header = next(rows)
    except StopIteration:
        yield InputError(name, "is empty", hint="a CSV file needs a header row and one article a row")
        return
    except (csv.Error, OSError, EOFError) as err:
        yield InputError(name, f"cannot be read as CSV ({err})", line=1)
        return
    columns = _columns(header, options.csv)
    if "text" not in columns:
        wanted = options.csv.text or "/".join(USUAL_NAMES["text"][:3])
        yield InputError(name, f"has no text column {wanted!r} (columns: {', '.join(header[:12])})", line=1,
                         hint="name the column that holds the article with --csv-text COLUMN")
        return
    yield from _rows(name, rows, columns, options)


def _rows(name: str, rows, columns: dict[str, int], options: ReadOptions) -> Iterator[Article | InputError]:
    line = rows.line_num + 1
    while True:
        try:
            row = next(rows)
        except StopIteration:
            return
        except csv.Error as err:
            yield InputError(name, f"not a valid CSV row ({err})", line=line, hint="check the quoting of this row")
            line = rows.line_num + 1
            continue
        except (OSError, EOFError) as err:
            yield InputError(name, f"compressed data is cut or damaged ({err})", line=line,
                             hint="the rows before were read")
            return
        number, line = line, rows.line_num + 1
        if not any(cell.strip() for cell in row):
            continue
        record, warnings = {}, []
        for field_name, index in columns.items():
            if index < len(row):
                record[field_name], found = _decoded(row[index], f"{name}:{number}")
                warnings += found
        doc_id = record.get("id") or f"{Path(name).name}:{number}"
        text = record.get("text") or ""
        if not text.strip():
            yield InputError(name, "has no text in this row", line=number, article_id=doc_id,
                             hint="the text column of the row is empty or missing")
            continue
        article = make_article(record, doc_id, text, f"{name}:{number}", options.default_date)
        article.warnings[:0] = warnings
        yield article


def _decoded(cell: str, where: str) -> tuple[str, list[str]]:
    if not _ESCAPED.search(cell):
        return cell, []
    return decode(cell.encode("utf-8", "surrogateescape"), where, whole_file=False)


def _columns(header: list[str], chosen: CsvColumns) -> dict[str, int]:
    names = {cell.strip().lower(): i for i, cell in reversed(list(enumerate(header)))}
    columns = {}
    for spec in fields(CsvColumns):
        wanted = getattr(chosen, spec.name)
        candidates = (wanted,) if wanted else USUAL_NAMES[spec.name]
        for candidate in candidates:
            if candidate.strip().lower() in names:
                columns[spec.name] = names[candidate.strip().lower()]
                break
    return columns
