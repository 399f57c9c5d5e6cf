"""Opening a store file: one DuckDB database, migrated to the current schema, with full-text search.

    store = Store.open("vigie.duckdb")                  # read-write, created and migrated if needed
    store = Store.open("vigie.duckdb", read_only=True)  # for queries (the API, exports)

DuckDB lets one process write a file, or several processes read it: open read-only to query while
no ingest runs. Full-text search uses DuckDB's `fts` extension from the `duckdb-ext-fts` package
(installed with Vigie, matched to DuckDB's version, loaded from disk: never downloaded); when it
cannot be loaded, text search falls back to a substring match over accent- and case-folded sentences.
"""

from __future__ import annotations

import contextlib
import importlib.util
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import duckdb

from ..errors import VigieError
from .schema import MIGRATIONS, SCHEMA_VERSION


class StoreError(VigieError):
    """The store file cannot be opened, is too new, or a query is wrong: says what to do."""


def fts_extension_path(version: str | None = None, platform: str | None = None) -> Path | None:
    """The `fts` extension file shipped by the duckdb-ext-fts package for this DuckDB, or None."""
    spec = importlib.util.find_spec("duckdb_ext")
    if spec is None or not spec.submodule_search_locations:
        return None
    version = version or duckdb.__version__
    for root in spec.submodule_search_locations:
        folder = Path(root) / "extensions" / f"v{version}"
        candidates = sorted(folder.glob(f"{platform or '*'}/fts.duckdb_extension"))
        if candidates:
            return candidates[0]
    return None


class Store:
    """A connection to one store file. Use `Store.open`; close it (or use `with`) when done."""

    def __init__(self, connection: duckdb.DuckDBPyConnection, path: str, read_only: bool, fts: bool):
        self.connection = connection
        self.path = path
        self.read_only = read_only
        self.fts = fts  # True when the fts extension is loaded (text search ranks with BM25)

    @classmethod
    def open(cls, path: str | Path, read_only: bool = False, use_fts: bool = True) -> Store:
        """Open (creating and migrating unless read-only) the store at `path`; ':memory:' for a scratch one."""
        name = str(path)
        if read_only and name != ":memory:" and not Path(name).is_file():
            raise StoreError(f"{name}: no store there; create one with `vigie ingest ARTICLES --db {name}`")
        if name != ":memory:" and Path(name).parent and not Path(name).parent.exists():
            raise StoreError(f"{name}: folder {Path(name).parent} does not exist; create it or give another --db")
        config = {"autoinstall_known_extensions": False, "autoload_known_extensions": False}
        try:
            connection = duckdb.connect(name, read_only=read_only, config=config)
        except duckdb.IOException as err:
            raise StoreError(f"{name}: cannot be opened ({err}); if another vigie ingest is writing it, "
                             "wait for it to finish, or open it read-only") from err
        except duckdb.Error as err:
            raise StoreError(f"{name}: not a Vigie store DuckDB can read ({err})") from err
        store = cls(connection, name, read_only, fts=use_fts and _load_fts(connection))
        store._migrate()
        return store

    def close(self) -> None:
        self.connection.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def version(self) -> int:
        """The schema version the file is at (0 for an empty file)."""
        tables = self.fetchall("SELECT table_name FROM information_schema.tables WHERE table_name = 'meta'")
        if not tables:
            return 0
        row = self.fetchone("SELECT value FROM meta WHERE key = 'schema_version'")
        return int(row[0]) if row else 0

    def _migrate(self) -> None:
        current = self.version()
        if current > SCHEMA_VERSION:
            raise StoreError(f"{self.path}: store schema version {current} is newer than this Vigie's "
                             f"({SCHEMA_VERSION}); upgrade Vigie to read it")
        if current == SCHEMA_VERSION:
            return
        if self.read_only:
            raise StoreError(f"{self.path}: store schema version {current} is older than {SCHEMA_VERSION}; "
                             "open it once read-write (e.g. `vigie ingest --db FILE`) to migrate it")
        for version in range(current + 1, SCHEMA_VERSION + 1):
            with self.transaction():
                for statement in MIGRATIONS[version]:
                    self.connection.execute(statement)
                self.connection.execute(
                    "INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [str(version)])

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """BEGIN … COMMIT, rolled back if anything inside raises (or the process dies)."""
        self.connection.execute("BEGIN TRANSACTION")
        try:
            yield
        except BaseException:
            self.connection.execute("ROLLBACK")
            raise
        self.connection.execute("COMMIT")

    def execute(self, sql: str, parameters: Sequence[Any] | None = None) -> duckdb.DuckDBPyConnection:
        return self.connection.execute(sql, parameters or [])

    def fetchall(self, sql: str, parameters: Sequence[Any] | None = None) -> list[tuple]:
        return self.connection.execute(sql, parameters or []).fetchall()

    def fetchone(self, sql: str, parameters: Sequence[Any] | None = None) -> tuple | None:
        return self.connection.execute(sql, parameters or []).fetchone()

    def dicts(self, sql: str, parameters: Sequence[Any] | None = None) -> list[dict[str, Any]]:
        """Rows as dicts keyed by column name."""
        cursor = self.connection.execute(sql, parameters or [])
        names = [column[0] for column in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def rebuild_text_index(self) -> None:
        """Re-index the mentions' sentences for `match_bm25` (DuckDB's FTS index is not incremental)."""
        if not self.fts or self.read_only:
            return
        self.connection.execute(
            "PRAGMA create_fts_index('mentions', 'key', 'sentence', stemmer='french', "
            "stopwords='none', strip_accents=1, lower=1, overwrite=1)")
        self.connection.execute("INSERT OR REPLACE INTO meta VALUES ('text_index', 'fresh')")

    def text_index_ready(self) -> bool:
        if not self.fts:
            return False
        row = self.fetchone("SELECT value FROM meta WHERE key = 'text_index'")
        return bool(row) and row[0] == "fresh"


def _load_fts(connection: duckdb.DuckDBPyConnection) -> bool:
    path = fts_extension_path()
    if path is None:
        return False
    try:
        connection.execute(f"LOAD '{_quoted(path)}'")  # LOAD takes no bound parameter; the path is ours
    except duckdb.Error:
        return False
    return True


def _quoted(path: Path) -> str:
    return str(path).replace("'", "''")
