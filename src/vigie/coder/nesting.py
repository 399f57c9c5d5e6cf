"""Nested acts, by CAMEO's rule: the governing act is the event; the act it governs is an event only
where the text asserts it happened.

"a ordonné aux militaires de libérer les otages" is a demand (for a release), not a release;
"menace de frapper" a threat; "ne reconnaîtra jamais" a rejection. An accusation is the one governing
act whose content stays an event of its own, alleged and with the accused as its source ("accusent
Kigali de soutenir le M23": an accusation by the accusers, and alleged support by Kigali). Which acts
govern and how the governed act refines the governing act's code are data (`vigie/ontology/rules.yaml`).
"""

from __future__ import annotations

from spacy.tokens import Token

from ..ontology.rules import CodingRules
from .matching import Match
from .modality import is_conditional
from .syntax import children, governors, is_negated

NOMINAL_ARGUMENTS = ("obj", "nsubj:pass", "obl:arg", "xcomp")
MAX_HOPS = 3  # complement edges between a governing act and the act it covers


def complement_edge(token: Token) -> bool:
    """True when `token` is what its head asks for (not a modifier): "exhorte la Russie à reculer"."""
    if token.head.i == token.i:
        return False
    dep = token.dep_
    if dep in ("xcomp", "ccomp", "obj", "obl:arg", "csubj"):
        return True
    if dep in ("acl", "advcl"):
        # "appelle les belligérants à conclure", "appelle les autorités à engager": the parser hangs a
        # control verb's infinitive on its object or reads it as an adverbial clause; "pour" + infinitive
        # is a purpose, not what is asked for
        return "Inf" in token.morph.get("VerbForm") and (dep == "acl" or controlled(token))
    # "exhorte … à reculer et à engager": an infinitive or noun coordinated with a complement is one too;
    # "a démenti A et condamné B": a finite verb or participle coordinated is a predicate of its own
    return dep == "conj" and not {"Fin", "Part"} & set(token.morph.get("VerbForm"))


def purpose(token: Token) -> bool:
    """"pour exiger", "afin de dénoncer": an infinitive clause that says what its head is done for."""
    if token.dep_ not in ("advcl", "acl", "xcomp") or "Inf" not in token.morph.get("VerbForm"):
        return False
    marks = " ".join(c.lower_ for c in token.children if c.dep_ == "mark")
    return marks in ("pour", "afin de", "afin d'", "afin d’")


def controlled(infinitive: Token) -> bool:
    """An infinitive introduced by "à" or "de", what a control verb asks for ("à négocier", "de libérer")."""
    return any(c.dep_ == "mark" and c.lower_ in ("à", "de", "d'") for c in infinitive.children)


def refine_governing(matches: list[Match], by_token: dict[int, Match], rules: CodingRules) -> None:
    """Give each governing act the code its governed act makes of it: a promise of a hostile act is a
    threat, a plain demand or appeal with an embedded act is the demand or appeal of that act."""
    refined: set[int] = set()
    for governed in matches:
        nearest = governors_of(governed, by_token)[:1]
        # "appelle les autorités à engager un dialogue": the act may sit under a verb that is no act
        for match in nearest:
            if match.token.i in refined:
                continue
            code = _refined(match.code, governed.code, rules)
            if code is not None:
                match.code = code
                match.nested = True
                refined.add(match.token.i)


def _refined(governing: str, governed: str, rules: CodingRules) -> str | None:
    if governing in rules.promising:
        return rules.threat_of.get(governed)
    for rule in (rules.demand_of, rules.appeal_of):
        if rule.applies(governing):
            return rule.get(governed)
    return None


def governors_of(match: Match, by_token: dict[int, Match]) -> list[Match]:
    """The matched acts that govern `match` through complement edges, nearest first ("exhorte … à reculer
    et à engager un dialogue": reculer, then exhorte)."""
    found = []
    child = match.token
    for _ in range(MAX_HOPS):
        if not complement_edge(child):
            break
        other = by_token.get(child.head.i)
        if other is not None:
            found.append(other)
        child = child.head
    return found


def subsumed(match: Match, by_token: dict[int, Match], rules: CodingRules) -> bool:
    """The act is covered by the act that governs it: a noun that is a matched verb's argument ("ont rejeté
    ces demandes"), the purpose of an act of the `purpose_covering` codes ("ont manifesté pour exiger"), or
    any act under a governing act of the `subsuming` codes."""
    token = match.token
    if token.pos_ in ("NOUN", "PROPN") and token.head.i in by_token and token.head.i != token.i \
            and token.dep_ in NOMINAL_ARGUMENTS:
        return True
    purpose_of = by_token.get(token.head.i) if purpose(token) else None
    if purpose_of is not None and purpose_of.code in rules.purpose_covering:
        return True
    return any(governor.code in rules.subsuming for governor in governors_of(match, by_token))


def refusal(token: Token) -> bool:
    """A negation that announces a stance ("ne reconnaîtra jamais", "n'acceptera pas"), not a past non-event."""
    for word in [token, *list(governors(token))[:2]]:
        if not is_negated(word):
            continue
        forms = [word, *children(word, "aux")]
        if any("Fut" in w.morph.get("Tense") or is_conditional(w) for w in forms):
            return True
        if any(c.lower_ == "jamais" for c in word.children):
            return True
        if "Pres" in word.morph.get("Tense") and "Fin" in word.morph.get("VerbForm"):
            return True
    return False
