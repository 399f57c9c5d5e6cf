"""Bytes to clean text, one record at a time.

The decoding rule (the README states it):
- a BOM decides: UTF-8, UTF-16 (LE/BE) or UTF-32;
- else strict UTF-8;
- a record that is not UTF-8 and holds no UTF-8 multi-byte character at all is Windows-1252 (a legacy
  file), with a warning;
- a record that mixes UTF-8 characters and invalid bytes stays UTF-8: the invalid bytes become U+FFFD
  and the warning names the line;
- a file cut in the middle of its last character loses that character, with a warning.

Cleaning, once, at the reader: lone surrogates become U+FFFD, control characters (but tab and line
ends) become spaces, and the text is put in Unicode NFC. Offsets downstream refer to this cleaned text,
which is the text every article carries.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
BOMS = ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"), (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
# Signatures of binary files that are often misnamed or dropped into corpora.
MAGIC = ((b"\x89PNG", "a PNG image"), (b"%PDF-", "a PDF document"), (b"PK\x03\x04", "a ZIP archive or .docx"),
         (b"\xff\xd8\xff", "a JPEG image"), (b"GIF8", "a GIF image"), (b"\x7fELF", "a program"),
         (b"\xd0\xcf\x11\xe0", "an old Office document"), (b"7z\xbc\xaf", "a 7-Zip archive"),
         (b"BZh", "a bzip2 archive"), (b"\xfd7zXZ", "an xz archive"))
_CONTROLS = {c: " " for c in (*range(0x00, 0x09), 0x0B, *range(0x0E, 0x20), *range(0x7F, 0xA0), 0xFFFE, 0xFFFF)}
_CONTROLS[0x0C] = "\n"  # a form feed is a page break
_CLEAN_TABLE = str.maketrans({**_CONTROLS, **{c: "\ufffd" for c in range(0xD800, 0xE000)}})
_DIRTY = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff\ud800-\udfff]")


def binary_kind(raw: bytes) -> str | None:
    """What a binary file is ('a PNG image'), or None when it may be text."""
    # The message reads "is a binary file (a PNG image)".
    for magic, kind in MAGIC:
        if raw.startswith(magic):
            return kind
    head = raw[:8192]
    if not head or _bom(head)[1] is not None or _utf16_without_bom(head):
        return None
    controls = sum(head.count(bytes([c])) for c in (*range(0, 9), 11, *range(14, 32)))
    return "control bytes, not letters" if controls > len(head) * 0.1 else None


def _bom(raw: bytes) -> tuple[bytes, str | None]:
    for bom, encoding in BOMS:
        if raw.startswith(bom):
            return raw[len(bom):], encoding
    return raw, None


def _utf16_without_bom(raw: bytes) -> str | None:
    """UTF-16 without a BOM shows as NUL every other byte in Latin text."""
    sample = raw[:4096]
    if len(sample) < 16:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    if odd > 0.4 * half and even < 0.05 * half:
        return "utf-16-le"
    if even > 0.4 * half and odd < 0.05 * half:
        return "utf-16-be"
    return None


def decode(raw: bytes, where: str, whole_file: bool = True) -> tuple[str, list[str]]:
    """Bytes -> (text, warnings) by the rule above. `where` names the file or file:line in warnings;
    `whole_file` allows the BOM and cut-last-character rules (a file, not one record of it)."""
    warnings: list[str] = []
    if whole_file:
        raw, encoding = _bom(raw)
        encoding = encoding or _utf16_without_bom(raw)
        if encoding and encoding != "utf-8":
            text = raw.decode(encoding, errors="replace")
            if "\ufffd" in text:
                warnings.append(f"{where}: some bytes are not valid {encoding.upper()}; replaced by \ufffd")
            return text, warnings
    try:
        return raw.decode("utf-8"), warnings
    except UnicodeDecodeError as err:
        if whole_file and err.reason == "unexpected end of data" and len(raw) - err.start < 4:
            try:
                text = raw[:err.start].decode("utf-8")
            except UnicodeDecodeError:
                pass
            else:
                warnings.append(f"{where}: ends in the middle of a character; its {len(raw) - err.start} "
                                "last byte(s) dropped")
                return text, warnings
        if not UTF8_MULTIBYTE.search(raw):
            warnings.append(f"{where}: not UTF-8; read as Windows-1252 (re-save the file as UTF-8 to be sure "
                            "of the accents)")
            return raw.decode("cp1252", errors="replace"), warnings
        text = raw.decode("utf-8", errors="replace")
        line = raw.count(b"\n", 0, err.start) + 1
        at = f" (line {line})" if whole_file else ""
        warnings.append(f"{where}: bytes that are not UTF-8{at} replaced by \ufffd; the rest is UTF-8 "
                        "(re-save the file as UTF-8)")
        return text, warnings


def clean(text: str, where: str) -> tuple[str, list[str]]:
    """Lone surrogates -> U+FFFD, control characters -> spaces (a form feed -> a line end), NFC."""
    warnings = []
    if _DIRTY.search(text):
        dirty = len(_DIRTY.findall(text))
        text = text.translate(_CLEAN_TABLE)
        warnings.append(f"{where}: {dirty} control or invalid character(s) replaced")
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return text, warnings
