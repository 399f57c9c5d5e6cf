"""One entry point for coding articles: reads, parses in batches, codes. The CLI and API call this."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from spacy.language import Language

from .articles import Article
from .coder import Coder
from .events import Event
from .pipeline import load_nlp, parse_articles
from .resources import Resources


class Engine:
    """The spaCy pipeline and the coder's resources, built once and reused for every article."""

    def __init__(self, nlp: Language, resources: Resources, require_source: bool = True,
                 min_confidence: float = 0.0):
        self.nlp = nlp
        self.resources = resources
        self.coder = Coder(resources, require_source=require_source, min_confidence=min_confidence)

    @classmethod
    def load(cls, model: str | None = None, actor_files: Sequence[str | Path] = (),
             require_source: bool = True, min_confidence: float = 0.0) -> Engine:
        from .pipeline import DEFAULT_MODEL, add_name_tokens

        resources = Resources.load(actor_files=actor_files)
        nlp = load_nlp(model or DEFAULT_MODEL)
        add_name_tokens(nlp, resources.actors.hyphenated_names())
        return cls(nlp, resources, require_source=require_source, min_confidence=min_confidence)

    def code(self, articles: Iterable[Article], batch_size: int = 32, n_process: int = 1
             ) -> Iterator[tuple[Article, list[Event]]]:
        for article, doc in parse_articles(self.nlp, articles, batch_size=batch_size, n_process=n_process):
            try:
                events = self.coder.code(article, doc)
            except Exception as err:  # noqa: BLE001 - one bad article must not stop a corpus run
                article.warnings.append(
                    f"{article.origin}: could not be coded ({type(err).__name__}: {err}); "
                    "the other articles go on — please report this with the article")
                events = []
            yield article, events

    def code_text(self, text: str, date: str | None = None, doc_id: str = "text") -> list[Event]:
        article = Article(id=doc_id, text=text, date=date, origin=doc_id)
        return next(self.code([article]))[1]
