"""Mode of an event: occurred, planned, negated, hypothetical or alleged.

Read from the predicate's own morphology (future, conditional, negation), from its modifiers
("une possible invasion"), and from the words that govern it, walking up the tree to its clause:
control verbs ("doit s'entretenir", "refuse de", "ne pas avoir l'intention d'attaquer"), report verbs
with another speaker ("accusent les Russes d'avoir massé"), expectation ("sont attendus à Kiev"),
and conditional clauses ("si"). The marker words are data: `vigie/lexicon/modality.jsonl`.
"""

from __future__ import annotations

from typing import Protocol

from spacy.tokens import Token

from .syntax import children, is_finite, is_negated, is_passive

PRIORITY = ("negated", "alleged", "hypothetical", "planned", "occurred")
# Edges along which the governing word sets the mode of what it governs.
EMBEDDING = {"xcomp", "ccomp", "acl", "obj", "obl:arg", "obl:mod", "nmod", "advcl", "csubj", "conj"}


class Marker(Protocol):
    kind: str
    mode: str


class Markers(Protocol):
    def lookup(self, lemma: str, pos: str) -> Marker | None: ...


def tense_mode(token: Token) -> str | None:
    """'planned' for a future, 'hypothetical' for a conditional, on the word or its auxiliaries."""
    words = [token, *children(token, "aux", "cop")]
    for word in words:
        if "Fut" in word.morph.get("Tense"):
            return "planned"
        if is_conditional(word):
            return "hypothetical"
    return None


IMPERFECT_ENDINGS = ("aient", "ait", "ais", "ions", "iez")


def is_conditional(word: Token) -> bool:
    """The conditional, also where the tagger reads it as an imperfect ("appellerait", "ordonnerait",
    "pourraient" tagged Tense=Imp): the ending sits on the future stem, which ends in r and is not the
    imperfect's stem ("déclarait", "mourait": the infinitive less its ending)."""
    if "Cnd" in word.morph.get("Mood"):
        return True
    if "Imp" not in word.morph.get("Tense") or "Fin" not in word.morph.get("VerbForm"):
        return False
    form, lemma = word.lower_, word.lemma_.lower()
    for ending in IMPERFECT_ENDINGS:
        if form.endswith(ending):
            stem = form[: -len(ending)]
            return stem.endswith("r") and stem != lemma[:-2]
    return False


def _pos(token: Token) -> str:
    return {"AUX": "VERB", "PROPN": "NOUN"}.get(token.pos_, token.pos_)


def _marker_mode(marker: Marker, governor: Token, child: Token, own_subject_differs: bool) -> str | None:
    if marker.kind == "report":
        # a claim about another actor is alleged; what a speaker says of itself keeps its own mode
        if marker.mode == "alleged" and not own_subject_differs:
            return None
        return marker.mode if marker.mode != "occurred" else None
    if marker.kind == "expect" and not (is_passive(governor) or governor.i == child.i):
        return None
    return marker.mode if marker.mode != "occurred" else None


def mode_of(predicate: Token, markers: Markers, subject_differs: callable | None = None) -> str:
    """The mode of the event whose trigger head is `predicate`."""
    found: set[str] = set()
    _collect_local(predicate, markers, found, own=True)
    child = predicate
    reported = False
    for governor in _chain(predicate):
        marker = markers.lookup(governor.lemma_.lower(), _pos(governor))
        reported = reported or (marker is not None and marker.kind == "report")
        if marker is not None:
            differs = subject_differs(governor, predicate) if subject_differs else True
            mode = _marker_mode(marker, governor, child, differs)
            if mode:
                found.add(mode)
        if marker is not None and marker.kind == "control" and marker.mode == "planned":
            # "devraient se rendre", "voudrait rencontrer": an expectation or intention, not a hypothesis
            if is_negated(governor):
                found.add("negated")
        else:
            _collect_local(governor, markers, found, own=False)
        child = governor
    if "hypothetical" in found and reported and "Cnd" in predicate.morph.get("Mood"):
        # "a déclaré qu'il travaillerait avec Israël": in reported speech the conditional is a future
        found.discard("hypothetical")
        found.add("planned")
    for mode in PRIORITY:
        if mode in found:
            return mode
    return "occurred"


