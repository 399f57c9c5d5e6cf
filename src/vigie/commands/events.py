"""`vigie events`: the store's de-duplicated events, filtered (a table, JSONL, one JSON list, or CSV)."""

from __future__ import annotations

import argparse

from .common import StreamTable, actor_label, nothing_found, write_records
from .querying import add_filter_flags, event_filter, open_store

CSV_COLUMNS = ("id", "date", "date_from", "date_to", "mode", "code", "root", "quad_class", "goldstein", "plover",
               "source_code", "source_name", "source_text", "target_code", "target_name", "target_text",
               "location_name", "location_country", "trigger", "sentence", "doc_id", "start", "end",
               "confidence", "num_mentions", "num_sources", "num_articles", "is_root_event", "source_url")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "events", help="list the store's events, filtered",
        description="Print the events of the store (one per real-world event: reports of it in several "
        "articles are merged, with num_mentions/num_sources/num_articles). "
        "Example: vigie events --source RUS --target UKR --root 15 --since 2022-01-01 --mode occurred")
    add_filter_flags(parser)
    parser.add_argument("--format", choices=("table", "jsonl", "json", "csv"), default="table",
                        help="table (default); jsonl: one event a line; json: one list; csv: flat columns")
    parser.add_argument("--limit", type=int, default=None, help="at most this many events (default all)")
    parser.add_argument("--offset", type=int, default=0, help="skip this many first (with --limit, to page)")
    parser.add_argument("--mentions", action="store_true",
                        help="with jsonl/json: each event carries its mentions (sentences and articles)")


def run(args: argparse.Namespace) -> int:
    from ..store import event, events

    filters = event_filter(args)
    with open_store(args) as store:
        rows = events(store, filters, limit=args.limit, offset=args.offset)
        if args.mentions and args.format in ("json", "jsonl"):
            rows = [event(store, row["id"]) for row in rows]
    if not rows and args.format != "json":
        nothing_found("event matches" if _any_filter(args) else "event in the store; add some with vigie ingest")
        return 1
    if args.format == "table":
        table = StreamTable(("date", "mode", "code", "source", "target", "place", "mentions", "article", "trigger"),
                            wrap=("source", "target", "trigger", "article"))
        table.write([(row["date"] or "", row["mode"], row["code"], actor_label(row["source"]),
                      actor_label(row["target"]), (row["location"] or {}).get("name", ""),
                      f"{row['num_mentions']}/{row['num_sources']}/{row['num_articles']}", row["doc_id"],
                      row["trigger"]) for row in rows])
        return 0
    if args.format == "csv":
        write_records([flat(row) for row in rows], "csv", CSV_COLUMNS)
        return 0
    write_records(rows, args.format)
    return 0 if rows else 1


def flat(row: dict) -> dict:
    out = {k: v for k, v in row.items() if k not in ("source", "target", "location")}
    for side in ("source", "target"):
        for name, value in (row[side] or {}).items():
            out[f"{side}_{name}"] = value
    for name, value in (row["location"] or {}).items():
        out[f"location_{name}"] = value
    return out


def _any_filter(args: argparse.Namespace) -> bool:
    return any(getattr(args, name, None) is not None for name in
               ("source", "target", "dyad", "root", "code", "mode", "since", "until", "text", "min_confidence",
                "article"))
