"""The store's query functions: plain functions of a Store and typed arguments, returning plain dicts.

The CLI, the exports and the HTTP API all call these; there is no other SQL outside this package.
Open the store read-only to query (`Store.open(path, read_only=True)`).

Event dicts have the contract's shape (../shared/EVENTS.md: `source`/`target`/`location` nested)
plus `num_mentions`, `num_sources`, `num_articles`, `is_root_event`, `date_from`, `date_to`, `source_url`.
"""

from __future__ import annotations

import json
from typing import Any

from .database import Store, StoreError
from .filters import EventFilter, where
from .schema import ACTOR_COLUMNS, PLACE_COLUMNS

PERIODS = ("day", "week", "month")
_TRUNCATE = {"day": "date_trunc('day', e.date_from)", "week": "date_trunc('week', e.date_from)",
             "month": "date_trunc('month', e.date_from)"}
_EVENT_EXTRA = ("num_mentions", "num_sources", "num_articles", "is_root_event", "date_from", "date_to",
                "source_url")


def nest(row: dict[str, Any]) -> dict[str, Any]:
    """A flat events/mentions row → the contract's shape (actors and place as objects, or None)."""
    out = dict(row)
    for side in ("source", "target"):
        actor = {name: out.pop(f"{side}_{name}") for name in ACTOR_COLUMNS}
        out[side] = actor if actor["code"] is not None or actor["text"] is not None else None
    place = {name: out.pop(f"location_{name}") for name in PLACE_COLUMNS}
    out["location"] = {k: v for k, v in place.items() if v is not None} if place["name"] is not None else None
    for name in ("date_from", "date_to"):
        if out.get(name) is not None:
            out[name] = out[name].isoformat()
    out.pop("block", None)
    if not out.get("target_inferred"):
        out.pop("target_inferred", None)
    return out


def events(store: Store, filters: EventFilter | None = None, limit: int | None = 100, offset: int = 0
           ) -> list[dict[str, Any]]:
    """De-duplicated events matching `filters`, by date then id; `limit=None` for all of them."""
    clause, params = where(store, filters or EventFilter())
    sql = f"SELECT e.* FROM events e{clause} ORDER BY e.date_from NULLS LAST, e.id"
    if limit is not None:
        sql += " LIMIT ? OFFSET ?"
        params += [_count(limit, "limit"), _count(offset, "offset")]
    return [nest(row) for row in store.dicts(sql, params)]


def count_events(store: Store, filters: EventFilter | None = None) -> int:
    """How many events match `filters` (for pagination)."""
    clause, params = where(store, filters or EventFilter())
    return store.fetchone(f"SELECT count(*) FROM events e{clause}", params)[0]


def event(store: Store, event_id: str) -> dict[str, Any] | None:
    """One event with `mentions`: every sentence that reports it, with its article (id, title, url, date)."""
    rows = store.dicts("SELECT * FROM events WHERE id = ?", [event_id])
    if not rows:
        return None
    out = nest(rows[0])
    out["mentions"] = mentions(store, event_id)
    return out


def mentions(store: Store, event_id: str) -> list[dict[str, Any]]:
    """The mentions of one event, in article order, each with its article's id, title, url, source, date."""
    rows = store.dicts(
        "SELECT m.key, m.id, m.event_id, m.in_lead, m.record, a.id AS article_id, a.title AS article_title, "
        "a.url AS article_url, a.source AS article_source, a.date AS article_published "
        "FROM mentions m JOIN articles a ON a.hash = m.article_hash WHERE m.event_id = ? "
        "ORDER BY a.date NULLS LAST, a.hash, m.start, m.key", [event_id])
    out = []
    for row in rows:
        record = json.loads(row.pop("record"))
        out.append({**record, "event_id": row["event_id"], "in_lead": row["in_lead"],
                    "article": {"id": row["article_id"], "title": row["article_title"], "url": row["article_url"],
                                "source": row["article_source"], "date": row["article_published"]}})
    return out


def article(store: Store, article_id: str) -> dict[str, Any] | None:
    """One article (by its id, or its content hash) with `spans`: each mention's sentence and trigger
    offsets, code and the event it belongs to, in text order."""
    rows = store.dicts("SELECT hash, id, url, source, date, title, text, lang, origin, coder, num_mentions "
                       "FROM articles WHERE id = ? OR hash = ? ORDER BY hash LIMIT 1", [article_id, article_id])
    if not rows:
        return None
    out = rows[0]
    out["spans"] = store.dicts(
        'SELECT start, "end", trigger_start, trigger_end, trigger, code, mode, event_id, id AS mention_id '
        'FROM mentions WHERE article_hash = ? ORDER BY start, trigger_start, key', [out["hash"]])
    return out


