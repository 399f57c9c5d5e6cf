"""Loading and validating the CAMEO ontology file (`cameo.tsv`, shipped with the package)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..datafiles import package_path, read_tsv
from ..errors import DataError, VigieError

COLUMNS = ("code", "root", "name_en", "name_fr", "goldstein", "quad_class", "plover", "plover_mode")
REQUIRED_COLUMNS = COLUMNS[:7]
CODE_PATTERN = re.compile(r"^(0[1-9]|1[0-9]|20)[0-9]{0,2}$")


class UnknownCodeError(VigieError, KeyError):
    """A CAMEO code that the ontology does not define."""

    def __init__(self, code: str):
        self.code = code
        super().__init__(f"unknown CAMEO event code {code!r} (codes are 2 to 4 digits, roots 01 to 20)")

    def __str__(self) -> str:  # KeyError would otherwise quote the message
        return str(self.args[0])


def quad_class_of_root(root: str) -> int:
    """QuadClass of a CAMEO root: 1 verbal cooperation (01-05), 2 material cooperation (06-09),
    3 verbal conflict (10-14), 4 material conflict (15-20)."""
    number = int(root)
    if not 1 <= number <= 20:
        raise ValueError(f"{root!r} is not a CAMEO root (01 to 20)")
    if number <= 5:
        return 1
    if number <= 9:
        return 2
    if number <= 14:
        return 3
    return 4


@dataclass(frozen=True)
class CameoCode:
    """One CAMEO event code."""

    code: str
    root: str
    name_en: str
    name_fr: str
    goldstein: float
    quad_class: int
    plover: str | None
    plover_mode: str | None = None

    @property
    def is_root(self) -> bool:
        return len(self.code) == 2


class Ontology:
    """All CAMEO event codes, keyed by code. Build it with `Ontology.load()`."""

    def __init__(self, codes: dict[str, CameoCode], path: str = "<memory>"):
        self._codes = dict(codes)
        self.path = path

    @classmethod
    def default_path(cls) -> Path:
        return package_path("vigie.ontology", "cameo.tsv")

    @classmethod
    def load(cls, path: Path | str | None = None) -> Ontology:
        """Read and validate a CAMEO TSV file (the shipped one by default)."""
        path = Path(path) if path is not None else cls.default_path()
        codes: dict[str, CameoCode] = {}
        try:
            rows = list(read_tsv(path))
        except OSError as err:
            raise DataError(str(path), None, "file", f"cannot be read: {err.strerror}") from err
        except UnicodeDecodeError as err:
            raise DataError(str(path), None, "file", "is not UTF-8 text") from err
        for line, row in rows:
            entry = _parse_row(str(path), line, row)
            if entry.code in codes:
                raise DataError(str(path), line, "code", f"{entry.code!r} is defined twice")
            codes[entry.code] = entry
        if not codes:
            raise DataError(str(path), None, "file", "holds no CAMEO code")
        for entry in codes.values():
            if entry.root not in codes:
                raise DataError(str(path), None, "root", f"root {entry.root!r} of {entry.code!r} has no row")
        return cls(codes, str(path))

    def get(self, code: str) -> CameoCode:
        """The entry of `code`; raises UnknownCodeError (a KeyError) when there is none."""
        try:
            return self._codes[code]
        except (KeyError, TypeError) as err:
            raise UnknownCodeError(str(code)) from err

    def roots(self) -> list[CameoCode]:
        return [entry for entry in self._codes.values() if entry.is_root]

    def children(self, code: str) -> list[CameoCode]:
        """Codes directly below `code` (e.g. 04 → 040..046; 021 → 0211..0214)."""
        self.get(code)
        return [e for e in self._codes.values() if len(e.code) == len(code) + 1 and e.code.startswith(code)]

    def __contains__(self, code: object) -> bool:
        return isinstance(code, str) and code in self._codes

    def __iter__(self) -> Iterator[CameoCode]:
        return iter(self._codes.values())

    def __len__(self) -> int:
        return len(self._codes)


def _parse_row(path: str, line: int, row: dict[str, str]) -> CameoCode:
    for column in REQUIRED_COLUMNS:
        if column not in row:
            raise DataError(path, line, column, "column missing from the header")
    code = row["code"].strip()
    if not CODE_PATTERN.match(code):
        raise DataError(path, line, "code", f"{code!r} is not a CAMEO code (2 to 4 digits, root 01 to 20)")
    root = row["root"].strip()
    if root != code[:2]:
        raise DataError(path, line, "root", f"{root!r} should be {code[:2]!r}, the code's first two digits")
    names = {}
    for column in ("name_en", "name_fr"):
        value = row[column].strip()
        if not value:
            raise DataError(path, line, column, "is empty")
        names[column] = value
    try:
        goldstein = float(row["goldstein"])
    except ValueError as err:
        raise DataError(path, line, "goldstein", f"{row['goldstein']!r} is not a number") from err
    if not -10.0 <= goldstein <= 10.0:
        raise DataError(path, line, "goldstein", f"{goldstein} is outside [-10, 10]")
    try:
        quad_class = int(row["quad_class"])
    except ValueError as err:
        raise DataError(path, line, "quad_class", f"{row['quad_class']!r} is not 1, 2, 3 or 4") from err
    expected = quad_class_of_root(root)
    if quad_class != expected:
        raise DataError(path, line, "quad_class", f"{quad_class} but root {root} is QuadClass {expected}")
    plover = row["plover"].strip() or None
    if plover is not None and not re.fullmatch(r"[A-Z]+", plover):
        raise DataError(path, line, "plover", f"{plover!r} is not a PLOVER type (upper-case word)")
    mode = (row.get("plover_mode") or "").strip() or None
    return CameoCode(code, root, names["name_en"], names["name_fr"], goldstein, quad_class, plover, mode)
