"""The `vigie` command: a thin face over the library. Only this module talks to the user."""

from __future__ import annotations

import argparse
import errno
import importlib
import os
import signal
import sys

from . import __version__
from .errors import Interrupted, VigieError

COMMANDS = ("code", "dates", "actor", "ingest", "events", "timeline", "actors", "export", "serve")


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
    if sys.stdout is None:                      # started with stdout closed (`>&-`)
        print("vigie: error: standard output is closed; redirect it to a file or a pipe", file=sys.stderr)
        return 1
    signal.signal(signal.SIGTERM, _terminate)
    try:
        code = module.run(args)
        sys.stdout.flush()                      # a full disk or a closed pipe shows here, not at exit
        return code
    except VigieError as err:
        print(f"vigie: error: {err}", file=sys.stderr)
        return 2
    except Interrupted as stop:
        return 128 + stop.signum
    except KeyboardInterrupt:
        return 128 + signal.SIGINT
    except BrokenPipeError:                     # `vigie code ... | head`: the reader has gone, stop quietly
        _silence_stdout()
        return 128 + signal.SIGPIPE
    except OSError as err:
        if err.errno not in (errno.ENOSPC, errno.EBADF, errno.EIO):
            raise
        _silence_stdout()
        print(f"vigie: error: cannot write the output: {err.strerror}", file=sys.stderr)
        return 1


def _terminate(signum: int, frame: object) -> None:
    raise Interrupted(signum)


def _silence_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's final flush does not fail a second time."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass

if __name__ == "__main__":
    sys.exit(main())
