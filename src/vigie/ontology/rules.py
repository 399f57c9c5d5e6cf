"""CAMEO coding rules as data (`rules.yaml`): which acts cover the acts they govern, and how a governed
act changes the governing act's code (a promise of a strike is a threat, an order to release a demand
for release). Validated at load against the ontology: `file:line: field: problem`."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..datafiles import Validator, package_path, read_yaml_records
from ..errors import DataError
from .cameo import Ontology

SETS = ("subsuming", "promising", "thing_blocks", "reciprocal", "infer_target", "visit", "plain_statement",
        "one_sided", "purpose_covering")
MAPS = ("threat_of", "refusal_of", "demand_of", "appeal_of")
FIELDS = {"rule", "note", "codes", "map", "applies_to"}


@dataclass(frozen=True)
class CodeSet:
    """Codes given as prefixes: "02" stands for itself and every code under it."""

    prefixes: tuple[str, ...] = ()

    def __contains__(self, code: object) -> bool:
        return isinstance(code, str) and any(code.startswith(p) for p in self.prefixes)


@dataclass(frozen=True)
class CodeMap:
    """Governed code -> governing code, the longest matching prefix winning; `applies_to` limits the
    governing codes it rewrites (empty: any)."""

    pairs: dict[str, str] = field(default_factory=dict)
    applies_to: tuple[str, ...] = ()

    def get(self, governed: str) -> str | None:
        keys = [k for k in self.pairs if governed.startswith(k)]
        return self.pairs[max(keys, key=len)] if keys else None

    def applies(self, governing: str) -> bool:
        return not self.applies_to or governing in self.applies_to


@dataclass(frozen=True)
class CodingRules:
    subsuming: CodeSet
    promising: CodeSet
    thing_blocks: CodeSet
    reciprocal: CodeSet
    infer_target: CodeSet
    visit: CodeSet
    plain_statement: CodeSet
    one_sided: CodeSet
    purpose_covering: CodeSet
    threat_of: CodeMap
    refusal_of: CodeMap
    demand_of: CodeMap
    appeal_of: CodeMap

    @staticmethod
    def default_path() -> Path:
        return package_path("vigie.ontology", "rules.yaml")

    @classmethod
    def load(cls, ontology: Ontology, path: Path | str | None = None) -> CodingRules:
        path = Path(path) if path is not None else cls.default_path()
        found: dict[str, object] = {}
        for line, record in read_yaml_records(path):
            check = Validator(path, line, record)
            check.unknown(FIELDS)
            name = check.str("rule", choices=set(SETS) | set(MAPS))
            if name in found:
                raise check.fail("rule", f"{name!r} is given twice")
            applies = tuple(_codes(check, "applies_to", ontology))
            if name in SETS:
                found[name] = CodeSet(tuple(_codes(check, "codes", ontology, required=True)))
            else:
                found[name] = CodeMap(_pairs(check, ontology), applies)
        missing = [n for n in (*SETS, *MAPS) if n not in found]
        if missing:
            raise DataError(str(path), None, "rule", f"missing rules: {', '.join(missing)}")
        return cls(**found)


def _codes(check: Validator, name: str, ontology: Ontology, required: bool = False) -> list[str]:
    codes = check.str_list(name, required=required)
    for code in codes:
        _known(check, name, code, ontology)
    return codes


def _pairs(check: Validator, ontology: Ontology) -> dict[str, str]:
    value = check.record.get("map")
    if isinstance(value, dict):
        value = {k: v for k, v in value.items() if k != "__line__"}  # the YAML reader's own mark
    if not isinstance(value, dict) or not value:
        raise check.fail("map", "must be a mapping of governed code to governing code")
    for governed, governing in value.items():
        if not isinstance(governed, str) or not isinstance(governing, str):
            raise check.fail("map", f"{governed!r}: {governing!r}: write codes as quoted strings")
        _known(check, "map", governed, ontology)
        _known(check, "map", governing, ontology)
    return dict(value)


def _known(check: Validator, name: str, code: str, ontology: Ontology) -> None:
    if code not in ontology:
        raise check.fail(name, f"{code!r} is not a CAMEO code of the ontology")
