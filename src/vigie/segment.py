"""Sentence boundaries for news French, set before the parser (which then respects them).

The statistical parser splits news copy badly around paragraph breaks, names with hyphens and quotes.
This component decides every token's `is_sent_start` from punctuation and layout, so the parser's
trees never cross a paragraph and never break a sentence in the middle of a name.

A dateline opening a paragraph ("PARIS, 3 mars 2011 (AFP) - ", "KIEV – ", "DAYTON (Etats-Unis), 21
novembre - ") is a sentence of its own, so the parser never takes the city for the subject of the
story's first verb; its token ranges are kept in `doc.user_data["vigie_datelines"]` (the coder never
reads an actor in them).
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

ENDERS = {".", "!", "?", "…", "...", "!?", "?!"}
CLOSERS = {"»", '"', "”", "'", ")", "]"}
# Tokens after which a full stop does not end a sentence (titles, abbreviations).
ABBREVIATIONS = {"m", "mm", "mme", "mmes", "mlle", "dr", "pr", "me", "mgr", "st", "ste", "gal", "gén",
                 "col", "cdt", "lt", "sgt", "cf", "etc", "env", "av", "apr", "j.-c", "vol", "no", "art",
                 "p", "chap", "fig", "janv", "févr", "sept", "oct", "nov", "déc"}
PARAGRAPH = re.compile(r"\n\s*\n|\n")
DASHES = {"-", "–", "—"}
DATELINE_TOKENS = 16  # the longest dateline, dash included


def _starts_like_sentence(text: str) -> bool:
    first = text[:1]
    return first.isupper() or first.isdigit() or first in {"«", '"', "“", "-", "–", "—", "("}


@Language.component("vigie_sentences")
def set_sentence_starts(doc: Doc) -> Doc:
    """Mark sentence starts: after a paragraph break, or after . ! ? (and closing quotes) before a capital."""
    n = len(doc)
    if n == 0:
        return doc
    starts = [False] * n
    starts[0] = True
    pending = False  # a sentence end was seen; the next real token starts a sentence
    for i, token in enumerate(doc):
        if token.is_space:
            if PARAGRAPH.search(token.text):
                pending = True
            continue
        if pending and token.text in CLOSERS and i and not doc[i - 1].is_space:
            continue  # the closing quote or bracket of the sentence that just ended
        if pending:
            prev = doc[i - 1] if i else None
            paragraph = prev is not None and prev.is_space and "\n" in prev.text
            if paragraph or _starts_like_sentence(token.text):
                starts[i] = True
            pending = False
        if token.text in ENDERS or (token.text.endswith(".") and len(token.text) > 1 and token.is_punct):
            prev = doc[i - 1] if i else None
            if token.text == "." and prev is not None and _is_abbreviation(prev):
                continue
            pending = True
        elif token.text in CLOSERS and pending:
            continue
        if "\n" in token.whitespace_ or (i + 1 < n and "\n" in doc[i + 1].text and doc[i + 1].is_space):
            pending = True
    datelines = []
    for i in [i for i in range(n) if starts[i] and (i == 0 or "\n" in doc[i - 1].text + doc[i - 1].whitespace_)]:
        end = dateline_end(doc, i)
        if end is not None:
            datelines.append([i, end])
            if end < n:
                starts[end] = True
    doc.user_data["vigie_datelines"] = datelines
    for i, token in enumerate(doc):
        token.is_sent_start = starts[i]
    return doc


def dateline_end(doc: Doc, start: int) -> int | None:
    """The end (exclusive, after its dash) of the dateline that begins a paragraph at `start`, or None: a
    place in capitals, then only a bracketed country or agency, commas and a date, then a dash set off by
    spaces before a sentence."""
    if not _capitals(doc[start].text):
        return None
    depth = 0
    for i in range(start + 1, min(start + DATELINE_TOKENS, len(doc))):
        token, previous = doc[i], doc[i - 1]
        if token.is_space:
            return None
        if token.text in DASHES and previous.whitespace_ and token.whitespace_ and depth == 0:
            after = doc[i + 1].text if i + 1 < len(doc) else ""
            return i + 1 if _starts_like_sentence(after) else None
        if token.text in ("(", ")"):
            depth += 1 if token.text == "(" else -1
            if depth < 0:
                return None
        elif depth:
            if not (token.text[:1].isupper() or token.text in DASHES):
                return None  # "(Etats-Unis)", "(AFP)"
        elif not (_capitals(token.text) or token.text == "," or token.is_digit or token.lower_ == "1er"
                  or token.is_alpha and token.is_lower and (previous.is_digit or previous.lower_ == "1er")):
            return None  # "20 mars 2011": a word of the date follows its day
    return None


def _capitals(text: str) -> bool:
    return any(c.isalpha() for c in text) and text.isupper()


def _is_abbreviation(token) -> bool:
    text = token.text.lower().rstrip(".")
    if text in ABBREVIATIONS:
        return True
    return len(token.text) == 1 and token.text.isupper()  # an initial: "J. Chirac"
