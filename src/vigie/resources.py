"""Everything the coder looks up, loaded once per process: ontology, lexicon, modality markers,
actors, places and the time tagger. Built from settings and passed in; nothing global."""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .articles import Article


@dataclass
class Resources:
    ontology: Any
    lexicon: Any
    markers: Any
    actors: Any
    places: Any
    tagger: Any

    @classmethod
    def load(cls, actor_files: Sequence[str | Path] = ()) -> Resources:
        from .actors import ActorResolver
        from .lexicon import Lexicon, Modality
        from .ontology import Ontology
        from .places import Gazetteer
        from .time import TimeTagger

        ontology = Ontology.load()
        return cls(ontology=ontology, lexicon=Lexicon.load(ontology), markers=Modality.load(),
                   actors=ActorResolver.load(extra_files=actor_files), places=Gazetteer.load(),
                   tagger=TimeTagger())

    def anchor(self, article: Article) -> tuple[datetime.date | None, str | None]:
        """The day relative expressions are resolved against, and a note when it had to be inferred."""
        if article.date is None:
            return None, None
        year, month = int(article.date[:4]), int(article.date[5:7])
        if article.date_precision == "day":
            try:
                return datetime.date.fromisoformat(article.date), None
            except ValueError:
                return None, f"date {article.date} is not a real day; relative dates left unresolved"
        from .time import infer_anchor

        guess = infer_anchor(article.text, year, month)
        if guess is not None:
            return guess.date, None
        return None, (f"only the month {article.date} is known and the text gives no day; "
                      "relative dates are left unresolved")
