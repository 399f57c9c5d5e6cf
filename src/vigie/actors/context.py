"""What one article has said so far about who is who: "M. Eltsine", "son homologue", "le chef de l'Etat"."""

from __future__ import annotations

import bisect
import datetime
from collections import Counter

from ..events import Actor
from .text import key_of

# Sectors a bare noun takes up from the last one with a nationality: "l'opposition" after "l'opposition
# libanaise" is Lebanese even in an article that names Qatar more.
_ANAPHORIC = frozenset({"OPP", "PTY", "REB", "INS", "SEP"})


class ArticleActors:
    """The actors the coder resolved in one article, in text order. Built by `ActorResolver.new_context`.

    The article's dominant country is the state mentioned most so far: states, capitals and other
    metonyms, demonyms, sectors with a nationality, persons' countries, and places the coder reports
    with `remember_place`. An actor whose country was itself guessed from the dominant country ("la
    police", "le général Routskoï") does not count, and one stretch of text counts once for a country
    ("la chaîne de télévision britannique" and its part "télévision britannique").
    """

    def __init__(self, when: datetime.date | None, states: frozenset[str] = frozenset()):
        self.when = when
        self.states = states
        self.mentions: list[tuple[int, Actor]] = []
        self._counts: Counter[str] = Counter()
        self._first: dict[str, int] = {}
        self._spans: dict[str, list[tuple[int, int]]] = {}  # country -> stretches of text counted
        self._guessed: list[Actor] = []
        self._guesses: list[Actor] = []  # every actor ever guessed, kept after it is remembered
        self._sectors: dict[str, tuple[int, str]] = {}  # sector -> (offset, country) of its last sure mention

    def remember(self, actor: Actor, offset: int) -> None:
        """Record an actor met at character `offset` of the article (kept in text order, whatever the
        order of the calls)."""
        bisect.insort(self.mentions, (offset, actor), key=lambda mention: mention[0])
        if actor in self._guessed:
            self._guessed.remove(actor)
            return
        if actor.kind == "sector" and actor.role in _ANAPHORIC and actor.country in self.states:
            last = self._sectors.get(actor.role)
            if last is None or last[0] <= offset:
                self._sectors[actor.role] = (offset, actor.country)
        self._count(actor.country, offset, offset + max(len(actor.text), 1))

    def remember_place(self, country: str, offset: int, end: int | None = None) -> None:
        """Record a place of `country` (ISO alpha-3) named at `offset` ("à Moscou", "dans le Donbass"):
        it counts towards the dominant country like an actor of that country."""
        self._count(country, offset, end if end is not None and end > offset else offset + 1)

    def guessed(self, actor: Actor) -> None:
        """`actor`'s country comes from the dominant country: remembering it will not count it again."""
        self._guessed.append(actor)
        self._guesses.append(actor)

    def is_guess(self, actor: Actor) -> bool:
        """Whether this very actor's country was guessed from the dominant country ("la police", "l'État")."""
        return any(a is actor for a in self._guesses)

    def unguess(self, actor: Actor) -> bool:
        """Forget that `actor` was guessed (it is being dropped); whether it was."""
        if actor in self._guessed:
            self._guessed.remove(actor)
            self._guesses = [a for a in self._guesses if a is not actor]
            return True
        return False

    def _count(self, country: str | None, start: int, end: int) -> None:
        if not country or (self.states and country not in self.states):
            return
        spans = self._spans.setdefault(country, [])
        if any(start < e and s < end for s, e in spans):
            return
        spans.append((start, end))
        self._counts[country] += 1
        self._first.setdefault(country, sum(self._counts.values()))

    def last_person(self, before: int | None = None, country: str | None = None) -> Actor | None:
        """The person mentioned last (before `offset` when given), optionally of one country."""
        for offset, actor in reversed(self.mentions):
            if before is not None and offset >= before:
                continue
            if actor.kind == "person" and (country is None or actor.country == country):
                return actor
        return None

    def last_with_office(self, office: str, countries: set[str] | None = None) -> Actor | None:
        """The person mentioned last who held `office` (in one of `countries` when given)."""
        for _, actor in reversed(self.mentions):
            if actor.kind == "person" and actor.office == office and actor.name and (
                    countries is None or actor.country in countries):
                return actor
        return None

    def find_name(self, words: list[str]) -> Actor | None:
        """A person already named whose name ends with `words` ('Rugova' after 'Ibrahim Rugova')."""
        size = len(words)
        for _, actor in reversed(self.mentions):
            if actor.kind != "person" or not actor.name:
                continue
            name = list(key_of(actor.name, strip_article=False))
            if size and (name[-size:] == words or name[:size] == words and size > 1):
                return actor
        return None

    def find_named(self, word: str, kinds: set[str]) -> Actor | None:
        """The actor of one of `kinds` mentioned last whose name begins with the folded `word`."""
        for _, actor in reversed(self.mentions):
            if actor.kind in kinds and actor.name and key_of(actor.name)[:1] == (word,):
                return actor
        return None

    def sector_countries(self, sector: str) -> list[str]:
        """The country of the last mention of `sector` that said it, for the sectors taken up that way."""
        found = self._sectors.get(sector)
        return [found[1]] if found is not None else []

    def counts(self) -> dict[str, int]:
        """How many times the article has named each country so far (actors and places)."""
        return dict(self._counts)

    def mentioned(self, country: str) -> int:
        """How many times the article has named `country` so far."""
        return self._counts[country]

    def dominant_country(self, exclude: str | None = None) -> str | None:
        """The state the article speaks of most so far (first met wins a tie); bodies do not count."""
        counts = [c for c in self._counts if c != exclude]
        if not counts:
            return None
        return max(counts, key=lambda c: (self._counts[c], -self._first[c]))
