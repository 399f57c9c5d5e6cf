"""The `vigie` command: a thin face over the library. Only this module talks to the user."""

from __future__ import annotations

import argparse
import importlib
import sys

from . import __version__
from .errors import VigieError

COMMANDS = ("code", "dates", "actor", "ingest", "events", "timeline", "actors", "export")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="vigie", description="French news in, coded political events out (who did what to whom, "
        "when and where), with the evidence for each event.")
    parser.add_argument("--version", action="version", version=f"vigie {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        module = importlib.import_module(f"vigie.commands.{name}")
        module.register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "command", None):
        parser.print_help()
        return 0
    module = importlib.import_module(f"vigie.commands.{args.command}")
    try:
        return module.run(args)
    except VigieError as err:
        print(f"vigie: error: {err}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
