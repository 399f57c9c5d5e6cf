"""Building stores from the fixtures with the real engine (the shared one is `multi_store`, tests/conftest.py)."""

from __future__ import annotations

from pathlib import Path

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
MULTI_REPORT = FIXTURES / "multi_report.jsonl"
CODER = "test coder"


def build(path: Path | str, engine, inputs: list[Path], coder: str = CODER, **kwargs):
    from vigie.articles import read_articles
    from vigie.store import Store, ingest

    store = Store.open(path)
    report = ingest(store, read_articles([str(p) for p in inputs]), engine.code, coder, **kwargs)
    return store, report
