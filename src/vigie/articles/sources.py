"""What each input is: files, folders (walked, every skipped path named), named pipes and stdin."""

from __future__ import annotations

import gzip
import io
import os
import stat
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from ..errors import InputError

# suffix -> format; compressed files are named by what they hold ("corpus.jsonl.gz")
SUFFIXES = {".txt": "text", ".text": "text", "": "text", ".jsonl": "jsonl", ".ndjson": "jsonl",
            ".csv": "csv", ".tsv": "tsv", ".html": "html", ".htm": "html", ".xhtml": "html",
            ".rss": "feed", ".atom": "feed", ".xml": "feed", ".warc": "warc", ".arc": "warc"}
FOLDER_KINDS = {"text", "jsonl", "csv", "tsv", "html", "feed", "warc"}
GZIP_MAGIC = b"\x1f\x8b"


@dataclass
class Source:
    """One input to read: a file (path) or standard input (data)."""

    name: str
    kind: str  # text, jsonl, csv, tsv, html, feed, warc
    path: Path | None = None
    data: bytes | None = None
    gzipped: bool = False
    pipe: bool = False
    stream: BinaryIO | None = None  # standard input, already decompressed: read once, as it comes

    def open(self) -> BinaryIO:
        """A binary stream of the (decompressed) content. A named pipe with no writer reads as empty
        instead of blocking."""
        if self.stream is not None:
            return self.stream
        if self.data is not None:
            stream: BinaryIO = io.BytesIO(self.data)
        elif self.pipe:
            fd = os.open(self.path, os.O_RDONLY | os.O_NONBLOCK)
            os.set_blocking(fd, True)
            stream = os.fdopen(fd, "rb")
        else:
            stream = open(self.path, "rb")  # noqa: SIM115 - closed by the reader's `with`
        if self.gzipped and self.kind != "warc":  # warcio reads compressed WARC itself
            return gzip.GzipFile(fileobj=stream)  # type: ignore[return-value]
        return stream

    def size(self) -> int | None:
        if self.path is None or self.pipe or self.gzipped:
            return None if self.data is None else len(self.data)
        return self.path.stat().st_size


def kind_of(name: str) -> tuple[str | None, bool]:
    """(format by the name's suffix or None, gzipped)."""
    path = Path(name.lower())
    gzipped = path.suffix == ".gz"
    if gzipped:
        path = path.with_suffix("")
    if path.name.startswith(".") and not path.suffix:
        return None, gzipped
    return SUFFIXES.get(path.suffix), gzipped


def sniff(head: bytes) -> str:
    """The format of content with no telling name (stdin, a file named oddly)."""
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if text.startswith(b"warc/"):
        return "warc"
    if text.startswith((b"<rss", b"<feed", b"<rdf:rdf")) or (
            text.startswith(b"<?xml") and any(tag in text[:2048] for tag in (b"<rss", b"<feed", b"<rdf:rdf"))):
        return "feed"
    if text.startswith((b"<!doctype html", b"<html")) or (text.startswith(b"<?xml") and b"<html" in text[:2048]):
        return "html"
    return "text"


def expand(inputs: Iterable[str]) -> Iterator[Source | InputError]:
    """Sources in the order given; folders walked in path order, every path they skip named."""
    for name in inputs:
        if name == "-":
            yield _stdin()
            continue
        path = Path(name)
        try:
            info = path.stat()
        except OSError as err:
            what = "is a broken symbolic link" if path.is_symlink() else f"cannot be read: {err.strerror}"
            yield InputError(name, what, hint="check the path")
            continue
        if stat.S_ISDIR(info.st_mode):
            yield from _folder(path)
        else:
            yield _file(path, name, info.st_mode, explicit=True)


def _stdin() -> Source | InputError:
    """Standard input as a stream: JSONL is read line by line as it arrives (a pipe of 100,000 articles
    is never held whole); its format is sniffed from the first bytes."""
    stream = sys.stdin
    if stream is None or getattr(stream, "buffer", None) is None:
        return InputError("<stdin>", "standard input is closed", hint="pipe the articles in, or give files")
    try:
        raw, head = _peekable(stream.buffer)
        if head.startswith(GZIP_MAGIC):
            raw, head = _peekable(gzip.GzipFile(fileobj=raw))
    except (OSError, ValueError) as err:
        return InputError("<stdin>", f"cannot be read ({err})", hint="pipe the articles in, or give files")
    except EOFError as err:
        return InputError("<stdin>", f"gzip data is cut or damaged ({err})")
    return Source("<stdin>", "jsonl" if _starts_a_record(head) else sniff(head), stream=raw)


