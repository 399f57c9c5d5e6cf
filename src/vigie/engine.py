"""One entry point for coding articles: reads, parses in batches, codes. The CLI and API call this.

Every article is isolated: whatever parsing or coding one raises is recorded on it (`article.failure`,
and a warning naming its file and line) and the run goes on. Articles longer than a chunk are parsed in
paragraph-aligned chunks (`vigie.chunks`); coding an article has a time budget.
"""

from __future__ import annotations

import itertools
import signal
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from .articles import Article
from .chunks import CHUNK_CHARS, Piece, pieces_of, shifted
from .coder import Coder
from .events import Event
from .pipeline import load_nlp
from .resources import Resources

ARTICLE_SECONDS = 300.0  # default time budget to code one article (its chunks together)


# the most text one parse batch holds (one chunk alone may reach CHUNK_CHARS): bounds a batch's memory
BATCH_CHARS = 2 * CHUNK_CHARS


class Overtime(Exception):
    """Coding an article went past its time budget."""


class Engine:
    """The spaCy pipeline and the coder's resources, built once and reused for every article."""

    def __init__(self, nlp: Language, resources: Resources, require_source: bool = True,
                 chunk_chars: int = CHUNK_CHARS, article_seconds: float = ARTICLE_SECONDS,
                 min_confidence: float = 0.0, require_target: bool = True):
        self.nlp = nlp
        self.resources = resources
        self.coder = Coder(resources, require_source=require_source, min_confidence=min_confidence,
                           require_target=require_target)
        self.chunk_chars = chunk_chars
        self.article_seconds = article_seconds

    @classmethod
    def load(cls, model: str | None = None, actor_files: Sequence[str | Path] = (),
             require_source: bool = True, article_seconds: float = ARTICLE_SECONDS,
             min_confidence: float = 0.0, require_target: bool = True) -> Engine:
        from .pipeline import DEFAULT_MODEL, add_name_tokens

        resources = Resources.load(actor_files=actor_files)
        nlp = load_nlp(model or DEFAULT_MODEL)
        add_name_tokens(nlp, resources.actors.hyphenated_names())
        return cls(nlp, resources, require_source=require_source, article_seconds=article_seconds,
                   min_confidence=min_confidence, require_target=require_target)

    def code(self, articles: Iterable[Article], batch_size: int = 32, n_process: int = 1
             ) -> Iterator[tuple[Article, list[Event]]]:
        """(article, its events) for each article, in order; a failed article comes with no events."""
        pieces = (piece for article in articles for piece in self._pieces(article))
        events: list[Event] = []
        spent = 0.0
        for piece, doc in self._parse(pieces, batch_size, n_process):
            article = piece.article
            if piece.index == 0:
                events, spent = [], 0.0
            if doc is not None and article.failure is None:
                began = time.monotonic()
                events.extend(self._code_piece(piece, doc, self.article_seconds - spent))
                spent += time.monotonic() - began
            if piece.last:
                _merge_warnings(piece)
                yield article, events
            elif piece.text_article is not article:
                _merge_warnings(piece)

    def _pieces(self, article: Article) -> list[Piece]:
        if len(article.text) <= self.chunk_chars:
            return [Piece(article, article, 0, 1, 0)]
        try:
            anchor = self.resources.anchor(article)
            day = anchor.day.isoformat() if anchor.day is not None else None
        except (ValueError, OverflowError):
            day = None
        pieces = pieces_of(article, self.chunk_chars, day)
        article.warnings.append(f"{article.origin}: {len(article.text):,} characters, parsed in {len(pieces)} "
                                f"chunks of at most {self.chunk_chars:,} (cut at paragraph ends)")
        return pieces

    def _code_piece(self, piece: Piece, doc: Doc, seconds: float) -> list[Event]:
        article = piece.article
        try:
            with _deadline(seconds):
                found = self.coder.code(piece.text_article, doc)
        except Overtime:
            done = f"after chunk {piece.index} of {piece.count}" if piece.count > 1 else "before the end"
            article.failure = f"over its time budget of {self.article_seconds:g} s"
            article.warnings.append(f"{article.origin}: coding stopped {done}: over the time budget of "
                                    f"{self.article_seconds:g} s per article (article_seconds setting); "
                                    "the events found so far are kept")
            return []
        except Exception as err:  # noqa: BLE001 - one bad article must not stop a corpus run
            article.failure = f"{type(err).__name__}: {err}"
            article.warnings.append(f"{article.origin}: could not be coded ({type(err).__name__}: {err}); "
                                    "the other articles go on — please report this with the article")
            return []
        return [shifted(event, piece.offset) for event in found]

    def _parse(self, pieces: Iterator[Piece], batch_size: int, n_process: int
               ) -> Iterator[tuple[Piece, Doc | None]]:
        """(piece, doc) in order; doc is None when the parser failed on that piece (recorded on it)."""
        if n_process > 1:
            fed: deque[Piece] = deque()
            try:
                stream = ((p.text_article.text, p) for p in _remember(pieces, fed))
                for doc, piece in self.nlp.pipe(stream, as_tuples=True, batch_size=batch_size, n_process=n_process):
                    fed.popleft()
                    yield piece, doc
                return
            except Exception as err:  # noqa: BLE001 - a worker failed: go on in this process
                if fed:
                    fed[0].article.warnings.append(
                        f"{fed[0].article.origin}: the parser's worker processes failed ({type(err).__name__}); "
                        "the rest of the run is parsed in one process")
                pieces = itertools.chain(list(fed), pieces)
        for batch in _batches(pieces, batch_size, BATCH_CHARS):
            try:
                docs = list(self.nlp.pipe([p.text_article.text for p in batch], batch_size=batch_size))
            except Exception:  # noqa: BLE001 - find the piece that fails, parse the others
                docs = [self._parse_one(piece) for piece in batch]
            yield from zip(batch, docs, strict=True)

    def _parse_one(self, piece: Piece) -> Doc | None:
        try:
            return self.nlp(piece.text_article.text)
        except Exception as err:  # noqa: BLE001 - recorded on the article, which is output with no events
            article = piece.article
            article.failure = f"{type(err).__name__}: {err}"
            article.warnings.append(f"{article.origin}: could not be parsed ({type(err).__name__}: {err}); "
                                    "the other articles go on — please report this with the article")
            return None

    def code_text(self, text: str, date: str | None = None, doc_id: str = "text") -> list[Event]:
        article = Article(id=doc_id, text=text, date=date, origin=doc_id)
        return next(self.code([article]))[1]


