"""`vigie timeline`: a dyad's events per day, week or month: counts per QuadClass, Goldstein sum and mean."""

from __future__ import annotations

import argparse

from ..errors import ConfigError
from .common import StreamTable, nothing_found, write_records
from .querying import add_filter_flags, dyad_flag, event_filter, open_store

COLUMNS = ("period", "events", "mentions", "quad1", "quad2", "quad3", "quad4", "goldstein_sum", "goldstein_mean")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "timeline", help="a dyad's events over time",
        description="Count the events of SOURCE on TARGET per day, ISO week or month: per QuadClass "
        "(1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict), "
        "with the Goldstein sum and mean. Example: vigie timeline --dyad USA:RUS --by week")
    add_filter_flags(parser)
    parser.add_argument("--by", choices=("day", "week", "month"), default="day", help="period (default day)")
    parser.add_argument("--format", choices=("table", "jsonl", "json", "csv"), default="table")


def run(args: argparse.Namespace) -> int:
    from ..store import timeline

    dyad = dyad_flag(args.dyad)
    if dyad is None:
        raise ConfigError("give the dyad: --dyad SOURCE:TARGET, e.g. --dyad USA:RUS")
    filters = event_filter(args)
    with open_store(args) as store:
        rows = timeline(store, dyad[0], dyad[1], by=args.by, filters=filters)
    if args.format != "table":
        write_records(rows, args.format, COLUMNS)
        return 0 if rows else 1
    if not rows:
        nothing_found(f"dated event of {dyad[0]} on {dyad[1]}")
        return 1
    StreamTable(COLUMNS).write([[row[name] for name in COLUMNS] for row in rows])
    return 0
