"""`vigie actor`: who a French noun phrase denotes on a given date ("le président russe" in May 1999)."""

from __future__ import annotations

import argparse
import datetime
import json
import sys

from ..errors import ConfigError
from .common import add_actors_flag, add_config_flag, date_flag_day, load_settings, nothing_found, wide_console


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "actor", help="resolve a French noun phrase to actors on a date",
        description="Print the actor(s) a noun phrase denotes on a date: name, country, CAMEO role and code, "
        "Wikidata id. Example: vigie actor \"le président russe\" --date 1999-05-19 --format json")
    parser.add_argument("text", nargs="?", help="the noun phrase, as written in an article")
    parser.add_argument("--date", help="the article's date, YYYY-MM-DD or YYYY-MM (a month stands for its "
                        "first day; default: today's office holders)")
    parser.add_argument("--format", choices=("json", "table"), default="table",
                        help="json: a list of the actors the phrase names (empty if none); table: readable (default)")
    add_actors_flag(parser)
    add_config_flag(parser)
    parser.add_argument("--check", action="store_true",
                        help="print consistency findings about the people data (overlapping or vacant "
                        "offices, shared Wikidata ids) instead of resolving a phrase")


def run(args: argparse.Namespace) -> int:
    from ..actors import ActorResolver

    when = date_flag_day(args.date)
    settings = load_settings(args)
    resolver = ActorResolver.load(extra_files=settings.actors)
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
        print(json.dumps([_row(actor) for actor in actors], ensure_ascii=False))
    else:
        _table(args.text, when, actors)
    return 0 if actors else 1


def _row(actor) -> dict:
    return {"name": actor.name, "country": actor.country, "role": actor.role, "code": actor.code,
            "wikidata": actor.wikidata, "kind": actor.kind, "office": actor.office, "text": actor.text}


def _table(text: str, when: datetime.date | None, actors: list) -> None:
    from rich.table import Table

    if not actors:
        nothing_found(f"actor for «{text}»" + (f" on {when}" if when else ""))
        return
    console = wide_console()
    table = Table(title=f"«{text}»" + (f" on {when}" if when else ""), header_style="bold")
    for column in ("code", "name", "country", "role", "office", "kind", "wikidata"):
        table.add_column(column)
    for actor in actors:
        table.add_row(actor.code or "", actor.name or "", actor.country or "", actor.role or "",
                      actor.office or "", actor.kind or "", actor.wikidata or "")
    console.print(table)
