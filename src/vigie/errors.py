"""Errors a user can cause. Each says what went wrong, where, and what to do."""

from __future__ import annotations


class VigieError(Exception):
    """Base class of the errors Vigie reports to its user."""


class InputError(VigieError):
    """An article could not be read: names the file (and line) and what to do."""

    def __init__(self, path: str, message: str, line: int | None = None, hint: str = "",
                 article_id: str | None = None, kind: str = "error"):
        self.path = path
        self.line = line
        self.message = message
        self.hint = hint
        self.article_id = article_id
        self.kind = kind  # "error", "language", "duplicate", "ignored": see vigie.articles.ReadProblem
        where = f"{path}:{line}" if line is not None else path
        text = f"{where}: {message}"
        if hint:
            text += f" ({hint})"
        super().__init__(text)


class DataError(VigieError):
    """A dictionary file (lexicon, actors, ontology...) is malformed: `file:line: field: problem`."""

    def __init__(self, path: str, line: int | None, field: str, problem: str):
        self.path = path
        self.line = line
        self.field = field
        self.problem = problem
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {field}: {problem}")


class ConfigError(VigieError):
    """A setting is wrong: says which and how to fix it."""


class Interrupted(KeyboardInterrupt):
    """SIGTERM (or another stop signal) arrived: handled like Ctrl-C, the exit code is 128 + `signum`."""

    def __init__(self, signum: int):
        super().__init__(signum)
        self.signum = signum
