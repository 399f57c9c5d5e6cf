"""A grammar rule: a compiled pattern and a builder turning its matches into candidate expressions."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from .context import Context
from .lexicon import Lexicon

Resolver = Callable[[Context], "tuple[str, str | None]"]


@dataclass(frozen=True)
class Candidate:
    """One expression a rule found: its span, and how to compute its (type, value) in context.

    `explicit_year`: the expression names its year ("mai 1988"), so later bare months of the same
    sentence take that year. `clock`: a time of day that takes the day of a date next to it.
    """

    start: int
    end: int
    resolve: Resolver
    priority: int = 0
    explicit_year: bool = False
    clock: bool = False
    rule: str = ""


@dataclass(frozen=True)
class Match:
    """What a builder sees: the regex match, the whole text and the lexicon."""

    m: re.Match[str]
    text: str
    lexicon: Lexicon

    def group(self, name: str) -> str | None:
        return self.m.group(name)

    def span(self, name: str | int = 0) -> tuple[int, int]:
        return self.m.span(name)

    def value(self, kind: str, name: str) -> object | None:
        text = self.m.group(name)
        return self.lexicon.value(kind, text) if text else None


Builder = Callable[[Match], "list[Candidate]"]


@dataclass(frozen=True)
class Rule:
    """`keys`: the words (lower case; '#' for any number) one of which every match contains or
    touches; the tagger runs the pattern only near them. Empty: run it over the whole text."""

    name: str
    pattern: re.Pattern[str]
    build: Builder
    priority: int = 0
    keys: frozenset[str] = frozenset()


def fixed(kind: str, value: str | None) -> Resolver:
    """A resolver whose answer does not depend on the context."""
    return lambda ctx: (kind, value)
