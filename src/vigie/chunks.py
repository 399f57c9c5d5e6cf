"""Long articles in paragraph-aligned chunks, so that the parser's cost and memory stay bounded.

An article up to `CHUNK_CHARS` is one chunk (itself). A longer one is cut at paragraph breaks (a
paragraph longer than a chunk at sentence ends, then at spaces): the chunks laid end to end are the
article's text, and each knows its offset, so events found in a chunk keep offsets into the article.
Coding context (pronouns, the article's main actors) does not cross from one chunk to the next.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .articles import Article
from .events import Event

CHUNK_CHARS = 100_000
PARAGRAPH_END = re.compile(r"\n[ \t]*\n\s*|\n\s*")
SENTENCE_END = re.compile(r"[.!?…»]\s+")
SPACE = re.compile(r"\s+")


@dataclass
class Piece:
    """A chunk of an article: its own Article (the chunk's text) and where it sits in the whole."""

    article: Article  # the whole article
    text_article: Article  # what is parsed and coded: the article itself, or a chunk of it
    index: int
    count: int
    offset: int

    @property
    def last(self) -> bool:
        return self.index == self.count - 1


def spans(text: str, size: int = CHUNK_CHARS) -> list[tuple[int, int]]:
    """(start, end) of chunks of at most `size` characters covering `text`, cut where paragraphs end
    when they can be, else where sentences end, else at a space, else anywhere."""
    if len(text) <= size:
        return [(0, len(text))]
    out: list[tuple[int, int]] = []
    start = 0
    while len(text) - start > size:
        cut = _cut(text, start, start + size)
        out.append((start, cut))
        start = cut
    out.append((start, len(text)))
    return out


def _cut(text: str, start: int, limit: int) -> int:
    """The best place to end a chunk that starts at `start` and must end by `limit`."""
    floor = start + (limit - start) // 4  # a chunk is at least a quarter of the size
    for pattern in (PARAGRAPH_END, SENTENCE_END, SPACE):
        last = None
        for match in pattern.finditer(text, floor, limit):
            last = match
        if last is not None and last.end() <= limit:
            return last.end()
    return limit


def pieces_of(article: Article, size: int = CHUNK_CHARS, day: str | None = None) -> list[Piece]:
    """The pieces to parse for one article; `day` (the anchor inferred on the whole text) dates them."""
    cuts = spans(article.text, size)
    if len(cuts) == 1:
        return [Piece(article, article, 0, 1, 0)]
    date = day or article.date
    return [Piece(article, Article(id=article.id, text=article.text[start:end], date=date, title=article.title,
                                   url=article.url, source=article.source, lang=article.lang,
                                   origin=article.origin),
                  index, len(cuts), start)
            for index, (start, end) in enumerate(cuts)]


def shifted(event: Event, offset: int) -> Event:
    """An event found in a chunk, with offsets into the whole article."""
    if offset == 0:
        return event
    return replace(event, start=event.start + offset, end=event.end + offset,
                   trigger_start=None if event.trigger_start is None else event.trigger_start + offset,
                   trigger_end=None if event.trigger_end is None else event.trigger_end + offset)
