"""The event coder: reads a parsed article and codes its events."""

from .core import Coder

__all__ = ["Coder"]
