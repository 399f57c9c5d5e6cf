"""What resolving an expression needs besides its words: the anchor, the tense, what came before."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from . import calendar as cal

DAY_VALUE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
YEAR_VALUE = re.compile(r"^(\d{4})(?:-|$)")


@dataclass
class Context:
    """The state of one `TimeTagger.tag` call, read and updated by the resolvers in text order.

    `anchor` is the article's day; `year_month` is known even when the day is not (month-only
    article dates). `ref_day` is the last day an expression named (the reference for "le lendemain",
    "à 14 h"); `ref_years` the explicit years named, by sentence (for "en janvier" after "en 1997").
    """

    text: str
    anchor: dt.date | None
    year_month: tuple[int, int] | None
    direction_of: Callable[[int, int], str | None]
    sentence_of: Callable[[int], tuple[int, int]]
    ref_day: dt.date | None = None
    ref_years: dict[int, int] = field(default_factory=dict)
    sentence_days: dict[int, dt.date] = field(default_factory=dict)

    def direction(self, start: int, end: int) -> str | None:
        """calendar.PAST, calendar.FUTURE, tense.PRESENT or None (no cue)."""
        return self.direction_of(start, end)

    def reference_day(self) -> dt.date | None:
        """The day relative anaphors count from: the last day named, else the anchor."""
        return self.ref_day or self.anchor

    def sentence_year(self, position: int) -> int | None:
        return self.ref_years.get(self.sentence_of(position)[0])

    def sentence_day(self, position: int) -> dt.date | None:
        return self.sentence_days.get(self.sentence_of(position)[0])

    def remember(self, start: int, value: str | None, explicit_year: bool) -> None:
        """Record a resolved value: a day becomes the reference day; an explicit year, the sentence's year."""
        if value is None:
            return
        sentence = self.sentence_of(start)[0]
        day = DAY_VALUE.match(value)
        if day:
            try:
                self.ref_day = dt.date(int(day.group(1)), int(day.group(2)), int(day.group(3)))
            except ValueError:
                return
            self.sentence_days[sentence] = self.ref_day
        year = YEAR_VALUE.match(value)
        if explicit_year and year:
            self.ref_years[sentence] = int(year.group(1))


def part_value(day: dt.date | None, part: str) -> str | None:
    """'2022-01-31TEV' for an evening; None without a day."""
    return f"{day.isoformat()}T{part}" if day else None


def clock_value(day: dt.date | None, hour: int, minute: int) -> str:
    """'2022-01-31T14:30', or 'XXXX-XX-XXT14:30' when the day is unknown."""
    prefix = day.isoformat() if day else "XXXX-XX-XX"
    return f"{prefix}T{hour:02d}:{minute:02d}"


def relative_unit(ctx: Context, unit: str, offset: int, reference: bool = False) -> str | None:
    """This/last/next week, month, year, weekend, century... from the anchor (or the reference day)."""
    day = ctx.reference_day() if reference else ctx.anchor
    if unit in ("W", "WE"):
        if day is None:
            return None
        value = cal.week_value(cal.shift_day(day, 7 * offset))
        return value + "-WE" if unit == "WE" else value
    if day is not None:
        year, month = day.year, day.month
    elif ctx.year_month is not None and not reference:
        year, month = ctx.year_month
    else:
        return None
    if unit == "M":
        return cal.month_value(*cal.add_months(year, month, offset))
    if unit == "Y":
        return f"{year + offset:04d}"
    if unit == "Q":
        quarter = (month - 1) // 3 + offset
        return f"{year + quarter // 4:04d}-Q{quarter % 4 + 1}"
    if unit == "H":
        half = (month - 1) // 6 + offset
        return f"{year + half // 2:04d}-H{half % 2 + 1}"
    if unit == "C":
        return f"{(year // 100) + offset:02d}XX"
    if unit == "E":
        return f"{(year // 10) + offset:03d}X"
    return None


def offset_value(ctx: Context, unit: str, amount: float) -> str | None:
    """'il y a trois jours' / 'dans deux semaines': the anchor moved by an amount, at the unit's grain."""
    if ctx.anchor is None:
        if unit in ("M", "Y") and ctx.year_month is not None:
            year, month = ctx.year_month
        else:
            return None
    else:
        year, month = ctx.anchor.year, ctx.anchor.month
    whole = int(amount)
    if whole != amount:
        return None
    if unit == "D" and ctx.anchor:
        return cal.shift_day(ctx.anchor, whole).isoformat()
    if unit == "W" and ctx.anchor:
        return cal.shift_day(ctx.anchor, 7 * whole).isoformat()
    if unit == "M":
        return cal.month_value(*cal.add_months(year, month, whole))
    if unit == "Y":
        return f"{year + whole:04d}"
    return None


def season_year(ctx: Context, season: str, relation: str | None, start: int, end: int,
                use_tense: bool = True) -> int | None:
    """The year of 'l'été', 'l'hiver dernier', 'cet automne'. Winter belongs to the year it starts in."""
    if ctx.year_month is None:
        return None
    year, month = ctx.year_month
    first = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[season]
    # which season-year the anchor is in, and whether this season is over, under way or to come
    current = year - 1 if season == "WI" and month <= 2 else year
    begun = month >= first or (season == "WI" and month <= 2)
    over = begun and not (first <= month < first + 3 or (season == "WI" and month <= 2))
    direction = relation or (ctx.direction(start, end) if use_tense else None)
    if direction == cal.PAST:
        return current if begun and (over or relation is None) else current - 1
    if direction == cal.FUTURE:
        return current if not over else current + 1
    return current
