"""Session fixtures: the spaCy pipeline and the engine are expensive, so they are built once."""

from __future__ import annotations

from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.fixture(scope="session")
def nlp():
    from vigie.pipeline import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def engine():
    from vigie.engine import Engine

    return Engine.load()


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return FIXTURES / "seed_2022-02.txt"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not (SHARED / "eval" / "score_events.py").exists():
        pytest.skip("../shared is not beside this checkout")
    return SHARED


@pytest.fixture(scope="session")
def multi_store(engine, tmp_path_factory):
    """A store of the multi-report corpus (events told by several outlets) and the seed article."""
    from vigie.articles import read_articles
    from vigie.store import Store, ingest

    store = Store.open(tmp_path_factory.mktemp("store") / "multi.duckdb")
    ingest(store, read_articles([str(FIXTURES / "multi_report.jsonl"), str(FIXTURES / "seed_2022-02.txt")]),
           engine.code, "test coder")
    yield store
    store.close()
