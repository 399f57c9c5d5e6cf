"""JSONL articles (`.jsonl`, `.ndjson`, gzip-compressed or not): one JSON object a line, read as a stream."""

from __future__ import annotations

import json
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from ..errors import InputError
from .cleaning import decode
from .dates import check_date
from .model import Article, ReadOptions

BYTES_PER_CHAR = 8  # a line may hold max_chars characters, JSON-escaped


def read_jsonl(name: str, stream: BinaryIO, options: ReadOptions) -> Iterator[Article | InputError]:
    """Each line on its own: decoded, parsed and checked; a bad line is that line's error."""
    limit = options.max_chars * BYTES_PER_CHAR
    number = records = 0
    try:
        while True:
            raw = stream.readline(limit + 1)
            if not raw:
                break
            number += 1
            if len(raw) > limit and not raw.endswith(b"\n"):
                _skip_line(stream)
                yield InputError(name, f"line is over {limit:,} bytes; skipped", line=number,
                                 hint=f"an article may have at most {options.max_chars:,} characters")
                continue
            if not raw.strip():
                continue
            records += 1
            text, warnings = decode(raw.rstrip(b"\r\n"), f"{name}:{number}", whole_file=False)
            try:
                article = parse_jsonl_line(text, name, number, options.default_date)
            except InputError as err:
                yield err
                continue
            article.warnings[:0] = warnings
            yield article
    except (EOFError, OSError, zlib.error) as err:
        yield InputError(name, f"compressed data is cut or damaged after line {number} ({err})", line=number + 1,
                         hint="the lines before were read; re-download or re-compress the file")
        return
    if not records:
        yield InputError(name, "is empty", hint="a JSONL file holds one JSON object a line")


def _skip_line(stream: BinaryIO) -> None:
    while True:
        chunk = stream.readline(1 << 20)
        if not chunk or chunk.endswith(b"\n"):
            return


def parse_jsonl_line(line: str, path: str, number: int, default_date: str | None) -> Article:
    origin = f"{path}:{number}"
    try:
        record = json.loads(line)
    except json.JSONDecodeError as err:
        raise InputError(path, f"not valid JSON ({err.msg}, column {err.colno})", line=number,
                         hint="each line must be one JSON object with at least 'text'") from err
    except (ValueError, RecursionError) as err:  # a 5,000-digit number, nesting too deep for Python
        problem = "nested too deeply" if isinstance(err, RecursionError) else str(err).split(";")[0]
        raise InputError(path, f"not readable JSON ({problem})", line=number,
                         hint="each line must be one plain JSON object with at least 'text'") from err
    if not isinstance(record, dict):
        raise InputError(path, "not a JSON object", line=number)
    doc_id = record.get("id")
    if isinstance(doc_id, dict | list):
        raise InputError(path, f"'id' must be a string or a number, not {type(doc_id).__name__}",
                         line=number, hint="give each article a plain id")
    doc_id = str(doc_id) if doc_id not in (None, "") else f"{Path(path).name}:{number}"
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError(path, "has no 'text'", line=number, hint="add the article body as \"text\"",
                         article_id=doc_id)
    return make_article(record, doc_id, text, origin, default_date)


def make_article(record: dict, doc_id: str, text: str, origin: str, default_date: str | None) -> Article:
    """An Article from a record's fields (JSONL object, CSV row): date checked, lang kept as declared."""
    raw_date = record.get("date")
    date, problem = check_date(raw_date) if raw_date not in (None, "") else (None, "")
    lang = record.get("lang")
    article = Article(id=doc_id, text=text, date=date or default_date, title=_text_field(record, "title"),
                      url=_text_field(record, "url"), source=_text_field(record, "source"),
                      lang=lang.strip() if isinstance(lang, str) and lang.strip() else "fr", origin=origin)
    if lang is not None and not (isinstance(lang, str) and lang.strip()):
        article.warnings.append(f"{origin}: 'lang' {lang!r} is not a language code; read as French")
    if problem:
        article.warnings.append(f"{origin}: 'date' {problem}; ignored"
                                + (f", {default_date} used" if default_date else ""))
    if article.date is None:
        article.warnings.append(f"{origin}: no date; relative dates stay unresolved")
    return article


def _text_field(record: dict, name: str) -> str | None:
    value = record.get(name)
    if value is None or value == "":
        return None
    return value if isinstance(value, str) else str(value)
