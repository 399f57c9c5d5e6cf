"""The French words of time expressions (`data/lexicon.yaml`), validated at load.

A `Lexicon` maps each word form to its value and builds the regular-expression alternations the
grammar is compiled from; it also reads French number words ("vingt-quatre", "trois").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from ..datafiles import Validator, package_path, read_yaml_records
from ..errors import DataError

KINDS = {"month", "weekday", "number", "unit", "part", "season", "ref", "set", "holiday"}
UNITS = {"Y", "M", "W", "D", "H", "MIN", "S"}
PARTS = {"MO", "MI", "AF", "EV", "NI", "DT"}
SEASONS = {"SP", "SU", "FA", "WI"}
REFS = {"PRESENT_REF", "PAST_REF", "FUTURE_REF"}
FIXED_SPAN = re.compile(r"^P\d+[YMWD]$")
HOLIDAY = re.compile(r"^(?:(\d\d)-(\d\d)|EASTER([+-]\d+))$")
INT_RANGES = {"month": (1, 12), "weekday": (1, 7), "number": (0, 1000)}


def normalise(text: str) -> str:
    """Lower case, typographic apostrophes made plain, runs of spaces made one: the lookup key."""
    return re.sub(r"\s+", " ", text.replace("’", "'").lower()).strip()


def form_pattern(form: str) -> str:
    """A regex for one word form: any apostrophe, any run of spaces, '-' or ' ' alike, '.' literal."""
    out = []
    for char in form:
        if char in "'’":
            out.append("['’]")
        elif char == " ":
            out.append(r"[\s-]+")
        elif char == "-":
            out.append(r"[\s-]")
        else:
            out.append(re.escape(char))
    return "".join(out)


@dataclass
class Lexicon:
    """Word forms by kind: `words[kind][normalised form] = value`."""

    words: dict[str, dict[str, object]] = field(default_factory=dict)

    def value(self, kind: str, text: str) -> object | None:
        table = self.words.get(kind, {})
        key = normalise(text)
        if key in table:
            return table[key]
        return table.get(key.replace("-", " "))

    def alternation(self, kind: str) -> str:
        """`(?:form|form...)`, longest forms first so the regex prefers them."""
        forms = sorted(self.words.get(kind, {}), key=len, reverse=True)
        return "(?:" + "|".join(form_pattern(f) for f in forms) + ")"

    def number(self, text: str) -> float | None:
        """'vingt-quatre' -> 24, 'soixante-dix' -> 70, 'quatre-vingts' -> 80, '30,4' -> 30.4,
        'deux cents' -> 200; None when the words are not a number."""
        text = normalise(text)
        if re.fullmatch(r"\d+(?:[.,]\d+)?", text):
            return float(text.replace(",", "."))
        total = current = 0
        words = [w for w in re.split(r"[\s-]+", text) if w and w != "et"]
        if not words:
            return None
        for word in words:
            value = self.words.get("number", {}).get(word)
            if not isinstance(value, int):
                return None
            if value == 1000:
                total += max(current, 1) * 1000
                current = 0
            elif value == 100:
                current = max(current, 1) * 100
            elif value == 20 and current % 100 == 4:  # quatre-vingt(s)
                current = current - 4 + 80
            else:
                current += value
        return float(total + current)


def _check_value(check: Validator, kind: str, value: object) -> object:
    if kind in INT_RANGES:
        low, high = INT_RANGES[kind]
        if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
            raise check.fail("value", f"a {kind} needs an integer in {low}..{high}, got {value!r}")
        return value
    if not isinstance(value, str):
        raise check.fail("value", f"must be a string for a {kind}, got {value!r}")
    allowed = {"part": PARTS, "season": SEASONS, "ref": REFS}.get(kind)
    if allowed is not None and value not in allowed:
        raise check.fail("value", f"{value!r} is not one of {sorted(allowed)}")
    if kind == "unit" and value not in UNITS and not FIXED_SPAN.match(value):
        units = ", ".join(sorted(UNITS))
        raise check.fail("value", f"{value!r} is neither a unit ({units}) nor a span like P5Y")
    if kind == "set" and not FIXED_SPAN.match(value):
        raise check.fail("value", f"{value!r} is not a period like P1Y")
    if kind == "holiday":
        match = HOLIDAY.match(value)
        if not match:
            raise check.fail("value", f"{value!r} is neither MM-DD nor EASTER+n")
        if match.group(1) and not (1 <= int(match.group(1)) <= 12 and 1 <= int(match.group(2)) <= 31):
            raise check.fail("value", f"{value!r} is not a real month and day")
    return value


def load_lexicon(path: Path | str | None = None) -> Lexicon:
    """Read and check the lexicon file (the packaged one by default); a bad entry raises DataError."""
    path = Path(path) if path is not None else package_path("vigie.time", "data", "lexicon.yaml")
    lexicon = Lexicon({kind: {} for kind in KINDS})
    for line, record in read_yaml_records(path):
        check = Validator(path, line, record)
        check.unknown({"kind", "value", "forms"})
        kind = check.str("kind", choices=KINDS)
        if "value" not in record:
            raise check.fail("value", "is required")
        value = _check_value(check, kind, record["value"])
        forms = check.str_list("forms", required=True)
        table = lexicon.words[kind]
        for form in forms:
            key = normalise(form)
            if key in table and table[key] != value:
                raise DataError(str(path), line, "forms", f"{form!r} already means {table[key]!r}")
            table[key] = value
    for kind in ("month", "weekday", "number", "unit"):
        if not lexicon.words[kind]:
            raise DataError(str(path), None, "kind", f"no {kind} entry: the grammar needs them")
    return lexicon
