"""Stores built once per session from the fixtures with the real engine."""

from __future__ import annotations

from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
MULTI_REPORT = FIXTURES / "multi_report.jsonl"
CODER = "test coder"


def build(path: Path | str, engine, inputs: list[Path], coder: str = CODER, **kwargs):
    from vigie.articles import read_articles
    from vigie.store import Store, ingest

    store = Store.open(path)
    report = ingest(store, read_articles([str(p) for p in inputs]), engine.code, coder, **kwargs)
    return store, report


@pytest.fixture(scope="session")
def multi_store(engine, tmp_path_factory):
    """The multi-report corpus (one event told by several outlets) and the seed article, ingested."""
    path = tmp_path_factory.mktemp("store") / "multi.duckdb"
    store, _ = build(path, engine, [MULTI_REPORT, FIXTURES / "seed_2022-02.txt"])
    yield store
    store.close()
