"""The coder's closed-class French word lists, read from `coder/data/words.yaml` and validated.

Each record names one list and gives its words (lower-case, as written in text); a malformed record
fails at load with `file:line: field: problem`. The file is read once, on first use, not at import.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from ..datafiles import Validator, package_path, read_yaml_records

FIELDS = {"name", "words", "note"}


def default_path() -> Path:
    return package_path("vigie.coder", "data", "words.yaml")


def load_word_lists(path: Path | str | None = None) -> dict[str, frozenset[str]]:
    """name -> words, from `path` (the shipped file by default)."""
    path = Path(path) if path is not None else default_path()
    lists: dict[str, frozenset[str]] = {}
    for line, record in read_yaml_records(path):
        check = Validator(path, line, record)
        check.unknown(FIELDS)
        name = check.str("name")
        words = check.str_list("words", required=True)
        if name in lists:
            raise check.fail("name", f"{name!r} is given twice")
        bad = next((w for w in words if w != w.strip().lower() and w != w.strip()), None)
        if bad is not None:
            raise check.fail("words", f"{bad!r} has spaces around it: write words as they appear in text")
        lists[name] = frozenset(w.strip() for w in words)
    return lists


@cache
def _shipped() -> dict[str, frozenset[str]]:
    return load_word_lists()


def word_list(name: str) -> frozenset[str]:
    """One list of the shipped file; a name it lacks is a programming error (KeyError names it)."""
    lists = _shipped()
    if name not in lists:
        raise KeyError(f"{default_path()}: no word list named {name!r} (have: {', '.join(sorted(lists))})")
    return lists[name]
