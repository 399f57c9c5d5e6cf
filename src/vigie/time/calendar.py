"""Calendar arithmetic for resolving French time expressions: weeks, months, weekdays, Easter."""

from __future__ import annotations

import calendar
import datetime as dt

PAST, FUTURE = "past", "future"


def day_value(day: dt.date) -> str:
    return day.isoformat()


def week_value(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def month_value(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def add_months(year: int, month: int, months: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + months
    return index // 12, index % 12 + 1


def shift_day(day: dt.date, days: int) -> dt.date:
    return day + dt.timedelta(days=days)


def valid_day(year: int, month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]


def weekday_near(anchor: dt.date, weekday: int, direction: str | None, strict: bool = False) -> dt.date:
    """The day of ISO `weekday` (1 = Monday) nearest the anchor in `direction`.

    past: the latest such day on or before the anchor (strictly before when `strict`, "vendredi dernier");
    future: the earliest on or after it (strictly after when `strict`, "lundi prochain");
    None: the nearest of the two, the past one on a tie.
    """
    back = (anchor.isoweekday() - weekday) % 7
    ahead = (weekday - anchor.isoweekday()) % 7
    if strict:
        back = back or 7
        ahead = ahead or 7
    if direction == PAST:
        return shift_day(anchor, -back)
    if direction == FUTURE:
        return shift_day(anchor, ahead)
    return shift_day(anchor, -back) if back <= ahead else shift_day(anchor, ahead)


def year_for_day(anchor: dt.date, month: int, day: int, direction: str | None,
                 weekday: int | None = None) -> int | None:
    """The year of "<day> <month>" said on `anchor`: a weekday given with it decides when it can;
    else past = the latest such day on or before the anchor, future = the next on or after it,
    None = the one nearest the anchor."""
    years = [y for y in (anchor.year - 1, anchor.year, anchor.year + 1) if valid_day(y, month, day)]
    if not years:
        return None
    if weekday is not None:
        fitting = [y for y in years if dt.date(y, month, day).isoweekday() == weekday]
        if fitting:
            return min(fitting, key=lambda y: abs((dt.date(y, month, day) - anchor).days))
    dates = {y: dt.date(y, month, day) for y in years}
    if direction == PAST:
        before = [y for y in years if dates[y] <= anchor]
        if before:
            return max(before)
    elif direction == FUTURE:
        after = [y for y in years if dates[y] >= anchor]
        if after:
            return min(after)
    return min(years, key=lambda y: (abs((dates[y] - anchor).days), -y))


def year_for_month(anchor_year: int, anchor_month: int, month: int, direction: str | None,
                   strict: bool = False) -> int:
    """The year of a month named alone: past = latest on or before the anchor's month (strictly
    before when `strict`, "septembre dernier"), future = next on or after it, None = the anchor's year."""
    if direction == PAST:
        before = month < anchor_month or (month == anchor_month and not strict)
        return anchor_year if before else anchor_year - 1
    if direction == FUTURE:
        after = month > anchor_month or (month == anchor_month and not strict)
        return anchor_year if after else anchor_year + 1
    return anchor_year


def easter(year: int) -> dt.date:
    """Easter Sunday (Gregorian calendar, anonymous algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    leap = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * leap) // 451
    month = (h + leap - 7 * m + 114) // 31
    day = (h + leap - 7 * m + 114) % 31 + 1
    return dt.date(year, month, day)


def two_digit_year(yy: int, anchor_year: int | None) -> int:
    """'97' -> 1997, '03' -> 2003: the century that puts the year at most ten years after the anchor
    (without an anchor: 00-30 are 2000s, 31-99 the 1900s)."""
    if anchor_year is None:
        return 2000 + yy if yy <= 30 else 1900 + yy
    base = anchor_year
    year = (base // 100) * 100 + yy
    if year > base + 10:
        year -= 100
    return year
