"""Reading spaCy's French dependency trees: noun phrases, conjuncts, subjects, obliques, passives.

Pure functions over tokens, shared by the coder and modality. spaCy's UD labels: nsubj, nsubj:pass,
obj, iobj, obl:arg, obl:mod, obl:agent, nmod, amod, appos, flat:name, xcomp, ccomp, acl, acl:relcl,
advcl, conj, cc, case, mark, det, aux:tense, aux:pass, expl:comp, expl:pv, expl:subj.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from ..lexicon.slots import CONTRACTIONS, ETRE_VERBS
from .wordlists import word_lists

NOMINAL = {"NOUN", "PROPN", "PRON", "NUM", "X"}
# Dependents that are not part of a noun phrase's own words.
NP_CUT = {"acl:relcl", "acl", "conj", "cc", "advcl", "parataxis", "ccomp", "xcomp", "mark", "punct",
          "dep", "cop", "aux:tense", "aux:pass", "nsubj", "obj", "obl:mod", "obl:arg"}
# "A comme B", "A ainsi que B"
NEGATORS = {"pas", "jamais", "plus", "guère", "aucun", "aucune", "nullement", "point"}
# Closed-class time nouns: the parser often makes them objects or complements ("se rendre mardi à Kiev");
# they never head an argument.
TIME_WORDS = frozenset("""lundi mardi mercredi jeudi vendredi samedi dimanche janvier février mars avril mai
juin juillet août septembre octobre novembre décembre hier demain aujourd'hui veille lendemain semaine
week-end mois année an matin soir soirée nuit midi après-midi""".split())


def case_of(token: Token) -> str:
    """The preposition introducing a nominal ('avec', 'à', 'auprès de'), lower-cased, '' if none."""
    words = []
    for child in token.children:
        if child.dep_ == "case" and child.i < token.i:
            words.append(child)
    if not words:
        return ""
    words.sort(key=lambda t: t.i)
    parts = []
    for word in words:
        text = word.text.lower()
        parts.append(CONTRACTIONS.get(text, text))  # "au téléphone": à; "du journaliste": de
        parts.extend(f.text.lower() for f in word.children if f.dep_ == "fixed")
    return " ".join(parts).replace("’", "'").replace("d'", "de").replace("l'", "").strip()


def np_tokens(head: Token) -> tuple[Token, ...]:
    """The words of the noun phrase headed by `head`, without relative clauses, conjuncts or its preposition.
    Read once per head and doc (the coder asks for the same phrases many times)."""
    doc = head.doc
    found = doc.user_data.setdefault(_NOUN_PHRASES, {})
    indexes = found.get(head.i)
    if indexes is None:  # indexes, not tokens: a token holds its doc, and the doc would hold itself
        indexes = found[head.i] = tuple(t.i for t in _np_tokens(head))
    return tuple(doc[i] for i in indexes)


_NOUN_PHRASES = ("vigie", "noun_phrases")


def _np_tokens(head: Token) -> list[Token]:
    keep = [head]
    stack = [child for child in head.children]
    while stack:
        token = stack.pop()
        if token.dep_ == "conj" and token.pos_ == "ADJ":
            keep.append(token)  # "la diplomatie américaine et russe"
            keep.extend(c for c in token.children if c.dep_ == "cc")
            continue
        if token.dep_ in NP_CUT and not (token.dep_ == "punct" and (
                token.text in {"-", "'"} or any(c.isalpha() for c in token.text))):
            continue  # a word labelled punct ("le président sud-africain") is a mislabelled modifier
        if token.dep_ == "case" and token.head.i == head.i:
            continue
        if token.lower_ in TIME_WORDS and token.i != head.i:
            continue  # "à Abidjan mardi": the day is not part of the name
        if token.dep_ == "advmod" and token.lower_ in word_lists()["ellipsis_adverbs"]:
            continue
        if token.dep_ in ("nmod", "obl") and case_of(token) in word_lists()["coordinating_cases"]:
            continue
        if introduced_member(token):
            continue  # "plusieurs pays, dont la France": the members are not the group's own words
        keep.append(token)
        stack.extend(token.children)
    # a name the parser cut in two ("Vladimir" / "Poutine", both subjects of the verb) is one phrase
    after = head.i + 1
    while head.pos_ == "PROPN" and after < len(head.doc) and head.doc[after].pos_ == "PROPN" \
            and head.doc[after].head.i == head.head.i and head.doc[after].dep_ == head.dep_ and head.dep_ != "ROOT":
        keep.append(head.doc[after])
        after += 1
    keep.sort(key=lambda t: t.i)
    # keep one contiguous run around the head: drop stray far pieces of a bad parse
    run = [head]
    by_index = {t.i: t for t in keep}
    i = head.i - 1
    while i in by_index or (i >= 0 and _bridge(head.doc[i]) and i - 1 in by_index):
        if i in by_index:
            run.insert(0, by_index[i])
        i -= 1
    i = head.i + 1
    while i in by_index or (i < len(head.doc) and _bridge(head.doc[i]) and i + 1 in by_index):
        if i in by_index:
            run.append(by_index[i])
        i += 1
    return run + name_rest(run[-1])


def name_rest(last: Token) -> list[Token]:
    """The words of a name that run on after `last` but that the parser hung elsewhere ("le président
    russe Vladimir | Poutine a signé", "le régime de Bachar | al-Assad"): capitalised names right after
    a name, with no punctuation between."""
    doc = last.doc
    rest: list[Token] = []
    while last.pos_ == "PROPN" and last.whitespace_ and last.i + 1 < last.sent.end:
        word = doc[last.i + 1]
        if word.pos_ not in ("PROPN", "X") or not any(c.isupper() for c in word.text) or case_of(word) \
                or word.text.isupper() or last.text.isupper():
            break  # "l'ONU Ibrahim Gambari": an acronym is a name of its own
        rest.append(word)
        last = word
    return rest


def introduced_member(token: Token) -> bool:
    """True when `token`'s phrase begins with, or just follows, a list introducer ("dont la France",
    "notamment l'Italie", "à savoir le Tchad")."""
    if token.lower_ == "dont" and "Rel" in token.morph.get("PronType"):
        return True
    first = token.left_edge.i
    starts, ends = _introducers(token.doc)
    return first in starts or first in ends


def introducer_end(doc: Doc, i: int, limit: int) -> int | None:
    """Where a list introducer ('dont', 'à savoir') that begins at token `i` ends (the longest one that
    ends by `limit`), or None."""
    return next((end for end in _introducers(doc)[0].get(i, ()) if end <= limit), None)


def _introducers(doc: Doc) -> tuple[dict[int, tuple[int, ...]], frozenset[int]]:
    """Where list introducers start in `doc` (with their ends, longest first), and the indexes right
    after them: found once per doc."""
    found = doc.user_data.get(_INTRODUCERS)
    if found is None:
        words = [_folded(t) for t in doc]
        starts: dict[int, list[int]] = {}
        for phrase in word_lists().phrases("list_introducers"):  # longest first
            size = len(phrase)
            for start in range(len(words) - size + 1):
                if tuple(words[start: start + size]) == phrase:
                    starts.setdefault(start, []).append(start + size)
        found = doc.user_data[_INTRODUCERS] = ({k: tuple(v) for k, v in starts.items()},
                                               frozenset(e for v in starts.values() for e in v))
    return found


_INTRODUCERS = ("vigie", "list_introducers")


def _folded(token: Token) -> str:
    return token.lower_.replace("’", "'")


def _bridge(token: Token) -> bool:
    return token.text in {",", "-"} or token.is_space


def np_text(head: Token) -> str:
    tokens = np_tokens(head)
    return head.doc[tokens[0].i: tokens[-1].i + 1].text.strip(" ,")  # Doc.text would rebuild the whole text


def np_span(head: Token) -> tuple[int, int]:
    tokens = np_tokens(head)
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


def conjuncts(token: Token) -> list[Token]:
    """`token` and the nominals coordinated with it ('les États-Unis et l'Otan', '... comme le Royaume-Uni',
    and comma lists the parser leaves as loose obliques: 'par les États-Unis, la France, le Japon')."""
    out = [token]
    out.extend(_listed_after(token))
    bare = not any(g.dep_ == "cc" for c in token.children if c.dep_ == "conj" for g in c.children)
    for child in token.children:
        if child.dep_ == "conj" and bare and child.pos_ == "NOUN":
            continue  # "Mme Pelosi, la plus haute responsable américaine, …": an apposition, no member
        if child.dep_ == "conj" and child.pos_ in NOMINAL and not is_elliptic(child):
            out.extend(conjuncts(child))
        elif child.dep_ in ("nmod", "obl:mod", "obl") and case_of(child) in word_lists()["coordinating_cases"]:
            out.extend(conjuncts(child))
    return out


def is_elliptic(token: Token) -> bool:
    """"…, Washington aussi": a name that stands for a whole clause repeated with another subject."""
    return token.pos_ in ("PROPN", "NOUN") and any(
        c.dep_ == "advmod" and c.lower_ in word_lists()["ellipsis_adverbs"] for c in token.children) and any(
        t.text == "," for t in token.doc[max(token.i - 3, 0): token.i])


def _listed_after(token: Token) -> list[Token]:
    """Names that follow `token` after a comma, hang on the same head with no preposition of their own."""
    found = []
    doc = token.doc
    i = max(t.i for t in np_tokens(token)) + 1
    while i < len(doc) and doc[i].text == ",":
        j = i + 1
        while j < len(doc) and doc[j].pos_ == "DET":
            j += 1
        if j >= len(doc):
            break
        name = doc[j]
        if name.pos_ != "PROPN" or name.head.i != token.head.i or case_of(name) or name.i == token.head.i:
            break
        found.append(name)
        found.extend(c for c in name.children if c.dep_ == "conj" and c.pos_ in NOMINAL)
        i = max(t.i for t in np_tokens(name)) + 1
    return found


def children(token: Token, *deps: str) -> list[Token]:
    """Children whose label is one of `deps` or a subtype of one ('obl' matches 'obl:arg')."""
    return [c for c in token.children if any(c.dep_ == d or c.dep_.startswith(d + ":") for d in deps)]


def is_finite(token: Token) -> bool:
    return "Fin" in token.morph.get("VerbForm") or any(
        "Fin" in c.morph.get("VerbForm") for c in children(token, "aux", "cop"))


def is_passive(verb: Token) -> bool:
    if verb.lemma_.lower() in ETRE_VERBS or is_reflexive(verb):
        return False  # "est arrivé", "s'est rendu": être is the tense auxiliary, not the passive one
    if any(c.dep_ == "aux:pass" for c in verb.children):
        return True
    if any(c.dep_.startswith("aux") and c.lemma_ == "avoir" for c in verb.children):
        return False  # "avoir signé": a perfect, not a passive
    # participle modifying a noun: "les troupes massées par Moscou"
    return (verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN")
            and "Part" in verb.morph.get("VerbForm") and "Past" in verb.morph.get("Tense"))


def is_reflexive(verb: Token) -> bool:
    """The verb carries a reflexive clitic before it: se/s' always; me/te/nous/vous when marked expl by the
    parser or when the subject is that same person ("nous nous sommes entretenus")."""
    subjects = [c.lower_ for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")]
    for child in verb.children:
        if child.pos_ != "PRON" or child.i > verb.i or child.dep_.startswith("nsubj"):
            continue
        if _folded(child) in word_lists()["reflexive_clitics"] or child.lemma_.lower() == "se":
            return True
        if _folded(child) in word_lists()["personal_clitics"] and (
                child.dep_.startswith("expl") or child.lower_ in subjects):
            return True
    return False


def is_negated(token: Token) -> bool:
    """'ne ... pas/jamais/plus', 'sans' + infinitive, or a negator among the token's own dependents."""
    for child in token.children:
        if child.dep_.startswith("advmod") and child.lower_ in NEGATORS:
            return True
        if child.dep_ == "mark" and child.lower_ == "sans":
            return True
        if child.lower_ in {"ne", "n'", "n’"} and any(c.lower_ in NEGATORS for c in token.children):
            return True
    for aux in children(token, "aux", "cop"):
        if any(c.lower_ in NEGATORS for c in aux.children):
            return True
    return False


