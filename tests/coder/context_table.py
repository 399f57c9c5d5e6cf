"""Reading tests/coder/context_cases.tsv and checking the coder's events against one of its rows."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

CASES_FILE = Path(__file__).with_name("context_cases.tsv")
COLUMNS = ["kind", "date", "root", "source", "target", "absent", "sentence"]


@dataclass(frozen=True)
class Case:
    line: int
    kind: str
    date: str
    root: str
    source: str
    target: str
    absent: tuple[str, ...]
    sentence: str


def read_cases(path: Path = CASES_FILE) -> list[Case]:
    """The table's rows; a malformed row raises ValueError naming its line."""
    cases = []
    header = None
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not raw.strip() or raw.startswith("#"):
            continue
        fields = raw.split("\t")
        if header is None:
            header = fields
            if header != COLUMNS:
                raise ValueError(f"{path}:{number}: header must be {' '.join(COLUMNS)}")
            continue
        if len(fields) != len(COLUMNS):
            raise ValueError(f"{path}:{number}: {len(fields)} fields, expected {len(COLUMNS)}")
        row = dict(zip(COLUMNS, fields, strict=True))
        absent = tuple(c for c in row["absent"].split(",") if c and c != "-")
        cases.append(Case(number, row["kind"], row["date"], row["root"], row["source"], row["target"],
                          absent, row["sentence"]))
    return cases


def _side(actor, want: str) -> bool:
    if want == "*":
        return True
    if want == "-":
        return actor is None
    return actor is not None and actor.country == want


def satisfied(events, case: Case) -> bool:
    """An event has the row's root, source and target, and no event names an absent country."""
    if any((e.source and e.source.country in case.absent) or (e.target and e.target.country in case.absent)
           for e in events):
        return False
    return any((case.root == "*" or e.root == case.root) and _side(e.source, case.source)
               and _side(e.target, case.target) for e in events)


def describe(events) -> str:
    return "; ".join(f"{e.code} {e.source.country if e.source else None}->"
                     f"{e.target.country if e.target else None} [{e.trigger}]" for e in events) or "nothing"
