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
def targetless_engine(engine):
    """The same pipeline and resources, with a coder that keeps acts whose target it does not find: for
    tests of what is read (a mode, a speaker, a nested code) on sentences that name no target."""
    from vigie.engine import Engine

    return Engine(engine.nlp, engine.resources, require_target=False)


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


# The store and the HTTP API over it (tests/api, tests/web): the sample article and a few short articles.
@pytest.fixture(scope="session")
def api_db(engine, tmp_path_factory) -> str:
    from vigie.articles import read_articles
    from vigie.store import Store, ingest

    path = str(tmp_path_factory.mktemp("api") / "vigie.duckdb")
    inputs = [str(FIXTURES / name) for name in ("seed_2022-02.txt", "api_corpus.jsonl", "multi_report.jsonl")]
    with Store.open(path) as store:
        ingest(store, read_articles(inputs), engine.code, "api-tests")
    return path


@pytest.fixture(scope="session")
def app(api_db):
    from vigie.api.app import create_app

    return create_app(api_db)


@pytest.fixture(scope="session")
def client(app):
    from fastapi.testclient import TestClient

    with TestClient(app, raise_server_exceptions=False) as client:
        yield client


@pytest.fixture
def api_store(api_db):
    from vigie.store import Store

    with Store.open(api_db, read_only=True) as store:
        yield store
