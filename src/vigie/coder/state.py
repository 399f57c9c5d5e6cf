"""What the coder knows while it reads one article: a dataclass built per article, passed to each step.

Every field is declared here: the coding steps (`reading`, `nesting`, `placing`) are functions of this
state, and the actor methods of `Mentions` read only these fields. Nothing here outlives the article;
the resources (lexicon, resolvers) are read, never written to.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc, Span

from ..articles import Article
from ..events import Actor, Event
from ..resources import Resources
from .mentions import Mentions
from .syntax import quotations


@dataclass(eq=False)
class ArticleState(Mentions):
    res: Resources
    article: Article
    doc: Doc
    anchor: datetime.date | None  # the article's day, when known
    when: datetime.date | None  # the day offices are read on: the article's, else the middle of its month
    context: Any  # the article's actor memory (`ActorResolver.new_context`), filled as the text is read
    timexes: list[tuple[Any, Span | None]]  # the article's DATE and TIME expressions, with their spans
    quotes: list[tuple[int, int]]  # (opening, closing) token indices of its quotations
    require_source: bool = True  # drop events whose source the text does not give (agentless passives stay)
    mentions: dict[int, list[Actor]] = field(default_factory=dict)  # phrase head -> actors
    last_events: list[Event] = field(default_factory=list)  # events of the sentences read so far
    sentence_events: list[Event] = field(default_factory=list)  # events of the sentence being read
    topic: Actor | None = None  # the person the text is about: what a later "il"/"elle" takes up


def new_state(res: Resources, article: Article, doc: Doc, require_source: bool = True) -> ArticleState:
    """The state at the start of `article`: its time anchor, time expressions, quotations, actor memory."""
    anchor = res.anchor(article)
    timexes = res.tagger.tag(article.text, anchor.day, doc=doc, month=anchor.year_month)
    year_month = anchor.year_month
    when = anchor.day or (datetime.date(year_month[0], year_month[1], 15) if year_month else None)
    if article.date and anchor.day is None:
        article.warnings.append(f"{article.origin}: only the month {article.date} is known and the text "
                                "does not tell the day; relative dates stay unresolved")
    spans = [(t, doc.char_span(t.start, t.end, alignment_mode="expand")) for t in timexes
             if t.type in ("DATE", "TIME")]
    return ArticleState(res=res, article=article, doc=doc, anchor=anchor.day, when=when,
                        context=res.actors.new_context(when), timexes=spans, quotes=quotations(doc),
                        require_source=require_source)
