"""Publication dates as the readers take them: 'YYYY-MM-DD' or 'YYYY-MM', real and in range."""

from __future__ import annotations

import calendar
import re

DATE_VALUE = re.compile(r"^(\d{4})-(\d{2})(?:-(\d{2}))?(?:[T ].*)?$")
FIRST_YEAR, LAST_YEAR = 1000, 2999  # dates outside are refused: the calendar arithmetic stays in range


def check_date(value: object) -> tuple[str | None, str]:
    """(date, '') for a good date; (None, why) otherwise ('2022-02-30 is not a day of February 2022')."""
    if not isinstance(value, str):
        return None, f"{value!r} is not a date string"
    match = DATE_VALUE.match(value.strip())
    if not match:
        return None, f"{value!r} is not YYYY-MM-DD or YYYY-MM"
    year, month, day = match.groups()
    if not FIRST_YEAR <= int(year) <= LAST_YEAR:
        return None, f"{value!r} is out of range (years {FIRST_YEAR} to {LAST_YEAR})"
    if not 1 <= int(month) <= 12:
        return None, f"{value!r} has no month {month}"
    if day is None:
        return f"{year}-{month}", ""
    if not 1 <= int(day) <= calendar.monthrange(int(year), int(month))[1]:
        return None, f"{value!r} is not a day: {calendar.month_name[int(month)]} {year} has no day {int(day)}"
    return f"{year}-{month}-{day}", ""


def normalise_date(value: object) -> str | None:
    """'2022-02-01', '2022-02', '2022-02-01T10:00:00Z' -> 'YYYY-MM-DD' or 'YYYY-MM'; None if not a date."""
    return check_date(value)[0]
