"""Argument slots of a predicate -> the tokens that fill them (see docs/lexicon.md for the slot names).

Subjects are inherited the way French grammar shares them: an infinitive under a control verb takes
the governor's subject ("Blinken doit s'entretenir") or its object ("accusent les Russes d'avoir
massé"); a verb conjoined without a subject takes its conjunct's; a relative clause's "qui" is the noun
it modifies; a passive's subject is its "par" agent.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon.slots import COMPLEX_PREPOSITIONS
from .groups import listed_members
from .modality import conjunct_head
from .syntax import (
    TIME_WORDS,
    agent,
    case_of,
    children,
    conjuncts,
    hung_on_day,
    is_finite,
    is_passive,
    name_rest,
    np_tokens,
)
from .wordlists import word_lists


def subjects(verb: Token, depth: int = 0) -> list[Token]:
    """The tokens heading the subject of `verb` (a passive's agent), following shared subjects."""
    if depth > 6:
        return []
    if is_passive(verb):
        return agent(verb)
    # not passive here: a "nsubj:pass" is the parser mistaking être for the passive auxiliary
    found = [c for c in verb.children if c.dep_ in ("nsubj", "csubj", "nsubj:pass")]
    # "Vladimir Poutine a annoncé", "le président russe Vladimir Poutine a signé": the end of a name the
    # parser cut off as a second subject belongs to the first
    found = [c for c in found if not any(c in name_rest(o) or c in np_tokens(o) for o in found if o is not c)]
    if not found:
        found = [c for c in verb.children if c.dep_ == "expl:subj" and c.lower_ in ("il", "elle")
                 and verb.lemma_ not in word_lists()["impersonal_verbs"]
                 and not any(x.lower_ == "y" for x in verb.children)]
    if not found:
        # parser slips: the subject hangs on the auxiliary ("La Russie et la Chine ont toutes deux
        # demandé"), or a name before its verb is left as "dep" or as an oblique without a preposition
        # ("Pékin, de son côté, s'est contenté de réclamer")
        found = [c for aux in verb.children if aux.dep_.startswith("aux") for c in aux.children
                 if c.dep_ in ("nsubj", "nsubj:pass")]
    if not found:
        found = [c for c in verb.children if c.i < verb.i and c.pos_ in ("PROPN", "NOUN")
                 and (c.dep_ == "dep" or c.dep_.startswith("obl") and not case_of(c))
                 and c.lower_ not in TIME_WORDS]
    if not found and after_quote(verb):
        # "« … », a averti le chef de l'armée": the parser reads the inverted subject as an object
        found = [c for c in verb.children if c.dep_ == "obj" and c.pos_ in ("NOUN", "PROPN")][:1]
    if not found and is_finite(verb):
        found = linear_subject(verb)
    if not found and "Part" in verb.morph.get("VerbForm") and "Pres" in verb.morph.get("Tense") \
            and verb.dep_ in ("ROOT", "advcl"):
        # "Rejetant la responsabilité sur X, le Royaume-Uni a retiré ...": the main clause's subject
        main = next((t for t in verb.doc[verb.i + 1: verb.sent.end] if is_finite(t)
                     and t.pos_ in ("VERB", "AUX") and not t.dep_.startswith("aux")), None)
        if main is not None:
            found = [c for c in main.children if c.dep_ in ("nsubj", "nsubj:pass")] or linear_subject(main)
    if found:
        if found[0].lower_ in word_lists()["relative_subjects"]:
            if verb.dep_ == "acl:relcl" and verb.head.pos_ in ("NOUN", "PROPN"):
                head = verb.head
                while head.dep_ == "appos" and head.head.pos_ in ("NOUN", "PROPN"):
                    head = head.head  # "la France, un pays membre ... qui menace": France
                return [head]
            noun = antecedent(found[0])
            return [noun] if noun is not None else []
        head = verb.head
        if verb.dep_ == "conj" and head.dep_ == "ROOT" and head.pos_ in ("NOUN", "PROPN") \
                and _coordinated_subject(head, found[0], verb):
            # parser slip: "Les États-Unis et l'Otan ont rejeté" read as a noun root + a conjoined clause
            return [head, *found]
        return found
    return inherited_subject(verb, depth)


def after_quote(verb: Token) -> bool:
    """True for a speech verb just after a closing quotation and its comma ("« … », a déclaré")."""
    start = min([verb.i] + [c.i for c in verb.children if c.dep_.startswith("aux")])
    doc = verb.doc
    return start >= 2 and doc[start - 1].text == "," and doc[start - 2].text in ("»", '"', "”")


def linear_subject(verb: Token) -> list[Token]:
    """When the parse gives a finite verb no subject, the phrase just before it (past clitics, auxiliaries
    and a few adverbs) is its subject if no preposition introduces it: "..., le Royaume-Uni, l'Espagne et
    les États-Unis ont retiré" → the coordination's first member."""
    start = min([verb.i] + [c.i for c in verb.children if c.dep_.startswith("aux") or c.dep_.startswith("expl")])
    i = start - 1
    doc = verb.doc
    while i >= verb.sent.start and (_skipped(doc[i]) or doc[i].pos_ == "ADV"
                                    or doc[i].is_space):
        i -= 1
    if i < verb.sent.start:
        return []
    token = doc[i]
    while token.dep_ in ("flat:name", "amod", "nmod") and token.head.i < token.i and token.head.pos_ in (
            "NOUN", "PROPN") and token.dep_ != "nmod":
        token = token.head
    if token.pos_ not in ("NOUN", "PROPN") or case_of(token) or token.lower_ in TIME_WORDS:
        return []
    while token.dep_ == "conj" and token.head.pos_ in ("NOUN", "PROPN"):
        token = token.head
    if case_of(token):
        return []
    return [token]


def _skipped(token: Token) -> bool:
    return token.lower_.replace("’", "'") in word_lists()["skipped_before_verb"]


def _coordinated_subject(first: Token, second: Token, verb: Token) -> bool:
    """True when `first ... et second <verb>` is one coordinated subject split by the parser."""
    if not first.i < second.i < verb.i:
        return False
    between = first.doc[first.i + 1: second.i]
    if any(t.pos_ in ("VERB", "AUX") or t.text in {";", ":", "."} for t in between):
        return False
    return any(t.dep_ == "cc" and t.lower_ in {"et", "ainsi", "comme"} for t in between)


def antecedent(relative: Token) -> Token | None:
    """The noun a relative pronoun stands for: the phrase just before it ("le dirigeant, qui ...")."""
    i = relative.i - 1
    doc = relative.doc
    while i >= 0 and (doc[i].is_punct or doc[i].is_space):
        i -= 1
    if i < 0:
        return None
    token = doc[i]
    for _ in range(3):
        if token.pos_ in ("NOUN", "PROPN"):
            break
        token = token.head
    while token.dep_ in ("flat:name", "appos", "fixed") and token.head.i < token.i:
        token = token.head
    return token if token.pos_ in ("NOUN", "PROPN") else None


def inherited_subject(verb: Token, depth: int) -> list[Token]:
    head = verb.head
    if head.i == verb.i:
        return []
    dep = verb.dep_
    if dep == "xcomp" or (dep in ("advcl", "acl") and head.pos_ in ("VERB", "AUX")):
        objects = [c for c in head.children if c.dep_ == "obj" and c.pos_ in ("NOUN", "PROPN", "PRON")
                   and not c.lower_.startswith(("se", "s'"))]
        if dep == "xcomp" and objects and _marked_infinitive(verb):
            return objects  # object control: "exhorte la Russie à reculer"
        indirect = [c for c in children(head, "iobj", "obl:arg") if case_of(c) == "à"
                    and c.pos_ in ("NOUN", "PROPN")]
        if dep == "xcomp" and indirect and _marked_infinitive(verb, "de") \
                and head.lemma_ in word_lists()["order_verbs"]:
            return indirect  # "ordonne aux familles de quitter"
        return subjects(head, depth + 1)
    if dep == "conj":
        head = conjunct_head(verb)  # "a affirmé que … et a appelé à …": the main verb's subject
    if dep == "conj" and head.pos_ in ("VERB", "AUX", "ADJ"):
        return subjects(head, depth + 1)
    if dep == "acl" and head.pos_ in ("NOUN", "PROPN"):
        # "l'intention d'attaquer": the subject of the verb that has the noun; "a annoncé lundi 9 novembre
        # avoir signé": an infinitive the parser hung on a date belongs to the date's verb
        gov = head.head
        if gov.i != head.i and gov.pos_ in ("VERB", "AUX"):
            return subjects(gov, depth + 1)
        if head.lower_ in TIME_WORDS or head.pos_ == "NUM":
            for ancestor in list(head.ancestors)[:3]:
                if ancestor.pos_ in ("VERB", "AUX"):
                    return subjects(ancestor, depth + 1)
    if dep == "acl:relcl":
        return [head]
    return []


def _marked_infinitive(verb: Token, mark: str | None = None) -> bool:
    marks = [c.lower_ for c in verb.children if c.dep_ == "mark"]
    if mark is None:
        return any(m in ("à", "de", "d'", "d’") for m in marks)
    return any(m.startswith(mark[0]) and m in ("de", "d'", "d’") for m in marks)


def objects(verb: Token) -> list[Token]:
    if is_passive(verb):
        passive = [c for c in verb.children if c.dep_ == "nsubj:pass"]
        if passive:
            return passive
        if verb.dep_ == "acl":
            return [verb.head]
        return [c for c in verb.children if c.dep_ == "nsubj"]
    found = [c for c in verb.children if c.dep_ == "obj" and c.pos_ != "SCONJ" and c.lower_ not in TIME_WORDS]
    found = found or hung_on_day(verb) or [
        c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "PROPN" and any(
            x.dep_ == "xcomp" and x.pos_ in ("VERB", "AUX") and x.i > c.i for x in verb.children)
    ]  # "a appelé Pékin à ne pas changer": the parser reads the object as a second complement
    if found and after_quote(verb) and not any(c.dep_.startswith("nsubj") for c in verb.children):
        found = found[1:]  # the first "object" of "« … », a averti le ministre" is its inverted subject
    if verb.dep_ == "acl:relcl" and verb.head.pos_ in ("NOUN", "PROPN") and (
            not found or found[0].lower_ in ("que", "qu'", "qu’")) and any(
            c.lower_ in ("que", "qu'", "qu’") for c in verb.children):
        return [verb.head]  # "un appel que Moscou a rejeté": the relative's antecedent is its object
    return found


def aimed_at(noun: Token) -> list[Token]:
    """The object of a participle that says whom an act noun is aimed at ("des sanctions visant X")."""
    return [o for p in noun.children if p.dep_ == "acl" and p.lower_ in word_lists()["target_participles"]
            for o in p.children if o.pos_ in ("NOUN", "PROPN")
            and (o.dep_ == "obj" or o.dep_ == "obl:arg" and case_of(o) in ("", "de"))]


def obliques(token: Token, preposition: str, kinds: tuple[str, ...] = ("obl", "nmod")) -> list[Token]:
    """Dependents of `token` introduced by `preposition` ('avec', 'à', 'auprès de'); for "contre", also
    whom a participle aims the act noun at ("des sanctions visant Moscou")."""
    direct = children(token, *kinds)
    direct += [g for c in token.children if c.lower_ in TIME_WORDS for g in children(c, *kinds)]
    found = [c for c in direct if case_of(c) == preposition]
    if preposition == "contre" and token.pos_ == "NOUN":
        found += aimed_at(token)
    # complex prepositions the parser splits into a pivot and a "de" phrase: "à l'encontre de Moscou"
    found += [g for c in direct + children(token, "advmod", "dep")
              if COMPLEX_PREPOSITIONS.get((case_of(c) or None, c.lemma_.lower())) == preposition
              for g in children(c, "obl", "nmod") if case_of(g) == "de"]
    return found


def shares_arguments(noun: Token, verb: Token, support: dict[str, str]) -> bool:
    """A noun predicate takes the arguments of its verb only through a support verb ("a eu un entretien
    avec", "mener une offensive") or as a time adjunct ("après un entretien avec"): not when it is a
    mere object ("n'a pas voulu préciser la teneur de l'échange") or deeper in a modifier."""
    while noun.dep_.startswith("nmod") and noun.head.lemma_.lower() in ASPECT_NOUNS:
        noun = noun.head  # "a annoncé le début d'une opération": the operation is the announcer's
    if support.get(verb.lemma_.lower()) == "support" and noun in hung_on_day(verb):
        return True  # "a mené vendredi des frappes"
    if noun.head.i != verb.i:
        return False
    if noun.dep_ in ("obj", "nsubj:pass") and support.get(verb.lemma_.lower()) == "support":
        return True
    if noun.dep_.startswith("obl") and case_of(noun) in word_lists()["adjunct_cases"]:
        return True
    return False


# Nouns that only tell the phase or the size of the event they govern: "le début d'une opération", "une
# vague de frappes", "la reprise des négociations".
ASPECT_NOUNS = {"début", "lancement", "reprise", "poursuite", "fin", "intensification", "vague", "série",
                "campagne", "déclenchement", "suite", "multiplication", "escalade", "nouvelle"}



def slot_tokens(slot: str, predicate: Token, support: dict[str, str] | None = None) -> list[Token]:
    """Heads of the phrases filling `slot` for `predicate` (before splitting coordinations)."""
    found = []
    for token in _slot_tokens(slot, predicate, support):
        if token.lower_ in TIME_WORDS:
            continue
        if token.lower_ in word_lists()["slot_quantifiers"] or token.pos_ == "NUM":
            # "plus de 150 Israéliens", "des centaines de manifestants": the counted phrase
            counted = [c for c in token.children if c.dep_.startswith("nmod") and c.pos_ in ("NOUN", "PROPN")]
            found.extend(counted or [token])
            continue
        found.append(token)
    return found


def _slot_tokens(slot: str, predicate: Token, support: dict[str, str] | None) -> list[Token]:
    if slot == "subj":
        return subjects(predicate)
    if slot == "obj":
        return objects(predicate)
    if slot == "iobj":
        return [c for c in predicate.children if c.dep_ == "iobj" and c.pos_ != "PRON"
                or c.dep_ == "iobj" and c.lower_ in ("lui", "leur")]
    kind, _, rest = slot.partition(":")
    if kind in ("obl", "nmod"):
        found = obliques(predicate, rest)
        if not found and predicate.dep_ == "xcomp":
            found = obliques(predicate.head, rest)  # attached to the control verb by the parser
        if not found and predicate.pos_ in ("VERB", "AUX"):
            # "a tiré des dizaines d'obus sur une île", "des dizaines de missiles de croisière sur la Syrie":
            # the phrase hung one to three nouns too low, on the object or down its chain of complements
            found = [t for o in predicate.children if o.dep_ == "obj"
                     for n in _complement_chain(o) for t in obliques(n, rest)]
        if not found and predicate.pos_ == "NOUN" and predicate.dep_.split(":")[0] in ("obl", "obj", "nmod"):
            # "après un entretien lundi avec Poutine": the parser hangs the oblique on the verb
            found = [t for t in obliques(predicate.head, rest) if t.i > predicate.i]
        if not found and predicate.pos_ == "NOUN" and kind == "nmod" or not found and rest == "avec":
            found = _attached_lower(predicate, rest)
        return found
    if kind == "poss":
        return [c for c in predicate.children if c.dep_ == "det" and "Yes" in c.morph.get("Poss")]
    if kind == "amod":
        return [c for c in predicate.children if c.dep_ == "amod"]
    if kind == "gov":
        asked = asked_party(predicate)
        if asked is not None:  # "à la demande de X": the clause's subject is asked, X asks
            return asked if rest == "iobj" else []
        for governor in _verb_governor(predicate):
            if not shares_arguments(predicate, governor, support or {}):
                return []
            if rest == "subj":
                return subjects(governor)
            if rest == "obj":
                return objects(governor)
            if rest == "iobj":
                return [c for c in governor.children if c.dep_ == "iobj"] + obliques(governor, "à")
        return []
    if kind == "ccomp":
        clauses = [c for c in predicate.children if c.dep_ == "ccomp"]
        return [s for clause in clauses for s in subjects(clause)] if rest == "subj" else []
    if kind == "xcomp":
        clauses = [c for c in predicate.children if c.dep_ == "xcomp"]
        return [o for clause in clauses for o in objects(clause)] if rest == "obj" else []
    return []


def asked_party(noun: Token) -> list[Token] | None:
    """For a request noun in an adjunct of its clause ("a frappé à la demande du président", "sur ordre
    de Moscou, l'armée a bombardé"), the subjects of that clause, who were asked; None elsewhere."""
    if noun.pos_ != "NOUN" or not noun.dep_.startswith(("obl", "nmod")):
        return None
    phrase = f"{case_of(noun)} {noun.lemma_.lower()}"
    if phrase not in word_lists()["request_phrases"]:
        return None
    for governor in _verb_governor(noun):
        return subjects(governor)
    return None


def _complement_chain(noun: Token, depth: int = 3) -> list[Token]:
    """`noun` and the nouns hung under it through "de" complements, `depth` levels down at most."""
    chain, level = [noun], [noun]
    for _ in range(depth):
        level = [c for n in level for c in children(n, "nmod") if case_of(c) == "de"]
        chain += level
    return chain


def _attached_lower(predicate: Token, preposition: str) -> list[Token]:
    """The first phrase with `preposition` after the predicate that the parser hung lower in the same
    clause ("des contacts prévus dans les jours à venir avec les Américains")."""
    clause = predicate.head if predicate.pos_ == "NOUN" else predicate
    for token in predicate.doc[predicate.i + 1: predicate.sent.end]:
        if token.pos_ not in ("NOUN", "PROPN") or case_of(token) != preposition:
            continue
        for governor in token.ancestors:
            if governor.i == clause.i or governor.i == predicate.i:
                return [token]
            if governor.pos_ in ("VERB", "AUX") and is_finite(governor):
                break
    return []


def _verb_governor(token: Token):
    current = token
    for _ in range(4):
        if current.head.i == current.i:
            return
        current = current.head
        if current.pos_ in ("VERB", "AUX"):
            yield current
            return


def expand(tokens: list[Token]) -> list[Token]:
    """Split coordinations and listed groups ("plusieurs pays, dont la France et l'Italie"): one head per member."""
    out: list[Token] = []
    for token in tokens:
        for member in [m for listed in listed_members(token) or [token] for m in conjuncts(listed)]:
            if member not in out:
                out.append(member)
    return out
