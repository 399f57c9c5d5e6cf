"""Readers: any input -> Article. Seed-format and plain text, JSONL (gzipped or not), CSV/TSV, HTML
pages, RSS/Atom feeds, WARC archives, folders of those, and '-' for standard input.

`read_articles` yields an `Article` for each article and an `InputError` (file, line, article id when
known, message, hint, kind) for each problem, and always goes on; `ReadProblem.of(error)` is the same
as a plain record. Nothing downstream knows which format an article came from.
"""

from ..errors import InputError
from .cleaning import clean, decode
from .dates import check_date, normalise_date
from .dispatch import read_articles, read_source
from .jsonl import parse_jsonl_line
from .language import LanguageCheck, looks_french
from .model import MAX_CHARS, Article, CsvColumns, ReadOptions, ReadProblem
from .text import parse_text

__all__ = ["MAX_CHARS", "Article", "CsvColumns", "InputError", "LanguageCheck", "ReadOptions", "ReadProblem",
           "check_date", "clean", "decode", "looks_french", "normalise_date", "parse_jsonl_line", "parse_text",
           "read_articles", "read_source"]
