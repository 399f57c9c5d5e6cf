"""Vigie: French news in, coded political events out."""

__version__ = "0.1.0"
