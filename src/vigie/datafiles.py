"""Reading Vigie's data files (JSONL, TSV, YAML) with `file:line` positions for validation errors."""

from __future__ import annotations

import json
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from .errors import DataError


def package_path(package: str, *parts: str) -> Path:
    """Path of a data file shipped inside a Vigie package (e.g. `vigie.lexicon`, `predicates.jsonl`)."""
    return Path(str(resources.files(package).joinpath(*parts)))


def read_jsonl(path: Path | str) -> Iterator[tuple[int, dict[str, Any]]]:
    """Yield (line number, object) for each non-blank line; a bad line raises DataError with its line."""
    path = Path(path)
    try:
        handle = path.open(encoding="utf-8")
    except OSError as err:
        raise DataError(str(path), None, "file", f"cannot be read: {err.strerror}") from err
    with handle:
        for number, line in _lines(handle, path):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as err:
                raise DataError(str(path), number, "json", f"{err.msg} at column {err.colno}") from err
            if not isinstance(record, dict):
                raise DataError(str(path), number, "json", "each line must be one JSON object")
            yield number, record


def _lines(handle, path: Path) -> Iterator[tuple[int, str]]:
    number = 0
    try:
        for number, line in enumerate(handle, start=1):  # noqa: B007 - the number is used on failure
            yield number, line
    except UnicodeDecodeError as err:
        raise DataError(str(path), number + 1, "file", "is not UTF-8 text (a binary file?): save it as UTF-8"
                        ) from err


def _not_utf8(path: Path, err: UnicodeDecodeError) -> DataError:
    line = err.object[:err.start].count(b"\n") + 1
    return DataError(str(path), line, "file", f"is not UTF-8 text (byte 0x{err.object[err.start]:02x}, a binary "
                     "file?): save it as UTF-8")


def read_tsv(path: Path | str) -> Iterator[tuple[int, dict[str, str]]]:
    """Yield (line number, row as dict keyed by the header) for a tab-separated file; '#' lines are comments."""
    path = Path(path)
    with path.open(encoding="utf-8") as handle:
        header: list[str] | None = None
        for number, line in enumerate(handle, start=1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cells = line.split("\t")
            if header is None:
                header = cells
                continue
            if len(cells) != len(header):
                raise DataError(str(path), number, "columns",
                                f"{len(cells)} cells, the header has {len(header)}")
            yield number, dict(zip(header, cells, strict=True))


class _LineLoader(yaml.SafeLoader):
    """A YAML loader that records the line of every mapping in `__line__`."""


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> dict[str, Any]:
    mapping = loader.construct_mapping(node, deep=True)
    mapping["__line__"] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def read_yaml_records(path: Path | str, key: str | None = None) -> Iterator[tuple[int, dict[str, Any]]]:
    """Yield (line, record) for a YAML file holding a list of mappings (or a mapping whose `key` is that list)."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as err:
        raise DataError(str(path), None, "file", f"cannot be read: {err.strerror}") from err
    except UnicodeDecodeError as err:
        raise _not_utf8(path, err) from err
    try:
        data = yaml.load(text, Loader=_LineLoader)  # noqa: S506 - SafeLoader subclass
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        raise DataError(str(path), line, "yaml", str(getattr(err, "problem", err))) from err
    if key is not None and isinstance(data, dict):
        data = data.get(key, [])
    if data is None:
        return
    if not isinstance(data, list):
        raise DataError(str(path), 1, "yaml", "expected a list of entries")
    for record in data:
        if not isinstance(record, dict):
            raise DataError(str(path), None, "yaml", f"entry {record!r} is not a mapping")
        line = record.pop("__line__", None)
        yield line, record


class Validator:
    """Small helper to check one record's fields and raise DataError with its position."""

    def __init__(self, path: Path | str, line: int | None, record: dict[str, Any]):
        self.path = str(path)
        self.line = line
        self.record = record

    def fail(self, field: str, problem: str) -> DataError:
        return DataError(self.path, self.line, field, problem)

    def str(self, field: str, required: bool = True, choices: set[str] | None = None) -> str | None:
        value = self.record.get(field)
        if value is None:
            if required:
                raise self.fail(field, "is required")
            return None
        if not isinstance(value, str) or not value.strip():
            raise self.fail(field, f"must be a non-empty string, got {value!r}")
        if choices is not None and value not in choices:
            raise self.fail(field, f"{value!r} is not one of {sorted(choices)}")
        return value

    def str_list(self, field: str, required: bool = False) -> list[str]:
        value = self.record.get(field)
        if value is None:
            if required:
                raise self.fail(field, "is required")
            return []
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise self.fail(field, f"must be a list of non-empty strings, got {value!r}")
        return value

    def unknown(self, allowed: set[str]) -> None:
        extra = set(self.record) - allowed
        if extra:
            raise self.fail(sorted(extra)[0], f"unknown field (allowed: {', '.join(sorted(allowed))})")
