"""The one way in: inputs of any format -> Articles (or InputErrors), cleaned, checked and de-duplicated.

Order: the inputs as given (folders in path order). Feed items come last: an item whose link is a page
of the same input is that page (with the item's title, date and id); the others are read from the
item's own text.
"""

from __future__ import annotations

import hashlib
import io
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..errors import InputError
from .cleaning import binary_kind, clean, decode
from .csvfile import read_csv
from .feeds import parse_feed
from .jsonl import read_jsonl
from .language import LanguageCheck
from .model import Article, ReadOptions
from .sources import Source, expand, sniff
from .text import parse_text
from .warc import read_warc
from .webpage import parse_html

WHOLE_FILE_BYTES = 4  # bytes per character allowed to formats read whole (text, HTML, feeds)


def read_articles(inputs: Iterable[str], default_date: str | None = None, options: ReadOptions | None = None
                  ) -> Iterator[Article | InputError]:
    """Articles from files, folders and '-' (stdin), each cleaned, checked for language and length, and
    de-duplicated by id; every problem is an InputError (see its `kind`) and reading goes on."""
    options = options or ReadOptions(default_date=default_date)
    if default_date is not None and options.default_date is None:
        options = ReadOptions(default_date, options.csv, options.language_check, options.max_chars, options.jsonl)
    checks = _Checks(options)
    sources = list(expand(inputs))
    feeds = {id(s): _read_feed(s, options) for s in sources if isinstance(s, Source) and s.kind == "feed"}
    pages = {_link_key(item.url): item for items in feeds.values() for item in items
             if isinstance(item, Article) and item.url}
    for source in sources:
        if isinstance(source, InputError):
            yield source
        elif source.kind != "feed":
            for item in _read(source, options):
                if isinstance(item, Article) and source.kind in ("html", "warc"):
                    item = _with_feed_item(item, pages)
                yield checks.finish(item)
    for items in feeds.values():
        for item in items:
            if isinstance(item, InputError) or not getattr(item, "_taken", False):
                yield checks.finish(item)


def read_source(name: str, raw: bytes, default_date: str | None, jsonl: bool | None = None
                ) -> Iterator[Article | InputError]:
    """Articles (or errors) from one input's bytes; `name` is its path or '-' for stdin."""
    options = ReadOptions(default_date=default_date, jsonl=jsonl)
    origin = "<stdin>" if name == "-" else name
    kind = "jsonl" if jsonl else sniff(raw[:4096])
    source = Source(origin, kind, data=raw)
    checks = _Checks(options)
    if kind == "feed":
        yield from (checks.finish(item) for item in _read_feed(source, options))
        return
    yield from (checks.finish(item) for item in _read(source, options))


def _read(source: Source, options: ReadOptions) -> Iterator[Article | InputError]:
    try:
        with source.open() as stream:
            if source.kind in ("jsonl", "csv", "tsv", "warc"):
                head = _peek(stream)
                what = binary_kind(head) if source.kind != "warc" else None
                if what:
                    yield InputError(source.name, f"is a binary file ({what}), not {source.kind.upper()}",
                                     hint="give a text, JSONL, CSV, HTML, feed or WARC file")
                elif source.kind == "jsonl":
                    yield from read_jsonl(source.name, stream, options)
                elif source.kind == "warc":
                    yield from read_warc(source.name, stream, options)
                else:
                    yield from read_csv(source.name, stream, options, "\t" if source.kind == "tsv" else None)
                return
            raw = _whole(source, stream, options)
            if isinstance(raw, InputError):
                yield raw
            elif source.kind == "html":
                yield parse_html(raw, source.name, options)
            else:
                yield from _read_text(source, raw, options)
    except (OSError, EOFError) as err:
        yield InputError(source.name, f"cannot be read: {getattr(err, 'strerror', None) or err}",
                         hint="check the file (a cut or damaged compressed file?)")


def _peek(stream) -> bytes:
    if hasattr(stream, "peek"):
        return stream.peek(4096)[:4096]
    position = stream.tell()
    head = stream.read(4096)
    stream.seek(position)
    return head


def _whole(source: Source, stream, options: ReadOptions) -> bytes | InputError:
    limit = options.max_chars * WHOLE_FILE_BYTES
    size = source.size()
    if size is not None and size > limit:
        return InputError(source.name, f"is {size:,} bytes, over the {limit:,} an article may have; not read",
                          hint=f"split it, or raise max_chars (now {options.max_chars:,} characters)")
    raw = stream.read(limit + 1)
    if len(raw) > limit:
        return InputError(source.name, f"is over {limit:,} bytes, more than an article may have; not read",
                          hint=f"split it, or raise max_chars (now {options.max_chars:,} characters)")
    return raw


