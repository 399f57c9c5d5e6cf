"""Fixtures of the coder tests: the shipped lexicon, loaded once."""

from __future__ import annotations

import pytest

from vigie.lexicon import Lexicon
from vigie.ontology import Ontology


@pytest.fixture(scope="session")
def lexicon() -> Lexicon:
    return Lexicon.load(Ontology.load())
