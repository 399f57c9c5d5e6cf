"""Derived tables, rebuilt from `mentions` inside the ingest's last transaction: the de-duplicated
`events` (only the blocks that changed) and the `actors` list. Deterministic: the same mentions give
the same rows whatever order or how many runs they came in."""

from __future__ import annotations

from .database import Store
from .dedup import Cluster, Mention, Rules, best_mention, cluster, counts
from .rows import CONTRACT_COLUMNS, outlet

_MENTIONS_OF_BLOCK = """
SELECT m.key, m.article_hash, a.source, a.url, m.code, m.mode, m.date, m.article_date, a.date,
       m.source_role, m.target_role, m.location_country, m.start, m.in_lead, m.confidence
FROM mentions m JOIN articles a ON a.hash = m.article_hash
WHERE m.block = ?
"""


def refresh(store: Store, rules: Rules) -> int:
    """Re-cluster every block marked dirty, rebuild `actors`; returns the number of blocks redone."""
    blocks = [row[0] for row in store.fetchall("SELECT block FROM dirty_blocks ORDER BY block")]
    store.execute("CREATE OR REPLACE TEMP TABLE event_members (key VARCHAR, event_id VARCHAR)")
    store.execute("CREATE OR REPLACE TEMP TABLE event_heads (event_id VARCHAR, best_key VARCHAR, "
                  "block VARCHAR, date_from DATE, date_to DATE, is_root_event BOOLEAN, num_mentions INTEGER, "
                  "num_sources INTEGER, num_articles INTEGER, first_article VARCHAR)")
    members: list[tuple] = []
    heads: list[tuple] = []
    for block in blocks:
        for event in cluster(_block_mentions(store, block), rules):
            event_id = event.id()
            members.extend((mention.key, event_id) for mention in event.members)
            heads.append(_head(event, event_id, block, rules))
    if members:
        store.connection.executemany("INSERT INTO event_members VALUES (?, ?)", members)
        store.connection.executemany("INSERT INTO event_heads VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", heads)
    store.execute("DELETE FROM events WHERE block IN (SELECT block FROM dirty_blocks)")
    store.execute("UPDATE mentions SET event_id = em.event_id FROM event_members em WHERE mentions.key = em.key")
    columns = ", ".join(CONTRACT_COLUMNS)
    picked = ", ".join(f"m.{name}" for name in CONTRACT_COLUMNS)
    store.execute(f"""INSERT INTO events (id, block, date_from, date_to, is_root_event, num_mentions, num_sources,
                          num_articles, source_url, {columns})
                      SELECT h.event_id, h.block, h.date_from, h.date_to, h.is_root_event, h.num_mentions,
                             h.num_sources, h.num_articles, coalesce(a.url, a.origin), {picked}
                      FROM event_heads h JOIN mentions m ON m.key = h.best_key
                      JOIN articles a ON a.hash = h.first_article""")
    store.execute("DELETE FROM dirty_blocks")
    _rebuild_actors(store)
    return len(blocks)


def _block_mentions(store: Store, block: str) -> list[Mention]:
    out = []
    for (key, hash_, source, url, code, mode, date, event_article_date, article_date, source_role, target_role,
         place_country, start, in_lead, confidence) in store.fetchall(_MENTIONS_OF_BLOCK, [block]):
        out.append(Mention(key, hash_, outlet(source, url, hash_), code, mode, date,
                           event_article_date or article_date, source_role, target_role, place_country,
                           start, in_lead, confidence))
    return out


def _head(event: Cluster, event_id: str, block: str, rules: Rules) -> tuple:
    best = best_mention(event, rules)
    num_mentions, num_sources, num_articles = counts(event)
    first = min(event.members, key=lambda m: (m.article_date or "9999", m.article_hash))
    date_from, date_to = event.interval if event.interval else (None, None)
    return (event_id, best.key, block, date_from, date_to, any(m.in_lead for m in event.members),
            num_mentions, num_sources, num_articles, first.article_hash)


_ACTORS = """
INSERT INTO actors
SELECT key, min(code), min(country), min(role), min(name), min(wikidata),
       min(kind), list_sort(list_distinct(list(text))), count(*) FILTER (WHERE side = 'source'),
       count(*) FILTER (WHERE side = 'target'), min(date_from), max(date_to)
FROM (
    SELECT coalesce(source_code, '') || '|' || coalesce(source_name, '') AS key, source_code AS code,
           source_country AS country, source_role AS role, source_name AS name, source_wikidata AS wikidata,
           source_kind AS kind, source_text AS text, 'source' AS side, date_from, date_to
    FROM events WHERE source_code IS NOT NULL
    UNION ALL
    SELECT coalesce(target_code, '') || '|' || coalesce(target_name, ''), target_code, target_country,
           target_role, target_name, target_wikidata, target_kind, target_text, 'target', date_from, date_to
    FROM events WHERE target_code IS NOT NULL
)
GROUP BY key
"""


def _rebuild_actors(store: Store) -> None:
    store.execute("DELETE FROM actors")
    store.execute(_ACTORS)