def _read_text(source: Source, raw: bytes, options: ReadOptions) -> Iterator[Article | InputError]:
    what = binary_kind(raw)
    if what:
        yield InputError(source.name, f"is a binary file ({what}), not text",
                         hint="give a .txt or .jsonl article file")
        return
    text, warnings = decode(raw, source.name)
    if not text.strip():
        yield InputError(source.name, "is empty", hint="an article needs some text")
        return
    jsonl = options.jsonl if options.jsonl is not None else _looks_like_jsonl(text)
    if jsonl:
        yield from read_jsonl(source.name, io.BytesIO(raw), options)
        return
    doc_id = "stdin" if source.name == "<stdin>" else Path(source.name).name
    try:
        article = parse_text(text, doc_id, source.name, options.default_date)
    except InputError as err:
        yield err
        return
    article.warnings[:0] = warnings
    yield article


def _read_feed(source: Source, options: ReadOptions) -> list[Article | InputError]:
    try:
        with source.open() as stream:
            raw = _whole(source, stream, options)
    except (OSError, EOFError) as err:
        return [InputError(source.name, f"cannot be read: {getattr(err, 'strerror', None) or err}")]
    if isinstance(raw, InputError):
        return [raw]
    return parse_feed(raw, source.name, options)


def _looks_like_jsonl(text: str) -> bool:
    """A file of any name whose first line is a JSON object with a "text" field is read as JSONL."""
    first = text.lstrip().split("\n", 1)[0].strip()
    if not first.startswith("{"):
        return False
    try:
        record = json.loads(first)
    except (ValueError, RecursionError):
        return False
    return isinstance(record, dict) and "text" in record


def _link_key(url: str | None) -> str:
    return (url or "").strip().split("#", 1)[0].rstrip("/")


def _with_feed_item(page: Article, items: dict[str, Article]) -> Article:
    """A page that a feed item links to takes the item's id, title and date where it has them."""
    item = items.get(_link_key(page.url))
    if item is None or getattr(item, "_taken", False):
        return page
    item._taken = True  # type: ignore[attr-defined] - the item is read as this page, not on its own
    page.id = item.id
    page.title = item.title or page.title
    page.source = item.source or page.source
    if item.date and (page.date is None or page.date == item.date[:len(page.date)] or len(item.date) == 10):
        page.date = item.date
        page.warnings = [w for w in page.warnings if "no publication date" not in w]
    return page


class _Checks:
    """What every article goes through, whatever its format: cleaning, length, language, duplicates."""

    def __init__(self, options: ReadOptions):
        self.options = options
        self.language = LanguageCheck()
        self.seen: dict[str, tuple[str, str]] = {}  # id -> (origin, text digest)
        self.renamed: dict[str, int] = {}

    def finish(self, item: Article | InputError) -> Article | InputError:
        if isinstance(item, InputError):
            return item
        path, line = _where(item.origin)
        item.text, warnings = clean(item.text, item.origin)
        item.warnings.extend(warnings)
        for name in ("title", "source", "url", "id"):
            value = getattr(item, name)
            if isinstance(value, str):
                setattr(item, name, clean(value, item.origin)[0].strip() or None)
        item.id = item.id or Path(path).name
        if not item.text.strip():
            return InputError(path, "is empty once cleaned", line=line, article_id=item.id)
        if len(item.text) > self.options.max_chars:
            return InputError(path, f"is {len(item.text):,} characters long, over the maximum of "
                              f"{self.options.max_chars:,}; not coded", line=line, article_id=item.id,
                              hint="split the article, or raise the max_chars setting")
        if self.options.language_check:
            problem = self.language.problem(item.text, item.lang)
            if problem:
                return InputError(path, f"{problem}; skipped", line=line, article_id=item.id, kind="language",
                                  hint="Vigie codes French news; --any-language reads every article as French")
        return self._unique(item, path, line)

    def _unique(self, item: Article, path: str, line: int | None) -> Article | InputError:
        digest = hashlib.blake2b(item.text.encode("utf-8", "surrogatepass"), digest_size=12).hexdigest()
        earlier = self.seen.get(item.id)
        if earlier is None:
            self.seen[item.id] = (item.origin, digest)
            return item
        if earlier[1] == digest:
            return InputError(path, f"duplicates article {item.id!r} of {earlier[0]} (same id, same text); "
                              "skipped", line=line, article_id=item.id, kind="duplicate")
        count = self.renamed.get(item.id, 1) + 1
        self.renamed[item.id] = count
        new_id = f"{item.id}~{count}"
        while new_id in self.seen:
            count += 1
            new_id = f"{item.id}~{count}"
        self.renamed[item.id] = count
        item.warnings.append(f"{item.origin}: duplicate id {item.id!r}, already used by {earlier[0]} for another "
                             f"text; this article is {new_id!r} (give each article its own id)")
        item.id = new_id
        self.seen[new_id] = (item.origin, digest)
        return item


def _where(origin: str) -> tuple[str, int | None]:
    path, _, line = origin.rpartition(":")
    if path and line.isdigit():
        return path, int(line)
    if ":item " in origin:
        path, _, number = origin.rpartition(":item ")
        return path, int(number) if number.isdigit() else None
    return origin, None


def stdin_closed() -> bool:
    return sys.stdin is None
