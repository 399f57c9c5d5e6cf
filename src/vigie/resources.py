"""Everything the coder looks up, loaded once per process: ontology, lexicon, modality markers,
actors, places and the time tagger. Built from settings and passed in; nothing global."""

from __future__ import annotations

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
    rules: Any = None  # vigie.ontology.CodingRules

    @classmethod
    def load(cls, actor_files: Sequence[str | Path] = ()) -> Resources:
        from .actors import ActorResolver
        from .diskcache import cached, key_for
        from .lexicon import Lexicon, Modality
        from .ontology import CodingRules, Ontology
        from .places import Gazetteer
        from .time import TimeTagger

        ontology = Ontology.load()
        # the two slowest to build (~2 s of a worker's start) come from the disk cache when unchanged
        actors = cached("actors", key_for(actor_files), lambda: ActorResolver.load(extra_files=actor_files))
        return cls(ontology=ontology, lexicon=Lexicon.load(ontology), markers=Modality.load(),
                   actors=actors, places=cached("places", key_for(), Gazetteer.load),
                   tagger=TimeTagger(), rules=CodingRules.load(ontology))

    def anchor(self, article: Article):
        """The article's time anchor: its day, or a day inferred from the text when only the month is
        given (with the evidence), or just the month. See `vigie.time.article_anchor`."""
        from .time import article_anchor

        return article_anchor(article.date, article.text)
