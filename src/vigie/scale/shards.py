"""Parquet shards: one partition's coded articles, written atomically and named by the partition.

A shard holds, per article in partition order, the article (with its warnings and failure) and its
events, pickled, plus the events as JSON for a reader with no Vigie. Writing goes to a unique temporary
name then `os.replace`: a worker killed mid-write leaves no shard, and a retried partition (or one run
twice) replaces the shard with the same content, so nothing is lost or doubled.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import uuid
from collections.abc import Sequence
from pathlib import Path

from ..articles import Article
from ..events import Event

# Fault injection for the tests: a path; the first worker to create it dies before its shard is renamed.
CRASH_ONCE_ENV = "VIGIE_SCALE_CRASH_ONCE"


def partition_digest(articles: Sequence[Article]) -> str:
    """What a partition holds, by its articles' content hashes: the same partition has the same name."""
    from ..store.rows import article_hash

    digest = hashlib.sha256()
    for article in articles:
        digest.update(article_hash(article).encode("ascii"))
    return digest.hexdigest()[:16]


def shard_path(folder: str | Path, index: int, digest: str) -> Path:
    return Path(folder) / f"part-{index:06d}-{digest}.parquet"


def write_shard(path: str | Path, results: Sequence[tuple[Article, list[Event]]]) -> Path:
    """Write (article, events) pairs to `path` atomically."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    path = Path(path)
    table = pa.table({
        "position": pa.array(range(len(results)), pa.int32()),
        "id": pa.array([article.id for article, _ in results], pa.string()),
        "article": pa.array([pickle.dumps(article, protocol=5) for article, _ in results], pa.binary()),
        "events": pa.array([pickle.dumps(events, protocol=5) for _, events in results], pa.binary()),
        "events_json": pa.array([[event.to_json() for event in events] for _, events in results],
                                pa.list_(pa.string())),
    })
    for stale in path.parent.glob(f".{path.name}.*.tmp"):  # left by an attempt whose worker died
        stale.unlink(missing_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.{uuid.uuid4().hex[:8]}.tmp")
    pq.write_table(table, temporary)
    _maybe_crash()
    try:
        os.replace(temporary, path)
    except FileNotFoundError:  # a concurrent attempt swept it after writing the same shard
        if not path.exists():
            raise
    return path


def read_shard(path: str | Path) -> list[tuple[Article, list[Event]]]:
    """The (article, events) pairs of a shard, in partition order."""
    import pyarrow.parquet as pq

    table = pq.read_table(path, columns=["position", "article", "events"]).sort_by("position")
    return [(pickle.loads(article), pickle.loads(events))
            for article, events in zip(table.column("article").to_pylist(), table.column("events").to_pylist(),
                                       strict=True)]


def _maybe_crash() -> None:
    marker = os.environ.get(CRASH_ONCE_ENV)
    if not marker:
        return
    try:
        os.close(os.open(marker, os.O_CREAT | os.O_EXCL | os.O_WRONLY))
    except FileExistsError:
        return
    os._exit(17)  # the worker process dies as if killed: Dask must retry the partition elsewhere
