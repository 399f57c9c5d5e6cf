"""The event coder: a parsed article -> Events (who did what to whom, when, where, with evidence).

For each sentence: find predicates from the lexicon (head lemma + required dependents), fill their
argument slots from the dependency tree, turn the argument phrases into actors (resolver + article
memory: pronouns, quote speakers, possessives), split coordinations into one event per member, then
add the mode, the date (the sentence's time expression nearest the predicate) and the place.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from ..articles import Article
from ..events import Actor, Event, Place
from ..resources import Resources
from ..time import event_date
from .arguments import ASPECT_NOUNS, expand, obliques, slot_tokens, subjects
from .groups import reciprocal_use
from .matching import Match, lemma_candidates, match_predicate
from .mentions import PERSON_PRONOUNS, SPEAKER_PRONOUNS, Mentions, unique_actors
from .modality import mode_of
from .syntax import (
    NEGATORS,
    TIME_WORDS,
    agent,
    case_of,
    children,
    governors,
    is_elliptic,
    is_negated,
    is_passive,
    np_text,
    quotations,
)

# An appeal, promise, demand, rejection, threat or sanction covers what it is about: "exhorte la Russie à
# reculer" is one appeal, "a annulé sa visite" one reduction of relations, not also a visit.
SUBSUMING_ROOTS = {"02", "03", "10", "12", "13", "16"}
TEMPORAL_CASES = {"après", "avant", "depuis", "lors de", "dès", "pendant", "durant", "au lendemain de",
                  "à la veille de", "à l'issue de", "au cours de", "suite à", "à la suite de"}
# A promise of a hostile act is a threat: the governed act's root -> the CAMEO threat code.
THREAT_OF = {"16": "131", "17": "137", "18": "138", "19": "138", "20": "138"}
PROMISING_ROOTS = {"03"}
# A refused act of cooperation is a rejection: the refused act's root -> the CAMEO rejection code.
REFUSAL_OF = {"03": "120", "04": "125", "05": "120", "06": "121", "07": "122", "08": "124"}
INDEFINITE = {"un", "une", "des", "de", "d'", "d’", "plusieurs", "nouveau", "nouvelle", "nouvel"}
LOCATIVE = {"à", "en", "dans", "au", "aux", "près de"}
VISIT_CODES = {"042", "043", "044"}
THING_BLOCKS = {"04"}  # roots whose object must be someone: a thing as object means another sense
RECIPROCAL_ROOTS = {"03", "04", "05", "06"}  # "A et B ont signé un accord", "ont discuté": each with the other
RECIPROCAL_SLOTS = {"obl:avec", "obl:entre", "nmod:avec", "nmod:entre"}  # "A et B se sont parlé"
INFER_TARGET_ROOTS = {"02", "03", "10", "11", "12", "13", "16"}
NON_STATES = {"NATO", "UN", "EU", "WST", "IGO"}


class Coder:
    """Codes parsed articles. Built once per process from loaded resources; holds no per-article state."""

    def __init__(self, resources: Resources, require_source: bool = True):
        self.res = resources
        # an event whose actor is unknown ("Deux policiers ont été tués") is kept only on request
        self.require_source = require_source

    # -- article level -------------------------------------------------------------------------
    def code(self, article: Article, doc: Doc) -> list[Event]:
        anchor = self.res.anchor(article)
        timexes = self.res.tagger.tag(article.text, anchor.day, doc=doc, month=anchor.year_month)
        state = _ArticleState(self, article, doc, anchor.day, timexes, anchor.year_month)
        if article.date and anchor.day is None:
            article.warnings.append(f"{article.origin}: only the month {article.date} is known and the "
                                    "text does not tell the day; relative dates stay unresolved")
        events: list[Event] = []
        for sent in doc.sents:
            events.extend(state.code_sentence(sent))
        state.infer_counterparts(events)
        seen: set[tuple] = set()
        unique = []
        for event in events:
            key = (event.trigger_start, event.code, _key(event.source), _key(event.target))
            if key not in seen:
                seen.add(key)
                unique.append(event)
        return unique

def _complement_edge(token: Token) -> bool:
    """True when `token` is what its head asks for (not a modifier): "exhorte la Russie à reculer"."""
    if token.head.i == token.i:
        return False
    dep = token.dep_
    if dep in ("xcomp", "ccomp", "obj", "obl:arg", "csubj"):
        return True
    if dep == "acl":
        return "Inf" in token.morph.get("VerbForm")
    return dep == "conj" and not token.morph.get("VerbForm") == ["Fin"]


def _key(actor: Actor | None) -> tuple:
    return (actor.code, actor.name) if actor else (None, None)


class _ArticleState(Mentions):
    """What the coder knows while reading one article: actors met so far, time expressions."""

    def __init__(self, coder: Coder, article: Article, doc: Doc, anchor: datetime.date | None, timexes,
                 year_month: tuple[int, int] | None = None):
        self.coder = coder
        self.res = coder.res
        self.article = article
        self.doc = doc
        self.anchor = anchor
        # who held an office: the article's day, else the middle of its month
        self.when = anchor or (datetime.date(year_month[0], year_month[1], 15) if year_month else None)
        self.context = self.res.actors.new_context(self.when)
        self.mentions: dict[int, list[Actor]] = {}
        self.timexes = [(t, doc.char_span(t.start, t.end, alignment_mode="expand")) for t in timexes
                        if t.type in ("DATE", "TIME")]
        self.last_events: list[Event] = []
        self.sentence_events: list[Event] = []
        self.topic: Actor | None = None
        self.quotes = quotations(doc)

    # -- actors --------------------------------------------------------------------------------
    def code_sentence(self, sent: Span) -> list[Event]:
        self.remember_mentions(sent)
        topic = next((a for t in sent if t.dep_ in ("nsubj", "nsubj:pass") and t.head.dep_ == "ROOT"
                      for a in self.mentions.get(t.i, []) if a.kind == "person"), None)
        matches = [m for m in (match_predicate(self.res.lexicon, t) for t in sent) if m is not None]
        by_token = {m.token.i: m for m in matches}
        for match in matches:
            if match.code[:2] in PROMISING_ROOTS or match.code in ("130", "13"):
                for child in match.token.children:
                    governed = by_token.get(child.i)
                    if governed is not None and _complement_edge(child) and governed.code[:2] in THREAT_OF:
                        match.code = THREAT_OF[governed.code[:2]]
        events: list[Event] = []
        self.sentence_events = events  # what a later noun of the same sentence may refer back to
        for match in matches:
            if self._subsumed(match, by_token):
                continue
            events.extend(self.events_for(match, sent))
        events = _drop_vaguer(events)
        events += self.elliptic_events(sent, events)
        self.last_events.extend(events)
        if topic is not None:
            self.topic = topic  # the person the text is about: what a later "il"/"elle" takes up
        return events

    def elliptic_events(self, sent: Span, events: list[Event]) -> list[Event]:
        """"Paris hausse le ton, Washington aussi": the last event before the name, with it as source."""
        extra: list[Event] = []
        for token in sent:
            if not is_elliptic(token):
                continue
            before = [e for e in events if e.trigger_end is not None and e.trigger_end <= token.idx and e.source]
            if not before:
                continue
            last = max(e.trigger_start for e in before)
            for actor in self.actors_for(token, sent, token):
                for event in (e for e in before if e.trigger_start == last):
                    if event.source.code == actor.code:
                        continue
                    target = event.target
                    if target is not None and target.code == actor.code:
                        target = None
                    copy = replace(event, source=actor, target=target, extra=dict(event.extra, elliptic=True))
                    extra.append(copy)
                    break
        return extra

    def _subsumed(self, match: Match, by_token: dict[int, Match]) -> bool:
        token = match.token
        if token.pos_ in ("NOUN", "PROPN") and token.head.i in by_token and token.head.i != token.i \
                and token.dep_ in ("obj", "nsubj", "nsubj:pass", "obl:arg", "xcomp"):
            return True  # "ont rejeté ces demandes": the verb's event covers its nominal argument
        child = token
        for _ in range(3):
            if not _complement_edge(child):
                return False
            governor = child.head
            other = by_token.get(governor.i)
            if other is not None and other.code[:2] in SUBSUMING_ROOTS:
                return True
            child = governor
        return False

    def events_for(self, match: Match, sent: Span) -> list[Event]:
        entry, token = match.entry, match.token
        if _background_mention(token):
            return []
        # words of the expression ("taper au portefeuille") are not arguments; a requirement that only asks
        # for a kind of phrase ("travailler avec …") names one
        used = {w.i for w, req in zip(match.words, entry.requires, strict=True) if req.lemma}
        sources, _ = self.fill(entry.source, token, sent, used, words=match.words)
        targets, filler = self.fill(entry.target, token, sent, used, role="target", words=match.words)
        if not targets and _modifier_mention(token, self.coder):
            return []  # "la montée de l'hostilité russe": an event named inside another noun, not reported
        between: list[Actor] = []
        if not sources and not targets:
            # "des combats entre l'armée et les rebelles", "la rencontre entre Moon et Kim": each with the other
            between = [a for h in expand(slot_tokens("nmod:entre", token) + slot_tokens("obl:entre", token))
                       for a in self.actors_for(h, sent, token)]
            if len(unique_actors(between)) > 1:
                sources = unique_actors(between)
        if not sources and token.pos_ == "ADJ":
            sources = self.evaluator(token, sent)
        if not sources:
            sources = self.topic_actor(sent)
        # "menace d'apposer son veto": an owner that is the source itself is not a target
        targets = [t for t in targets if not any(t.code == s.code and t.name == s.name for s in sources)]
        if not targets and filler:
            targets = self.referent(filler)
            if not targets and match.code[:2] in THING_BLOCKS and token.pos_ == "VERB":
                return []  # "ont reçu une réponse": the object is a thing, not a guest
        verb = self.occurrence_verb(token)
        mode = mode_of(token, self.res.markers, self._subject_differs)
        if verb is not None and mode == "occurred":  # "cet échange très attendu", "les négociations reprendront"
            mode = mode_of(verb, self.res.markers, self._subject_differs)
        if mode == "negated" and any(w.lower_ in NEGATORS for w in match.words):
            mode = "occurred"  # "n'est pas négociable": the negation belongs to the expression
        if mode == "negated" and match.code[:2] in REFUSAL_OF and _refusal(verb or token):
            # "Kiev ne reconnaîtra jamais cette indépendance": refusing to cooperate is a rejection (12)
            match = replace(match, code=REFUSAL_OF[match.code[:2]])
            mode = "occurred"
        local = self.location(token, sentence_wide=False)
        location = local or self.location(token)
        if not targets and local is not None and match.code in VISIT_CODES:
            targets = [Actor(text=local.text or local.name, country=local.country, kind="state")]
        date, date_text = self.date_for(token, sent, mode)
        pairs: list[tuple[Actor | None, Actor | None]] = []
        mutual = 1 < len(sources) <= 3 and reciprocal_use(token, entry.reflexive, entry.target)
        if mutual or not targets and 1 < len(sources) <= 3 and (any(slot in RECIPROCAL_SLOTS for slot in entry.target)
                                                      or match.code[:2] in ("18", "19", "20") and between
                                                      or (match.code[:2] in RECIPROCAL_ROOTS
                                                          and match.code not in VISIT_CODES | {"045"})):
            pairs = [(a, b) for a in sources for b in sources if a is not b]
        else:
            for source in sources or [None]:
                for target in targets or [None]:
                    pairs.append((source, target))
        events = []
        # an agentless passive ("sept casques bleus ont été libérés") states an act whose author is unknown;
        # a source missing elsewhere is a failure to read the text, and such events are kept only on request
        agentless = (token.pos_ == "VERB" and is_passive(token) and not agent(token)) or verb is not None
        for source, target in pairs:
            if source is None and (target is None or (self.coder.require_source and not agentless)):
                continue
            if not (source and source.country) and not (target and target.country):
                continue  # "les rebelles … des inconnus": no side can be placed, nothing to code
            if source is not None and target is not None and source.code == target.code \
                    and source.name == target.name:
                continue
            events.append(self.make_event(match, sent, source, target, mode, date, date_text, location))
        return events

    def fill(self, slots: Iterable[str], predicate: Token, sent: Span, used: set[int], role: str = "source",
             words: list[Token] | None = None) -> tuple[list[Actor], list[Token]]:
        """Actors of the first slot that gives any, and the common nouns met in slots that gave none."""
        things: list[Token] = []
        trigger_nouns: list[Token] = []  # "gel des avoirs": the assets are the trigger, their owner the target
        for slot in slots:
            found = slot_tokens(slot, predicate, self.res.lexicon.support)
            kind, _, preposition = slot.partition(":")
            if not found and kind in ("obl", "nmod") and words:
                # "passer à l'acte contre la Yougoslavie": the phrase hangs on a word of the expression
                found = [t for word in words for t in obliques(word, preposition)]
            if not found and kind in ("obl", "nmod"):
                verb = self.occurrence_verb(predicate)
                if verb is not None:  # "des raids ont eu lieu sur Tripoli": the verb's phrases are the event's
                    found = obliques(verb, preposition)
            trigger_nouns.extend(h for h in found if h.i in used and h.pos_ == "NOUN")
            heads = expand([h for h in found if h.i not in used])
            actors = [a for head in heads for a in self.actors_for(head, sent, predicate)]
            if actors:
                return unique_actors(actors), []
            things.extend(h for h in heads if h.pos_ == "NOUN")
        if role == "target":
            owners = [a for noun in things + trigger_nouns for a in self.owner(noun, sent)]
            if owners:
                return unique_actors(owners), []
        return [], things

    def evaluator(self, adjective: Token, sent: Span) -> list[Actor]:
        """Who judges "inacceptable", "pas négociable": the speaker of the verb that reports the judgement
        ("cette menace est « inacceptable », a déclaré le porte-parole"; "a précisé que … n'était pas
        négociable") or the subject of the clause it hangs on."""
        verbs = [c for c in adjective.children if c.dep_ == "parataxis" and c.pos_ in ("VERB", "AUX")]
        if adjective.dep_ in ("ccomp", "advcl", "parataxis", "xcomp", "conj"):
            head = adjective.head
            verbs += [c for c in head.children if c.dep_ == "parataxis" and c.i > adjective.i]
            verbs.append(head)
        for verb in verbs:
            actors = [a for s in subjects(verb) for a in self.actors_for(s, sent, verb)]
            if actors:
                return unique_actors(actors)
        return []

    def occurrence_verb(self, noun: Token) -> Token | None:
        """The verb that only says an event noun took place ("a eu lieu", "s'est tenue", "reprennent")."""
        if noun.pos_ != "NOUN" or not noun.dep_.startswith("nsubj"):
            return None
        verb = noun.head
        support = self.res.lexicon.support
        if support.get(verb.lemma_.lower()) in ("occurrence", "support"):
            return verb
        if any(c.dep_ == "obj" and support.get(c.lemma_.lower()) == "occurrence" for c in verb.children):
            return verb  # "avoir lieu"
        return None

    def referent(self, nouns: list[Token]) -> list[Actor]:
        """'ces demandes' stands for the demander: the source of the last event of that kind."""
        for noun in nouns:
            for lemma in lemma_candidates(noun, "NOUN"):
                entries = self.res.lexicon.candidates(lemma, "NOUN")
                if not entries:
                    continue
                kinds = {self._kind(e.code) for e in entries}
                for event in reversed(self.last_events + self.sentence_events):
                    if self._kind(event.code) in kinds and event.source is not None:
                        return [event.source]
        return []

    def _kind(self, code: str) -> str:
        """The family of a code for anaphora: its PLOVER type (demands and appeals are both REQUEST)."""
        return self.res.ontology.get(code).plover or code[:2]

    def _subject_differs(self, governor: Token, predicate: Token) -> bool:
        if any(s.pos_ == "PRON" and s.lower_ in SPEAKER_PRONOUNS | PERSON_PRONOUNS | {"ils", "elles"}
               for s in subjects(predicate)):
            return False  # "Washington a déclaré qu'il travaillerait": the speaker speaks of itself
        mine = {a.code for s in subjects(predicate) for a in self.mentions.get(s.i, [])}
        theirs = {a.code for s in subjects(governor) for a in self.mentions.get(s.i, [])}
        if not mine or not theirs:
            return bool({s.i for s in subjects(predicate)} - {s.i for s in subjects(governor)})
        return not (mine & theirs)

    def infer_counterparts(self, events: list[Event]) -> None:
        """An interaction with no stated target ("a laissé la porte ouverte à des négociations") is aimed
        at the article's main counterpart of its source: the state mentioned most after the source's own,
        when one clearly leads. Marked `target_inferred` so analysts can filter it."""
        counts: dict[str, int] = {}
        for actors in self.mentions.values():
            for country in {a.country for a in actors if a.country and len(a.country) == 3}:
                counts[country] = counts.get(country, 0) + 1
        partners: dict[int | None, set[str | None]] = {}
        for event in events:  # members of one compound subject are allies, not each other's target
            partners.setdefault(event.trigger_start, set()).add(event.source.country if event.source else None)
        for event in events:
            if event.target is not None or event.source is None or event.root not in INFER_TARGET_ROOTS:
                continue
            allies = partners.get(event.trigger_start, set())
            ranked = sorted(((n, c) for c, n in counts.items()
                             if c not in allies and c not in NON_STATES), reverse=True)
            if not ranked or ranked[0][0] < 2 or (len(ranked) > 1 and ranked[0][0] == ranked[1][0]):
                continue
            country = ranked[0][1]
            event.target = Actor(text="", country=country, kind="state")
            event.extra["target_inferred"] = True

    # -- where and when ------------------------------------------------------------------------
    def location(self, predicate: Token, sentence_wide: bool = True) -> Place | None:
        """Where: a locative phrase on the predicate or the verbs above it, else one on the sentence's main
        verb ("À Moscou, le président a reçu …")."""
        if self.res.places is None:
            return None
        root = predicate.sent.root
        chain = [predicate, *list(governors(predicate))[:2]]
        if sentence_wide and root not in chain:
            chain.append(root)
        for token in chain:
            near = children(token, "obl", "nmod") + [g for c in token.children if c.lower_ in TIME_WORDS
                                                     for g in children(c, "obl", "nmod")]
            for child in near:
                if case_of(child) in LOCATIVE and child.pos_ in ("PROPN", "NOUN"):
                    place = self.res.places.lookup(np_text(child))
                    if place is not None:
                        return place
        return None

    def date_for(self, predicate: Token, sent: Span, mode: str) -> tuple[str | None, str | None]:
        chain = {predicate.i, *(g.i for g in list(governors(predicate))[:3])}
        best = None
        for timex, span in self.timexes:
            if span is None or span.start < sent.start or span.end > sent.end:
                continue
            value = event_date(timex.value)
            if value is None:
                continue
            root = span.root
            attached = any(h.i in chain for h in [root, *list(governors(root))[:3]])
            distance = abs(span.start_char - predicate.idx)
            score = (0 if attached else 1, distance)
            if best is None or score < best[0]:
                best = (score, value, timex.text)
        if best is not None:
            return best[1], best[2]
        if mode == "occurred" and self.anchor is not None:
            return self.anchor.isoformat(), None
        return None, None

    def make_event(self, match: Match, sent: Span, source: Actor | None, target: Actor | None,
                   mode: str, date: str | None, date_text: str | None, location: Place | None) -> Event:
        words = sorted({match.token, *match.words, *[c for c in match.token.children
                                                     if c.dep_.startswith("expl")]}, key=lambda t: t.i)
        trigger_start = words[0].idx
        trigger_end = words[-1].idx + len(words[-1].text)
        code = self.res.ontology.get(match.code)
        text = self.article.text  # the parsed text itself (Doc.text would rebuild it)
        sent_start = sent.start_char
        sent_text = sent.text.rstrip()
        return Event(
            doc_id=self.article.id, sentence=sent_text, start=sent_start,
            end=sent_start + len(sent_text), trigger=text[trigger_start:trigger_end],
            code=code.code, quad_class=code.quad_class, goldstein=code.goldstein, plover=code.plover,
            source=source, target=target, mode=mode, date=date, date_text=date_text, location=location,
            trigger_start=trigger_start, trigger_end=trigger_end, article_date=self.article.date)


def _refusal(token: Token) -> bool:
    """A negation that announces a stance ("ne reconnaîtra jamais", "n'acceptera pas"), not a past non-event."""
    for word in [token, *list(governors(token))[:2]]:
        if not is_negated(word):
            continue
        forms = [word, *children(word, "aux")]
        if any("Fut" in w.morph.get("Tense") or "Cnd" in w.morph.get("Mood") for w in forms):
            return True
        if any(c.lower_ == "jamais" for c in word.children):
            return True
        if "Pres" in word.morph.get("Tense") and "Fin" in word.morph.get("VerbForm"):
            return True
    return False


def _background_mention(token: Token) -> bool:
    """"après les attentats de Paris", "avant sa démission": a known event named to situate the news.
    Only an indefinite one is news ("après un nouvel entretien téléphonique avec Poutine")."""
    if token.pos_ != "NOUN" or case_of(token) not in TEMPORAL_CASES:
        return False
    words = {c.lower_ for c in token.children if c.dep_ in ("det", "amod", "nummod")}
    return not words & INDEFINITE


def _modifier_mention(token: Token, coder: Coder) -> bool:
    """A noun predicate that only qualifies another, non-event noun ("le retour aux déploiements")."""
    if token.pos_ != "NOUN" or not token.dep_.startswith("nmod"):
        return False
    head = token.head
    if head.lemma_.lower() in ASPECT_NOUNS:
        return False  # "le début d'une opération militaire" reports the operation
    return head.pos_ in ("NOUN", "PROPN") and match_predicate(coder.res.lexicon, head) is None


def _drop_vaguer(events: list[Event]) -> list[Event]:
    """Within a sentence, an event with no target is dropped when another of the same root and source
    has one ("« Nous exhortons la Russie… », exhorte le dirigeant": the speech verb repeats the quote);
    a plain statement (01) is dropped when its speaker does something more specific in the sentence
    ("a déclaré qu'il travaillerait avec Israël")."""
    targeted = {(e.root, _key(e.source)) for e in events if e.target is not None}
    events = [e for e in events if e.target is not None or (e.root, _key(e.source)) not in targeted]
    acting = {(e.source.country if e.source else None) for e in events if e.root != "01"}
    return [e for e in events if e.root != "01" or (e.source.country if e.source else None) not in acting]
