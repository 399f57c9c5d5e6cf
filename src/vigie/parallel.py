"""Coding on several processes: a pool of workers that each build their own engine once, then parse
and code whole chunks of articles and send back only the events (not spaCy Docs).

Why not spaCy's `nlp.pipe(n_process=N)`: it parses in workers but serialises every Doc back to the
main process, which then does all the coding alone; `benchmarks/throughput.py` measures both.

The input is read lazily and at most `2 × processes` chunks are in flight, so memory stays flat on
a stream of any length; results come back in input order, and the events are those one process gives.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING

from .articles import Article
from .errors import VigieError
from .events import Event

if TYPE_CHECKING:
    from .engine import Engine


class WorkerError(VigieError):
    """A worker process died (killed, out of memory): the run cannot go on with a broken pool."""


def available_cores() -> int:
    """The cores this process may run on (the affinity mask, else the machine's count)."""
    try:
        return max(len(os.sched_getaffinity(0)), 1)
    except AttributeError:  # not Linux
        return max(os.cpu_count() or 1, 1)


@dataclass(frozen=True)
class EngineSpec:
    """What builds an engine: enough to build the same one in another process (it pickles)."""

    model: str | None = None
    actor_files: tuple[str, ...] = field(default=())
    require_source: bool = True
    min_confidence: float = 0.0
    require_target: bool = True
    article_seconds: float | None = None  # None: the engine's default budget

    def build(self) -> Engine:
        from .engine import ARTICLE_SECONDS, Engine

        return Engine.load(model=self.model, actor_files=self.actor_files, require_source=self.require_source,
                           min_confidence=self.min_confidence, require_target=self.require_target,
                           article_seconds=self.article_seconds or ARTICLE_SECONDS)

    @classmethod
    def from_settings(cls, settings) -> EngineSpec:
        """The engine a command's settings (vigie.toml, VIGIE_*, flags) describe."""
        return cls(model=settings.model, actor_files=tuple(str(name) for name in settings.actors),
                   require_source=not settings.keep_sourceless, min_confidence=settings.min_confidence,
                   require_target=not settings.keep_targetless,
                   article_seconds=settings.article_seconds)


# One engine per worker process, built by the pool's initializer before the first chunk.
_WORKER: dict[str, Engine] = {}


def _start_worker(spec: EngineSpec) -> None:
    # Ctrl-C reaches the whole process group: only the main process acts on it (it stops the workers),
    # so a worker never prints a traceback of its own. SIGTERM keeps its default: a worker sent it dies quietly.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _WORKER["engine"] = spec.build()


def _code_chunk(chunk: list[Article], batch_size: int) -> list[tuple[list[str], list[Event]]]:
    """In a worker: (warnings, events) for each article of the chunk, in order."""
    engine = _WORKER["engine"]
    return [(article.warnings, events) for article, events in engine.code(chunk, batch_size=batch_size)]


def _chunks(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    stream = iter(articles)
    while chunk := list(islice(stream, size)):
        yield chunk


class PooledEngine:
    """`Engine.code` over a pool of `processes` worker processes, same results, same order.

    Inputs shorter than `min_articles` are coded in this process (the pool would cost more to start
    than it saves); the in-process engine and the pool are each built on first use only."""

    def __init__(self, spec: EngineSpec, processes: int, min_articles: int | None = None,
                 start_method: str | None = None):
        self.spec = spec
        self.processes = processes
        self.min_articles = min_articles
        self.start_method = start_method or ("forkserver" if "forkserver" in multiprocessing.get_all_start_methods()
                                             else "spawn")
        self._local: Engine | None = None
        self._pool: ProcessPoolExecutor | None = None

    def code(self, articles: Iterable[Article], batch_size: int = 32, n_process: int = 1
             ) -> Iterator[tuple[Article, list[Event]]]:
        """(article, events) for each article, in input order. `n_process` is ignored (the pool is it)."""
        stream = iter(articles)
        threshold = self.min_articles if self.min_articles is not None else batch_size * self.processes
        head = list(islice(stream, threshold))
        if len(head) < threshold:
            yield from self.local().code(head, batch_size=batch_size)
            return
        chunk_size = max(1, min(batch_size, 16))
        yield from self._pooled(_prepend(head, stream), batch_size, chunk_size)

    def local(self) -> Engine:
        if self._local is None:
            self._local = self.spec.build()
        return self._local

    def _pooled(self, articles: Iterable[Article], batch_size: int, chunk_size: int
                ) -> Iterator[tuple[Article, list[Event]]]:
        pool = self._start()
        pending: deque[tuple[list[Article], Future]] = deque()
        chunks = _chunks(articles, chunk_size)
        for chunk in chunks:
            pending.append((chunk, pool.submit(_code_chunk, chunk, batch_size)))
            if len(pending) >= 2 * self.processes:
                yield from _collect(*pending.popleft())
        while pending:
            yield from _collect(*pending.popleft())

    def _start(self) -> ProcessPoolExecutor:
        if self._pool is None:
            context = multiprocessing.get_context(self.start_method)
            self._pool = ProcessPoolExecutor(self.processes, mp_context=context, initializer=_start_worker,
                                             initargs=(self.spec,))
        return self._pool

    def close(self) -> None:
        """Stop the workers (also done when the engine is garbage-collected or the process exits)."""
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def abort(self) -> None:
        """Stop the workers now, without waiting for the chunks they are coding (on Ctrl-C or SIGTERM)."""
        if self._pool is not None:
            processes = list((getattr(self._pool, "_processes", None) or {}).values())
            self._pool.shutdown(wait=False, cancel_futures=True)
            for process in processes:
                process.terminate()
            for process in processes:
                process.join(timeout=10)
            self._pool = None

    def __enter__(self) -> PooledEngine:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _prepend(head: Sequence[Article], rest: Iterator[Article]) -> Iterator[Article]:
    yield from head
    yield from rest


def _collect(chunk: list[Article], future: Future) -> Iterator[tuple[Article, list[Event]]]:
    try:
        results = future.result()
    except BrokenProcessPool as err:
        first = chunk[0].origin or chunk[0].id
        raise WorkerError(f"a worker process died while coding the articles from {first}: check memory "
                          "(each worker holds a spaCy model, ~1 GB) or run with fewer --processes") from err
    for article, (warnings, events) in zip(chunk, results, strict=True):
        article.warnings = warnings
        yield article, events


def open_engine(model: str | None = None, actor_files: Sequence[str | Path] = (), require_source: bool = True,
                processes: int = 1, min_confidence: float = 0.0, spec: EngineSpec | None = None
                ) -> Engine | PooledEngine:
    """The engine the commands use: in-process for one process, else a pool of `processes` workers."""
    spec = spec or EngineSpec(model=model, actor_files=tuple(str(name) for name in actor_files),
                              require_source=require_source, min_confidence=min_confidence)
    if processes <= 1:
        return spec.build()
    return PooledEngine(spec, processes)
