"""The grammar of argument slots and prepositions used by the predicate lexicon.

A slot names where, in spaCy's dependency parse, an event's source or target is found
(docs/lexicon.md gives each one with examples). This module only validates and normalises
slot names and prepositions; reading them off a parse is the coder's (`vigie.coder.matching`, `vigie.coder.arguments`).
"""

from __future__ import annotations

from dataclasses import dataclass

# fmt: off

# Prepositions a slot or a requirement may name. Multiword ones are written with single spaces.
PREPOSITIONS = frozenset({
    "à", "de", "avec", "contre", "envers", "vers", "auprès de", "sur", "pour", "chez", "entre", "par", "en",
    "dans", "sans", "sous", "depuis", "face à", "à l'encontre de", "en faveur de", "au sujet de",
    "à l'égard de", "au profit de", "au nom de", "aux côtés de", "à destination de", "hors de", "derrière",
    "comme", "près de", "devant",
})

# Contracted and elided forms spaCy keeps as the text (and often the lemma) of a `case` token.
CONTRACTIONS = {"au": "à", "aux": "à", "du": "de", "des": "de", "d'": "de", "d’": "de"}

# Complex prepositions spaCy parses as a preposition + noun (or adverb) + "de" phrase:
# "à l'encontre de Moscou" → encontre (case à) → Moscou (case de). Key: (first part, pivot word).
COMPLEX_PREPOSITIONS = {
    ("à", "encontre"): "à l'encontre de",
    ("en", "faveur"): "en faveur de",
    ("à", "sujet"): "au sujet de",
    ("à", "égard"): "à l'égard de",
    ("à", "profit"): "au profit de",
    ("à", "nom"): "au nom de",
    ("à", "côté"): "aux côtés de",
    ("à", "destination"): "à destination de",
    (None, "auprès"): "auprès de",
    (None, "hors"): "hors de",
    (None, "près"): "près de",
}

# Verbs whose compound tenses take "être": spaCy often labels that auxiliary aux:pass, but they are
# not passives ("le président est arrivé à Kiev", "ils sont parvenus à un accord"). The participles are
# there because spaCy gives some of them as their own lemma.
ETRE_VERBS = frozenset({
    "aller", "arriver", "descendre", "entrer", "monter", "mourir", "naître", "partir", "passer", "rester",
    "retourner", "sortir", "tomber", "venir", "devenir", "revenir", "parvenir", "intervenir", "survenir",
    "décéder", "redescendre", "rentrer", "repartir", "ressortir", "remonter", "convenir", "accourir",
    "convenu", "parvenu", "parvenue", "arrivé", "venu", "revenu", "intervenu",
})

# Verbs whose object (or "à" phrase) is the subject of their infinitive: "exhorter la Russie à reculer",
# "accuser les Russes d'avoir massé", "demander à Moscou de retirer".
OBJECT_CONTROL = frozenset({
    "accuser", "exhorter", "appeler", "inviter", "inciter", "encourager", "pousser", "presser", "sommer",
    "demander", "enjoindre", "ordonner", "conseiller", "supplier", "implorer", "prier", "autoriser",
    "aider", "contraindre", "forcer", "obliger", "empêcher", "interdire", "reprocher", "soupçonner",
    "charger", "persuader", "convaincre", "dissuader", "mandater", "féliciter", "remercier", "blâmer",
})

CLAUSE_SLOTS = frozenset({"ccomp:subj", "xcomp:obj"})
VERB_SLOTS = frozenset({"subj", "obj", "iobj"}) | CLAUSE_SLOTS
NOUN_SLOTS = frozenset({"poss", "amod", "gov:subj", "gov:obj", "gov:iobj"})
PREFIXED = ("obl", "nmod")
SLOTS_BY_POS = {
    "VERB": VERB_SLOTS | {"obl"},
    "NOUN": NOUN_SLOTS | {"nmod"},
    "ADJ": frozenset({"subj", "gov:subj", "gov:obj", "obl", "nmod"}),
}

# Dependency labels (or label prefixes) a requirement may name.
DEPENDENCIES = frozenset({
    "nsubj", "nsubj:pass", "obj", "iobj", "obl", "obl:arg", "obl:mod", "obl:agent", "nmod", "amod",
    "advmod", "xcomp", "ccomp", "acl", "acl:relcl", "expl", "expl:comp", "expl:pv", "expl:subj", "nummod",
    "compound", "flat", "fixed", "det", "conj", "advcl", "appos", "cop", "aux", "aux:pass", "aux:tense",
    "case", "mark", "dep",
})

# fmt: on


@dataclass(frozen=True)
class Slot:
    """A parsed slot name: `kind` is subj, obj, iobj, obl, nmod, poss, amod, gov or ccomp/xcomp;
    `preposition` is set for obl and nmod; `inner` is the slot on the governing verb for gov."""

    name: str
    kind: str
    preposition: str | None = None
    inner: str | None = None


def normalise_preposition(text: str) -> str:
    """Lower-case a preposition and expand contractions: "Au" → "à", "des" → "de"."""
    text = " ".join(text.lower().replace("’", "'").split())
    return CONTRACTIONS.get(text, text)


def parse_slot(name: str, pos: str) -> Slot:
    """Parse and check a slot name for a predicate of part of speech `pos`; ValueError says what is wrong."""
    allowed = SLOTS_BY_POS.get(pos)
    if allowed is None:
        raise ValueError(f"no slots for part of speech {pos!r}")
    if not isinstance(name, str) or name != name.strip() or not name:
        raise ValueError(f"{name!r} is not a slot name")
    kind, _, rest = name.partition(":")
    if kind in PREFIXED:
        if kind not in allowed:
            raise ValueError(f"{name!r} is not a slot of a {pos} predicate ({describe(pos)})")
        preposition = normalise_preposition(rest)
        if preposition != rest or preposition not in PREPOSITIONS:
            raise ValueError(
                f"{name!r}: {rest!r} is not a known preposition ({', '.join(sorted(PREPOSITIONS))})"
            )
        return Slot(name, kind, preposition=preposition)
    if name not in allowed:
        raise ValueError(f"{name!r} is not a slot of a {pos} predicate ({describe(pos)})")
    if kind == "gov":
        return Slot(name, "gov", inner=rest)
    if name in CLAUSE_SLOTS:
        return Slot(name, kind, inner=rest)
    return Slot(name, name)


def describe(pos: str) -> str:
    names = sorted(SLOTS_BY_POS[pos])
    return ", ".join(f"{n}:<preposition>" if n in PREFIXED else n for n in names)


def check_dependency(label: str) -> str:
    """Check a requirement's dependency label (a UD label or prefix spaCy's French model produces)."""
    if label not in DEPENDENCIES:
        raise ValueError(f"{label!r} is not a dependency label ({', '.join(sorted(DEPENDENCIES))})")
    return label
