"""`vigie actor`: who a French noun phrase denotes on a given date ("le président russe" in May 1999)."""

from __future__ import annotations

import argparse
import datetime
import json
import sys

from ..errors import ConfigError
from .common import wide_console


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "actor", help="resolve a French noun phrase to actors on a date",
        description="Print the actor(s) a noun phrase denotes on a date: name, country, CAMEO role and code, "
        "Wikidata id. Example: vigie actor \"le président russe\" --date 1999-05-19 --format json")
    parser.add_argument("text", nargs="?", help="the noun phrase, as written in an article")
    parser.add_argument("--date", help="the article's date, YYYY-MM-DD (default: today's office holders)")
    parser.add_argument("--format", choices=("json", "table"), default="table",
                        help="json: one object, or a list when the phrase names several actors; "
                        "table: readable (default)")
    parser.add_argument("--actors", action="append", default=[], metavar="FILE", nargs="+",
                        help="YAML files of actors that add to or override the built-in ones")
    parser.add_argument("--check", action="store_true",
                        help="print consistency findings about the people data (overlapping or vacant "
                        "offices, shared Wikidata ids) instead of resolving a phrase")


def run(args: argparse.Namespace) -> int:
    from ..actors import ActorResolver

    files = [path for group in args.actors for path in (group if isinstance(group, list) else [group])]
    when = _date(args.date)
    resolver = ActorResolver.load(extra_files=files)
    if args.check:
        from ..actors.checks import check_people

        findings = check_people(resolver.catalog)
        for finding in findings:
            print(finding)
        print(f"vigie: {len(findings)} finding(s)", file=sys.stderr)
        return 0
    if not args.text:
        raise ConfigError("give a noun phrase, e.g. vigie actor \"le président russe\" --date 1999-05-19")
    actors = resolver.resolve(args.text, when)
    if args.format == "json":
        rows = [_row(actor) for actor in actors]
        print(json.dumps(rows[0] if len(rows) == 1 else rows, ensure_ascii=False))
    else:
        _table(args.text, when, actors)
    return 0 if actors else 1


def _date(text: str | None) -> datetime.date | None:
    if not text:
        return None
    try:
        return datetime.date.fromisoformat(text)
    except ValueError as err:
        raise ConfigError(f"--date {text!r} is not a day YYYY-MM-DD") from err


def _row(actor) -> dict:
    return {"name": actor.name, "country": actor.country, "role": actor.role, "code": actor.code,
            "wikidata": actor.wikidata, "kind": actor.kind, "office": actor.office, "text": actor.text}


def _table(text: str, when: datetime.date | None, actors: list) -> None:
    from rich.table import Table

    console = wide_console()
    if not actors:
        console.print(f"no actor for «{text}»" + (f" on {when}" if when else ""))
        return
    table = Table(title=f"«{text}»" + (f" on {when}" if when else ""), header_style="bold")
    for column in ("code", "name", "country", "role", "office", "kind", "wikidata"):
        table.add_column(column)
    for actor in actors:
        table.add_row(actor.code or "", actor.name or "", actor.country or "", actor.role or "",
                      actor.office or "", actor.kind or "", actor.wikidata or "")
    console.print(table)
