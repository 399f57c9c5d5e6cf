"""Sentence boundaries for news French, set before the parser (which then respects them).

The statistical parser splits news copy badly around paragraph breaks, names with hyphens and quotes.
This component decides every token's `is_sent_start` from punctuation and layout, so the parser's
trees never cross a paragraph and never break a sentence in the middle of a name.
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
    for i, token in enumerate(doc):
        token.is_sent_start = starts[i]
    return doc


def _is_abbreviation(token) -> bool:
    text = token.text.lower().rstrip(".")
    if text in ABBREVIATIONS:
        return True
    return len(token.text) == 1 and token.text.isupper()  # an initial: "J. Chirac"
