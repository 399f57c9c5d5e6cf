"""Ingest: idempotent, kill-safe, re-coding replaces, bad input goes to ingest_errors."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from vigie.articles import read_articles
from vigie.store import Store, ingest
from vigie.store.schema import DATA_TABLES

from .conftest import CODER, FIXTURES, MULTI_REPORT, build


def dump(store: Store) -> dict[str, list[tuple]]:
    """Every row of every data table, sorted: two stores are the same when their dumps are equal."""
    out = {}
    for table in DATA_TABLES:
        rows = store.fetchall(f"SELECT * FROM {table}")  # table names are our constants
        out[table] = sorted(rows, key=repr)
    return out


def test_a_second_ingest_adds_nothing(engine, tmp_path) -> None:
    store, first = build(tmp_path / "s.duckdb", engine, [MULTI_REPORT])
    assert first.coded == 11 and first.mentions > 0
    before = dump(store)
    second = ingest(store, read_articles([str(MULTI_REPORT)]), engine.code, CODER)
    assert (second.coded, second.mentions, second.skipped) == (0, 0, 11)
    assert dump(store) == before
    store.close()


def test_a_recoded_article_replaces_its_events(engine, tmp_path) -> None:
    store, first = build(tmp_path / "s.duckdb", engine, [MULTI_REPORT])
    mentions = store.fetchone("SELECT count(*) FROM mentions")[0]
    events = store.fetchone("SELECT count(*) FROM events")[0]
    again = ingest(store, read_articles([str(MULTI_REPORT)]), engine.code, "vigie 9.9; another coder")
    assert again.recoded == again.coded == 11
    assert store.fetchone("SELECT count(*) FROM mentions")[0] == mentions
    assert store.fetchone("SELECT count(*) FROM events")[0] == events
    assert store.fetchall("SELECT DISTINCT coder FROM articles") == [("vigie 9.9; another coder",)]
    store.close()


def test_a_changed_article_is_a_new_article(engine, tmp_path) -> None:
    corpus = tmp_path / "c.jsonl"
    record = {"id": "x", "date": "2021-06-08", "text": "Le ministre russe a rencontré mardi son homologue turc."}
    corpus.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    store, _ = build(tmp_path / "s.duckdb", engine, [corpus])
    record["text"] += " Ils ont signé un accord."
    corpus.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    report = ingest(store, read_articles([str(corpus)]), engine.code, CODER)
    assert report.coded == 1 and store.fetchone("SELECT count(*) FROM articles")[0] == 2
    store.close()


def test_bad_input_is_recorded_and_the_rest_stored(engine, tmp_path) -> None:
    corpus = tmp_path / "mixed.jsonl"
    good = MULTI_REPORT.read_text(encoding="utf-8").splitlines()[0]
    corpus.write_text(good + "\n{\"id\": \"broken\", \"text\": \n"
                      + json.dumps({"id": "en", "text": "The minister met his counterpart in Ankara on Tuesday "
                                    "and they talked about the grain exports across the sea for hours."}) + "\n",
                      encoding="utf-8")
    store, report = build(tmp_path / "s.duckdb", engine, [corpus])
    assert report.coded == 1 and report.errors == 2
    errors = store.fetchall("SELECT origin, kind FROM ingest_errors ORDER BY line")
    assert errors == [(f"{corpus}:2", "error"), (f"{corpus}:3", "language")]
    ingest(store, read_articles([str(corpus)]), engine.code, CODER)
    assert store.fetchone("SELECT count(*) FROM ingest_errors")[0] == 2
    store.close()


def _ingest_command(corpus: Path, db: Path) -> list[str]:
    return [sys.executable, "-m", "vigie.cli", "ingest", str(corpus), "--db", str(db), "--commit-every", "1"]


@pytest.mark.slow
def test_kill_9_then_the_same_command_gives_the_clean_store(tmp_path) -> None:
    # 33 articles: the multi-report corpus three times under other ids
    corpus = tmp_path / "corpus.jsonl"
    lines = []
    for copy in range(3):
        for line in MULTI_REPORT.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            record["id"] = f"{record['id']}-{copy}"
            lines.append(json.dumps(record, ensure_ascii=False))
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    killed, clean = tmp_path / "killed.duckdb", tmp_path / "clean.duckdb"
    process = subprocess.Popen(_ingest_command(corpus, killed), stderr=subprocess.PIPE, text=True, env=env,
                               cwd=tmp_path)
    first = process.stderr.readline()  # the first progress line: one article coded, being committed
    assert "article(s)" in first, first
    time.sleep(0.3)
    process.send_signal(signal.SIGKILL)
    process.wait()
    with Store.open(killed) as store:
        partial = store.fetchone("SELECT count(*) FROM articles")[0]
    assert partial < 33, "the ingest finished before it was killed: nothing was tested"
    for db in (killed, clean):
        subprocess.run(_ingest_command(corpus, db), check=True, capture_output=True, env=env, cwd=tmp_path)
    with Store.open(killed) as resumed, Store.open(clean) as reference:
        assert dump(resumed) == dump(reference)
        assert resumed.fetchone("SELECT count(*) FROM articles")[0] == 33


def test_french_timebank_and_seed_ingest_and_reingest(engine, shared_dir, tmp_path) -> None:
    prepared = tmp_path / "ftb.jsonl"
    subprocess.run([sys.executable, str(shared_dir / "eval" / "score_dates.py"), "prepare",
                    str(shared_dir / "data" / "fr-timebank"), str(prepared)], check=True, capture_output=True)
    inputs = [prepared, shared_dir / "seed", FIXTURES / "seed_2022-02.txt"]
    store, first = build(tmp_path / "s.duckdb", engine, inputs)
    articles = store.fetchone("SELECT count(*) FROM articles")[0]
    assert first.coded == articles > 10 and first.errors == 0
    second = ingest(store, read_articles([str(p) for p in inputs]), engine.code, CODER)
    assert (second.coded, second.mentions) == (0, 0)
    assert store.fetchone("SELECT count(*) FROM articles")[0] == articles
    store.close()
