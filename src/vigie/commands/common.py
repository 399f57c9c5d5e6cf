"""What the commands share: the --date flag and reading inputs while reporting what was skipped."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from ..articles import Article, normalise_date, read_articles
from ..errors import ConfigError, InputError


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


@dataclass
class Tally:
    articles: int = 0
    errors: int = 0


def readable_articles(inputs: Iterable[str], default_date: str | None, tally: Tally) -> Iterator[Article]:
    """The articles that could be read; each input error is printed (file and line) and counted."""
    for item in read_articles(inputs, default_date):
        if isinstance(item, InputError):
            tally.errors += 1
            print(f"vigie: skipped: {item}", file=sys.stderr)
            continue
        tally.articles += 1
        yield item
