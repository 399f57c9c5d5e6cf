"""The one article type every reader produces, the reading options, and the record of a reading problem."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..errors import InputError

# Past this many characters an article is refused (the `max_chars` setting); longer than the parser's
# chunk, it is parsed in paragraph-aligned chunks.
MAX_CHARS = 2_000_000


@dataclass
class Article:
    """One news article, whatever file it came from."""

    id: str
    text: str
    date: str | None = None  # YYYY-MM-DD, or YYYY-MM when only the month is known
    title: str | None = None
    url: str | None = None
    source: str | None = None
    lang: str = "fr"
    origin: str = ""  # file (and line) it was read from, for messages
    warnings: list[str] = field(default_factory=list)
    failure: str | None = None  # set when parsing or coding it failed (the run went on)

    @property
    def date_precision(self) -> str | None:
        if self.date is None:
            return None
        return "day" if len(self.date) == 10 else "month"


@dataclass(frozen=True)
class CsvColumns:
    """Which CSV column holds which field (None: the usual names, e.g. text/body/content for the text)."""

    text: str | None = None
    id: str | None = None
    date: str | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    lang: str | None = None


@dataclass(frozen=True)
class ReadOptions:
    """How inputs are read. Built by the caller (commands, store) and passed to `read_articles`."""

    default_date: str | None = None
    csv: CsvColumns = field(default_factory=CsvColumns)
    language_check: bool = True  # False: every article is taken as French
    max_chars: int = MAX_CHARS
    jsonl: bool | None = None  # force (True) or forbid (False) JSONL for text inputs; None: recognise it


@dataclass(frozen=True)
class ReadProblem:
    """What a reader could not read or chose to skip, as a record a caller can store instead of printing.

    kind: "error" (unreadable input or record), "language" (not French, skipped), "duplicate" (same id
    and text as an earlier article, skipped), "ignored" (a path inside a folder that holds no article)."""

    path: str
    line: int | None
    article_id: str | None
    message: str
    hint: str
    kind: str

    @classmethod
    def of(cls, error: InputError) -> ReadProblem:
        return cls(error.path, error.line, error.article_id, error.message, error.hint, error.kind)

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else self.path
        return f"{where}: {self.message}" + (f" ({self.hint})" if self.hint else "")
