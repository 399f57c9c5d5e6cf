"""WARC archives (warcio): the HTML responses, each read as a page; other records are counted, not read."""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from ..errors import InputError
from .model import Article, ReadOptions
from .webpage import HTML_MIME, parse_html


def read_warc(name: str, stream: BinaryIO, options: ReadOptions) -> Iterator[Article | InputError]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    records = ArchiveIterator(stream)
    number = skipped = 0
    try:
        for record in records:
            number += 1
            if not _is_html_response(record):
                skipped += 1
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            raw = record.content_stream().read()
            yield parse_html(raw, name, options, url=url, line=number)
    except (ArchiveLoadFailed, ValueError, OSError, EOFError) as err:
        offset = records.get_record_offset() if hasattr(records, "get_record_offset") else None
        at = f" at byte {offset}" if offset is not None else ""
        yield InputError(name, f"record {number + 1}{at} is not a valid WARC record ({err})", line=number + 1,
                         hint="the records before it were read; the archive is cut or damaged from there")
    if skipped:
        yield InputError(name, f"{skipped} record(s) skipped: not HTML responses (requests, metadata, "
                         "other media)", kind="ignored")


def _is_html_response(record) -> bool:
    if record.rec_type != "response" or record.http_headers is None:
        return False
    status = record.http_headers.get_statuscode()
    kind = (record.http_headers.get_header("Content-Type") or "").split(";")[0].strip().lower()
    return status == "200" and kind in HTML_MIME
