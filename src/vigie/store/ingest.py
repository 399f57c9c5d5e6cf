"""Ingest: articles in, coded and written to the store in batched transactions, resumable.

- An article is known by its content hash. One already stored by the same coder is skipped, so a
  second run over the same inputs adds nothing, and a run killed part-way resumes where its last
  committed batch ended. One stored by another coder (another Vigie version, model or actors files)
  is re-coded: its mentions are replaced, never added to.
- Each batch (articles, their mentions, input errors) is one transaction; the de-duplicated events,
  the actors and the text index are rebuilt at the end from what is committed, so `kill -9` at any
  point, then the same command, gives the store a clean run gives.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .. import __version__
from ..articles import Article
from ..errors import InputError
from ..events import Event
from .database import Store
from .dedup import Rules
from .maintain import refresh
from .rows import ARTICLE_COLUMNS, MENTION_COLUMNS, article_hash, article_row, lead_of, mention_row

Coder = Callable[[Iterable[Article]], Iterator[tuple[Article, list[Event]]]]


@dataclass
class IngestReport:
    """What an ingest did; `progress` callbacks get it after every article."""

    read: int = 0  # articles read from the inputs
    coded: int = 0  # articles coded and stored (new or re-coded)
    recoded: int = 0  # of which were stored before by another coder
    skipped: int = 0  # already in the store, same coder
    mentions: int = 0  # events coded (before de-duplication)
    errors: int = 0
    error_messages: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # the last article's warnings, for `progress`
    started: float = field(default_factory=time.monotonic)

    @property
    def elapsed(self) -> float:
        return time.monotonic() - self.started

    @property
    def rate(self) -> float:
        """Articles coded per second so far."""
        return self.coded / self.elapsed if self.elapsed > 0 else 0.0


def coder_fingerprint(model: str, keep_sourceless: bool, actor_files: Iterable[str | Path] = (),
                      keep_targetless: bool = False) -> str:
    """What decides an article's events besides its text: Vigie's version, the model, the options and
    the contents of the user's actors files. An article stored under another fingerprint is re-coded."""
    digest = hashlib.sha256()
    for name in actor_files:
        digest.update(Path(name).read_bytes())
    targetless = "; targetless=True" if keep_targetless else ""  # the default leaves older fingerprints as they were
    return (f"vigie {__version__}; {model}; sourceless={keep_sourceless}{targetless}; "
            f"actors={digest.hexdigest()[:12]}")


def ingest(store: Store, items: Iterable[Article | InputError], code: Coder, coder: str,
           batch_size: int = 64, rules: Rules | None = None,
           progress: Callable[[IngestReport], None] | None = None) -> IngestReport:
    """Code the new articles of `items` (articles, or the readers' InputErrors) with `code` and store them.

    `code` is `Engine.code` (or anything yielding (article, events) for the articles given, in order);
    `coder` is the fingerprint stored with each article. Commits every `batch_size` articles."""
    rules = rules or Rules.load()
    report = IngestReport()
    batch = _Batch(store, coder, rules)
    fresh = _new_articles(store, items, coder, report, batch)
    for article, events in code(fresh):
        batch.add(article, events, report)
        if progress:
            progress(report)
        report.warnings.clear()  # each article's, once: a long run holds none of them
        if batch.size >= batch_size:
            batch.commit()
    batch.commit()
    finish(store, rules)
    return report


def finish(store: Store, rules: Rules | None = None) -> None:
    """Rebuild what is derived from committed mentions (events, actors, text index) if anything changed."""
    rules = rules or Rules.load()
    if store.fetchone("SELECT count(*) FROM dirty_blocks")[0]:
        with store.transaction():
            refresh(store, rules)
    if store.fts and not store.text_index_ready():
        store.rebuild_text_index()


