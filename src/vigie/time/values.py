"""From TimeML values to the event contract's date."""

from __future__ import annotations

import re

DAY = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:T.*)?$")
WEEK = re.compile(r"^(\d{4}-W\d{2})(?:-WE)?$")
MONTH = re.compile(r"^(\d{4}-\d{2})$")


def event_date(value: str | None) -> str | None:
    """'2022-01-31TEV' -> '2022-01-31'; '2022-W05' (and its weekend) -> '2022-W05'; '2022-01' -> '2022-01';
    anything else (a year, a season, a duration, 'PRESENT_REF', 'XXXX-09-26') -> None."""
    if not value:
        return None
    for pattern in (DAY, WEEK, MONTH):
        match = pattern.match(value)
        if match:
            return match.group(1)
    return None