def _collect_local(token: Token, markers: Markers, found: set[str], own: bool) -> None:
    if is_negated(token):
        found.add("negated")
    mode = tense_mode(token)
    if mode:
        found.add(mode)
    if own:
        marker = markers.lookup(token.lemma_.lower(), _pos(token))
        if marker is not None and marker.kind == "expect" and is_passive(token):
            found.add(marker.mode)
    for child in token.children:
        if own and child.dep_ == "acl" and "Part" in child.morph.get("VerbForm") and token.pos_ == "NOUN":
            # "des contacts prévus", "l'attaque présumée": a participle that qualifies the event noun
            marker = markers.lookup(child.lemma_.lower(), "VERB")
            if marker is not None and marker.mode != "occurred":
                found.add(marker.mode)
            continue
        if child.dep_ in ("amod", "advmod") or (child.dep_ == "mark" and child.lower_ in {"si", "s'"}):
            marker = markers.lookup(child.lemma_.lower(), _pos(child))
            if child.dep_ == "mark":
                found.add("hypothetical")
            elif marker is not None and marker.kind in ("adjective", "adverb"):
                found.add(marker.mode)


SUBORDINATE = ("ccomp", "acl:relcl", "advcl", "xcomp", "acl")


def misattached_conjunct(conjunct: Token) -> bool:
    """A past participle the parser coordinates with an infinitive or with the verb of a subordinate
    clause is coordinated with the main verb: "ont refusé de reconnaître le scrutin et annoncé des
    sanctions", "a affirmé que son pays n'y était pour rien et a appelé au calme", "a rejeté le texte,
    qu'il qualifie de trahison, et appelé à la lutte" — out of the refusal's or the clause's scope."""
    return conjunct_head(conjunct) is not conjunct.head


def _same_verb_group(conjunct: Token, head: Token) -> bool:
    """Two participles sharing an auxiliary, or with the same one ("avaient tué et avaient blessé"); not
    "n'était pas impliquée et a appelé", where the auxiliaries tell two clauses apart."""
    if "Part" not in head.morph.get("VerbForm"):
        return False
    own = children(conjunct, "aux")
    return not own or any(a.lower_ == b.lower_ for a in own for b in children(head, "aux"))


def conjunct_head(conjunct: Token) -> Token:
    """The predicate a coordinated past participle is really coordinated with (see misattached_conjunct)."""
    head = conjunct.head
    if conjunct.dep_ != "conj" or "Part" not in conjunct.morph.get("VerbForm") \
            or "Past" not in conjunct.morph.get("Tense") or _same_verb_group(conjunct, head):
        return head
    current = head
    for _ in range(3):
        if current.dep_.split(":")[0] not in ("ccomp", "advcl", "xcomp", "acl") and current.dep_ not in SUBORDINATE:
            return head
        current = current.head
        if current.pos_ in ("VERB", "AUX") and "Part" in current.morph.get("VerbForm") and \
                "Past" in current.morph.get("Tense") and children(current, "aux"):
            return current
    return head


def _chain(token: Token):
    """Governors of `token` within its clause: stop at a finite verb's own clause boundary."""
    current = token
    while current.head.i != current.i:
        edge = current.dep_.split(":")[0]
        if current.dep_ not in EMBEDDING and edge not in EMBEDDING:
            return
        if edge == "conj":
            # a finite conjunct is a clause of its own ("assure ... mais réclame")
            if is_finite(current) or misattached_conjunct(current):
                return
            current = current.head
            continue
        if edge in ("obl", "nmod") and current.pos_ in ("NOUN", "PROPN") and token.i != current.i:
            return
        if edge == "acl" and "Inf" not in current.morph.get("VerbForm"):
            return  # a participle modifies its noun ("une demande jugée inacceptable"): no mode from it
        governor = current.head
        yield governor
        if is_finite(governor) and edge not in ("xcomp", "acl", "obj", "ccomp"):
            return
        current = governor
