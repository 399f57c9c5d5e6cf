"""`vigie export`: the store's events as a GDELT 2.0 event table, PLOVER JSON, Parquet or CSV."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .querying import add_filter_flags, event_filter, open_store


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "export", help="export the store's events (gdelt, plover, parquet, csv)",
        description="Write the store's events (all, or those the filters keep) into a folder: "
        "gdelt → events.gdelt.tsv (GDELT 2.0's 61 columns, no header; gdelt_columns.txt beside it), "
        "plover → events.plover.json, parquet → events.parquet, csv → events.csv.")
    parser.add_argument("--format", required=True, choices=("gdelt", "plover", "parquet", "csv"))
    parser.add_argument("-o", "--output", required=True, metavar="DIR", help="folder to write into (created)")
    add_filter_flags(parser)


def run(args: argparse.Namespace) -> int:
    from ..exports import export

    filters = event_filter(args)
    with open_store(args) as store:
        path, count = export(store, args.format, Path(args.output), filters)
    print(f"vigie: {count} event(s) written to {path}", file=sys.stderr)
    return 0 if count else 1
