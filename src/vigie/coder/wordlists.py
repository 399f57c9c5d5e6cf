"""The closed word lists the parse reader uses (relative pronouns, list introducers, venue verbs…).

They live in `context_words.yaml` beside this module, one record a list:

    - list: reciprocal_adverbs
      words: [mutuellement, réciproquement]
      note: why the list exists

Every list the reader needs must be there once, each word a non-empty lower-case string; a bad
record fails at load with `file:line: field: problem`. Multiword entries are written with single
spaces ("à savoir", "parmi lesquels").
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from ..datafiles import Validator, package_path, read_yaml_records
from ..errors import DataError

# The lists the reader asks for, and what each is for (shown in a load error).
LISTS = {
    "reciprocal_adverbs": "adverbs that make a verb with a plural subject reciprocal ('se sont accusés mutuellement')",
    "reciprocal_phrases": "phrases that make it reciprocal ('l'un l'autre', 'entre eux')",
    "list_introducers": "words after a group that introduce its members ('dont', 'notamment', 'à savoir')",
    "collective_nouns": "nouns of a group of states or parties whose apposition names the members ('pays', 'alliés')",
    "addressee_prepositions": "prepositions after a speech verb that name whom a quote is addressed to",
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
    "name_links": "function words inside a country's name that the parser cuts off ('la Corée du Nord')",
}


@dataclass(frozen=True)
class WordLists:
    """The loaded lists, by name: `words["list_introducers"]` is a frozenset of lower-case strings."""

    lists: dict[str, frozenset[str]]

    def __getitem__(self, name: str) -> frozenset[str]:
        return self.lists[name]

    def phrases(self, name: str) -> list[tuple[str, ...]]:
        """A list's entries as word tuples, longest first (for matching multiword entries)."""
        return sorted((tuple(w.split()) for w in self.lists[name]), key=len, reverse=True)


DEFAULT_FILE = "context_words.yaml"


def load_word_lists(path: Path | str | None = None) -> WordLists:
    """Read and check a word-list file (the shipped one by default)."""
    path = Path(path) if path is not None else package_path("vigie.coder", DEFAULT_FILE)
    lists: dict[str, frozenset[str]] = {}
    for line, record in read_yaml_records(path):
        check = Validator(path, line, record)
        check.unknown({"list", "words", "note"})
        name = check.str("list", choices=set(LISTS))
        if name in lists:
            raise check.fail("list", f"{name!r} is given twice; merge the two records")
        words = check.str_list("words", required=True)
        for word in words:
            if word != " ".join(word.lower().split()):
                raise check.fail("words", f"{word!r} must be lower case with single spaces")
        lists[name] = frozenset(w.replace("’", "'") for w in words)
    missing = sorted(set(LISTS) - set(lists))
    if missing:
        raise DataError(str(path), None, "list", f"missing lists {', '.join(missing)} "
                        f"({'; '.join(LISTS[m] for m in missing)})")
    return WordLists(lists)


@functools.cache
def word_lists() -> WordLists:
    """The shipped lists, read once on first use (not at import)."""
    return load_word_lists()
