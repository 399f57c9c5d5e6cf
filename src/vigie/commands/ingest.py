"""`vigie ingest`: code articles into the store (resumable, idempotent), with progress on stderr."""

from __future__ import annotations

import argparse
import contextlib
import signal
import sys
import time
from pathlib import Path

from .common import (
    add_actors_flag,
    add_config_flag,
    add_db_flag,
    add_language_flag,
    check_inputs,
    date_flag,
    load_settings,
    read_options,
)


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "ingest", help="code articles into the store (vigie.duckdb)",
        description="Read articles (files, folders, '-'), code them and store articles, events and their "
        "mentions in the store. Articles already stored by this Vigie are skipped, so the same command "
        "twice adds nothing and a killed run resumes; reports of one event are merged (num_mentions…).")
    parser.add_argument("inputs", nargs="+", help="article files, folders, or '-' for standard input")
    parser.add_argument("--date", help="publication date (YYYY-MM-DD or YYYY-MM) for inputs that give none")
    parser.add_argument("--commit-every", type=int, default=64, metavar="N",
                        help="articles per transaction (a kill loses at most the batch in progress)")
    add_db_flag(parser)
    add_actors_flag(parser)
    parser.add_argument("--keep-sourceless", action="store_true", default=None,
                        help="also store events whose source the text does not give")
    parser.add_argument("--keep-targetless", action="store_true", default=None,
                        help="also store acts done to someone (appeals, threats, sanctions…) whose target "
                        "the coder could not find")
    parser.add_argument("--model", default=None, help="spaCy model (default fr_core_news_md)")
    parser.add_argument("--batch-size", type=int, default=None, help="articles per nlp.pipe batch (default 32)")
    parser.add_argument("--processes", type=int, default=None,
                        help="worker processes that parse and code (default: all cores)")
    parser.add_argument("--quiet", action="store_true", help="no progress line, only the summary")
    add_language_flag(parser)
    parser.add_argument("--strict", action="store_true",
                        help="exit with 1 when any input could not be read or any article failed (default: "
                        "only when nothing could be read)")
    dask = parser.add_argument_group("scale-out on Dask (pip install 'vigie[dask]')")
    where = dask.add_mutually_exclusive_group()
    where.add_argument("--dask-local", type=int, default=None, metavar="N",
                       help="code on a local Dask cluster of N worker processes")
    where.add_argument("--scheduler", default=None, metavar="URL",
                       help="code on the Dask cluster of this scheduler (tcp://host:8786)")
    dask.add_argument("--partition-size", type=int, default=64, metavar="N",
                      help="articles per Dask task and Parquet shard (default 64)")
    dask.add_argument("--shards", default=None, metavar="DIR",
                      help="folder for the Parquet shards, readable by every worker (default: a temporary "
                      "folder, removed at the end; on a real cluster: a shared filesystem)")
    add_config_flag(parser)


def run(args: argparse.Namespace) -> int:
    from ..articles import read_articles
    from ..errors import ConfigError
    from ..parallel import EngineSpec, open_engine
    from ..store import Store, coder_fingerprint, ingest

    default_date = date_flag(args.date)
    settings = load_settings(args)
    if args.commit_every < 1:
        raise ConfigError(f"--commit-every must be at least 1, not {args.commit_every}")
    args.inputs = check_inputs(args.inputs)
    if not args.inputs:
        return 1
    store = Store.open(settings.db)
    try:
        if args.dask_local is not None or args.scheduler is not None:
            engine = _dask_engine(args, settings)
            inputs = _dask_inputs(args.inputs, default_date, read_options(settings))
        else:
            engine = open_engine(spec=EngineSpec.from_settings(settings), processes=settings.processes)
            inputs = read_articles(args.inputs, default_date, read_options(settings))
        coder = coder_fingerprint(settings.model, settings.keep_sourceless, settings.actors,
                                  keep_targetless=settings.keep_targetless)
        progress = _Progress(_estimate(args.inputs), quiet=args.quiet)

        def code(articles):
            return engine.code(articles, batch_size=settings.batch_size)

        try:
            with _terminate_as_interrupt():
                report = ingest(store, inputs, code, coder, batch_size=args.commit_every, progress=progress)
        except KeyboardInterrupt:
            progress.interrupted(args.commit_every)
            raise
        finally:
            if hasattr(engine, "close"):
                engine.close()  # the workers (pool or Dask cluster) end with the run, interrupted or not
        progress.done(report)
        totals = store.fetchone("SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM events)")
    finally:
        store.close()
    print(f"vigie: {report.coded} article(s) coded ({report.recoded} re-coded), {report.skipped} already "
          f"stored, {report.mentions} mention(s), {report.errors} error(s) in {report.elapsed:.1f} s; "
          f"{settings.db} holds {totals[0]} article(s), {totals[1]} event(s)", file=sys.stderr)
    if args.strict and report.errors:
        return 1
    return 0 if report.read or not report.errors else 1


