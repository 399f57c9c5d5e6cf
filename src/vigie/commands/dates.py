"""`vigie dates`: the time expressions of articles, resolved to TimeML values (a table, or JSONL)."""

from __future__ import annotations

import argparse
import json
import sys

from ..articles import Article
from .common import (
    Tally,
    add_language_flag,
    check_inputs,
    date_flag,
    load_settings,
    nothing_found,
    read_options,
    readable_articles,
    wide_console,
)


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "dates", help="find and resolve the time expressions of French articles",
        description="Read articles (seed-format or plain .txt, .jsonl, folders, '-' for stdin) and print "
        "their time expressions with TimeML types and values, resolved against each article's date. "
        "An article dated only by its month gets its day inferred from the text when the text is clear.")
    parser.add_argument("inputs", nargs="+", help="article files, folders, or '-' for standard input")
    parser.add_argument("--date", help="publication date (YYYY-MM-DD or YYYY-MM) for inputs that give none")
    parser.add_argument("--format", choices=("table", "jsonl"), default="table",
                        help='table: readable (default); jsonl: one expression per line, '
                        '{"doc_id", "start", "end", "text", "type", "value"}')
    add_language_flag(parser)


def run(args: argparse.Namespace) -> int:
    from ..time import TimeTagger, article_anchor

    default_date = date_flag(args.date)
    settings = load_settings(args)
    args.inputs = check_inputs(args.inputs)
    if not args.inputs:
        return 1
    tagger = TimeTagger()
    table = _Table() if args.format == "table" else None
    tally = Tally()
    expressions = 0
    for item in readable_articles(args.inputs, default_date, tally, read_options(settings)):
        for warning in item.warnings:
            print(f"vigie: warning: {warning}", file=sys.stderr)
        anchor = article_anchor(item.date, item.text)
        if anchor.guess is not None:
            used = "used" if anchor.day is not None else "not sure enough, the month is used"
            print(f"vigie: note: {item.id}: dated {item.date}; day {anchor.guess.date} inferred "
                  f"(confidence {anchor.guess.confidence}: {anchor.guess.evidence}); {used}", file=sys.stderr)
        timexes = tagger.tag(item.text, anchor.day, month=anchor.year_month)
        expressions += len(timexes)
        if table is not None:
            table.add(item, anchor.day, timexes)
            continue
        for timex in timexes:
            record = {"doc_id": item.id, "start": timex.start, "end": timex.end, "text": timex.text,
                      "type": timex.type, "value": timex.value}
            sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
    if table is not None:
        if expressions:
            table.print()
        else:
            nothing_found("time expression in the article(s)")
    print(f"vigie: {tally.articles} article(s), {expressions} time expression(s), {tally.errors} input error(s)",
          file=sys.stderr)
    return 0 if tally.articles else 1


class _Table:
    def __init__(self) -> None:
        from rich.table import Table

        self.console = wide_console()
        self.table = Table(header_style="bold")
        for column in ("article", "anchor", "offsets", "expression", "type", "value"):
            self.table.add_column(column)

    def add(self, article: Article, anchor, timexes) -> None:
        shown = anchor.isoformat() if anchor is not None else (article.date or "none")
        for timex in timexes:
            self.table.add_row(article.id, shown, f"{timex.start}-{timex.end}", timex.text, timex.type,
                               timex.value or "[dim]unresolved[/dim]")

    def print(self) -> None:
        self.console.print(self.table)