def _peekable(stream) -> tuple[BinaryIO, bytes]:
    """The stream (made peekable) and its first bytes, without consuming them."""
    if not hasattr(stream, "peek"):
        stream = io.BufferedReader(stream) if isinstance(stream, io.RawIOBase) else io.BytesIO(stream.read())
    if isinstance(stream, io.BytesIO):
        return stream, stream.getvalue()[:4096]
    return stream, stream.peek(4096)[:4096]


def _starts_a_record(head: bytes) -> bool:
    """Content whose first non-blank character opens a JSON object is JSONL (one article per line)."""
    return head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{")


def _file(path: Path, name: str, mode: int, explicit: bool) -> Source | InputError:
    kind, gzipped = kind_of(path.name)
    if stat.S_ISFIFO(mode) or stat.S_ISCHR(mode):
        if not explicit:
            return InputError(name, "is a named pipe or a device, not a file; skipped",
                              hint="give it by name to read from it")
        return Source(name, kind or "text", path=path, gzipped=gzipped, pipe=True)
    if not stat.S_ISREG(mode):
        return InputError(name, "is not a regular file (a socket?); skipped")
    if not os.access(path, os.R_OK):
        return InputError(name, "cannot be read: permission denied", hint="check the file's permissions")
    try:
        with open(path, "rb") as file:
            head = file.read(4096)
    except OSError as err:
        return InputError(name, f"cannot be read: {err.strerror}", hint="check the path")
    if head.startswith(GZIP_MAGIC) and not gzipped:
        gzipped = True
    if gzipped and kind != "warc":
        try:
            with gzip.open(path, "rb") as file:
                head = file.read(4096)
        except (OSError, EOFError):
            head = b""
    if kind is None or (kind == "text" and not explicit and path.suffix == ""):
        kind = sniff(head) if explicit else None
    if kind in ("text", "feed") and head.lstrip().lower().startswith((b"warc/",)):
        kind = "warc"
    if kind == "feed" and sniff(head) == "html":
        kind = "html"
    if kind is None:
        return InputError(name, "is not an article file", kind="ignored")
    return Source(name, kind, path=path, gzipped=gzipped)


def _folder(folder: Path) -> Iterator[Source | InputError]:
    found: list[tuple[tuple[str, ...], Source | InputError]] = []
    hidden, other = [], Counter()
    other_names: list[str] = []

    def unreadable(err: OSError) -> None:
        found.append(((err.filename or "",), InputError(err.filename or str(folder),
                      f"folder cannot be listed: {err.strerror}; skipped", hint="check its permissions")))

    for root, dirs, files in os.walk(folder, onerror=unreadable):
        here = Path(root)
        for entry in sorted(dirs):
            if entry.startswith("."):
                hidden.append(str(here / entry) + "/")
                dirs.remove(entry)
            elif (here / entry).is_symlink():
                other["symbolic link to a folder, not followed"] += 1
                other_names.append(str(here / entry))
        for entry in files:
            path = here / entry
            parts = path.relative_to(folder).parts
            if entry.startswith("."):
                hidden.append(str(path))
                continue
            try:
                info = path.stat()
            except OSError:
                found.append((parts, InputError(str(path), "is a broken symbolic link; skipped",
                                                hint="remove it or make it point to a file")))
                continue
            source = _file(path, str(path), info.st_mode, explicit=False)
            if isinstance(source, InputError) and source.kind == "ignored":
                other[f"{path.suffix or 'no suffix'}"] += 1
                other_names.append(str(path))
                continue
            found.append((parts, source))
    found.sort(key=lambda pair: pair[0])
    if not any(isinstance(item, Source) for _, item in found):
        yield InputError(str(folder), "folder holds no article file (.txt, .jsonl, .csv, .html, .xml, .warc…)")
    yield from (item for _, item in found)
    if hidden or other:
        names = sorted(hidden + other_names)
        listed = ", ".join(names[:8]) + (f" and {len(names) - 8} more" if len(names) > 8 else "")
        why = ([f"{len(hidden)} hidden"] if hidden else []) + [f"{n} {k}" for k, n in sorted(other.items())]
        yield InputError(str(folder), f"{len(names)} path(s) not read ({'; '.join(why)}): {listed}",
                         kind="ignored", hint="only article files are read")
