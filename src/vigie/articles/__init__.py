"""Readers: any input (seed-format text, plain text, JSONL, stdin, folders) -> Article.

Readers never stop on a bad article: they yield an `InputError` for it (file and line named) and go on.
Nothing downstream of `read_articles` knows which format an article came from.
"""

from ..errors import InputError
from .dispatch import (
    Article,
    decode,
    looks_french,
    normalise_date,
    parse_jsonl_line,
    parse_text,
    read_articles,
    read_source,
)

__all__ = ["Article", "InputError", "decode", "looks_french", "normalise_date", "parse_jsonl_line", "parse_text",
           "read_articles", "read_source"]
