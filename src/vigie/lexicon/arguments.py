"""Reading an entry's source and target slots off a spaCy parse (docs/lexicon.md, "Slots").

`arguments(head, predicate, support)` lists, slot by slot in the entry's order, the tokens that fill
it; the coder takes the first slot whose tokens resolve to an actor. Tokens are the head words of the
argument phrases; coordination ("X et Y") is left to the coder, except where spaCy hangs a verb on its
first subject. Like `vigie.lexicon.match`, it reads spaCy tokens through their attributes only.
"""

from __future__ import annotations

from collections.abc import Mapping

from .match import (
    SUBJECT_DEPS,
    Token,
    dependents,
    governing_verb,
    has_dep,
    infinitives,
    is_passive,
    preposition,
    prepositional_dependents,
    requirement_tokens,
)
from .predicates import Predicate
from .slots import OBJECT_CONTROL, parse_slot

INDIRECT_CLITICS = frozenset({"lui", "leur"})
POSSESSIVES = frozenset({"son", "sa", "ses", "leur", "leurs", "notre", "nos", "votre", "vos"})
# A noun in a time adjunct takes the participants of its clause: "après un entretien avec Poutine,
# Macron…", "lors de sa visite à Kiev, le ministre…".
ADJUNCT_WORDS = frozenset(
    {"après", "avant", "lors", "pendant", "durant", "depuis", "issue", "cours", "suite", "occasion", "marge"}
)
RELATIVES = frozenset({"qui", "lequel", "laquelle", "lesquels", "lesquelles"})
Support = Mapping[str, str]


def arguments(
    head: Token, predicate: Predicate, support: Support | None = None
) -> tuple[list[tuple[str, list[Token]]], list[tuple[str, list[Token]]]]:
    """(source slots, target slots) of the entry at `head`: each a list of (slot, tokens) in the entry's
    order, without empty slots. The words of the trigger (those its requirements name) are skipped: a
    prepositional slot then looks one noun further ("le gel des avoirs de plusieurs oligarques" →
    oligarques); a subject or object slot keeps them when they are all it has ("expulser des diplomates
    américains": the diplomats are the target)."""
    used = {t.i for t in requirement_tokens(head, predicate.requires)} | {head.i}

    def read(slots: tuple[str, ...]) -> list[tuple[str, list[Token]]]:
        found = []
        for slot in slots:
            tokens = fillers(head, slot, predicate.pos, support, used)
            kept = [t for t in tokens if t.i not in used] or tokens
            if kept:
                found.append((slot, kept))
        return found

    return read(predicate.source), read(predicate.target)


def fillers(
    head: Token, slot_name: str, pos: str, support: Support | None = None, skip: set[int] | None = None
) -> list[Token]:
    """Tokens that fill one slot of a predicate at `head`. `support` (from `Lexicon.support`) limits the
    gov:* slots to support and impact verbs; without it any governing verb counts. A prepositional slot
    passes over the tokens whose index is in `skip` and looks further down."""
    slot = parse_slot(slot_name, pos)
    if slot.kind == "gov":
        return governor_fillers(head, slot.inner or "subj", support)
    if slot.kind == "subj":
        return subjects(head)
    if slot.kind == "obj":
        return objects(head)
    if slot.kind == "iobj":
        return [
            c
            for c in head.children
            if c.dep_ == "iobj"
            or (c.pos_ == "PRON" and has_dep(c, "obj") and c.text.lower() in INDIRECT_CLITICS)
        ]
    if slot.kind in ("obl", "nmod"):
        return prepositional_fillers(head, slot.preposition or "", skip or set())
    if slot.kind == "poss":  # "leur entretien"; also "le gel de leurs avoirs"
        nouns = [head, *(c for c in head.children if has_dep(c, "nmod") and preposition(c) == "de")]
        return [d for n in nouns for d in n.children if d.dep_ == "det" and d.text.lower() in POSSESSIVES]
    if slot.kind == "amod":
        return [c for c in head.children if c.dep_ == "amod" and c.pos_ == "ADJ"]
    if slot.kind == "ccomp":
        return [s for c in head.children if c.dep_ == "ccomp" for s in subjects(c)]
    if slot.kind == "xcomp":
        return [o for c in head.children if c.dep_ == "xcomp" for o in objects(c)]
    return []


def objects(head: Token) -> list[Token]:
    """The patient: obj of an active verb, subject of a passive, noun modified by a participle."""
    found = [t for t in dependents(head, "obj") if t.pos_ != "PRON" or t.text.lower() not in INDIRECT_CLITICS]
    direct = [t for t in found if not has_dep(t, "obl")]  # a caseless oblique is often a date
    if not direct:  # "mettre en demeure la Pologne": the object hangs on the idiom's noun
        direct = [t for c in head.children if has_dep(c, "obl") for t in c.children if t.dep_ == "obj"]
    return direct or [t for t in found if preposition(t) == "de"]


