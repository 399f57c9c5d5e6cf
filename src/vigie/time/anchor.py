"""The day of an article whose date gives only the month (seed header ' date 2022-02').

Cues: a day named with its weekday ("mardi 1er février") spoken of as ahead ("doit s'entretenir")
puts the article on or a few days before it; spoken of as past, on or a few days after it. "aujourd'hui
mardi", "ce mardi 1er février" give the weekday or the day itself; "hier lundi" the day after.
Each day of the month is scored against the cues; the confidence says how few days fit best.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from . import calendar as cal
from .lexicon import Lexicon, load_lexicon
from .pieces import build_pieces
from .tense import TextTense

CONFIDENT = 0.6  # below this, use the month, not the guessed day
NEAR = 6  # a day named by its weekday is within this many days of the article


@dataclass(frozen=True)
class AnchorGuess:
    date: dt.date
    confidence: float
    evidence: str


@dataclass(frozen=True)
class ArticleAnchor:
    """What an article's date gives the tagger: a day when known or confidently inferred, else the month."""

    day: dt.date | None
    year_month: tuple[int, int] | None
    guess: AnchorGuess | None = None


@dataclass(frozen=True)
class _Cue:
    # 'dated': a day with its weekday; 'plain': a day without one; 'today': the article's day;
    # 'weekday': the article's weekday
    kind: str
    day: dt.date | None
    weekday: int | None
    direction: str | None
    text: str


@lru_cache(maxsize=1)
def _patterns() -> tuple[Lexicon, re.Pattern[str], re.Pattern[str]]:
    lexicon = load_lexicon()
    pieces = build_pieces(lexicon)
    dated = pieces.expand(r"(?:(?P<today>aujourd{A}hui|ce)\s*,?\s+)?(?:(?P<wd>{WD})\s+)?(?P<day>{DAY})\s+"
                          r"(?P<month>{MONTH})(?:\s+(?P<year>{YEAR}))?")
    deictic = pieces.expand(r"(?P<word>aujourd{A}hui|hier|demain)\s*,?\s+(?P<wd>{WD})(?!\s+\d)")
    return lexicon, dated, deictic


def _cues(text: str, year: int, month: int) -> list[_Cue]:
    lexicon, dated, deictic = _patterns()
    tense = TextTense(text)
    cues = []
    for m in dated.finditer(text):
        day_text = m.group("day").lower()
        day = 1 if day_text in ("1er", "1re", "premier") else int(day_text)
        mention_month = int(lexicon.value("month", m.group("month")))
        years = [int(m.group("year"))] if m.group("year") else [year - 1, year, year + 1]
        weekday = lexicon.value("weekday", m.group("wd")) if m.group("wd") else None
        fits = [dt.date(y, mention_month, day) for y in years if cal.valid_day(y, mention_month, day)]
        if weekday is not None:
            fits = [d for d in fits if d.isoweekday() == weekday]
        fits = [d for d in fits if abs((d - dt.date(year, month, 15)).days) < 200]
        if len(fits) != 1:
            continue
        kind = "today" if m.group("today") else "dated" if weekday is not None else "plain"
        cues.append(_Cue(kind, fits[0], None, tense.direction(*m.span()), m.group(0)))
    for m in deictic.finditer(text):
        weekday = int(lexicon.value("weekday", m.group("wd")))
        shift = {"hier": 1, "demain": -1}.get(m.group("word").lower(), 0)
        cues.append(_Cue("weekday", None, (weekday - 1 + shift) % 7 + 1, None, m.group(0)))
    return cues


def _score(day: dt.date, cue: _Cue) -> float:
    if cue.kind == "weekday":
        return 3.0 if day.isoweekday() == cue.weekday else -3.0
    gap = (cue.day - day).days  # > 0: the mentioned day is after the article's
    if cue.kind == "today":
        return 3.0 if gap == 0 else -3.0
    near, weight = (NEAR, 2.0) if cue.kind == "dated" else (31, 0.3)
    if cue.direction == cal.FUTURE:
        return (weight if gap <= near else weight / 4) if gap >= 0 else -3.0
    if cue.direction == cal.PAST:
        return (weight if -gap <= near else weight / 4) if gap <= 0 else -3.0
    return weight / 2 if cue.kind == "dated" and abs(gap) <= near else 0.0


def infer_anchor(text: str, year: int, month: int) -> AnchorGuess | None:
    """The article's day inferred from its text, with a confidence in [0, 1]; None without any cue."""
    cues = [c for c in _cues(text, year, month) if c.kind != "plain" or c.direction is not None]
    if not any(c.kind != "plain" for c in cues):
        return None
    days = [dt.date(year, month, d) for d in range(1, calendar.monthrange(year, month)[1] + 1)]
    scores = {day: sum(_score(day, cue) for cue in cues) for day in days}
    best = max(scores.values())
    if best <= 0:
        return None
    tied = [day for day in days if scores[day] == best]
    chosen = tied[len(tied) // 2]
    confidence = round(min(0.95, 0.5 + 0.25 * best) / len(tied), 3)
    used = [c for c in cues if _score(chosen, c) > 0]
    evidence = "; ".join(
        f"{c.text!r}" + (f" ({c.direction})" if c.direction else "") for c in used[:4])
    if len(tied) > 1:
        evidence += f"; {len(tied)} days fit equally ({tied[0]} to {tied[-1]})"
    return AnchorGuess(chosen, confidence, evidence)


def article_anchor(date: str | None, text: str, threshold: float = CONFIDENT) -> ArticleAnchor:
    """The anchor for an article dated 'YYYY-MM-DD' (the day), 'YYYY-MM' (an inferred day when the text
    is clear enough, else the month) or None (nothing)."""
    if not date:
        return ArticleAnchor(None, None)
    parts = date.split("-")
    year, month = int(parts[0]), int(parts[1])
    if len(parts) == 3 and cal.valid_day(year, month, int(parts[2])):
        return ArticleAnchor(dt.date(year, month, int(parts[2])), (year, month))
    guess = infer_anchor(text, year, month)
    if guess is not None and guess.confidence >= threshold:
        return ArticleAnchor(guess.date, (year, month), guess)
    return ArticleAnchor(None, (year, month), guess)
