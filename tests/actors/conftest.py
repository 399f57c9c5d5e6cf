"""Resolvers built once per test session: the real data, and a small people fixture of our own."""

from __future__ import annotations

from pathlib import Path

import pytest

from vigie.actors import ActorResolver

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="session")
def resolver() -> ActorResolver:
    """Built-in dictionaries and the built-in people files."""
    return ActorResolver.load()


@pytest.fixture(scope="session")
def small() -> ActorResolver:
    """Built-in dictionaries with our own small people file instead of the built-in ones."""
    return ActorResolver.load(people=[FIXTURES / "people_small.jsonl"])
