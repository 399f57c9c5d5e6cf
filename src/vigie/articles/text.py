"""Seed-format (` date YYYY-MM[-DD]` header) and plain-text articles."""

from __future__ import annotations

import re

from ..errors import InputError
from .dates import check_date
from .model import Article

SEED_HEADER = re.compile(r"^\s*date\s+(\d{4}-\d{2}(?:-\d{2})?)\b[ \t]*")


def parse_text(text: str, doc_id: str, origin: str, default_date: str | None) -> Article:
    """A seed-format or plain-text article; InputError when there is no text."""
    date = default_date
    warnings = []
    header = SEED_HEADER.match(text)
    if header:
        found, problem = check_date(header.group(1))
        if found is None:
            warnings.append(f"{origin}:1: header date {problem}; ignored")
        date = found or date
        text = text[header.end():]
    if not text.strip():
        raise InputError(origin, "is empty", hint="an article needs some text", article_id=doc_id)
    article = Article(id=doc_id, text=text, date=date, origin=origin, warnings=warnings)
    if date is None:
        article.warnings.append(f"{origin}: no date (give one with --date YYYY-MM-DD); "
                                "relative dates like 'lundi' stay unresolved")
    return article
