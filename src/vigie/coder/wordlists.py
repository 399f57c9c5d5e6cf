"""The closed word lists the parse reader uses (relative pronouns, list introducers, venue verbs…).

They live in `data/context_words.yaml`, one record a list, read by `vigie.coder.words`:

    - name: reciprocal_adverbs
      words: [mutuellement, réciproquement]
      note: why the list exists

Every list the reader needs must be there once, each word a non-empty lower-case string; a bad
record fails at load with `file:line: field: problem`. Multiword entries are written with single
spaces ("à savoir", "parmi lesquels").
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from pathlib import Path

from ..datafiles import package_path, read_yaml_records
from ..errors import DataError
from .words import load_word_lists

# The lists the reader asks for, and what each is for (shown in a load error).
LISTS = {
    "reciprocal_adverbs": "adverbs that make a verb with a plural subject reciprocal ('se sont accusés mutuellement')",
    "reciprocal_phrases": "phrases that make it reciprocal ('l'un l'autre', 'entre eux')",
    "list_introducers": "words after a group that introduce its members ('dont', 'notamment', 'à savoir')",
    "collective_nouns": "nouns of a group of states or parties whose apposition names the members ('pays', 'alliés')",
    "addressee_prepositions": "prepositions after a speech verb that name whom a quote is addressed to",
    "address_nouns": "nouns of 'à l'adresse de', 'à l'intention de' whose complement is the addressee",
    "address_verbs": "participles that name a quote's addressee ('s'adressant à')",
    "speaker_pronouns": "pronouns of the person speaking in a quotation",
    "person_pronouns": "third-person subject pronouns that take up a person",
    "possessive_determiners": "possessive determiners whose owner is the clause's subject or the last person",
    "owner_prepositions": "prepositions of a noun's complement that name the side it belongs to",
    "counterpart_prepositions": "prepositions of a noun's complement that name the other side ('sa frontière avec')",
    "agent_prepositions": "prepositions of a noun's complement that name who did the act ('l'arrestation par')",
    "agent_participles": "participles whose 'par' phrase names who did the act ('l'attaque menée par')",
    "locative_prepositions": "prepositions of a noun's complement that name where it happens ('le putsch au Niger')",
    "instrument_nouns": "weapons and units standing for the armed forces of their nationality ('des chars turcs')",
    "vague_quantifiers": "determiners and quantities that make a group vague ('sept pays', 'plusieurs États')",
    "impersonal_verbs": "verbs whose 'il' is impersonal",
    "relative_subjects": "relative pronouns whose clause's subject is the noun modified",
    "skipped_before_verb": "clitics, auxiliaries and adverbs between a subject and its verb",
    "order_verbs": "verbs whose 'à' phrase is the subject of their infinitive ('ordonne aux familles de')",
    "adjunct_cases": "time-adjunct prepositions under which a noun predicate takes the clause's arguments",
    "slot_quantifiers": "quantities whose counted phrase fills a slot ('des centaines de manifestants')",
    "coordinating_cases": "prepositions that coordinate ('A comme B', 'A ainsi que B')",
    "ellipsis_adverbs": "adverbs of a name standing for a repeated clause ('Washington aussi')",
    "reflexive_clitics": "reflexive clitics",
    "personal_clitics": "clitics reflexive only with a subject of the same person",
    "addressee_pronouns": "pronouns standing for a quotation's addressee",
    "name_links": "function words inside a country's name that the parser cuts off ('la Corée du Nord')",
    "two_sides_nouns": "nouns that with 'deux' stand for the article's two main sides ('les deux pays')",
    "sides_nouns": "nouns that stand for the two main sides alone ('les belligérants')",
    "target_participles": "participles whose object is whom the act they follow is aimed at ('des sanctions visant')",
    "request_phrases": "a preposition and a request noun whose clause's subject is the one asked ('à la demande de')",
}


@dataclass(frozen=True)
class WordLists:
    """The loaded lists, by name: `words["list_introducers"]` is a frozenset of lower-case strings."""

    lists: dict[str, frozenset[str]]
    _phrases: dict[str, list[tuple[str, ...]]] = field(default_factory=dict, compare=False, repr=False)

    def __getitem__(self, name: str) -> frozenset[str]:
        return self.lists[name]

    def phrases(self, name: str) -> list[tuple[str, ...]]:
        """A list's entries as word tuples, longest first (for matching multiword entries); built once."""
        found = self._phrases.get(name)
        if found is None:
            found = self._phrases[name] = sorted((tuple(w.split()) for w in self.lists[name]), key=len, reverse=True)
        return found


def default_path() -> Path:
    return package_path("vigie.coder", "data", "context_words.yaml")


def load_context_lists(path: Path | str | None = None) -> WordLists:
    """Read and check the file (the shipped one by default): every list of LISTS once, no other,
    words lower case with single spaces."""
    path = Path(path) if path is not None else default_path()
    lists = load_word_lists(path)
    unknown = sorted(set(lists) - set(LISTS))
    if unknown:
        raise DataError(str(path), _line_of(path, unknown[0]), "name",
                        f"{unknown[0]!r} is not a list the reader uses ({', '.join(sorted(LISTS))})")
    for name, words in lists.items():
        bad = next((w for w in sorted(words) if w != " ".join(w.lower().split())), None)
        if bad is not None:
            raise DataError(str(path), _line_of(path, name), "words",
                            f"{bad!r} must be lower case with single spaces")
    missing = sorted(set(LISTS) - set(lists))
    if missing:
        raise DataError(str(path), None, "name", f"missing lists {', '.join(missing)} "
                        f"({'; '.join(LISTS[m] for m in missing)})")
    return WordLists({name: frozenset(w.replace("’", "'") for w in words) for name, words in lists.items()})


def _line_of(path: Path, name: str) -> int | None:
    for line, record in read_yaml_records(path):
        if record.get("name") == name:
            return line
    return None


@functools.cache
def word_lists() -> WordLists:
    """The shipped lists, read once on first use (not at import)."""
    return load_context_lists()
