"""What the store's commands (events, timeline, actors, export) share: the filter flags, opening the store."""

from __future__ import annotations

import argparse

from ..errors import ConfigError
from ..events import MODES
from .common import add_config_flag, add_db_flag, load_settings


def add_filter_flags(parser: argparse.ArgumentParser, dyad: bool = True) -> None:
    group = parser.add_argument_group("filters (all that are given must hold)")
    group.add_argument("--source", help="source actor code or its start: RUS (any Russian actor), USAGOV, NATO")
    group.add_argument("--target", help="target actor code or its start")
    if dyad:
        group.add_argument("--dyad", metavar="A:B", help="source A and target B, e.g. USA:RUS")
    group.add_argument("--root", help="CAMEO root code, 2 digits (15 = exhibit force posture)")
    group.add_argument("--code", help="CAMEO code or its start (04 matches 040, 041…)")
    group.add_argument("--mode", choices=MODES, help="occurred, planned, negated, hypothetical or alleged")
    group.add_argument("--since", metavar="DAY", help="events on or after this day (YYYY-MM-DD, or YYYY-MM)")
    group.add_argument("--until", metavar="DAY", help="events on or before this day (YYYY-MM-DD, or YYYY-MM)")
    group.add_argument("--text", help="words all found in one of the event's sentences (e.g. cessez-le-feu)")
    group.add_argument("--min-confidence", type=float, metavar="P", help="only events the coder is this sure of")
    group.add_argument("--article", metavar="ID", help="only events reported by this article (its id)")
    add_db_flag(parser)
    add_config_flag(parser)


def dyad_flag(value: str | None) -> tuple[str, str] | None:
    if value is None:
        return None
    parts = value.split(":")
    if len(parts) != 2 or not all(parts):
        raise ConfigError(f"--dyad {value!r} must be SOURCE:TARGET, e.g. USA:RUS")
    return parts[0].upper(), parts[1].upper()


def _day(value: str | None, end: bool) -> str | None:
    """A day stays; a month is its first day (--since) or its last (--until)."""
    if value is None or len(value) != 7:
        return value
    from ..store.dedup import date_interval

    interval = date_interval(value)
    if interval is None:
        raise ConfigError(f"{value!r} is not a day YYYY-MM-DD or a month YYYY-MM")
    return (interval[1] if end else interval[0]).isoformat()


def event_filter(args: argparse.Namespace):
    from ..store import EventFilter

    upper = {name: getattr(args, name, None) for name in ("source", "target")}
    return EventFilter(
        source=upper["source"].upper() if upper["source"] else None,
        target=upper["target"].upper() if upper["target"] else None,
        dyad=dyad_flag(getattr(args, "dyad", None)), root=args.root, code=args.code, mode=args.mode,
        since=_day(args.since, end=False), until=_day(args.until, end=True), text=args.text,
        min_confidence=args.min_confidence, doc_id=args.article)


def open_store(args: argparse.Namespace):
    """The store named by --db / the 'db' setting, read-only."""
    from ..store import Store

    settings = load_settings(args)
    return Store.open(settings.db, read_only=True)
