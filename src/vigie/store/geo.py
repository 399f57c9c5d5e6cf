"""Where events happen: the places of the de-duplicated events, with counts (for maps)."""

from __future__ import annotations

from typing import Any

from .database import Store, StoreError
from .filters import EventFilter, where


def places(store: Store, filters: EventFilter | None = None, limit: int = 500) -> list[dict[str, Any]]:
    """Located events grouped by place: name, country, lat, lon and event count, most events first."""
    if not isinstance(limit, int) or isinstance(limit, bool) or limit < 1:
        raise StoreError(f"limit must be a whole number ≥ 1, not {limit!r}")
    clause, params = where(store, filters or EventFilter())
    clause += (" AND " if clause else " WHERE ") + "e.location_lat IS NOT NULL AND e.location_lon IS NOT NULL"
    return store.dicts(
        "SELECT e.location_name AS name, e.location_country AS country, e.location_lat AS lat, "
        f"e.location_lon AS lon, count(*) AS count FROM events e{clause} "
        "GROUP BY 1, 2, 3, 4 ORDER BY count DESC, name LIMIT ?", params + [limit])