def _batches(pieces: Iterator[Piece], size: int, chars: int) -> Iterator[list[Piece]]:
    """Batches of at most `size` pieces and, past the first piece, at most `chars` characters: a batch of
    long articles' chunks would otherwise hold `size` times a chunk's parse in memory at once."""
    batch: list[Piece] = []
    held = 0
    for piece in pieces:
        length = len(piece.text_article.text)
        if batch and (len(batch) >= size or held + length > chars):
            yield batch
            batch, held = [], 0
        batch.append(piece)
        held += length
    if batch:
        yield batch


def _remember(pieces: Iterable[Piece], fed: deque[Piece]) -> Iterator[Piece]:
    for piece in pieces:
        fed.append(piece)
        yield piece


def _merge_warnings(piece: Piece) -> None:
    """A chunk's warnings go to its article, once each."""
    if piece.text_article is piece.article:
        return
    for warning in piece.text_article.warnings:
        if warning not in piece.article.warnings:
            piece.article.warnings.append(warning)
    piece.text_article.warnings.clear()


class _deadline:  # noqa: N801 - used as `with _deadline(seconds):`
    """Raise Overtime in the block after `seconds` (a real-time timer; only in the main thread)."""

    def __init__(self, seconds: float):
        self.seconds = max(seconds, 0.001)
        self.armed = threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer")

    def __enter__(self) -> None:
        if self.armed:
            self.previous = signal.signal(signal.SIGALRM, _overtime)
            signal.setitimer(signal.ITIMER_REAL, self.seconds)

    def __exit__(self, *exc: object) -> None:
        if self.armed:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, self.previous)


def _overtime(signum: int, frame: object) -> None:
    raise Overtime
