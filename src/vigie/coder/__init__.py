"""The event coder: reads a parsed article and codes its events. `vigie_events` is its spaCy component
(`vigie.coder.component`, registered when this package is imported)."""

from . import component  # noqa: F401 - registers the "vigie_events" factory
from .core import Coder

__all__ = ["Coder"]