def actors(store: Store, top: int = 20, role: str | None = None) -> list[dict[str, Any]]:
    """The actors of the most events (as source plus as target), with the words the articles use."""
    sql = ("SELECT code, country, role, name, wikidata, kind, texts, as_source, as_target, "
           "as_source + as_target AS events, first_date, last_date FROM actors")
    params: list = []
    if role is not None:
        sql += " WHERE role = ?"
        params.append(role)
    sql += " ORDER BY events DESC, code, name NULLS FIRST LIMIT ?"
    params.append(_count(top, "top"))
    rows = store.dicts(sql, params)
    for row in rows:
        for name in ("first_date", "last_date"):
            row[name] = row[name].isoformat() if row[name] is not None else None
    return rows


def timeline(store: Store, source: str, target: str, by: str = "day", filters: EventFilter | None = None
             ) -> list[dict[str, Any]]:
    """Events of the dyad source→target per day, ISO week or month: counts per QuadClass (quad1…quad4),
    all events, mentions, and the Goldstein sum and mean. Periods with no event are left out."""
    if by not in PERIODS:
        raise StoreError(f"--by {by!r} is not one of {', '.join(PERIODS)}")
    base = filters or EventFilter()
    clause, params = where(store, EventFilter(**{**base.__dict__, "dyad": (source, target)}))
    clause += " AND e.date_from IS NOT NULL"
    sql = (f"SELECT {_TRUNCATE[by]} AS period, count(*) AS events, "
           "sum(e.num_mentions) AS mentions, "
           + ", ".join(f"count(*) FILTER (WHERE e.quad_class = {q}) AS quad{q}" for q in (1, 2, 3, 4))
           + ", sum(e.goldstein) AS goldstein_sum, avg(e.goldstein) AS goldstein_mean "
           f"FROM events e{clause} GROUP BY period ORDER BY period")
    rows = store.dicts(sql, params)
    for row in rows:
        row["period"] = _period_label(row["period"], by)
        row["goldstein_mean"] = round(row["goldstein_mean"], 3)
        row["goldstein_sum"] = round(row["goldstein_sum"], 3)
    return rows


def network(store: Store, filters: EventFilter | None = None, min_events: int = 1, limit: int = 200
            ) -> dict[str, list[dict[str, Any]]]:
    """The actor network: `edges` source→target (codes) with event counts, mean Goldstein and counts per
    QuadClass; `nodes` the actors on those edges with their event counts."""
    clause, params = where(store, filters or EventFilter())
    clause += (" AND " if clause else " WHERE ") + "e.source_code IS NOT NULL AND e.target_code IS NOT NULL"
    edges = store.dicts(
        "SELECT e.source_code AS source, e.target_code AS target, count(*) AS events, "
        "round(avg(e.goldstein), 3) AS goldstein_mean, "
        + ", ".join(f"count(*) FILTER (WHERE e.quad_class = {q}) AS quad{q}" for q in (1, 2, 3, 4))
        + f" FROM events e{clause} GROUP BY 1, 2 HAVING count(*) >= ? ORDER BY events DESC, 1, 2 LIMIT ?",
        params + [_count(min_events, "min_events"), _count(limit, "limit")])
    weight: dict[str, int] = {}
    for edge in edges:
        for side in ("source", "target"):
            weight[edge[side]] = weight.get(edge[side], 0) + edge["events"]
    nodes = [{"id": code, "events": count} for code, count in sorted(weight.items(), key=lambda kv: (-kv[1], kv[0]))]
    return {"nodes": nodes, "edges": edges}


def stats(store: Store) -> dict[str, Any]:
    """Counts of everything, the date range, events per root code and per mode, and the store's state."""
    one = store.fetchone
    out: dict[str, Any] = {
        "articles": one("SELECT count(*) FROM articles")[0],
        "mentions": one("SELECT count(*) FROM mentions")[0],
        "events": one("SELECT count(*) FROM events")[0],
        "actors": one("SELECT count(*) FROM actors")[0],
        "ingest_errors": one("SELECT count(*) FROM ingest_errors")[0],
        "schema_version": store.version(),
        "text_search": "fts" if store.text_index_ready() else "substring",
    }
    first, last = one("SELECT min(date_from), max(date_to) FROM events")
    out["first_date"] = first.isoformat() if first else None
    out["last_date"] = last.isoformat() if last else None
    out["by_root"] = dict(store.fetchall("SELECT root, count(*) FROM events GROUP BY root ORDER BY root"))
    out["by_mode"] = dict(store.fetchall("SELECT mode, count(*) FROM events GROUP BY mode ORDER BY mode"))
    return out


def ingest_errors(store: Store, limit: int = 100) -> list[dict[str, Any]]:
    """The inputs that could not be read or coded: origin (file:line), kind, message, hint."""
    return store.dicts("SELECT origin, path, line, kind, message, hint FROM ingest_errors "
                       "ORDER BY path, line NULLS FIRST, message LIMIT ?", [_count(limit, "limit")])


def _count(value: int, name: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise StoreError(f"{name} must be a whole number ≥ 0, not {value!r}")
    return value


def _period_label(period, by: str) -> str:
    if by == "week":
        year, week, _ = period.isocalendar()
        return f"{year}-W{week:02d}"
    return period.strftime("%Y-%m") if by == "month" else period.isoformat()
