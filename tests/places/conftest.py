"""Shared fixtures for the places tests: the gazetteer is built once per test session."""

from __future__ import annotations

import pytest

from vigie.places import Gazetteer


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()
