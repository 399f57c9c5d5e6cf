"""TimeTagger: find the time expressions of a French text and resolve them to TimeML values."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from .context import DAY_VALUE, Context
from .lexicon import load_lexicon
from .pieces import DIGIT, TOKEN, build_pieces
from .rule import Candidate, Match
from .rules_absolute import absolute_rules
from .rules_relative import relative_rules
from .rules_spans import span_rules
from .tense import TextTense, doc_direction, sentence_starts

ADJACENT = re.compile(r"^[\s,]{0,3}$")
# A token holding a digit is found as a word (\w+) that contains one: `\w*\d\w*` would give the same
# spans but backtracks quadratically along a long word without digits.
HAS_DIGIT = re.compile(r"\d")
WINDOW = 64  # characters around a key word that a rule's match may span


@dataclass(frozen=True)
class Timex:
    """One time expression: offsets into the text, its words, TimeML type and value (None: unresolved)."""

    start: int
    end: int
    text: str
    type: str
    value: str | None


def select(candidates: list[Candidate]) -> list[Candidate]:
    """Non-overlapping candidates, the longest first (then the rule's priority), in text order.

    Candidates are never empty, so two overlap exactly when they share a character: the characters
    already taken are marked, and each candidate costs its own length (linear in the text)."""
    ranked = sorted(candidates, key=lambda c: (-(c.end - c.start), -c.priority, c.start))
    size = max((c.end for c in ranked), default=0)
    taken_chars = bytearray(size)
    taken: list[Candidate] = []
    for cand in ranked:
        if 1 in taken_chars[cand.start:cand.end]:
            continue
        taken_chars[cand.start:cand.end] = b"\x01" * (cand.end - cand.start)
        taken.append(cand)
    taken.sort(key=lambda c: c.start)
    return taken


def _windows(where: dict[str, list[tuple[int, int]]], keys: frozenset[str], size: int
             ) -> list[tuple[int, int]]:
    """Merged stretches of text within WINDOW characters of a key word."""
    spans = sorted(span for key in keys & where.keys() for span in where[key])
    windows: list[tuple[int, int]] = []
    for start, end in spans:
        low, high = max(0, start - WINDOW), min(size, end + WINDOW)
        if windows and low <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(windows[-1][1], high))
        else:
            windows.append((low, high))
    return windows


class TimeTagger:
    """Finds and resolves French time expressions. Build once (it compiles the grammar), tag many texts."""

    def __init__(self, lexicon_path: Path | str | None = None) -> None:
        self.lexicon = load_lexicon(lexicon_path)
        pieces = build_pieces(self.lexicon)
        self.rules = absolute_rules(pieces) + relative_rules(pieces) + span_rules(pieces)
        self.keys = frozenset().union(*(rule.keys for rule in self.rules))

    def candidates(self, text: str) -> list[Candidate]:
        """Every expression the rules find, overlaps settled, in text order (values not yet resolved).

        Each rule runs only in windows around its key words, which is most of the speed."""
        where: dict[str, list[tuple[int, int]]] = {DIGIT: []}
        keys = self.keys
        for token in TOKEN.finditer(text):
            word = token.group().lower()
            if word in keys:
                where.setdefault(word, []).append(token.span())
            if HAS_DIGIT.search(word):
                where[DIGIT].append(token.span())
        found = []
        for rule in self.rules:
            windows = _windows(where, rule.keys, len(text)) if rule.keys else [(0, len(text))]
            for low, high in windows:
                for m in rule.pattern.finditer(text, low, high):
                    if m.end() == m.start():
                        continue
                    for cand in rule.build(Match(m, text, self.lexicon)):
                        if cand.end > cand.start:
                            found.append(replace(cand, priority=rule.priority, rule=rule.name))
        return select(found)

    def tag(self, text: str, anchor: dt.date | None, doc: Any = None,
            month: tuple[int, int] | None = None) -> list[Timex]:
        """All time expressions of `text`, resolved against `anchor` (the article's day).

        `doc`, spaCy's parse of the same text, lets the verb's tense decide which way a bare weekday
        points; without it, tense cues are read from the text. Without an anchor, relative expressions
        get the value None, unless `month` (year, month) is known: then those that need only the month
        or the year ("l'an dernier", "septembre dernier", "le 21 janvier") are resolved.
        """
        starts = sentence_starts(text)
        tense: list[TextTense] = []

        def sentence_of(position: int) -> tuple[int, int]:
            i = bisect.bisect_right(starts, position) - 1
            return starts[i], starts[i + 1] if i + 1 < len(starts) else len(text)

        def direction_of(start: int, end: int) -> str | None:
            if doc is not None:
                found = doc_direction(doc, start, end)
                if found is not None:
                    return found
            if not tense:
                tense.append(TextTense(text, starts))
            return tense[0].direction(start, end)

        year_month = (anchor.year, anchor.month) if anchor is not None else month
        ctx = Context(text, anchor, year_month, direction_of, sentence_of)
        cands = self.candidates(text)
        out = []
        for i, cand in enumerate(cands):
            if cand.clock:
                day = self._adjacent_day(text, cands, i, ctx)
                if day is not None:
                    ctx.ref_day = day
            kind, value = cand.resolve(ctx)
            ctx.remember(cand.start, value, cand.explicit_year)
            out.append(Timex(cand.start, cand.end, text[cand.start:cand.end], kind, value))
        return out

    @staticmethod
    def _adjacent_day(text: str, cands: list[Candidate], i: int, ctx: Context) -> dt.date | None:
        """The day of a date written right after a clock time ('à 4 h mardi', 'vers 0 h 40, jeudi')."""
        if i + 1 >= len(cands) or not ADJACENT.match(text[cands[i].end:cands[i + 1].start]):
            return None
        nxt = cands[i + 1]
        if nxt.clock:
            return None
        _, value = nxt.resolve(ctx)
        match = DAY_VALUE.match(value or "")
        if not match:
            return None
        try:
            return dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        except ValueError:
            return None
