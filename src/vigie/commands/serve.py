"""`vigie serve`: the read-only HTTP API and the dashboard over a store, with uvicorn."""

from __future__ import annotations

import argparse
import ipaddress
import sys

LOOPBACK = "127.0.0.1"


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("serve", help="serve the dashboard and the JSON API over a store (read-only)",
                              description="Serve the dashboard (/), the JSON API (/api/…) and its OpenAPI "
                              "page (/docs) over a store, read-only and offline.")
    p.add_argument("--db", help="the store file (default: the `db` setting, vigie.duckdb)")
    p.add_argument("--host", default=LOOPBACK,
                   help="address to bind (default 127.0.0.1: this machine only; 0.0.0.0 for a team)")
    p.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    p.add_argument("--cors", action="append", default=[], metavar="ORIGIN",
                   help="allow cross-origin GETs from this origin (repeatable; off by default)")
    p.add_argument("--config", help="settings file (default: ./vigie.toml if present)")


def run(args: argparse.Namespace) -> int:
    import uvicorn

    from ..api.app import create_app
    from ..errors import ConfigError
    from ..settings import Settings

    settings = Settings.load(args.config, overrides={"db": args.db})
    if not 0 < args.port < 65536:
        raise ConfigError(f"--port {args.port} is not a port number (1–65535)")
    if not _is_loopback(args.host):
        print(f"vigie: warning: serving on {args.host}:{args.port} — anyone who can reach this machine "
              "can read the store; put it behind a firewall or a reverse proxy with authentication",
              file=sys.stderr)
    app = create_app(settings.db, cors_origins=args.cors or None)
    print(f"vigie: serving {settings.db} on http://{args.host}:{args.port}/ (API: /api, docs: /docs); "
          "Ctrl-C to stop", file=sys.stderr)
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    return 0


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
