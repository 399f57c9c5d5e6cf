"""The French predicate lexicon: `predicates/NN.jsonl` (one file per CAMEO root), validated at load
(`file:line: field: problem`)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..datafiles import Validator, package_path, read_jsonl
from ..errors import DataError
from ..ontology import Ontology
from .slots import PREPOSITIONS, check_dependency, normalise_preposition, parse_slot

POS_TAGS = frozenset({"VERB", "NOUN", "ADJ"})
ENTRY_FIELDS = frozenset(
    {
        "lemma",
        "pos",
        "reflexive",
        "code",
        "source",
        "target",
        "requires",
        "exclude",
        "trigger",
        "example",
        "note",
    }
)
REQUIREMENT_FIELDS = frozenset({"dep", "lemma", "case", "requires"})
ALIAS_FIELDS = frozenset({"spacy", "pos", "lemma", "as_pos", "when", "note"})
MAX_DEPTH = 3


@dataclass(frozen=True)
class Requirement:
    """A dependent that must be present (in `requires`) or absent (in `exclude`).

    `dep` is a dependency label or prefix ("obl" matches obl:arg and obl:mod); `lemma` the accepted
    lemmas or word forms, lower-case (empty: any word); `case` the preposition that introduces it;
    `requires` dependents that this dependent must itself have."""

    dep: str
    lemma: tuple[str, ...] = ()
    case: str | None = None
    requires: tuple[Requirement, ...] = ()

    @property
    def weight(self) -> int:
        """Its weight in an entry's specificity: 2 when it names words, else 1, plus its own requirements."""
        return (2 if self.lemma else 1) + sum(child.weight for child in self.requires)


@dataclass(frozen=True)
class Predicate:
    """One lexicon entry: a head word (and its dependents) that expresses a CAMEO event."""

    lemma: str
    pos: str
    code: str
    source: tuple[str, ...]
    target: tuple[str, ...]
    trigger: str
    reflexive: bool = False
    requires: tuple[Requirement, ...] = ()
    exclude: tuple[Requirement, ...] = ()
    example: str = ""
    note: str = ""
    path: str = ""
    line: int = 0

    @property
    def root(self) -> str:
        return self.code[:2]

    @property
    def specificity(self) -> int:
        """How much of the sentence the entry constrains: required dependents (nested ones count) and
        the reflexive clitic. Candidates are tried from the most specific."""
        return sum(req.weight for req in self.requires) + int(self.reflexive)

    @property
    def where(self) -> str:
        return f"{self.path}:{self.line}"


@dataclass
class Lexicon:
    """All predicates, indexed by (lemma, part of speech). Build it with `Lexicon.load(ontology)`."""

    predicates: list[Predicate]
    aliases: dict[tuple[str, str], tuple[str, str]] = field(default_factory=dict)
    conditional_aliases: dict[tuple[str, str], list[tuple[str, str, str]]] = field(default_factory=dict)
    support: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._index: dict[tuple[str, str], list[Predicate]] = {}
        for predicate in self.predicates:
            self._index.setdefault((predicate.lemma, predicate.pos), []).append(predicate)
        for entries in self._index.values():
            entries.sort(key=lambda p: -p.specificity)  # stable: file order among equals

    @staticmethod
    def default_paths() -> list[Path]:
        """The shipped predicate files: `predicates/01.jsonl` … `predicates/20.jsonl`, in root order."""
        return sorted(package_path("vigie.lexicon", "predicates").glob("*.jsonl"))

    @staticmethod
    def default_aliases() -> Path:
        return package_path("vigie.lexicon", "lemmas.jsonl")

    @staticmethod
    def default_support() -> Path:
        return package_path("vigie.lexicon", "support.jsonl")

    @classmethod
    def load(
        cls,
        ontology: Ontology,
        paths: Sequence[Path | str] | None = None,
        aliases: Path | str | None = None,
        support: Path | str | None = None,
    ) -> Lexicon:
        """Read and validate predicate files (the shipped ones by default; a folder stands for its
        `*.jsonl` files), the lemma aliases file and the support verbs file (`lemmas.jsonl`,
        `support.jsonl` beside the package unless given)."""
        paths = expand_paths(paths) if paths is not None else cls.default_paths()
        if not paths:
            raise DataError(str(package_path("vigie.lexicon", "predicates")), None, "file",
                            "no predicate file (*.jsonl) found: reinstall Vigie or pass the files")
        predicates: list[Predicate] = []
        seen: dict[tuple[Any, ...], Predicate] = {}
        for path in paths:
            for line, record in read_jsonl(path):
                predicate = parse_predicate(str(path), line, record, ontology)
                key = (
                    predicate.lemma,
                    predicate.pos,
                    predicate.reflexive,
                    predicate.requires,
                    predicate.exclude,
                )
                if key in seen:
                    raise DataError(
                        str(path),
                        line,
                        "requires",
                        f"same head and dependents as the entry at {seen[key].where}: "
                        "add a requirement that tells them apart",
                    )
                seen[key] = predicate
                predicates.append(predicate)
        alias_path = Path(aliases) if aliases is not None else cls.default_aliases()
        if alias_path.exists() or aliases is not None:
            table, conditional = load_aliases(alias_path)
        else:
            table, conditional = {}, {}
        support_path = Path(support) if support is not None else cls.default_support()
        verbs = load_support(support_path) if support_path.exists() or support is not None else {}
        return cls(predicates, table, conditional, verbs)

    def candidates(self, lemma: str, pos: str) -> list[Predicate]:
        """Entries whose head is (lemma, pos), most specific first. `lemma` is spaCy's lemma: known
        lemmatiser slips ("réclame" for réclamer) are mapped through the aliases file."""
        key = (lemma.lower(), pos)
        found = list(self._index.get(key, ()))
        alias = self.aliases.get(key)
        if alias is not None and alias != key:
            found.extend(self._index.get(alias, ()))
            found.sort(key=lambda p: -p.specificity)
        return found

    def by_code(self, code: str) -> list[Predicate]:
        return [p for p in self.predicates if p.code == code]

    def __iter__(self) -> Iterator[Predicate]:
        return iter(self.predicates)

    def __len__(self) -> int:
        return len(self.predicates)


