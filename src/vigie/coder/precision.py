"""Precision: what is read but is not news — a known event named to situate the news, an event named
inside another noun, a vaguer repetition of an event the sentence states more precisely, an act done to
someone with no one it is done to."""

from __future__ import annotations

from collections.abc import Container

from spacy.tokens import Token

from ..events import Actor, Event
from ..lexicon import Lexicon
from .arguments import ASPECT_NOUNS
from .matching import match_predicate
from .syntax import case_of
from .words import word_list

MODIFIERS = ("det", "amod", "nummod")
LOCUTION_WORDS = 4  # the longest time locution, in tokens ("à la veille de", "à l'issue de")
CONTRACTED = {"du": "de", "des": "de", "d'": "de", "d’": "de"}  # "à la veille du sommet": "à la veille de"


def background_mention(token: Token) -> bool:
    """"après les attentats de Paris", "au lendemain de la visite", "après l'échec des négociations": a
    known event named to situate the news, under a time preposition or locution (`temporal_cases`), or
    completing a definite noun that is; "à la demande de l'Espagne", "à l'appel des syndicats": the
    request the news answers (`circumstance_nouns`). Only an indefinite one is news ("après un nouvel
    entretien")."""
    if token.pos_ != "NOUN" or _indefinite(token):
        return False
    if _situating(token) or _circumstance(token):
        return True
    head = token.head
    return (token.dep_.startswith("nmod") and case_of(token) == "de" and head.pos_ == "NOUN"
            and not _indefinite(head) and _situating(head))


def _circumstance(noun: Token) -> bool:
    """"à la demande du président": a request noun after "à", with a definite article and its author."""
    return (noun.lemma_.lower() in word_list("circumstance_nouns") and case_of(noun) == "à"
            and any(c.dep_ == "det" for c in noun.children)
            and any(c.dep_.startswith("nmod") and case_of(c) == "de" for c in noun.children))


def _situating(noun: Token) -> bool:
    """The noun is introduced by a time preposition or locution ("après", "au lendemain de", "lors de")."""
    temporal = word_list("temporal_cases")
    if case_of(noun) in temporal:
        return True
    start = noun.i
    while start > noun.sent.start and noun.doc[start - 1].head == noun and noun.doc[start - 1].dep_ in MODIFIERS:
        start -= 1  # "au lendemain de [la] visite"
    before = noun.doc[max(noun.sent.start, start - LOCUTION_WORDS):start]
    text = _normal(" ".join(CONTRACTED.get(t.lower_, t.lower_) for t in before))
    return any(text == locution or text.endswith(" " + locution) for locution in map(_normal, temporal))



def _normal(text: str) -> str:
    return text.replace("’", "'").replace("' ", "'")


def _indefinite(noun: Token) -> bool:
    return bool({c.lower_ for c in noun.children if c.dep_ in MODIFIERS} & word_list("indefinite"))


def modifier_mention(token: Token, lexicon: Lexicon) -> bool:
    """A noun predicate that only qualifies another, non-event noun ("le retour aux déploiements")."""
    if token.pos_ != "NOUN" or not token.dep_.startswith("nmod"):
        return False
    head = token.head
    if head.lemma_.lower() in ASPECT_NOUNS:
        return False  # "le début d'une opération militaire" reports the operation
    return head.pos_ in ("NOUN", "PROPN") and match_predicate(lexicon, head) is None


def actor_key(actor: Actor | None) -> tuple:
    return (actor.code, actor.name) if actor else (None, None)


def drop_vaguer(events: list[Event], plain: Container[str] = ("010",)) -> list[Event]:
    """Within a sentence, an event with no target is dropped when another of the same root and source
    has one ("« Nous exhortons la Russie… », exhorte le dirigeant": the speech verb repeats the quote);
    a plain statement (`plain` codes) is dropped when its speaker does something more specific in the sentence
    ("a déclaré qu'il travaillerait avec Israël")."""
    targeted = {(e.root, actor_key(e.source)) for e in events if e.target is not None}
    events = [e for e in events if e.target is not None or (e.root, actor_key(e.source)) not in targeted]
    acting = {(e.source.country if e.source else None) for e in events if e.code not in plain}
    return [e for e in events if e.code not in plain or (e.source.country if e.source else None) not in acting]


def complete(event: Event, one_sided: Container[str]) -> bool:
    """An event has what its code needs: a target (read, or inferred as the article's counterpart), or
    a code of a one-sided act (`one_sided` rule: a protest, a denial, a mobilisation) that needs none."""
    return event.target is not None or event.code in one_sided
