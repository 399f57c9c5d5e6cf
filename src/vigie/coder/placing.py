"""Where and when an event happened, and whom an untargeted interaction is aimed at."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from ..events import Actor, Event, Place
from ..time import event_date
from .groups import two_sides
from .syntax import TIME_WORDS, case_of, children, governors, np_text
from .words import word_list

if TYPE_CHECKING:
    from .state import ArticleState

NON_STATES = {"NATO", "UN", "EU", "WST", "IGO"}  # actor countries that are bodies, never a counterpart
# how often the article must name a state (actors and places) before it is the main counterpart (3 gave
# dev F1 +0.003 but loses short wires that name the counterpart twice)
COUNTERPART_MENTIONS = 2


def location(state: ArticleState, predicate: Token, sentence_wide: bool = True) -> Place | None:
    """Where: a locative phrase on the predicate or the verbs above it, else one on the sentence's main
    verb ("À Moscou, le président a reçu …")."""
    if state.res.places is None:
        return None
    root = predicate.sent.root
    chain = [predicate, *list(governors(predicate))[:2]]
    if sentence_wide and root not in chain:
        chain.append(root)
    for token in chain:
        near = children(token, "obl", "nmod") + [g for c in token.children if c.lower_ in TIME_WORDS
                                                 for g in children(c, "obl", "nmod")]
        for child in near:
            if case_of(child) in word_list("locative_cases") and child.pos_ in ("PROPN", "NOUN"):
                place = state.res.places.lookup(np_text(child))
                if place is not None:
                    return place
    return None
def date_for(state: ArticleState, predicate: Token, sent: Span, mode: str) -> tuple[str | None, str | None]:
    chain = {predicate.i, *(g.i for g in list(governors(predicate))[:3])}
    best = None
    for timex, span in state.timexes:
        if span is None or span.start < sent.start or span.end > sent.end:
            continue
        value = event_date(timex.value)
        if value is None:
            continue
        root = span.root
        attached = any(h.i in chain for h in [root, *list(governors(root))[:3]])
        distance = abs(span.start_char - predicate.idx)
        score = (0 if attached else 1, distance)
        if best is None or score < best[0]:
            best = (score, value, timex.text)
    if best is not None:
        return best[1], best[2]
    if mode == "occurred" and state.anchor is not None:
        return state.anchor.isoformat(), None
    return None, None


def infer_counterparts(state: ArticleState, events: list[Event]) -> None:
    """An interaction with no stated target ("a laissé la porte ouverte à des négociations") is aimed
    at the article's main counterpart of its source: the state mentioned most after the source's own,
    its places counted too ("des frappes sur Kharkiv", "à Odessa"), when one clearly leads; one aimed at
    "les deux pays", "les belligérants" at each of the two main counterparts. A domestic act (a protest,
    arrests, a coup: `domestic_roots` of words.yaml) with no stated target is aimed at the source's own
    country instead. Marked `target_inferred` so analysts can filter it."""
    for event in events:  # "des milliers de manifestants à Khartoum": a guessed side is where it acts
        event.source = _placed(state, event.source, event.location)
        event.target = _placed(state, event.target, event.location)
    counts = {c: n for c, n in state.context.counts().items() if len(c) == 3}
    partners: dict[int | None, set[str | None]] = {}
    for event in events:  # members of one compound subject are allies, not each other's target
        partners.setdefault(event.trigger_start, set()).add(event.source.country if event.source else None)
    domestic = word_list("domestic_roots")
    for event in events:  # a protest, a crackdown, a coup with one side unnamed: that side's own country
        if event.code[:2] not in domestic:
            continue
        if event.target is None and _domestic(event.source):
            event.target = Actor(text="", country=event.source.country, kind="state")
            event.extra["target_inferred"] = True
        elif (event.source is None and _domestic(event.target)  # "X a été arrêté" (no agent)
              and event.code[:2] in word_list("authority_roots")):
            event.source = Actor(text="", country=event.target.country, kind="state")
            event.extra["reading"] = [*event.extra.get("reading", ()), "source_inferred"]
    for event in list(events):
        if event.source is None:
            continue
        allies = partners.get(event.trigger_start, set())
        ranked = sorted(((n, c) for c, n in counts.items()
                         if c not in allies and c not in NON_STATES), reverse=True)
        if event.target is not None and _two_sides(event.target):
            _aim_at_both(event, ranked, events)
            continue
        if event.target is not None or event.code not in state.res.rules.infer_target:
            continue
        if not ranked or ranked[0][0] < COUNTERPART_MENTIONS or (len(ranked) > 1 and ranked[0][0] == ranked[1][0]):
            continue
        country = ranked[0][1]
        event.target = Actor(text="", country=country, kind="state")
        event.extra["target_inferred"] = True


def _placed(state: ArticleState, actor: Actor | None, place: Place | None) -> Actor | None:
    """An actor whose country was only guessed from the article's dominant country ("les manifestants",
    "la police") takes the country of the place the event happens in, when the text names one."""
    if actor is None or place is None or not place.country or actor.country == place.country \
            or not state.context.is_guess(actor) or actor.kind not in ("sector", "group"):
        return actor
    return replace(actor, country=place.country, code=None)


def _two_sides(actor: Actor) -> bool:
    return actor.country is None and two_sides(actor.text)


def _aim_at_both(event: Event, ranked: list[tuple[int, str]], events: list[Event]) -> None:
    """The event aimed at each of the article's two main counterparts, when two lead the others."""
    if len(ranked) < 2 or ranked[1][0] < 2 or (len(ranked) > 2 and ranked[1][0] == ranked[2][0]):
        return
    text = event.target.text
    event.target = Actor(text=text, country=ranked[0][1], kind="state")
    event.extra["target_inferred"] = True
    other = replace(event, target=Actor(text=text, country=ranked[1][1], kind="state"), extra=dict(event.extra))
    events.insert(events.index(event) + 1, other)


def _domestic(actor: Actor | None) -> bool:
    return (actor is not None and actor.country is not None and len(actor.country) == 3
            and actor.country not in NON_STATES)