@contextlib.contextmanager
def _terminate_as_interrupt():
    """SIGTERM during the run ends it as Ctrl-C does: workers stopped, committed batches kept, a message."""
    def interrupt(signum, frame):
        raise KeyboardInterrupt

    try:
        previous = signal.signal(signal.SIGTERM, interrupt)
    except ValueError:  # not the main thread (the API, tests): leave signals alone
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _dask_engine(args: argparse.Namespace, settings):
    from ..parallel import EngineSpec
    from ..scale.dask_engine import DaskEngine

    return DaskEngine(EngineSpec.from_settings(settings), local_workers=args.dask_local, scheduler=args.scheduler,
                      partition_size=args.partition_size, shards=args.shards)


def _dask_inputs(inputs: list[str], default_date: str | None, options):
    from ..scale.inputs import read_inputs

    return read_inputs(inputs, default_date, options)


def _estimate(inputs: list[str]) -> int | None:
    """Articles to expect, for the ETA: lines of JSONL files, one per other file; None if unknown."""
    total = 0
    for name in inputs:
        path = Path(name)
        if name == "-":
            return None
        files = [p for p in path.rglob("*") if p.is_file()] if path.is_dir() else [path]
        for file in files:
            if file.suffix.lower() in (".jsonl", ".ndjson"):
                with file.open("rb") as handle:
                    total += sum(1 for line in handle if line.strip())
            elif file.suffix.lower() in (".txt", ".text", ""):
                total += 1
            else:
                return None
    return total


class _Progress:
    """One status line on stderr: articles/s, events, errors, ETA; errors printed as they come."""

    def __init__(self, total: int | None, quiet: bool):
        self.total = total
        self.quiet = quiet
        self.tty = sys.stderr.isatty()
        self.shown_errors = 0
        self.last = 0.0
        self.report = None

    def __call__(self, report) -> None:
        self.report = report
        for message in report.error_messages[self.shown_errors:]:
            self._clear()
            print(f"vigie: skipped: {message}", file=sys.stderr)
        self.shown_errors = len(report.error_messages)
        for warning in report.warnings:
            self._clear()
            print(f"vigie: warning: {warning}", file=sys.stderr)
        now = time.monotonic()
        if self.quiet or now - self.last < (0.25 if self.tty else 10.0):
            return
        self.last = now
        line = self._line(report)
        print(("\r" + line + "\033[K") if self.tty else line, end="" if self.tty else "\n", file=sys.stderr,
              flush=True)

    def _line(self, report) -> str:
        done = report.coded + report.skipped
        text = (f"vigie: {done} article(s), {report.rate:.1f}/s, {report.mentions} event(s), "
                f"{report.errors} error(s)")
        if self.total and report.rate > 0:
            remaining = max(self.total - done - report.errors, 0) / report.rate
            text += f", {done}/{self.total}, ETA {int(remaining // 60)}:{int(remaining % 60):02d}"
        return text

    def _clear(self) -> None:
        if self.tty and not self.quiet and self.last:
            print("\r\033[K", end="", file=sys.stderr)

    def interrupted(self, commit_every: int) -> None:
        self._clear()
        done = self.report.coded if self.report else 0
        print(f"vigie: interrupted after {done} article(s) coded in this run; all but the last "
              f"{commit_every} at most are stored: the same command resumes", file=sys.stderr)

    def done(self, report) -> None:
        self(report)
        self._clear()
