"""An event's confidence: `base` times the weight of each factor of how it was read (a data file,
`coder/data/confidence.yaml`, refitted on the benchmark's dev split by benchmarks/calibrate_confidence.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..datafiles import Validator, package_path, read_yaml_records
from ..errors import DataError
from ..events import Event

FIELDS = {"name", "weight", "note"}


@dataclass(frozen=True)
class Weights:
    base: float
    factors: dict[str, float] = field(default_factory=dict)

    @staticmethod
    def default_path() -> Path:
        return package_path("vigie.coder", "data", "confidence.yaml")

    @classmethod
    def load(cls, path: Path | str | None = None) -> Weights:
        path = Path(path) if path is not None else cls.default_path()
        weights: dict[str, float] = {}
        for line, record in read_yaml_records(path):
            check = Validator(path, line, record)
            check.unknown(FIELDS)
            name = check.str("name")
            weight = record.get("weight")
            if isinstance(weight, bool) or not isinstance(weight, int | float) or not 0 <= weight <= 1:
                raise check.fail("weight", f"must be a number from 0 to 1, got {weight!r}")
            if name in weights:
                raise check.fail("name", f"{name!r} is given twice")
            weights[name] = float(weight)
        if "base" not in weights:
            raise DataError(str(path), None, "base", "no record named 'base' (the weight of a plain reading)")
        base = weights.pop("base")
        return cls(base=base, factors=weights)


def factors(event: Event) -> list[str]:
    """The names of the factors that apply to `event`: how it was read, what it lacks, its mode."""
    found = list(event.extra.get("reading", ()))
    if event.extra.get("target_inferred"):
        found.append("target_inferred")
    elif event.target is None:
        found.append("no_target")
    if event.extra.get("elliptic"):
        found.append("elliptic")
    if event.mode in ("hypothetical", "alleged"):
        found.append(f"mode_{event.mode}")
    return found


def score(event: Event, weights: Weights) -> float:
    """The event's confidence in [0, 1]; a factor the weights do not name counts 1."""
    value = weights.base
    for name in factors(event):
        value *= weights.factors.get(name, 1.0)
    return round(min(max(value, 0.0), 1.0), 3)
