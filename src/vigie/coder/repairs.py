"""Repairs of fr_core_news_md's part-of-speech slips, made once on the parse before anything reads it.

The tagger's slips on news French are systematic, and every reader of the tree (matching, slots,
modality) used to patch them in its own way. Fixed here, once, they are seen the same way everywhere:
- a word with a tense or passive auxiliary is a verb, whatever its tag ("ont massacré", "a violé",
  "ont été blessés" tagged PRON, ADV or ADJ);
- a noun with a subject and neither determiner nor copula is a verb ("La justice enquête sur …",
  "L'armée riposte");
- a capitalised word tagged as a pronoun that is no French pronoun is a name ("Kiev a décrété …").
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from .words import word_list

AUXILIARIES = ("aux:tense", "aux:pass")
VERB_TAGS = ("ADV", "PRON", "NOUN", "ADJ", "X", "PROPN")


def repair_tags(doc: Doc) -> Doc:
    """Retag the tokens of `doc` whose part of speech the parse itself contradicts (see the module)."""
    pronouns = word_list("pronouns")
    for token in doc:
        deps = {c.dep_ for c in token.children}
        if token.pos_ in VERB_TAGS and _verbal(token, deps):
            token.pos_ = "VERB"
        elif token.pos_ == "PRON" and token.text[:1].isupper() and token.lower_ not in pronouns \
                and len(token.text) > 1:
            token.pos_ = "PROPN"
    return doc


def _verbal(token: Token, deps: set[str]) -> bool:
    if "det" in deps or "cop" in deps or "case" in deps:
        return False
    if any(dep in deps for dep in AUXILIARIES):
        return token.pos_ != "PROPN"
    # a noun root with a subject of its own: "La justice enquête sur la mort du journaliste"
    return token.pos_ == "NOUN" and token.dep_ == "ROOT" and "nsubj" in deps


@Language.component("vigie_repairs")
def repairs_component(doc: Doc) -> Doc:
    """The spaCy component form of `repair_tags`, placed after the parser."""
    return repair_tags(doc)
