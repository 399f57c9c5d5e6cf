"""The process pool gives the events one process gives, in input order; the lemma sets change no lemma."""

from __future__ import annotations

from pathlib import Path

import pytest

from vigie.articles import Article, read_articles
from vigie.parallel import EngineSpec, PooledEngine, available_cores

FIXTURES = Path(__file__).parent / "fixtures"




def _corpus(copies: int) -> list[Article]:
    """The short news fixture and the seed article, repeated under distinct ids (several chunks)."""
    base = [a for a in read_articles([str(FIXTURES / "short_news.jsonl"), str(FIXTURES / "seed_2022-02.txt")])
            if isinstance(a, Article)]
    return [Article(id=f"{a.id}-{i}", text=a.text, date=a.date, origin=f"{a.origin}#{i}")
            for i in range(copies) for a in base]


def _as_lines(results) -> list[tuple[str, list[str], list[str]]]:
    return [(article.id, article.warnings, [event.to_json() for event in events]) for article, events in results]


def test_available_cores_is_positive():
    assert available_cores() >= 1


@pytest.mark.slow
def test_pool_equals_one_process_in_order(engine):
    articles = _corpus(2)
    alone = _as_lines(engine.code(_corpus(2), batch_size=2))
    with PooledEngine(EngineSpec(), processes=2, min_articles=0) as pooled:
        together = _as_lines(pooled.code(iter(articles), batch_size=2))
    assert [line[0] for line in together] == [a.id for a in articles]
    assert together == alone
    assert any(line[2] for line in together)  # the corpus does produce events


def test_short_input_stays_in_process(engine):
    pooled = PooledEngine(EngineSpec(), processes=2, min_articles=100)
    pooled._local = engine  # the session engine is the one it would build
    results = _as_lines(pooled.code(_corpus(1)))
    assert pooled._pool is None
    assert results == _as_lines(engine.code(_corpus(1)))


def test_lemma_sets_change_no_lemma(nlp):
    """The lemmatizer's word lists turned into sets (pipeline.index_lemma_tables) give the same lemmas."""
    texts = [a.text for a in _corpus(1)]
    lemmatizer = nlp.get_pipe("lemmatizer")
    table = lemmatizer.lookups.get_table("lemma_index")
    assert all(isinstance(table[key], frozenset) for key in table.keys())
    with_sets = [[t.lemma_ for t in doc] for doc in nlp.pipe(texts)]
    sets = {key: table[key] for key in list(table.keys())}
    try:
        for key, words in sets.items():
            table[key] = sorted(words)
        lemmatizer.cache.clear()
        with_lists = [[t.lemma_ for t in doc] for doc in nlp.pipe(texts)]
    finally:
        for key, words in sets.items():
            table[key] = words
        lemmatizer.cache.clear()
    assert with_lists == with_sets
