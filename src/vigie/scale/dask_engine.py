"""`Engine.code` over a Dask cluster: partitions of articles, one engine per worker, Parquet shards.

`DaskEngine.code(articles)` yields (article, events) in input order, like `Engine.code`, so `vigie
ingest` stores exactly what a local run stores. Each partition is one Dask task whose key is its index
and content digest; a task writes its shard (`shards.write_shard`) and returns the path; the client
reads the shards back in order. A worker that dies mid-task has its task retried by the scheduler on
another worker (up to `allowed_failures`); the atomic shard write makes a retry replace, never double.
The shard folder must be one the client and every worker can read and write (a shared filesystem on a
real cluster; a local folder with `--dask-local`).
"""

from __future__ import annotations

import hashlib
import logging
import shutil
import tempfile
from collections import deque
from collections.abc import Iterable, Iterator
from itertools import islice
from pathlib import Path

from ..articles import Article
from ..errors import ConfigError
from ..events import Event
from ..parallel import EngineSpec
from .shards import partition_digest, read_shard, shard_path, write_shard

PLUGIN_NAME = "vigie-engine"


try:
    import distributed
    from distributed import WorkerPlugin
except ImportError as err:  # pragma: no cover - depends on the install
    raise ConfigError("Dask is not installed: run `pip install 'vigie[dask]'` to use --dask-local or "
                      "--scheduler") from err


class EnginePlugin(WorkerPlugin):
    """A Dask worker plugin: builds the engine once when the worker starts (and when it is restarted)."""

    idempotent = True  # registered again (another run on the same cluster): the engine is kept

    def __init__(self, spec: EngineSpec):
        self.spec = spec
        self.name = plugin_name(spec)
        self.engine = None

    def setup(self, worker) -> None:
        self.engine = self.spec.build()

    def teardown(self, worker) -> None:
        self.engine = None


def plugin_name(spec: EngineSpec) -> str:
    """One plugin (one engine) per engine spec: runs with other actors files on one cluster do not mix."""
    digest = hashlib.sha256(repr(spec).encode("utf-8")).hexdigest()[:12]
    return f"{PLUGIN_NAME}-{digest}"


def code_partition(articles: list[Article], path: str, batch_size: int, plugin: str) -> str:
    """In a worker: code a partition with the worker's engine and write its shard; returns its path."""
    worker = distributed.get_worker()
    plugin = worker.plugins[plugin]
    if plugin.engine is None:
        plugin.setup(worker)
    results = list(plugin.engine.code(articles, batch_size=batch_size))
    return str(write_shard(path, results))


class DaskEngine:
    """Codes articles on a Dask cluster: a LocalCluster of `local_workers` processes, or `scheduler`."""

    def __init__(self, spec: EngineSpec, local_workers: int | None = None, scheduler: str | None = None,
                 partition_size: int = 64, shards: str | Path | None = None, window: int | None = None,
                 cluster_options: dict | None = None):
        if (local_workers is None) == (scheduler is None):
            raise ConfigError("give either --dask-local N or --scheduler URL")
        if local_workers is not None and local_workers < 1:
            raise ConfigError(f"--dask-local needs at least 1 worker, not {local_workers}")
        if partition_size < 1:
            raise ConfigError(f"--partition-size must be at least 1, not {partition_size}")
        self.spec = spec
        self.local_workers = local_workers
        self.scheduler = scheduler
        self.partition_size = partition_size
        self.cluster_options = cluster_options or {}
        self._own_shards = shards is None
        self.shards = Path(shards) if shards is not None else Path(tempfile.mkdtemp(prefix="vigie-shards-"))
        self.shards.mkdir(parents=True, exist_ok=True)
        self.window = window
        self._cluster = None
        self._client = None

    def start(self):
        """The Dask client, connected (and the local cluster started) on first use; the plugin registered."""
        if self._client is None:
            if self.scheduler is not None:
                self._client = distributed.Client(self.scheduler)
            else:
                options = {"n_workers": self.local_workers, "threads_per_worker": 1, "processes": True,
                           "dashboard_address": None, **self.cluster_options}
                self._cluster = distributed.LocalCluster(**options)
                self._client = distributed.Client(self._cluster)
            self._client.register_plugin(EnginePlugin(self.spec))
        return self._client

    def code(self, articles: Iterable[Article], batch_size: int = 32, n_process: int = 1
             ) -> Iterator[tuple[Article, list[Event]]]:
        """(article, events) for each article, in input order. `n_process` is ignored (the cluster is it)."""
        client = self.start()
        window = self.window or 2 * max(len(client.scheduler_info().get("workers", {})), 1)
        pending: deque = deque()
        stream = iter(articles)
        index = 0
        while partition := list(islice(stream, self.partition_size)):
            digest = partition_digest(partition)
            path = shard_path(self.shards, index, digest)
            future = client.submit(code_partition, partition, str(path), batch_size, plugin_name(self.spec),
                                   key=f"vigie-partition-{index:06d}-{digest}", retries=2)
            pending.append((partition, future))
            index += 1
            if len(pending) >= window:
                yield from _collect(*pending.popleft())
        while pending:
            yield from _collect(*pending.popleft())

    def close(self) -> None:
        if self._cluster is not None and self._client is not None:
            _quiet_shutdown(self._client)  # a local cluster's workers' shutdown chatter is not the user's business
        if self._client is not None:
            self._client.close()
            self._client = None
        if self._cluster is not None:
            self._cluster.close()
            self._cluster = None
        if self._own_shards:
            shutil.rmtree(self.shards, ignore_errors=True)

    def __enter__(self) -> DaskEngine:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _quiet_shutdown(client) -> None:
    for logger in ("distributed", "tornado"):
        logging.getLogger(logger).setLevel(logging.CRITICAL)
    try:
        client.run(_quiet_worker, on_error="ignore")
    except Exception:  # noqa: BLE001, S110 - workers already gone: nothing to quiet
        pass


def _quiet_worker() -> None:
    for logger in ("distributed", "tornado"):
        logging.getLogger(logger).setLevel(logging.CRITICAL)


def _collect(partition: list[Article], future) -> Iterator[tuple[Article, list[Event]]]:
    results = read_shard(future.result())
    if len(results) != len(partition):  # pragma: no cover - a shard is written whole or not at all
        raise RuntimeError(f"shard {future.result()} holds {len(results)} articles, not {len(partition)}")
    for article, (coded, events) in zip(partition, results, strict=True):
        article.warnings, article.failure = coded.warnings, coded.failure
        yield article, events
