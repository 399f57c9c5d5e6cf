"""Repairs of fr_core_news_md's part-of-speech slips, made once on the parse before anything reads it.

The tagger's slips on news French are systematic, and every reader of the tree (matching, slots,
modality) used to patch them in its own way. Fixed here, once, they are seen the same way everywhere:
- a word with a tense or passive auxiliary is a verb, whatever its tag ("ont massacré", "a violé",
  "ont été blessés" tagged PRON, ADV or ADJ);
- a noun with a subject and neither determiner nor copula is a verb ("La justice enquête sur …",
  "L'armée riposte");
- a capitalised word tagged as a pronoun that is no French pronoun is a name ("Kiev a décrété …");
- a wire dateline opening a sentence ("OSLO, 3 mai 2021 - Le gouvernement …") is no argument: the parser
  often makes the city the subject, or hangs the real subject on it; the phrase after the dash takes the
  dateline's place and the dateline becomes a loose `dep`;
- a day or month the parser puts in an argument's slot while the name just before it hangs on it or
  floats beside it ("a bombardé Kharkiv lundi": Kharkiv the determiner of the object "lundi"; "a accusé
  Kiev samedi": "samedi" the object) gives the name its slot and becomes a time adjunct;
- a verb form the tagger takes for an adjective or adverb (`verb_homographs`: "Pékin dément les
  accusations", read as a verbless phrase around "accusations") becomes its sentence's verb: what comes
  before it is its subject, what comes after its object, infinitive or complement;
- a day between a verb and its object takes the object's place or holds it ("a rompu jeudi ses
  relations": "relations" hung on "jeudi"; "ont conclu mardi à Vienne un accord": "mardi" a second
  object): the noun after the day is the object, the day a time adjunct.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from .syntax import TIME_WORDS
from .words import word_list

AUXILIARIES = ("aux:tense", "aux:pass")
DASHES = ("-", "–", "—")
ARGUMENT_SLOTS = ("obj", "iobj", "nsubj", "nsubj:pass", "obl:arg")
LOOSE_DEPS = ("det", "nmod", "compound", "amod", "flat:name", "obl:mod", "obl", "dep", "appos")
DATELINE_TOKENS = 16  # the longest dateline: "PORT-AU-PRINCE (Haïti), 12 janvier 2010 -"
VERB_TAGS = ("ADV", "PRON", "NOUN", "ADJ", "X", "PROPN")


def repair_tags(doc: Doc) -> Doc:
    """Retag the tokens of `doc` whose part of speech the parse itself contradicts (see the module)."""
    pronouns = word_list("pronouns")
    repaired: set[int] = set()
    for token in doc:
        deps = {c.dep_ for c in token.children}
        if token.pos_ in VERB_TAGS and _verbal(token, deps):
            token.pos_ = "VERB"
            repaired.add(token.i)
        elif token.pos_ == "PRON" and token.text[:1].isupper() and token.lower_ not in pronouns \
                and len(token.text) > 1:
            token.pos_ = "PROPN"
            repaired.add(token.i)
    homographs = dict(w.split("=", 1) for w in word_list("verb_homographs"))
    for token in doc:
        if token.lower_ in homographs and token.pos_ not in ("VERB", "AUX") and _promote(token):
            token.pos_, token.lemma_ = "VERB", homographs[token.lower_]
            repaired.add(token.i)
    for time in doc:
        if time.lower_ in TIME_WORDS and time.i > 0 and _slot_taken_by_time(doc[time.i - 1], time):
            name = doc[time.i - 1]
            slot = time.dep_ if time.dep_ in ARGUMENT_SLOTS else "obl:mod"
            name.head, name.dep_ = time.head, slot
            name.pos_ = "PROPN"
            time.head, time.dep_ = name.head, "obl:mod"
            repaired.add(name.i)
    for time in doc:
        if time.lower_ in TIME_WORDS:
            moved = _object_under_day(time)
            if moved is not None:
                repaired.add(moved.i)
    for token in doc:
        if _bare_object(token):
            token.dep_ = "obj"
            repaired.add(token.i)
    doc.user_data["vigie_repaired"] = repaired  # read by the coder's confidence
    for sent in doc.sents:
        end = dateline_end(sent)
        if end is not None:
            _detach(sent, end)
    return doc


def dateline_end(sent) -> int | None:
    """The index of the dash closing a dateline that opens `sent` (a place in capitals, an optional
    parenthesis, a comma, a date with a month name, a dash), or None."""
    tokens = list(sent[:DATELINE_TOKENS])
    dash = next((t for t in tokens if t.text in DASHES), None)
    comma = next((t for t in tokens if t.text == ","), None)
    if dash is None or comma is None or comma.i > dash.i or comma.i == sent.start:
        return None
    place, depth = [], 0
    for token in sent.doc[sent.start:comma.i]:
        depth += token.text == "("
        if depth == 0 and token.is_alpha:
            place.append(token)
        depth -= token.text == ")"
    if not place or not all(t.text.isupper() for t in place):
        return None
    date = sent.doc[comma.i + 1:dash.i]
    if not any(t.lower_ in TIME_WORDS for t in date) or not all(t.like_num or t.lower_ in TIME_WORDS for t in date):
        return None
    return dash.i


def _detach(sent, end: int) -> None:
    """The dateline sent[..end] gives its place in the tree to the first phrase after it it governs."""
    doc = sent.doc
    span = range(sent.start, end + 1)
    heads = [t for t in doc[sent.start:end + 1] if t.head.i not in span and not t.is_punct]
    if len(heads) != 1 or heads[0].head.i == heads[0].i:
        return  # the dateline heads the sentence: nothing safe to move
    dateline = heads[0]
    hung = [t for t in doc[end + 1:sent.end] if t.head.i in span and not t.is_punct]
    if hung:
        first = hung[0]
        first.head, first.dep_ = dateline.head, dateline.dep_
        for other in hung[1:]:
            other.head = first
    dateline.dep_ = "dep"


def _promote(verb: Token) -> bool:
    """Make `verb` the root of its sentence and hang on it the top phrases on either side of it (a phrase
    before it with a noun head is its subject; after it, a noun is its object, an infinitive its xcomp).
    False, with nothing changed, when the sentence has a verb of its own ("un film dément a été
    projeté": the adjective it is) or no subject stands before it."""
    sent = verb.sent
    if sent.root.pos_ in ("VERB", "AUX"):
        return False
    left = [t for t in sent[:verb.i - sent.start] if not sent.start <= t.head.i < verb.i or t.head.i == t.i]
    right = [t for t in sent[verb.i + 1 - sent.start:] if not verb.i < t.head.i < sent.end or t.head.i == t.i]
    if not any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in left):
        return False
    verb.head, verb.dep_ = verb, "ROOT"
    for token in left:
        token.head = verb
        token.dep_ = "nsubj" if token.pos_ in ("NOUN", "PROPN", "PRON") else (
            "punct" if token.is_punct else token.dep_ if token.dep_ not in ("ROOT", "nmod") else "dep")
    for token in right:
        if token.pos_ == "AUX" and any(c.dep_ == "xcomp" and c.pos_ == "VERB" for c in token.children):
            main = next(c for c in token.children if c.dep_ == "xcomp" and c.pos_ == "VERB")
            main.head, main.dep_ = verb, "xcomp"   # "dément avoir espionné": the infinitive is the complement
            token.head, token.dep_ = main, "aux:tense"
            continue
        token.head = verb
        token.dep_ = ("punct" if token.is_punct else "obj" if token.pos_ in ("NOUN", "PROPN", "PRON")
                      else "xcomp" if token.pos_ == "VERB" else token.dep_ if token.dep_ != "ROOT" else "dep")
    return True


