"""All actor dictionaries read and checked: the built-in files, the people files and users' YAML files.

Users' entries override built-in ones: a country, body or group with the same `id`, a person with the
same Wikidata id or name, and a title, sector or name with the same words.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from ..datafiles import Validator, package_path, read_jsonl, read_yaml_records
from ..errors import DataError
from . import validate
from .model import GROUP_OFFICES, Body, Country, Group, Name, Person, Sector, Title
from .text import fold

BUILTIN = {"countries.jsonl": "country", "bodies.jsonl": "body", "groups.jsonl": "group",
           "titles.jsonl": "title", "sectors.jsonl": "sector"}
WORDS = "words.jsonl"  # classes of French words the reading of names and phrases needs


def data_path(*parts: str) -> Path:
    return package_path("vigie.actors", "data", *parts)


def builtin_people_files() -> list[Path]:
    folder = data_path("people")
    return sorted(folder.glob("*.jsonl")) if folder.is_dir() else []


class Catalog:
    """Entries by kind, after overrides, with every cross-reference checked."""

    def __init__(self) -> None:
        self.countries: dict[str, Country] = {}
        self.bodies: dict[str, Body] = {}
        self.groups: dict[str, Group] = {}
        self.titles: list[Title] = []
        self.sectors: list[Sector] = []
        self.names: list[Name] = []
        self.people: list[Person] = []
        self.user_titles: list[Title] = []
        self.user_sectors: list[Sector] = []
        self.words: dict[str, frozenset[str]] = {c: frozenset() for c in validate.WORD_CLASSES}
        self._person_index: dict[str, int] = {}

    # -- reading -------------------------------------------------------------------------------
    @classmethod
    def load(cls, extra_files: Sequence[str | Path] = (),
             people: Sequence[str | Path] | None = None) -> Catalog:
        catalog = cls()
        for filename, kind in BUILTIN.items():
            path = data_path(filename)
            for line, record in read_jsonl(path):
                catalog.add(kind, validate.PARSERS[kind](Validator(path, line, record)), user=False)
        catalog.read_words(data_path(WORDS))
        for path in builtin_people_files() if people is None else [Path(p) for p in people]:
            for line, record in read_jsonl(path):
                catalog.add("person", validate.person(Validator(path, line, record)), user=False)
        for path in extra_files:
            for line, kind, entry in read_user_file(Path(path)):
                catalog.add(kind, entry, user=True, line=line, path=str(path))
        catalog.check()
        return catalog

    def read_words(self, path: Path) -> None:
        """Classes of French words, folded: function words, common nouns that are also surnames..."""
        found: dict[str, set[str]] = {c: set(words) for c, words in self.words.items()}
        for line, record in read_jsonl(path):
            kind, words = validate.word_class(Validator(path, line, record))
            found[kind].update(fold(w) for w in words)
        self.words = {c: frozenset(words) for c, words in found.items()}

    def add(self, kind: str, entry: Any, user: bool, line: int | None = None, path: str = "") -> None:
        if kind == "country":
            self.countries[entry.id] = entry
        elif kind == "body":
            self.bodies[entry.id] = entry
        elif kind == "group":
            self.groups[entry.id] = entry
        elif kind == "title":
            (self.user_titles if user else self.titles).append(entry)
        elif kind == "sector":
            (self.user_sectors if user else self.sectors).append(entry)
        elif kind == "name":
            self.names.append(entry)
        elif kind == "person":
            entry.user = user
            self._add_person(entry, user)

    def _add_person(self, person: Person, user: bool) -> None:
        """A user's entry replaces the person with the same Wikidata id or name; the same name twice in
        the built-in files is one person holding both sets of terms."""
        name_key = "name:" + fold(person.name)
        keys = [name_key] + (["qid:" + person.wikidata] if user and person.wikidata else [])
        known = next((self._person_index[k] for k in keys if k in self._person_index), None)
        if known is not None and not user:
            old = self.people[known]
            old.terms.extend(t for t in person.terms if t not in old.terms)
            old.aliases.extend(a for a in person.aliases if a not in old.aliases)
            return
        if known is None:
            self.people.append(person)
            known = len(self.people) - 1
        else:
            self.people[known] = person
        self._person_index[name_key] = known
        if person.wikidata:
            self._person_index["qid:" + person.wikidata] = known

    # -- checking ------------------------------------------------------------------------------
    def known_code(self, code: str) -> bool:
        return code in self.countries or code in self.bodies

    def check(self) -> None:
        """Cross-references: every code used must be a known country or body."""
        for body in self.bodies.values():
            if body.parent is not None:
                if body.parent not in self.bodies:
                    raise _fail(body.source, "parent", f"{body.parent!r} is not a known body")
                root = self.bodies[body.parent]
                while root.parent is not None:
                    root = self.bodies[root.parent]
                body.country = body.country or root.country
                body.code = body.code or self.bodies[body.parent].code or root.id
            body.code = body.code or body.id
        for group in self.groups.values():
            if not self.known_code(group.country):
                raise _fail(group.source, "country", f"{group.country!r} is not a known country or body")
        for title in self.titles + self.user_titles:
            for code in ([title.country] if title.country else []) + title.countries + sorted(
                    title.office_countries):
                if not self.known_code(code):
                    raise DataError(title.source, title.line, "country",
                                    f"{code!r} is not a known country or body")
        for person in self.people:
            for i, term in enumerate(person.terms):
                if term.office in GROUP_OFFICES:
                    if term.country not in self.groups:
                        raise DataError(person.source, person.line, f"terms[{i}].country",
                                        f"{term.country!r} is not a known group (a {term.office} term "
                                        "names the group's id, such as HAMAS)")
                elif not self.known_code(term.country):
                    raise DataError(person.source, person.line, f"terms[{i}].country",
                                    f"{term.country!r} is not a known country or body")
        for name in self.names:
            if not self.known_code(name.country):
                raise _fail(name.source, "country", f"{name.country!r} is not a known country or body")

    def body_of(self, code: str) -> Body | None:
        return self.bodies.get(code)


def _fail(source: str, field: str, problem: str) -> DataError:
    path, _, line = source.rpartition(":")
    return DataError(path, int(line) if line.isdigit() else None, field, problem)


def read_user_file(path: Path) -> Iterator[tuple[int | None, str, Any]]:
    """(line, kind, entry) for each record of a user's actor file (YAML, or JSONL with `type` fields)."""
    if not path.exists():
        raise DataError(str(path), None, "file", "does not exist (check the --actors path)")
    reader: Callable[[Path], Iterable[tuple[int | None, dict[str, Any]]]]
    if path.suffix in (".jsonl", ".json"):
        reader = read_jsonl
    else:
        reader = lambda p: read_yaml_records(p, key="actors")  # noqa: E731
    for line, record in reader(path):
        check = Validator(path, line, record)
        kind = check.str("type", choices=set(validate.PARSERS))
        yield line, kind, validate.PARSERS[kind](check)
