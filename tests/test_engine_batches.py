"""Parse batches are bounded by characters as well as by count, so long articles' chunks never pile up."""

from vigie.articles import Article
from vigie.chunks import Piece
from vigie.engine import _batches


def _piece(n: int, chars: int) -> Piece:
    article = Article(id=f"a{n}", text="x" * chars, date="2022-01-01", origin=f"a{n}")
    return Piece(article, article, 0, 1, 0)


def test_batches_stop_at_the_character_budget():
    pieces = [_piece(n, 60) for n in range(10)]
    batches = list(_batches(iter(pieces), size=32, chars=150))
    assert [len(b) for b in batches] == [2, 2, 2, 2, 2]
    assert [p for b in batches for p in b] == pieces  # nothing lost, order kept


def test_batches_stop_at_the_count_and_keep_an_oversized_piece_alone():
    pieces = [_piece(0, 500), *(_piece(n, 1) for n in range(1, 6))]
    batches = list(_batches(iter(pieces), size=2, chars=100))
    assert [len(b) for b in batches] == [1, 2, 2, 1]


def test_the_time_budget_setting_reaches_the_engine_and_an_overtime_article_is_reported(engine):
    from vigie.engine import Engine
    from vigie.parallel import EngineSpec
    from vigie.settings import Settings

    spec = EngineSpec.from_settings(Settings.load(overrides={"article_seconds": 0.25, "keep_sourceless": True}))
    assert (spec.article_seconds, spec.require_source) == (0.25, False)
    hurried = Engine(engine.nlp, engine.resources, article_seconds=1e-7)
    article = Article(id="slow", text="Le Japon a condamné lundi les essais de missiles de la Corée du Nord.",
                      date="2022-01-01", origin="slow.txt:1")
    [(done, events)] = list(hurried.code([article]))
    assert events == [] and "time budget" in done.failure and "article_seconds" in done.warnings[-1]
