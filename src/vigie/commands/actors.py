"""`vigie actors`: the store's actors with the most events (as source and as target)."""

from __future__ import annotations

import argparse

from .common import StreamTable, add_config_flag, add_db_flag, nothing_found, write_records
from .querying import open_store

COLUMNS = ("code", "name", "country", "role", "events", "as_source", "as_target", "first_date", "last_date",
           "wikidata", "texts")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "actors", help="the store's most active actors",
        description="List the actors of the store's events, most events first, with how the articles name them.")
    parser.add_argument("--top", type=int, default=20, metavar="N", help="how many (default 20)")
    parser.add_argument("--role", help="only this CAMEO role (GOV, MIL, OPP…)")
    parser.add_argument("--format", choices=("table", "jsonl", "json", "csv"), default="table")
    add_db_flag(parser)
    add_config_flag(parser)


def run(args: argparse.Namespace) -> int:
    from ..store import actors

    with open_store(args) as store:
        rows = actors(store, top=args.top, role=args.role.upper() if args.role else None)
    if args.format != "table":
        write_records(rows, args.format, COLUMNS)
        return 0 if rows else 1
    if not rows:
        nothing_found("actor in the store" + (f" with role {args.role}" if args.role else ""))
        return 1
    StreamTable(COLUMNS, wrap=("name", "texts")).write(
        [[", ".join(row[name]) if name == "texts" else row[name] for name in COLUMNS] for row in rows])
    return 0
