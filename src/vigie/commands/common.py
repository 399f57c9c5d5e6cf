"""What the commands share: settings flags, the --date flag, checking inputs before the model loads,
reading inputs while reporting what was skipped, the store filters, and output in several formats."""

from __future__ import annotations

import argparse
import csv
import datetime
import json
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..articles import Article, ReadOptions, normalise_date, read_articles
from ..errors import ConfigError, InputError
from ..settings import Settings


def wide_console():
    """A rich console that is wide when the output is a pipe or a file (rich would use 80 columns)."""
    import shutil

    from rich.console import Console

    width = shutil.get_terminal_size((160, 40)).columns if sys.stdout.isatty() else 160
    return Console(width=max(width, 100))


def date_flag(value: str | None) -> str | None:
    """--date as 'YYYY-MM-DD' or 'YYYY-MM', or a ConfigError saying what is expected."""
    if not value:
        return None
    date = normalise_date(value)
    if date is None:
        raise ConfigError(f"--date {value!r} is not YYYY-MM-DD or YYYY-MM")
    return date


def date_flag_day(value: str | None) -> datetime.date | None:
    """--date as a day; a month ('2022-02') stands for its first day."""
    date = date_flag(value)
    if date is None:
        return None
    return datetime.date.fromisoformat(date if len(date) == 10 else f"{date}-01")


def add_config_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--config", default=None, metavar="FILE",
        help="settings file (TOML, [vigie] table; default ./vigie.toml when present)")


def add_actors_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--actors", action="append", default=None, metavar="FILE",
                        help="a YAML file of actors that adds to or overrides the built-in ones (repeatable)")


def add_db_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", default=None, metavar="FILE",
                        help="the store file (default vigie.duckdb in the working folder; setting 'db')")


def load_settings(args: argparse.Namespace, **overrides: Any) -> Settings:
    """The one settings object for every command: defaults, the file (--config), VIGIE_* and the flags
    this command has (those it was given; the names of flags and settings are the same)."""
    from dataclasses import fields

    given = {f.name: getattr(args, f.name) for f in fields(Settings) if getattr(args, f.name, None) is not None}
    given.update({k: v for k, v in overrides.items() if v is not None})
    return Settings.load(getattr(args, "config", None), overrides=given)


def check_inputs(inputs: Sequence[str]) -> list[str]:
    """The inputs that exist. Each missing one is reported now, before anything slow (the model) loads;
    the others are still read (a command with none left exits 1)."""
    present = []
    for name in inputs:
        if name != "-" and not Path(name).exists():
            print(f"vigie: skipped: {name}: does not exist (check the path)", file=sys.stderr)
            continue
        present.append(name)
    return present


@dataclass
class Tally:
    articles: int = 0
    errors: int = 0


def add_language_flag(parser: argparse.ArgumentParser) -> None:
    """--any-language: the setting language_check = false for this run."""
    parser.add_argument("--any-language", dest="language_check", action="store_const", const=False, default=None,
                        help="read every article as French (default: skip, with a message, those that are not)")


def read_options(settings) -> ReadOptions:
    """How the readers follow the settings: the language check and the longest article read."""
    return ReadOptions(language_check=settings.language_check, max_chars=settings.max_chars)


def readable_articles(inputs: Iterable[str], default_date: str | None, tally: Tally,
                      options: ReadOptions | None = None) -> Iterator[Article]:
    """The articles that could be read; each input error is printed (file and line) and counted."""
    for item in read_articles(inputs, default_date, options):
        if isinstance(item, InputError):
            tally.errors += 1
            print(f"vigie: skipped: {item}", file=sys.stderr)
            continue
        tally.articles += 1
        yield item


def actor_label(actor: dict | Any | None) -> str:
    """'USAGOV (Antony Blinken)', 'RUS «Moscou»' or '—', from an Actor or an actor dict."""
    if actor is None:
        return "—"
    get = actor.get if isinstance(actor, dict) else lambda name: getattr(actor, name, None)
    label = get("code") or get("country") or "?"
    return f"{label} ({get('name')})" if get("name") else f"{label} «{get('text')}»"


class StreamTable:
    """A readable table written as rows come (one block per article on a long run), not at the end."""

    def __init__(self, columns: Sequence[str], wrap: Sequence[str] = ()) -> None:
        self.console = wide_console()
        self.columns = list(columns)
        self.wrap = set(wrap)
        self.rows = 0

    def write(self, rows: Sequence[Sequence[str]], title: str | None = None) -> None:
        from rich.table import Table

        if not rows:
            return
        table = Table(header_style="bold", title=title, title_justify="left", show_header=self.rows == 0
                      or title is not None)
        for column in self.columns:
            table.add_column(column, no_wrap=column not in self.wrap)
        for row in rows:
            table.add_row(*(str(cell) if cell is not None else "" for cell in row))
        self.console.print(table)
        self.rows += len(rows)


def write_records(records: Sequence[dict[str, Any]], fmt: str, columns: Sequence[str] = ()) -> None:
    """json: always one list (empty or not); jsonl: one object a line; csv: `columns`, nested values as JSON."""
    out = sys.stdout
    if fmt == "json":
        out.write(json.dumps(list(records), ensure_ascii=False, indent=1) + "\n")
    elif fmt == "jsonl":
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        writer = csv.writer(out)
        writer.writerow(columns)
        for record in records:
            writer.writerow([_cell(record.get(name)) for name in columns])


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def nothing_found(what: str) -> None:
    """An empty result is said on stderr, never printed as an empty table."""
    print(f"vigie: no {what}", file=sys.stderr)
