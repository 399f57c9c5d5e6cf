"""Groups in the parse: the members a group names, reciprocal uses of a verb, vague collectives.

- "Plusieurs pays européens, dont la France et l'Italie, ont condamné …", "ces pays, à savoir A, B et C",
  "les deux voisins, le Tchad et le Niger, …": the group stands for the members it lists;
- "A et B se sont accusés mutuellement", "A et B se critiquent": each member is the other's target;
- "sept pays d'Amérique latine", "plusieurs États africains": a counted or vague group is no one state;
- "les deux pays", "les belligérants": the article's two main sides.
"""

from __future__ import annotations

from spacy.tokens import Token

from .syntax import introducer_end, is_reflexive
from .wordlists import word_lists

_CLOSING = {",", ")", ";", ":", ".", "!", "?", "»", "—", "–"}
_PHRASE_HEAD_DEPS = {"flat:name", "fixed", "amod", "compound", "det", "case", "punct", "cc", "advmod", "nummod"}


def listed_members(head: Token) -> list[Token]:
    """The members a group phrase lists right after itself, or [] when it lists none."""
    doc = head.doc
    words = word_lists()
    subtree = {t.i for t in head.subtree}
    i = head.i + 1
    end = head.sent.end
    while i < end:
        start = _introducer_end(head, i)
        if start is not None:
            return _members(head, start)
        token = doc[i]
        if token.text == ":" and head.lemma_.lower() in words["collective_nouns"]:
            return _members(head, i + 1)  # "trois pays : l'Algérie, la Tunisie et la Libye"
        if token.text == "," and head.lemma_.lower() in words["collective_nouns"] and _starts_name(doc, i + 1):
            found = _members(head, i + 1)  # "les deux voisins, le Tchad et le Niger, ont …"
            if found:
                return found
        if token.i not in subtree and token.text != ",":
            return []
        i += 1
    return []


def _introducer_end(head: Token, i: int) -> int | None:
    """Where the members start when an introducer ('dont', 'à savoir') begins at token `i`."""
    return introducer_end(head.doc, i, head.sent.end)


def _starts_name(doc, i: int) -> bool:
    while i < len(doc) and doc[i].pos_ == "DET":
        i += 1
    return i < len(doc) and doc[i].pos_ == "PROPN"


def _members(head: Token, start: int) -> list[Token]:
    """The phrase heads of the verbless stretch from `start` to its closing punctuation."""
    doc = head.doc
    stretch: list[Token] = []
    i = start
    while i < head.sent.end:
        token = doc[i]
        if token.pos_ in ("VERB", "AUX") and token.dep_ not in ("fixed", "amod"):
            return []  # "l'Otan, dont la Turquie est membre": a relative clause, not a list
        if token.text in _CLOSING and not (token.text == "," and _starts_name(doc, i + 1)):
            break
        stretch.append(token)
        i += 1
    inside = {t.i for t in stretch}
    members = []
    for token in stretch:
        if token.pos_ not in ("PROPN", "NOUN") or token.dep_ in _PHRASE_HEAD_DEPS:
            continue
        if token.head.i in inside and token.head.pos_ in ("PROPN", "NOUN") and token.dep_ not in ("conj", "appos"):
            continue  # "la République de Corée": a name's own complement
        members.append(token)
    return members


def reciprocal_use(verb: Token, reflexive_entry: bool, target_slots: list[str]) -> bool:
    """True when a verb with a plural subject is reciprocal: an adverb or phrase says so ("mutuellement",
    "l'un l'autre"), or its clitic se fills the object of a verb that is not reflexive by itself ("A et B
    se sont accusés", "se rejettent la responsabilité")."""
    words = word_lists()
    if any(c.lower_ in words["reciprocal_adverbs"] for c in verb.children):
        return True
    following = " ".join(t.lower_.replace("’", "'") for t in verb.doc[verb.i + 1: min(verb.i + 5, verb.sent.end)])
    following = following.replace("' ", "'")
    if any(following.startswith(p) or f" {p}" in following for p in words["reciprocal_phrases"]):
        return True
    return (not reflexive_entry and is_reflexive(verb)
            and any(slot in ("obj", "iobj") for slot in target_slots))


def vague_collective(head: Token) -> bool:
    """"sept pays d'Amérique latine", "plusieurs États africains": a collective noun counted or left vague."""
    words = word_lists()
    if head.lemma_.lower() not in words["collective_nouns"] and head.lower_ not in words["collective_nouns"]:
        return False
    if "Plur" not in head.morph.get("Number") and head.lower_ != "pays":
        return False
    return any(c.dep_ in ("det", "nummod") and c.lower_ in words["vague_quantifiers"] or c.pos_ == "NUM"
               for c in head.children) or any(
        c.dep_.startswith("nmod") and c.lower_ in words["vague_quantifiers"] for c in head.children)


def two_sides(text: str) -> bool:
    """"les deux pays", "les deux parties", "les belligérants": a phrase standing for the two main sides."""
    words = word_lists()
    found = text.lower().replace("’", "'").split()
    return any(w in words["two_sides_nouns"] for w in found) and "deux" in found or any(
        w in words["sides_nouns"] for w in found)
