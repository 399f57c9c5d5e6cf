"""The corpus store: DuckDB schema and migrations, ingest, de-duplication and the query functions.

The only code in Vigie that speaks SQL. See README "The store" for the tables and how to open the file
from DuckDB, pandas or R.
"""

from .database import Store, StoreError
from .dedup import Rules
from .filters import EventFilter
from .geo import places
from .ingest import IngestReport, coder_fingerprint, finish, ingest
from .queries import actors, article, count_events, event, events, ingest_errors, mentions, network, stats, timeline

__all__ = ["EventFilter", "IngestReport", "Rules", "Store", "StoreError", "actors", "article", "coder_fingerprint",
           "count_events", "event", "events", "finish", "ingest", "ingest_errors", "mentions", "network", "places",
           "stats", "timeline"]