def _slot_taken_by_time(name: Token, time: Token) -> bool:
    """Whether `name`, right before the time word `time`, is the argument `time` took the place of: a
    name without a preposition (tagged a name, or a capitalised word inside the sentence the tagger took
    for a determiner), hung on the time word, or beside it on the same head while the day holds a slot."""
    if any(c.dep_ == "case" for c in name.children) or any(c.dep_ == "case" for c in time.children):
        return False
    if time.head.i == time.i or time.head.pos_ not in ("VERB", "AUX") or name.dep_ not in LOOSE_DEPS:
        return False
    named = name.pos_ == "PROPN" or (name.pos_ in ("DET", "X", "NOUN") and name.text[:1].isupper()
                                     and not name.is_sent_start and name.is_alpha)
    if not named:
        return False
    if name.head.i == time.i:
        return time.dep_ in ARGUMENT_SLOTS or (time.dep_ in ("obl:mod", "obl") and not _has_object(time.head))
    return name.head.i == time.head.i and time.dep_ in ARGUMENT_SLOTS


def _bare_object(token: Token) -> bool:
    """A name with no preposition the parser made an adjunct of a transitive-looking verb that has no
    object: its object ("ont attaqué Goma jeudi": Goma `obl:mod`). With a determiner only when the verb
    has its subject before it ("la Chine a vivement critiqué le Japon"): else the name may be a subject
    after its verb ("« … », a déclaré le Kremlin")."""
    if token.pos_ != "PROPN" or token.dep_ not in ("obl:mod", "obl") or token.head.pos_ != "VERB":
        return False
    verb = token.head
    if any(c.dep_ == "case" and c.i < token.i for c in token.children) or token.i < verb.i:
        return False
    subject_before = any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children)
    if any(c.dep_ == "det" and c.i < token.i for c in token.children) and not subject_before:
        return False
    return not _has_object(verb) and not any(c.dep_ in ("aux:pass", "expl:pv", "expl:comp") for c in verb.children)


def _object_under_day(day: Token) -> Token | None:
    """The noun the parser hung on a day between a verb and it, made the verb's object (see the module);
    a day that is a second object becomes an adjunct. The noun moved, if any."""
    verb = day.head
    if verb.pos_ != "VERB" or day.i < verb.i or any(c.dep_ == "case" for c in day.children):
        return None
    objects = [c for c in verb.children if c.dep_ == "obj" and c.i != day.i]
    if day.dep_ == "obj" and objects:
        day.dep_ = "obl:mod"  # "ont conclu mardi à Vienne un accord"
        return None
    if day.dep_ not in ("obj", "obl:mod", "obl") or objects or _has_object(verb):
        return None
    noun = next((c for c in day.children if c.i > day.i and c.pos_ in ("NOUN", "PROPN")
                 and c.dep_ in ("nmod", "obj", "appos", "dep") and c.lower_ not in TIME_WORDS
                 and not any(g.dep_ == "case" for g in c.children)), None)
    if noun is None:
        return None
    noun.head, noun.dep_ = verb, "obj"
    day.dep_ = "obl:mod"
    return noun


def _has_object(verb: Token) -> bool:
    return any(c.dep_ in ("obj", "ccomp", "xcomp", "nsubj:pass") for c in verb.children)


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