def expand_paths(paths: Sequence[Path | str]) -> list[Path]:
    """Files as given, a folder replaced by its `*.jsonl` files in name order."""
    out: list[Path] = []
    for path in map(Path, paths):
        out.extend(sorted(path.glob("*.jsonl")) if path.is_dir() else [path])
    return out


def parse_predicate(path: str, line: int, record: dict[str, Any], ontology: Ontology) -> Predicate:
    """Validate one JSONL record and build its Predicate."""
    check = Validator(path, line, record)
    check.unknown(ENTRY_FIELDS)
    lemma = _word(check, "lemma")
    pos = _required(check, "pos", POS_TAGS)
    reflexive = record.get("reflexive", False)
    if not isinstance(reflexive, bool):
        raise check.fail("reflexive", f"must be true or false, got {reflexive!r}")
    if reflexive and pos != "VERB":
        raise check.fail("reflexive", "only a VERB can be reflexive")
    code = _required(check, "code")
    if code not in ontology:
        raise check.fail("code", f"{code!r} is not a CAMEO event code of the ontology")
    source = _slots(check, "source", pos, required=True)
    target = _slots(check, "target", pos, required=False)
    requires = _requirements(check, "requires", record.get("requires"), 1)
    exclude = _requirements(check, "exclude", record.get("exclude"), 1)
    trigger = _required(check, "trigger")
    example = _required(check, "example")
    note = check.str("note", required=False) or ""
    return Predicate(
        lemma=lemma,
        pos=pos,
        code=code,
        source=source,
        target=target,
        trigger=trigger,
        reflexive=reflexive,
        requires=requires,
        exclude=exclude,
        example=example,
        note=note,
        path=path,
        line=line,
    )


def _required(check: Validator, name: str, choices: frozenset[str] | None = None) -> str:
    value = check.str(name, choices=set(choices) if choices is not None else None)
    if value is None:  # check.str raises for a missing required field; this keeps the type exact
        raise check.fail(name, "is required")
    return value


def _word(check: Validator, name: str) -> str:
    value = _required(check, name)
    if value != value.strip().lower() or " " in value:
        raise check.fail(name, f"{value!r} must be one lower-case word (spaCy's lemma of the head)")
    return value


def _slots(check: Validator, name: str, pos: str, required: bool) -> tuple[str, ...]:
    value = check.record.get(name)
    if value is None and not required:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise check.fail(name, f"must be a list of slot names, got {value!r}")
    if required and not value:
        raise check.fail(name, "must name at least one slot")
    if len(set(value)) != len(value):
        raise check.fail(name, f"names a slot twice: {value!r}")
    for slot in value:
        try:
            parse_slot(slot, pos)
        except ValueError as err:
            raise check.fail(name, str(err)) from err
    return tuple(value)


