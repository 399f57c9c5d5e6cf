"""Opening store files: creation, schema version, migrations, read-only, refusing what cannot be read."""

from __future__ import annotations

import duckdb
import pytest

from vigie.store import Store, StoreError
from vigie.store.database import fts_extension_path
from vigie.store.schema import DATA_TABLES, MIGRATIONS, SCHEMA_VERSION


def test_a_new_store_has_every_table_at_the_current_version(tmp_path) -> None:
    with Store.open(tmp_path / "v.duckdb") as store:
        assert store.version() == SCHEMA_VERSION
        tables = {row[0] for row in store.fetchall("SELECT table_name FROM information_schema.tables")}
        assert set(DATA_TABLES) <= tables


def test_reopening_migrates_nothing_and_keeps_rows(tmp_path) -> None:
    path = tmp_path / "v.duckdb"
    with Store.open(path) as store:
        store.execute("INSERT INTO ingest_errors VALUES ('a.txt', 'a.txt', NULL, 'input', 'is empty', NULL)")
    with Store.open(path) as store:
        assert store.fetchone("SELECT count(*) FROM ingest_errors")[0] == 1


def test_an_older_store_is_migrated(tmp_path, monkeypatch) -> None:
    path = tmp_path / "v.duckdb"
    with Store.open(path):
        pass
    upgraded = {**MIGRATIONS, SCHEMA_VERSION + 1: ["ALTER TABLE articles ADD COLUMN section VARCHAR"]}
    monkeypatch.setattr("vigie.store.database.MIGRATIONS", upgraded)
    monkeypatch.setattr("vigie.store.database.SCHEMA_VERSION", SCHEMA_VERSION + 1)
    with Store.open(path) as store:
        assert store.version() == SCHEMA_VERSION + 1
        columns = {row[0] for row in store.fetchall("DESCRIBE articles")}
        assert "section" in columns


def test_a_newer_store_is_refused(tmp_path) -> None:
    path = tmp_path / "v.duckdb"
    with Store.open(path) as store:
        store.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [str(SCHEMA_VERSION + 5)])
    with pytest.raises(StoreError, match="newer than this Vigie"):
        Store.open(path)


def test_read_only_needs_an_existing_store_and_cannot_write(tmp_path) -> None:
    with pytest.raises(StoreError, match="vigie ingest"):
        Store.open(tmp_path / "none.duckdb", read_only=True)
    path = tmp_path / "v.duckdb"
    Store.open(path).close()
    with Store.open(path, read_only=True) as store, pytest.raises(duckdb.Error):
        store.execute("DELETE FROM articles")


def test_not_a_database_is_a_clear_error(tmp_path) -> None:
    path = tmp_path / "notes.duckdb"
    path.write_text("ceci n'est pas une base\n" * 100, encoding="utf-8")
    with pytest.raises(StoreError, match="notes.duckdb"):
        Store.open(path)


def test_missing_folder_is_named(tmp_path) -> None:
    with pytest.raises(StoreError, match="does not exist"):
        Store.open(tmp_path / "nowhere" / "v.duckdb")


def test_the_fts_extension_ships_for_this_duckdb(tmp_path) -> None:
    assert fts_extension_path() is not None, "duckdb-ext-fts must match duckdb's version (pyproject.toml)"
    with Store.open(tmp_path / "v.duckdb") as store:
        assert store.fts
    with Store.open(tmp_path / "w.duckdb", use_fts=False) as store:
        assert not store.fts
