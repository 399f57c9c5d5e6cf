"""Parquet corpora for scale-out runs, and shards written atomically (no model, no cluster)."""

from __future__ import annotations

import pytest

pa = pytest.importorskip("pyarrow")
import pyarrow.parquet as pq  # noqa: E402

from vigie.articles import Article  # noqa: E402
from vigie.errors import InputError  # noqa: E402
from vigie.scale.inputs import read_inputs  # noqa: E402
from vigie.scale.shards import partition_digest, read_shard, shard_path, write_shard  # noqa: E402


def test_parquet_rows_become_articles_and_bad_rows_errors(tmp_path):
    path = tmp_path / "corpus.parquet"
    pq.write_table(pa.Table.from_pylist([
        {"id": "x1", "text": "Le Ghana a félicité le Togo pour ses élections.", "date": "2023-06-01"},
        {"id": "x2", "text": "   ", "date": "2023-06-02"},
        {"id": "x3", "text": "Le Kenya a accusé l'Ouganda.", "date": "2023-02-30"},
        {"id": None, "text": "Le Pérou a expulsé un diplomate bolivien.", "date": None},
    ]), path)
    items = list(read_inputs([str(path)], default_date="2023-07-01"))
    articles = [item for item in items if isinstance(item, Article)]
    errors = [item for item in items if isinstance(item, InputError)]
    assert [a.id for a in articles] == ["x1", "corpus:4"]
    assert articles[1].date == "2023-07-01" and articles[0].origin.endswith(":1")
    assert [e.line for e in errors] == [2, 3]


def test_parquet_without_text_is_one_clear_error(tmp_path):
    path = tmp_path / "bad.parquet"
    pq.write_table(pa.Table.from_pylist([{"id": "y", "body": "rien"}]), path)
    (error,) = read_inputs([str(path)])
    assert isinstance(error, InputError) and "text" in error.message


def test_shard_round_trip_and_rewrite_replaces(tmp_path):
    articles = [Article(id="s1", text="Un texte.", date="2024-01-01"), Article(id="s2", text="Un autre.")]
    articles[1].warnings.append("a warning")
    path = shard_path(tmp_path, 3, partition_digest(articles))
    assert partition_digest(articles) == partition_digest(list(articles))
    write_shard(path, [(articles[0], []), (articles[1], [])])
    write_shard(path, [(articles[0], []), (articles[1], [])])  # a retried partition
    back = read_shard(path)
    assert [(a.id, a.warnings, events) for a, events in back] == [("s1", [], []), ("s2", ["a warning"], [])]
    assert [p.name for p in tmp_path.iterdir()] == [path.name]