def agent(verb: Token) -> list[Token]:
    """The 'par' agent of a passive."""
    found = [c for c in verb.children if c.dep_ == "obl:agent"]
    if not found:
        found = [c for c in children(verb, "obl", "nmod") if case_of(c) == "par"]
    return found


def quotations(doc: Doc) -> list[tuple[int, int]]:
    """(opening, closing) token indices of the quotations of a text; a quotation may run over several
    sentences but never over a paragraph break, which closes a quotation left open."""
    spans: list[tuple[int, int]] = []
    opened: int | None = None
    straight_open = False
    for tok in doc:
        if tok.is_space and "\n" in tok.text:
            if opened is not None:
                spans.append((opened, tok.i))
            opened, straight_open = None, False
            continue
        straight = tok.text in ('"', "'", "‘", "’") and tok.pos_ == "PUNCT"  # a lone ' is a quote mark
        if tok.text in ("«", "“") or (straight and not straight_open):
            straight_open = straight
            opened = tok.i
        elif tok.text in ("»", "”") or (straight and straight_open):
            straight_open = False
            if opened is not None:
                spans.append((opened, tok.i))
            opened = None
    if opened is not None:
        spans.append((opened, len(doc)))
    return spans


def in_quote(token: Token, spans: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The quotation (from `quotations`) enclosing `token`, if any."""
    for start, end in spans:
        if start < token.i < end:
            return start, end
    return None


def hung_on_day(verb: Token) -> list[Token]:
    """The object the parser hung on a day after the verb ("a mené vendredi des frappes", "a annoncé
    lundi de nouvelles sanctions": the phrase is read as the day's complement)."""
    days = [c for c in verb.children if c.lower_ in TIME_WORDS and c.i > verb.i
            and (c.dep_ == "obj" or c.dep_.startswith("obl"))]
    if not days:  # "a rencontré mercredi la présidente": the day hung on the object, read as an adjunct
        return [c for c in verb.children if c.dep_.startswith("obl") and c.pos_ in ("NOUN", "PROPN")
                and c.i > verb.i and not case_of(c) and c.lower_ not in TIME_WORDS
                and any(d.lower_ in TIME_WORDS and verb.i < d.i < c.i for d in c.children)]
    return [g for g in [*(g for c in days for g in c.children if g.dep_ == "nmod"),
                        *(g for g in verb.children if g.dep_ == "obl:arg")]
            if g.pos_ == "NOUN" and g.i > days[0].i and case_of(g) in ("", "de") and g.lower_ not in TIME_WORDS
            and not any(d.dep_ == "det" and d.lower_ in ("le", "la", "l'", "les") for d in g.children)]


def in_dateline(token: Token) -> bool:
    """True for a word of a dateline ("PARIS, 3 mars (AFP) -"), as the sentence splitter found them."""
    return any(start <= token.i < end for start, end in token.doc.user_data.get("vigie_datelines", ()))


def governors(token: Token) -> Iterator[Token]:
    """The tokens above `token`, nearest first, up to the sentence root."""
    current = token
    while current.head.i != current.i:
        current = current.head
        yield current
