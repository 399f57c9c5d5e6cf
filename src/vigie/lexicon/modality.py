"""Modality markers (`modality.jsonl`): words that change the mode of the event they govern."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..datafiles import Validator, package_path, read_jsonl
from ..errors import DataError
from .forms import infinitives
from .predicates import Aliases, load_aliases

KINDS = frozenset({"control", "report", "expect", "adjective", "noun"})
MODES = frozenset({"occurred", "planned", "negated", "hypothetical", "alleged"})
POS_BY_KIND = {
    "control": {"VERB"},
    "report": {"VERB", "ADP", "NOUN"},
    "expect": {"VERB", "NOUN", "ADJ"},
    "adjective": {"ADJ"},
    "noun": {"NOUN"},
}
FIELDS = frozenset({"lemma", "pos", "kind", "mode", "reflexive", "mark", "note"})
MARKS = frozenset({"de", "à", "que", "pour", "none"})


@dataclass(frozen=True)
class ModalityMarker:
    """A word that sets the mode of the event it governs.

    kind: `control` (verb + infinitive: "doit s'entretenir"), `report` (say/claim verbs and "selon": the
    complement keeps the speaker; a claim about another actor is `alleged`), `expect` ("est attendu",
    "prévoit", "annonce"), `adjective` ("une possible invasion"), `noun` ("l'intention d'attaquer").
    mark: the word introducing the complement (de, à, que) when it matters; reflexive: needs se/s'."""

    lemma: str
    pos: str
    kind: str
    mode: str
    reflexive: bool = False
    mark: str | None = None
    note: str = ""
    path: str = ""
    line: int = 0


class Modality:
    """All modality markers, indexed by (lemma, part of speech). Build it with `Modality.load()`."""

    def __init__(self, markers: Sequence[ModalityMarker], aliases: Aliases | None = None):
        self.markers = list(markers)
        self.aliases = dict(aliases or {})
        self._index: dict[tuple[str, str], list[ModalityMarker]] = {}
        for marker in self.markers:
            self._index.setdefault((marker.lemma, marker.pos), []).append(marker)

    @staticmethod
    def default_paths() -> list[Path]:
        return [package_path("vigie.lexicon", "modality.jsonl")]

    @classmethod
    def load(cls, paths: Sequence[Path | str] | None = None, aliases: Path | str | None = None) -> Modality:
        """Read and validate modality files (the shipped one by default) and the lemma aliases file."""
        paths = [Path(p) for p in paths] if paths is not None else cls.default_paths()
        markers: list[ModalityMarker] = []
        seen: dict[tuple[str, str, str, bool], int] = {}
        for path in paths:
            for line, record in read_jsonl(path):
                marker = parse_marker(str(path), line, record)
                key = (marker.lemma, marker.pos, marker.kind, marker.reflexive)
                if key in seen:
                    raise DataError(
                        str(path),
                        line,
                        "lemma",
                        f"{marker.lemma!r}/{marker.pos} as {marker.kind} is already at line {seen[key]}",
                    )
                seen[key] = line
                markers.append(marker)
        alias_path = Path(aliases) if aliases is not None else package_path("vigie.lexicon", "lemmas.jsonl")
        table = load_aliases(alias_path)[0] if alias_path.exists() or aliases is not None else {}
        return cls(markers, table)

    def lookup(
        self, lemma: str, pos: str, kind: str | None = None, form: str | None = None
    ) -> ModalityMarker | None:
        """The marker for spaCy's (lemma, pos), optionally of one kind; None when the word is no marker.
        A reflexive marker ("s'apprêter à") comes before a plain one: check `reflexive` on the parse.
        `form`, the word as written, lets a verb that spaCy mislemmatised or mistagged still be found
        ("tente" lemmatised tente, "menace" tagged ADJ → tenter, menacer)."""
        found = self.lookup_all(lemma, pos, form)
        if kind is not None:
            found = [m for m in found if m.kind == kind]
        return found[0] if found else None

    def lookup_all(self, lemma: str, pos: str, form: str | None = None) -> list[ModalityMarker]:
        """Every marker for (lemma, pos): a word can be both, e.g. prévoir as control and as expect."""
        key = (lemma.lower(), pos)
        found = list(self._index.get(key, ()))
        alias = self.aliases.get(key)
        if not found and alias is not None:
            found = list(self._index.get(alias, ()))
        if not found and form:
            for guess in infinitives(form.lower()):
                found += self._index.get((guess, "VERB"), [])
        return sorted(dict.fromkeys(found), key=lambda m: not m.reflexive)

    def __iter__(self) -> Iterator[ModalityMarker]:
        return iter(self.markers)

    def __len__(self) -> int:
        return len(self.markers)


def parse_marker(path: str, line: int, record: dict[str, Any]) -> ModalityMarker:
    """Validate one JSONL record of the modality file."""
    check = Validator(path, line, record)
    check.unknown(FIELDS)
    lemma = check.str("lemma") or ""
    if lemma != lemma.lower() or " " in lemma:
        raise check.fail("lemma", f"{lemma!r} must be one lower-case word (spaCy's lemma)")
    kind = check.str("kind", choices=set(KINDS)) or ""
    pos = check.str("pos", choices=set(POS_BY_KIND[kind])) or ""
    mode = check.str("mode", choices=set(MODES)) or ""
    reflexive = record.get("reflexive", False)
    if not isinstance(reflexive, bool):
        raise check.fail("reflexive", f"must be true or false, got {reflexive!r}")
    mark = check.str("mark", required=False, choices=set(MARKS))
    note = check.str("note", required=False) or ""
    return ModalityMarker(lemma, pos, kind, mode, reflexive, mark, note, path, line)
