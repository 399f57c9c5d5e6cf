"""Fixtures of the time tests: one tagger per session (the spaCy `nlp` comes from tests/conftest.py)."""

from __future__ import annotations

import pytest

from vigie.time import TimeTagger


@pytest.fixture(scope="session")
def tagger() -> TimeTagger:
    return TimeTagger()