def subjects(head: Token) -> list[Token]:
    """The agent: nsubj of an active verb, the "par" phrase of a passive. An infinitive takes the subject
    of the verb it depends on ("doit s'entretenir"), or its object after verbs of object control
    ("exhorte la Russie à reculer", "accusent les Russes d'avoir massé")."""
    if is_passive(head):
        return [t for p, t in prepositional_dependents(head) if p == "par"]
    found = [child for child in head.children if child.dep_ in SUBJECT_DEPS]  # nsubj:pass without aux:pass
    if len(found) > 1:  # "Le point de blocage : Moscou réclame…": two subjects, the nearer one is right
        found = [min(found, key=lambda t: abs(head.i - t.i))]
    if found and found[0].lemma_.lower() in RELATIVES:
        found = antecedent(found[0])  # "le dirigeant britannique, qui espère s'entretenir…" → dirigeant
    if not found and head.dep_ in ("amod", "nmod") and head.head.i < head.i:
        # "L'Union européenne menace de sanctionner…": the verb, tagged as a noun, hangs on its subject
        return [head.head]
    coordinated = any(
        c.dep_ == "cc" and c.i < head.i and (not found or c.i < found[0].i) for c in head.children
    )
    if head.dep_ == "conj" and head.head.pos_ in ("NOUN", "PROPN") and head.head.i < head.i and coordinated:
        # "La Russie et l'Ukraine ont échangé…": spaCy makes the verb a conjunct of the first subject
        return [head.head, *found]
    if found:
        return found
    if head.dep_ in ("xcomp", "advcl") and head.head is not head:
        governor = head.head
        if _lemma_in(governor, OBJECT_CONTROL):
            controllers = (
                objects(governor) or fillers(governor, "iobj", "VERB") or prepositional_fillers(governor, "à")
            )
            if controllers:
                return controllers
        return subjects(governor) if head.dep_ == "xcomp" else []
    if head.dep_ == "conj" and head.head is not head:
        return subjects(head.head)
    if head.dep_ == "acl" and head.head.pos_ == "NOUN" and any(c.dep_ == "mark" for c in head.children):
        # an infinitive under a noun: "n'a pas l'intention d'attaquer" → the subject of "a"
        governor = governing_verb(head.head)
        return subjects(governor) if governor is not None else []
    return []


def antecedent(relative: Token) -> list[Token]:
    """The noun a relative pronoun stands for: the noun its clause modifies, else the nearest noun before
    it (spaCy often hangs the relative clause on the main verb)."""
    clause = relative.head
    if clause.dep_ == "acl:relcl" and clause.head.pos_ in ("NOUN", "PROPN"):
        return [clause.head]
    doc = relative.doc
    for i in range(relative.i - 1, max(relative.i - 6, -1), -1):
        token = doc[i]
        if token.pos_ in ("NOUN", "PROPN"):
            while token.dep_ in ("flat:name", "flat", "appos") and token.head is not token:
                token = token.head
            return [token]
        if token.pos_ not in ("PUNCT", "ADJ", "DET"):
            break
    return [relative]


def governor_fillers(noun: Token, inner: str, support: Support | None) -> list[Token]:
    """gov:subj, gov:obj, gov:iobj of a noun predicate: that slot of the verb governing it, when the verb
    only supports the noun ("a eu un entretien", "lancer un ultimatum à") or, for gov:obj, when the noun
    is the subject of a verb of impact ("une frappe a visé l'hôpital")."""
    governor = governing_verb(noun)
    if governor is None:
        return []
    kind = (
        None
        if support is None
        else next(
            (
                support[w]
                for w in (governor.lemma_.lower(), *infinitives(governor.text.lower()))
                if w in support
            ),
            "",
        )
    )
    as_subject = noun.dep_ in SUBJECT_DEPS
    if inner == "obj":
        if as_subject and kind in (None, "impact"):
            return objects(governor)
        return []
    if as_subject:
        return []
    if kind in (None, "support") or _in_adjunct(noun):
        return (
            subjects(governor)
            if inner == "subj"
            else fillers(governor, "iobj", "VERB")
            or [t for p, t in prepositional_dependents(governor) if p == "à" and t is not noun]
        )
    return []


def prepositional_fillers(head: Token, prep: str, skip: set[int] | None = None) -> list[Token]:
    """Dependents introduced by `prep`: on the head; else on the head's object or on the nouns it governs
    (spaCy often attaches the phrase one noun too low); else on the governing verb (or one too high).
    Tokens whose index is in `skip` do not count."""
    skip = skip or set()

    def introduced(token: Token) -> list[Token]:
        return [t for p, t in prepositional_dependents(token) if p == prep and t.i not in skip]

    direct = [t for p, t in prepositional_dependents(head) if p == prep]
    found = [t for t in direct if t.i not in skip]
    if direct and not found:  # the phrase is a trigger word: its own argument ("gel des avoirs de X")
        return [t for d in direct for t in introduced(d)]
    if not found and head.pos_ == "NOUN":  # "l'attaque menée par le régime", "la mobilisation décrétée par"
        found = [t for c in head.children if c.dep_ == "acl" and c.pos_ == "VERB" for t in introduced(c)]
    if found:
        return found
    lower = [
        c
        for c in head.children
        if has_dep(c, "obj")
        or has_dep(c, "obl")
        or has_dep(c, "nmod")
        or (c.dep_ == "xcomp" and c.pos_ in ("NOUN", "PROPN"))
    ]
    if prep == "de":  # a "de" phrase under a noun is its complement: looked for only under trigger words
        return [t for c in lower if c.i in skip for t in introduced(c)]
    for _ in range(2):
        found = [t for c in lower for t in introduced(c)]
        if found:
            return found
        lower = [t for c in lower for t in c.children if has_dep(t, "nmod")]
    upper = governing_verb(head) if head.pos_ in ("NOUN", "ADJ") else None
    if upper is None and head.dep_ in ("xcomp", "acl") and head.head is not head:
        upper = head.head
    if upper is not None:
        return [t for t in introduced(upper) if t is not head]
    return []


def _in_adjunct(noun: Token) -> bool:
    words = {c.text.lower() for c in noun.children if c.dep_ == "case"} | {noun.head.text.lower()}
    return bool(words & ADJUNCT_WORDS)


def _lemma_in(token: Token, words: frozenset[str]) -> bool:
    return token.lemma_.lower() in words or any(w in words for w in infinitives(token.text.lower()))
