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
# the factors the coder sets (`extra["reading"]` of coder/reading.py and coder/placing.py, and `factors`
# below), besides one `root_NN` per CAMEO root: a weight under another name would never apply
FACTORS = frozenset({
    "base", "source_topic", "source_later_slot", "source_inferred", "target_later_slot", "target_owner",
    "target_referent", "target_place", "target_addressee", "target_inferred", "no_target", "no_source",
    "tag_repaired", "nested", "noun_trigger", "elliptic", "unspecified_code", "crowded_sentence",
    "mode_planned", "mode_negated", "mode_hypothetical", "mode_alleged"})
ROOTS = frozenset(f"root_{r:02d}" for r in range(1, 21))


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
            if name not in FACTORS and name not in ROOTS:
                raise check.fail("name", f"{name!r} is no factor the coder sets (see vigie/coder/confidence.py)")
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


CROWDED = 3  # events read in one sentence from which it is `crowded_sentence`


def factors(event: Event, neighbours: int = 1) -> list[str]:
    """The names of the factors that apply to `event`: how it was read (`extra["reading"]`), what it
    lacks (`no_target`, `no_source`; `target_inferred` when the target was inferred), `elliptic`, its mode
    when not `occurred` (`mode_planned`…), `unspecified_code` for a code "not specified below" (a root or
    a code ending in 0), `crowded_sentence` when its sentence gives `neighbours` >= CROWDED events (itself
    included: a long sentence read into many events holds misreadings), and its CAMEO root (`root_19`)."""
    found = list(event.extra.get("reading", ()))
    if event.extra.get("target_inferred"):
        found.append("target_inferred")
    elif event.target is None:
        found.append("no_target")
    if event.source is None:
        found.append("no_source")
    if event.extra.get("elliptic"):
        found.append("elliptic")
    if event.mode != "occurred":
        found.append(f"mode_{event.mode}")
    if len(event.code) == 2 or event.code.endswith("0"):
        found.append("unspecified_code")
    if neighbours >= CROWDED:
        found.append("crowded_sentence")
    found.append(f"root_{event.root}")
    return found


def score(event: Event, weights: Weights, neighbours: int = 1) -> float:
    """The event's confidence in [0, 1]; a factor the weights do not name counts 1. `neighbours`: how
    many events its sentence gives, itself included."""
    value = weights.base
    for name in factors(event, neighbours):
        value *= weights.factors.get(name, 1.0)
    return round(min(max(value, 0.0), 1.0), 3)
