"""The event coder: a parsed article -> Events (who did what to whom, when, where, with evidence).

For each sentence: find predicates from the lexicon (head lemma + required dependents), let governing
acts take their code from what they govern and cover it (`nesting`), fill the argument slots from the
dependency tree, turn the argument phrases into actors (resolver + article memory: pronouns, quote
speakers, possessives), split coordinations into one event per member, then add the mode, the date
(the sentence's time expression nearest the predicate), the place and a confidence.

The steps are functions of an explicit per-article state (`state.ArticleState`); `Coder` holds only
what is shared by every article: the resources, loaded once per process.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Span

from ..articles import Article
from ..events import Event
from ..resources import Resources
from .confidence import Weights, score
from .matching import match_predicate
from .nesting import refine_governing, subsumed
from .placing import infer_counterparts
from .precision import actor_key, complete, drop_vaguer
from .reading import elliptic_events, events_for
from .repairs import repair_tags
from .state import ArticleState, new_state


class Coder:
    """Codes parsed articles. Built once per process from loaded resources; holds no per-article state."""

    def __init__(self, resources: Resources, require_source: bool = True, min_confidence: float = 0.0,
                 weights: Weights | None = None, require_target: bool = True):
        self.res = resources
        # an event whose actor is unknown ("Deux policiers ont été tués") is kept only on request
        self.require_source = require_source
        # an act done to someone (an appeal, a threat, a sanction) whose target is neither read nor
        # inferred is kept only on request; one-sided acts (`one_sided` rule) need none
        self.require_target = require_target
        self.min_confidence = min_confidence
        self.weights = weights or Weights.load()

    def code(self, article: Article, doc: Doc) -> list[Event]:
        """The events of one article, in text order, each once."""
        if "vigie_repaired" not in doc.user_data:
            repair_tags(doc)  # a parse from a pipeline without the vigie_repairs component
        state = new_state(self.res, article, doc, require_source=self.require_source)
        events: list[Event] = []
        for sent in doc.sents:
            events.extend(code_sentence(state, sent))
        infer_counterparts(state, events)
        if self.require_target:
            events = [e for e in events if complete(e, self.res.rules.one_sided)]
        events = unique_events(events)
        neighbours = Counter(e.start for e in events)
        for event in events:
            event.confidence = score(event, self.weights, neighbours[event.start])
        return [e for e in events if e.confidence >= self.min_confidence]


def code_sentence(state: ArticleState, sent: Span) -> list[Event]:
    """The events of one sentence; remembers its actors and events for the sentences after it."""
    state.remember_mentions(sent)
    topic = next((a for t in sent if t.dep_ in ("nsubj", "nsubj:pass") and t.head.dep_ == "ROOT"
                  for a in state.mentions.get(t.i, []) if a.kind == "person"), None)
    matches = [m for m in (match_predicate(state.res.lexicon, t) for t in sent) if m is not None]
    by_token = {m.token.i: m for m in matches}
    refine_governing(matches, by_token, state.res.rules)
    events: list[Event] = []
    state.sentence_events = events  # what a later noun of the same sentence may refer back to
    for match in matches:
        if subsumed(match, by_token, state.res.rules):
            continue
        events.extend(events_for(state, match, sent))
    events = drop_vaguer(events, state.res.rules.plain_statement)
    events += elliptic_events(state, sent, events)
    state.last_events.extend(events)
    if topic is not None:
        state.topic = topic  # the person the text is about: what a later "il"/"elle" takes up
    return events


def unique_events(events: list[Event]) -> list[Event]:
    """One event per (trigger, code, source, target): a phrase read twice is one event."""
    seen: set[tuple] = set()
    unique = []
    for event in events:
        key = (event.trigger_start, event.code, actor_key(event.source), actor_key(event.target))
        if key not in seen:
            seen.add(key)
            unique.append(event)
    return unique