def _requirements(check: Validator, name: str, value: Any, depth: int) -> tuple[Requirement, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        raise check.fail(name, f"must be a list of {{dep, lemma, case}} objects, got {value!r}")
    if depth > MAX_DEPTH:
        raise check.fail(name, f"requirements nest deeper than {MAX_DEPTH} levels")
    return tuple(_requirement(check, name, item, depth) for item in value)


def _requirement(check: Validator, name: str, item: Any, depth: int) -> Requirement:
    if not isinstance(item, dict):
        raise check.fail(name, f"each requirement must be an object, got {item!r}")
    extra = set(item) - REQUIREMENT_FIELDS
    if extra:
        raise check.fail(
            name, f"unknown key {sorted(extra)[0]!r} (allowed: {', '.join(sorted(REQUIREMENT_FIELDS))})"
        )
    dep = item.get("dep")
    if not isinstance(dep, str):
        raise check.fail(name, f"each requirement needs a dependency label 'dep', got {item!r}")
    try:
        check_dependency(dep)
    except ValueError as err:
        raise check.fail(name, str(err)) from err
    lemmas = item.get("lemma", [])
    if isinstance(lemmas, str):
        lemmas = [lemmas]
    if not isinstance(lemmas, list) or not all(isinstance(x, str) and x.strip() for x in lemmas):
        raise check.fail(name, f"'lemma' must be a list of words, got {item.get('lemma')!r}")
    if any(x != x.strip().lower() for x in lemmas):
        raise check.fail(name, f"'lemma' words must be lower-case without spaces around: {lemmas!r}")
    case = item.get("case")
    if case is not None:
        if not isinstance(case, str) or normalise_preposition(case) not in PREPOSITIONS:
            raise check.fail(name, f"'case' {case!r} is not a known preposition")
        case = normalise_preposition(case)
    nested = _requirements(check, name, item.get("requires"), depth + 1)
    return Requirement(dep=dep, lemma=tuple(lemmas), case=case, requires=nested)


Aliases = dict[tuple[str, str], tuple[str, str]]
ConditionalAliases = dict[tuple[str, str], list[tuple[str, str, str]]]


def load_aliases(path: Path) -> tuple[Aliases, ConditionalAliases]:
    """Read `lemmas.jsonl`: spaCy lemmas (and tags) that stand for a lexicon head.

    {"spacy": "réclame", "pos": "VERB", "lemma": "réclamer"} maps spaCy's (réclame, VERB) to réclamer;
    "as_pos" also changes the part of speech ({"spacy": "gelé", "pos": "ADJ", "lemma": "geler",
    "as_pos": "VERB"}); "when" (a dependency label) applies the alias only to a token that has such a
    dependent and no determiner ("s'est plainte": plainte/NOUN with a subject is the verb plaindre).
    Returns the unconditional table and the conditional one: (spaCy lemma, tag) → [(when, lemma, tag)]."""
    table: Aliases = {}
    conditional: ConditionalAliases = {}
    lines: dict[tuple[str, str, str], int] = {}
    for line, record in read_jsonl(path):
        check = Validator(path, line, record)
        check.unknown(ALIAS_FIELDS)
        spacy_lemma = _word(check, "spacy")
        pos = _required(check, "pos", POS_TAGS | {"ADV", "PROPN", "AUX", "ADP"})
        lemma = _word(check, "lemma")
        as_pos = check.str("as_pos", required=False, choices=set(POS_TAGS)) or pos
        when = check.str("when", required=False) or ""
        check.str("note", required=False)
        if when:
            try:
                check_dependency(when)
            except ValueError as err:
                raise check.fail("when", str(err)) from err
        if as_pos not in POS_TAGS:
            raise check.fail("as_pos", f"a {pos} alias must say which lexicon part of speech it stands for")
        if (spacy_lemma, pos) == (lemma, as_pos):
            raise check.fail("lemma", "maps a lemma to itself")
        key = (spacy_lemma, pos, when)
        if key in lines:
            raise check.fail("spacy", f"{spacy_lemma!r}/{pos} is already mapped at line {lines[key]}")
        lines[key] = line
        if when:
            conditional.setdefault((spacy_lemma, pos), []).append((when, lemma, as_pos))
        else:
            table[(spacy_lemma, pos)] = (lemma, as_pos)
    return table, conditional


SUPPORT_KINDS = frozenset({"support", "impact", "occurrence"})


def load_support(path: Path) -> dict[str, str]:
    """Read `support.jsonl`: verbs through which a noun predicate takes its arguments (gov:* slots).

    {"lemma": "lancer", "kind": "support"}: the verb's subject is the agent of its noun object ("lancer un
    ultimatum"); {"lemma": "viser", "kind": "impact"}: the noun is the verb's subject and the verb's
    object is the target ("une frappe a visé l'hôpital")."""
    verbs: dict[str, str] = {}
    lines: dict[str, int] = {}
    for line, record in read_jsonl(path):
        check = Validator(path, line, record)
        check.unknown({"lemma", "kind", "note"})
        lemma = _word(check, "lemma")
        kind = _required(check, "kind", SUPPORT_KINDS)
        check.str("note", required=False)
        if lemma in lines:
            raise check.fail("lemma", f"{lemma!r} is already listed at line {lines[lemma]}")
        lines[lemma] = line
        verbs[lemma] = kind
    return verbs


def count_by_root(predicates: Iterable[Predicate]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for predicate in predicates:
        counts[predicate.root] = counts.get(predicate.root, 0) + 1
    return dict(sorted(counts.items()))
