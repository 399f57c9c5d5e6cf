"""The store's tables, and the migrations that bring an older store file up to SCHEMA_VERSION.

Each migration is a list of statements run in one transaction; `meta.schema_version` says which ran.
A store file newer than this Vigie is refused (StoreError) rather than silently misread.
"""

from __future__ import annotations

ACTOR_COLUMNS = ("text", "name", "code", "country", "role", "wikidata", "kind")
PLACE_COLUMNS = ("name", "country", "lat", "lon", "geonames_id")

_ACTOR_TYPES = {"text": "VARCHAR", "name": "VARCHAR", "code": "VARCHAR", "country": "VARCHAR",
                "role": "VARCHAR", "wikidata": "VARCHAR", "kind": "VARCHAR"}
_PLACE_TYPES = {"name": "VARCHAR", "country": "VARCHAR", "lat": "DOUBLE", "lon": "DOUBLE",
                "geonames_id": "BIGINT"}


def _side_columns(prefix: str) -> str:
    return ",\n".join(f"    {prefix}_{name} {kind}" for name, kind in _ACTOR_TYPES.items())


def _place_columns() -> str:
    return ",\n".join(f"    location_{name} {kind}" for name, kind in _PLACE_TYPES.items())


# The contract's fields (../shared/EVENTS.md) as columns: shared by `mentions` (what one sentence
# reports) and `events` (the de-duplicated event, its fields taken from its best mention).
def _contract_columns() -> str:
    return f"""    doc_id VARCHAR NOT NULL,
    sentence VARCHAR NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    trigger VARCHAR NOT NULL,
    trigger_start INTEGER,
    trigger_end INTEGER,
    code VARCHAR NOT NULL,
    root VARCHAR NOT NULL,
    quad_class INTEGER NOT NULL,
    goldstein DOUBLE NOT NULL,
    plover VARCHAR,
{_side_columns("source")},
{_side_columns("target")},
    date VARCHAR,
    date_text VARCHAR,
    mode VARCHAR NOT NULL,
{_place_columns()},
    confidence DOUBLE,
    target_inferred BOOLEAN NOT NULL DEFAULT FALSE,
    article_date VARCHAR"""


def _version_1() -> list[str]:
    return [
        "CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL)",
        """CREATE TABLE articles (
    hash VARCHAR PRIMARY KEY,
    text_hash VARCHAR NOT NULL,
    id VARCHAR NOT NULL,
    url VARCHAR,
    source VARCHAR,
    date VARCHAR,
    title VARCHAR,
    text VARCHAR NOT NULL,
    lang VARCHAR NOT NULL,
    origin VARCHAR,
    coder VARCHAR NOT NULL,
    num_mentions INTEGER NOT NULL
)""",
        "CREATE INDEX articles_id ON articles (id)",
        f"""CREATE TABLE mentions (
    key VARCHAR PRIMARY KEY,
    article_hash VARCHAR NOT NULL,
    id VARCHAR NOT NULL,
    event_id VARCHAR,
    block VARCHAR NOT NULL,
    in_lead BOOLEAN NOT NULL,
    sentence_norm VARCHAR NOT NULL,
    record JSON NOT NULL,
{_contract_columns()}
)""",
        f"""CREATE TABLE events (
    id VARCHAR PRIMARY KEY,
    block VARCHAR NOT NULL,
    date_from DATE,
    date_to DATE,
    is_root_event BOOLEAN NOT NULL,
    num_mentions INTEGER NOT NULL,
    num_sources INTEGER NOT NULL,
    num_articles INTEGER NOT NULL,
    source_url VARCHAR,
{_contract_columns()}
)""",
        """CREATE TABLE actors (
    key VARCHAR PRIMARY KEY,
    code VARCHAR,
    country VARCHAR,
    role VARCHAR,
    name VARCHAR,
    wikidata VARCHAR,
    kind VARCHAR,
    texts VARCHAR[] NOT NULL,
    as_source INTEGER NOT NULL,
    as_target INTEGER NOT NULL,
    first_date DATE,
    last_date DATE
)""",
        """CREATE TABLE ingest_errors (
    origin VARCHAR NOT NULL,
    path VARCHAR NOT NULL,
    line INTEGER,
    kind VARCHAR NOT NULL,
    message VARCHAR NOT NULL,
    hint VARCHAR,
    PRIMARY KEY (origin, message)
)""",
        "CREATE TABLE dirty_blocks (block VARCHAR PRIMARY KEY)",
    ]


# version -> the statements that bring a store at version-1 to it. Append, never edit a released one.
MIGRATIONS: dict[int, list[str]] = {1: _version_1()}
SCHEMA_VERSION = max(MIGRATIONS)

# The tables a user's data lives in (what the kill test compares; the FTS index is derived).
DATA_TABLES = ("articles", "mentions", "events", "actors", "ingest_errors")