def _new_articles(store: Store, items: Iterable[Article | InputError], coder: str, report: IngestReport,
                  batch: _Batch, chunk: int = 64) -> Iterator[Article]:
    """The articles to code: not seen earlier in this run, and not stored by this coder (looked up
    `chunk` at a time)."""
    seen: set[str] = set()
    pending: list[tuple[str, Article]] = []
    for item in items:
        if isinstance(item, InputError):
            report.errors += 1
            report.error_messages.append(str(item))
            batch.error(item)
            continue
        report.read += 1
        hash_ = article_hash(item)
        if hash_ in seen:
            report.skipped += 1
            continue
        seen.add(hash_)
        pending.append((hash_, item))
        if len(pending) >= chunk:
            yield from _unstored(store, pending, coder, report, batch)
            pending = []
    yield from _unstored(store, pending, coder, report, batch)


def _unstored(store: Store, pending: list[tuple[str, Article]], coder: str, report: IngestReport,
              batch: _Batch) -> Iterator[Article]:
    if not pending:
        return
    stored = dict(store.fetchall("SELECT hash, coder FROM articles WHERE list_contains(?, hash)",
                                 [[hash_ for hash_, _ in pending]]))
    for hash_, article in pending:
        if stored.get(hash_) == coder:
            report.skipped += 1
            continue
        if hash_ in stored:
            report.recoded += 1
            batch.replaced.add(hash_)
        yield article


class _Batch:
    """Rows waiting for the next commit."""

    def __init__(self, store: Store, coder: str, rules: Rules):
        self.store = store
        self.coder = coder
        self.rules = rules
        self.articles: list[tuple] = []
        self.mentions: list[tuple] = []
        self.errors: list[tuple] = []
        self.replaced: set[str] = set()  # stored by another coder: their rows go before the new ones

    @property
    def size(self) -> int:
        return len(self.articles)

    def error(self, err: InputError, kind: str = "input") -> None:
        where = f"{err.path}:{err.line}" if err.line is not None else err.path
        self.errors.append((where, err.path, err.line, getattr(err, "kind", None) or kind, err.message,
                            err.hint or None))

    def add(self, article: Article, events: list[Event], report: IngestReport) -> None:
        hash_ = article_hash(article)
        lead = lead_of(article, self.rules.lead_min_chars)
        rows = {}
        for event in events:
            row = mention_row(event, hash_, lead)
            rows.setdefault(row[0], row)  # the coder's ids are unique; a repeat is the same event
        self.articles.append(article_row(article, hash_, self.coder, len(rows)))
        self.mentions.extend(rows.values())
        report.coded += 1
        report.mentions += len(rows)
        for warning in article.warnings:
            if "could not be coded" in warning:
                report.errors += 1
                report.error_messages.append(warning)
                self.error(InputError(article.origin, warning), kind="coding")
            else:
                report.warnings.append(warning)

    def commit(self) -> None:
        if not (self.articles or self.errors):
            return
        old = sorted(row[0] for row in self.articles if row[0] in self.replaced)
        store = self.store
        with store.transaction():
            if old:  # re-coded articles: their old mentions go, and their blocks are redone
                store.execute("INSERT OR IGNORE INTO dirty_blocks SELECT DISTINCT block FROM mentions "
                              "WHERE list_contains(?, article_hash)", [old])
                store.execute("DELETE FROM mentions WHERE list_contains(?, article_hash)", [old])
                store.execute("DELETE FROM articles WHERE list_contains(?, hash)", [old])
            store.insert("articles", ARTICLE_COLUMNS, self.articles)
            if self.mentions:
                store.insert("mentions", MENTION_COLUMNS, self.mentions)
                blocks = sorted({row[4] for row in self.mentions})
                store.execute("INSERT OR IGNORE INTO dirty_blocks SELECT unnest(?)", [blocks])
            if self.errors:
                store.connection.executemany("INSERT OR IGNORE INTO ingest_errors VALUES (?, ?, ?, ?, ?, ?)",
                                             self.errors)
            store.execute("INSERT OR REPLACE INTO meta VALUES ('text_index', 'stale')")
        self.replaced.difference_update(old)
        self.articles, self.mentions, self.errors = [], [], []
