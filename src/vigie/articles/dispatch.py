"""Readers: any input (seed-format text, plain text, JSONL, stdin, folders) -> Article.

Readers never stop on a bad article: they yield an `InputError` for it (file and line named) and go on.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError

SEED_HEADER = re.compile(r"^\s*date\s+(\d{4}-\d{2}(?:-\d{2})?)\b[ \t]*")
DATE_VALUE = re.compile(r"^(\d{4})-(\d{2})(?:-(\d{2}))?(?:[T ].*)?$")
TEXT_SUFFIXES = {".txt", ".text", ""}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
FOLDER_SUFFIXES = {".txt", ".text", ".jsonl", ".ndjson"}
ARTICLE_FIELDS = {"id", "date", "text", "title", "url", "source", "lang"}

# Function words to tell French from other languages without a model (share of tokens).
_FRENCH = frozenset("le la les des du de un une et est sont à au aux en dans pour par sur que qui "
                    "ne pas avec ce cette il elle ils elles son sa ses leur leurs a ont été".split())
_OTHER = frozenset("the and of to in is are was were that with for on by this from "
                   "der die das und ist nicht mit el los las y del que por con una".split())


@dataclass
class Article:
    """One news article, whatever file it came from."""

    id: str
    text: str
    date: str | None = None  # YYYY-MM-DD, or YYYY-MM when only the month is known
    title: str | None = None
    url: str | None = None
    source: str | None = None
    lang: str = "fr"
    origin: str = ""  # file (and line) it was read from, for messages
    warnings: list[str] = field(default_factory=list)

    @property
    def date_precision(self) -> str | None:
        if self.date is None:
            return None
        return "day" if len(self.date) == 10 else "month"


def normalise_date(value: object) -> str | None:
    """'2022-02-01', '2022-02', '2022-02-01T10:00:00Z' -> 'YYYY-MM-DD' or 'YYYY-MM'; None if not a date."""
    if not isinstance(value, str):
        return None
    match = DATE_VALUE.match(value.strip())
    if not match:
        return None
    year, month, day = match.groups()
    if not 1 <= int(month) <= 12 or (day and not 1 <= int(day) <= 31):
        return None
    return f"{year}-{month}-{day}" if day else f"{year}-{month}"


def looks_french(text: str) -> bool:
    """True unless the text is long enough to judge and its function words are mostly not French."""
    words = re.findall(r"[a-zà-ÿ']+", text[:4000].lower())
    if len(words) < 12:
        return True
    french = sum(1 for w in words if w in _FRENCH)
    other = sum(1 for w in words if w in _OTHER)
    return french >= other and french / len(words) > 0.06


def decode(raw: bytes, origin: str) -> tuple[str, list[str]]:
    """Bytes -> text: UTF-8 (BOM allowed), else Windows-1252 with a warning. Binary raises InputError."""
    if b"\x00" in raw[:8192]:
        raise InputError(origin, "looks like a binary file, not text", hint="give a .txt or .jsonl article file")
    try:
        return raw.decode("utf-8-sig"), []
    except UnicodeDecodeError as err:
        text = raw.decode("cp1252", errors="replace")
        return text, [f"{origin}: not valid UTF-8 (byte {err.start}); read as Windows-1252, "
                      "convert the file to UTF-8 to be sure of accents"]


def parse_text(text: str, doc_id: str, origin: str, default_date: str | None) -> Article:
    """A seed-format (` date YYYY-MM[-DD]` header) or plain-text article."""
    date = default_date
    warnings = []
    header = SEED_HEADER.match(text)
    if header:
        date = normalise_date(header.group(1)) or date
        if normalise_date(header.group(1)) is None:
            warnings.append(f"{origin}:1: header date {header.group(1)!r} is not a real date; ignored")
        text = text[header.end():]
    if not text.strip():
        raise InputError(origin, "is empty", hint="an article needs some text")
    article = Article(id=doc_id, text=text, date=date, origin=origin, warnings=warnings)
    if date is None:
        article.warnings.append(f"{origin}: no date (give one with --date YYYY-MM-DD); "
                                "relative dates like 'lundi' stay unresolved")
    return article


def parse_jsonl_line(line: str, path: str, number: int, default_date: str | None) -> Article:
    origin = f"{path}:{number}"
    try:
        record = json.loads(line)
    except json.JSONDecodeError as err:
        raise InputError(path, f"not valid JSON ({err.msg}, column {err.colno})", line=number,
                         hint="each line must be one JSON object with at least 'text'") from err
    if not isinstance(record, dict):
        raise InputError(path, "not a JSON object", line=number)
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError(path, "has no 'text'", line=number, hint="add the article body as \"text\"")
    doc_id = record.get("id")
    if isinstance(doc_id, dict | list):
        raise InputError(path, f"'id' must be a string or a number, not {type(doc_id).__name__}",
                         line=number, hint="give each article a plain id")
    doc_id = str(doc_id) if doc_id not in (None, "") else f"{Path(path).name}:{number}"
    raw_date = record.get("date")
    date = (normalise_date(raw_date) if raw_date else None) or default_date
    lang = record.get("lang")
    article = Article(id=doc_id, text=text, date=date, title=_text_field(record, "title"),
                      url=_text_field(record, "url"), source=_text_field(record, "source"),
                      lang=lang if isinstance(lang, str) and lang.strip() else "fr", origin=origin)
    if lang is not None and not (isinstance(lang, str) and lang.strip()):
        article.warnings.append(f"{origin}: 'lang' {lang!r} is not a language code; read as French")
    if raw_date and normalise_date(raw_date) is None:
        article.warnings.append(f"{origin}: date {raw_date!r} is not YYYY-MM-DD or YYYY-MM; ignored"
                                + (f", {default_date} used" if default_date else ""))
    if article.date is None:
        article.warnings.append(f"{origin}: no date; relative dates stay unresolved")
    return article


def _looks_like_jsonl(text: str) -> bool:
    """A file of any name whose first line is a JSON object with a "text" field is read as JSONL."""
    first = text.lstrip().split("\n", 1)[0].strip()
    if not first.startswith("{"):
        return False
    try:
        record = json.loads(first)
    except json.JSONDecodeError:
        return False
    return isinstance(record, dict) and "text" in record


def _text_field(record: dict, name: str) -> str | None:
    value = record.get(name)
    return value if isinstance(value, str) else None if value is None else str(value)


def _read_jsonl(text: str, path: str, default_date: str | None) -> Iterator[Article | InputError]:
    for number, line in enumerate(text.split("\n"), start=1):
        line = line.rstrip("\r")
        if not line.strip():
            continue
        try:
            yield parse_jsonl_line(line, path, number, default_date)
        except InputError as err:
            yield err


def _check_language(article: Article) -> Article | InputError:
    if article.lang.lower().startswith("fr") and looks_french(article.text):
        return article
    path, _, line = article.origin.rpartition(":")
    if path and line.isdigit():
        return InputError(path, "does not look like French text; skipped", line=int(line),
                          hint="Vigie codes French news only")
    return InputError(article.origin, "does not look like French text; skipped",
                      hint="Vigie codes French news only")


def read_source(name: str, raw: bytes, default_date: str | None, jsonl: bool | None = None
                ) -> Iterator[Article | InputError]:
    """Articles (or errors) from one input's bytes; `name` is its path or '-' for stdin."""
    origin = "<stdin>" if name == "-" else name
    try:
        text, warnings = decode(raw, origin)
    except InputError as err:
        yield err
        return
    if not text.strip():
        yield InputError(origin, "is empty", hint="an article needs some text")
        return
    if jsonl is None:
        jsonl = Path(name).suffix.lower() in JSONL_SUFFIXES or _looks_like_jsonl(text)
    if jsonl:
        items: Iterable[Article | InputError] = _read_jsonl(text, origin, default_date)
    else:
        doc_id = "stdin" if name == "-" else Path(name).name
        try:
            items = [parse_text(text, doc_id, origin, default_date)]
        except InputError as err:
            items = [err]
    for item in items:
        if isinstance(item, Article):
            item.warnings[:0] = warnings
            item = _check_language(item)
        yield item


def read_articles(inputs: Iterable[str], default_date: str | None = None
                  ) -> Iterator[Article | InputError]:
    """Articles from files, folders (their .txt/.jsonl files) and '-' (stdin), in order."""
    for name in inputs:
        if name == "-":
            yield from read_source("-", sys.stdin.buffer.read(), default_date)
            continue
        path = Path(name)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file()
                           and not any(part.startswith(".") for part in p.relative_to(path).parts)
                           and p.suffix.lower() in FOLDER_SUFFIXES)
            if not files:
                yield InputError(name, "folder holds no .txt or .jsonl file")
            for file in files:
                yield from read_articles([str(file)], default_date)
            continue
        try:
            raw = path.read_bytes()
        except OSError as err:
            yield InputError(name, f"cannot be read: {err.strerror}", hint="check the path")
            continue
        yield from read_source(name, raw, default_date)
