"""Reading one predicate match into events: its arguments (sources, targets) from the parse and the
article's memory, its mode, date and place, one event per pair of actors.

Each event records how it was read (`extra["reading"]`: the factors `vigie.coder.confidence` weighs):
a target from a later slot, an owner, a back-reference or a place rather than the direct slot; a source
taken from the paragraph's topic; a trigger whose tag was repaired; a code refined by a nested act.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from spacy.tokens import Span, Token

from ..events import Actor, Event, Place
from .arguments import expand, obliques, slot_tokens, subjects
from .groups import reciprocal_use
from .matching import Match, lemma_candidates
from .mentions import unique_actors
from .modality import mode_of
from .nesting import refusal
from .placing import date_for, location
from .precision import background_mention, modifier_mention
from .state import ArticleState
from .syntax import NEGATORS, agent, is_elliptic, is_passive
from .wordlists import word_lists

RECIPROCAL_SLOTS = {"obl:avec", "obl:entre", "nmod:avec", "nmod:entre"}  # "A et B se sont parlé"
VIOLENT_ROOTS = ("18", "19", "20")  # "des combats entre l'armée et les rebelles": each against the other


def events_for(state: ArticleState, match: Match, sent: Span) -> list[Event]:
    """The events `match` states: one per (source, target) pair the text gives."""
    token = match.token
    if background_mention(token):
        return []
    sources, targets, between, reading = read_actors(state, match, sent)
    if sources is None:
        return []
    verb = occurrence_verb(state, token)
    match, mode = event_mode(state, match, verb)
    local = location(state, token, sentence_wide=False)
    place = local or location(state, token)
    if not targets and local is not None and match.code in state.res.rules.visit:
        targets = [Actor(text=local.text or local.name, country=local.country, kind="state")]
        reading.append("target_place")
    date, date_text = date_for(state, token, sent, mode)
    if match.nested:
        reading.append("nested")
    if token.pos_ == "NOUN":
        reading.append("noun_trigger")
    if token.i in state.doc.user_data.get("vigie_repaired", ()):
        reading.append("tag_repaired")
    # an agentless passive ("sept casques bleus ont été libérés") states an act whose author is unknown;
    # a source missing elsewhere is a failure to read the text, and such events are kept only on request
    agentless = (token.pos_ == "VERB" and is_passive(token) and not agent(token)) or verb is not None
    events = []
    for source, target in actor_pairs(state, match, sources, targets, between):
        if source is None and (target is None or (state.require_source and not agentless)):
            continue
        if not (source and source.country) and not (target and target.country):
            continue  # "les rebelles … des inconnus": no side can be placed, nothing to code
        if source is not None and target is not None and source.code == target.code \
                and source.name == target.name:
            continue
        event = make_event(state, match, sent, source, target, mode, date, date_text, place)
        event.extra["reading"] = list(reading)
        events.append(event)
    return events


def read_actors(state: ArticleState, match: Match, sent: Span
                ) -> tuple[list[Actor] | None, list[Actor], list[Actor], list[str]]:
    """(sources, targets, actors of an "entre" phrase, how they were read); sources None: no event."""
    entry, token = match.entry, match.token
    reading: list[str] = []
    # words of the expression ("taper au portefeuille") are not arguments; a requirement that only asks
    # for a kind of phrase ("travailler avec …") names one, and so does one that asks for a kind of actor
    # as the subject or the agent ("des missiles ont touché", "recherché par la police")
    used = {w.i for w, req in zip(match.words, entry.requires, strict=True) if req.lemma and not _actor_slot(req)}
    sources, _, source_how = fill(state, entry.source, token, sent, used, words=match.words)
    targets, filler, target_how = fill(state, entry.target, token, sent, used, role="target", words=match.words)
    reading += [f"source_{source_how}"] if source_how and source_how != "slot" else []
    reading += [f"target_{target_how}"] if target_how and target_how != "slot" else []
    if not targets and modifier_mention(token, state.res.lexicon):
        return None, [], [], reading  # "la montée de l'hostilité russe": an event named inside another noun
    between: list[Actor] = []
    if not sources and not targets:
        # "des combats entre l'armée et les rebelles", "la rencontre entre Moon et Kim": each with the other
        between = [a for h in expand(slot_tokens("nmod:entre", token) + slot_tokens("obl:entre", token))
                   for a in state.actors_for(h, sent, token)]
        if len(unique_actors(between)) > 1:
            sources = unique_actors(between)
    if not sources and token.pos_ == "ADJ":
        sources = evaluator(state, token, sent)
    if not sources:
        sources = state.topic_actor(sent)
        reading += ["source_topic"] if sources else []
    # "menace d'apposer son veto": an owner that is the source itself is not a target
    targets = [t for t in targets if not any(t.code == s.code and t.name == s.name for s in sources)]
    if not targets and filler:
        targets = referent(state, filler)
        reading += ["target_referent"] if targets else []
        if not targets and match.code in state.res.rules.thing_blocks and token.pos_ == "VERB":
            return None, [], [], reading  # "ont reçu une réponse": the object is a thing, not a guest
    if not targets:
        targets = state.quote_addressee(token, sources)  # "« … », a-t-il lancé aux rebelles"
        reading += ["target_addressee"] if targets else []
    return sources, targets, between, reading


def event_mode(state: ArticleState, match: Match, verb: Token | None) -> tuple[Match, str]:
    """The mode of the event, and the match recoded when a refusal of cooperation makes it a rejection."""
    token = match.token
    mode = mode_of(token, state.res.markers, lambda g, p: subject_differs(state, g, p))
    if verb is not None and mode == "occurred":  # "cet échange très attendu", "les négociations reprendront"
        mode = mode_of(verb, state.res.markers, lambda g, p: subject_differs(state, g, p))
    if mode == "negated" and any(w.lower_ in NEGATORS for w in match.words):
        mode = "occurred"  # "n'est pas négociable": the negation belongs to the expression
    rejection = state.res.rules.refusal_of.get(match.code)
    if mode == "negated" and rejection is not None and refusal(verb or token):
        # "Kiev ne reconnaîtra jamais cette indépendance": refusing to cooperate is a rejection (12)
        match = replace(match, code=rejection, nested=True)
        mode = "occurred"
    return match, mode


def actor_pairs(state: ArticleState, match: Match, sources: list[Actor], targets: list[Actor],
                between: list[Actor]) -> list[tuple[Actor | None, Actor | None]]:
    """(source, target) pairs: each member of a compound subject with each target, or each with the
    other for reciprocal acts ("A et B ont signé un accord", "se sont parlé", "combats entre A et B")."""
    rules = state.res.rules
    reciprocal = (any(slot in RECIPROCAL_SLOTS for slot in match.entry.target)
                  or match.code[:2] in VIOLENT_ROOTS and bool(between)
                  or (match.code in rules.reciprocal and match.code not in rules.visit))
    mutual = reciprocal_use(match.token, match.entry.reflexive, match.entry.target)  # "se sont accusés"
    if 1 < len(sources) <= 3 and (mutual or not targets and reciprocal):
        return [(a, b) for a in sources for b in sources if a is not b]
    return [(source, target) for source in sources or [None] for target in targets or [None]]


def _actor_slot(requirement) -> bool:
    """A requirement on the subject or the agent ("par la police"): its word is who acts."""
    return requirement.dep == "nsubj" or (requirement.dep in ("obl", "obl:agent") and requirement.case == "par")


def fill(state: ArticleState, slots: Iterable[str], predicate: Token, sent: Span, used: set[int],
         role: str = "source", words: list[Token] | None = None) -> tuple[list[Actor], list[Token], str]:
    """Actors of the first slot that gives any, the common nouns met in slots that gave none, and how the
    actors were found: "slot" (the entry's first slot), "later_slot", "owner" (of the object noun)."""
    things: list[Token] = []
    trigger_nouns: list[Token] = []  # "gel des avoirs": the assets are the trigger, their owner the target
    for number, slot in enumerate(slots):
        found = slot_tokens(slot, predicate, state.res.lexicon.support)
        kind, _, preposition = slot.partition(":")
        if not found and kind in ("obl", "nmod") and words:
            # "passer à l'acte contre la Yougoslavie": the phrase hangs on a word of the expression
            found = [t for word in words for t in obliques(word, preposition)]
        if not found and kind in ("obl", "nmod"):
            verb = occurrence_verb(state, predicate)
            if verb is not None:  # "des raids ont eu lieu sur Tripoli": the verb's phrases are the event's
                found = obliques(verb, preposition)
        trigger_nouns.extend(h for h in found if h.i in used and h.pos_ == "NOUN")
        heads = expand([h for h in found if h.i not in used])
        actors = [a for head in heads for a in state.actors_for(head, sent, predicate)]
        if actors:
            return unique_actors(actors), [], "slot" if number == 0 else "later_slot"
        things.extend(h for h in heads if h.pos_ == "NOUN")
    if role == "target":
        # "fermer sa frontière avec le Soudan": the expression's own noun names the other side too
        expression = [w for w in words or [] if w.pos_ == "NOUN" and w.i != predicate.i and w not in trigger_nouns]
        owners = [a for noun in things + trigger_nouns + expression for a in state.owner(noun, sent)]
        if owners:
            return unique_actors(owners), [], "owner"
    return [], things, ""


def evaluator(state: ArticleState, adjective: Token, sent: Span) -> list[Actor]:
    """Who judges "inacceptable", "pas négociable": the speaker of the verb that reports the judgement
    ("cette menace est « inacceptable », a déclaré le porte-parole"; "a précisé que … n'était pas
    négociable") or the subject of the clause it hangs on."""
    verbs = [c for c in adjective.children if c.dep_ == "parataxis" and c.pos_ in ("VERB", "AUX")]
    if adjective.dep_ in ("ccomp", "advcl", "parataxis", "xcomp", "conj"):
        head = adjective.head
        verbs += [c for c in head.children if c.dep_ == "parataxis" and c.i > adjective.i]
        verbs.append(head)
    for verb in verbs:
        actors = [a for s in subjects(verb) for a in state.actors_for(s, sent, verb)]
        if actors:
            return unique_actors(actors)
    return []

def occurrence_verb(state: ArticleState, noun: Token) -> Token | None:
    """The verb that only says an event noun took place ("a eu lieu", "s'est tenue", "reprennent")."""
    if noun.pos_ != "NOUN" or not noun.dep_.startswith("nsubj"):
        return None
    verb = noun.head
    support = state.res.lexicon.support
    if support.get(verb.lemma_.lower()) in ("occurrence", "support"):
        return verb
    if any(c.dep_ == "obj" and support.get(c.lemma_.lower()) == "occurrence" for c in verb.children):
        return verb  # "avoir lieu"
    return None

def referent(state: ArticleState, nouns: list[Token]) -> list[Actor]:
    """'ces demandes' stands for the demander: the source of the last event of that kind."""
    for noun in nouns:
        for lemma in lemma_candidates(noun, "NOUN"):
            entries = state.res.lexicon.candidates(lemma, "NOUN")
            if not entries:
                continue
            kinds = {plover_kind(state, e.code) for e in entries}
            for event in reversed(state.last_events + state.sentence_events):
                if plover_kind(state, event.code) in kinds and event.source is not None:
                    return [event.source]
    return []

def plover_kind(state: ArticleState, code: str) -> str:
    """The family of a code for anaphora: its PLOVER type (demands and appeals are both REQUEST)."""
    return state.res.ontology.get(code).plover or code[:2]

def _self_pronouns() -> frozenset[str]:
    words = word_lists()
    return words["speaker_pronouns"] | words["person_pronouns"] | {"ils", "elles"}


def subject_differs(state: ArticleState, governor: Token, predicate: Token) -> bool:
    if any(s.pos_ == "PRON" and s.lower_ in _self_pronouns()
           for s in subjects(predicate)):
        return False  # "Washington a déclaré qu'il travaillerait": the speaker speaks of itself
    mine = {a.code for s in subjects(predicate) for a in state.mentions.get(s.i, [])}
    theirs = {a.code for s in subjects(governor) for a in state.mentions.get(s.i, [])}
    if not mine or not theirs:
        return bool({s.i for s in subjects(predicate)} - {s.i for s in subjects(governor)})
    return not (mine & theirs)

def make_event(state: ArticleState, match: Match, sent: Span, source: Actor | None, target: Actor | None,
               mode: str, date: str | None, date_text: str | None, location: Place | None) -> Event:
    words = sorted({match.token, *match.words, *[c for c in match.token.children
                                                 if c.dep_.startswith("expl")]}, key=lambda t: t.i)
    trigger_start = words[0].idx
    trigger_end = words[-1].idx + len(words[-1].text)
    code = state.res.ontology.get(match.code)
    text = state.article.text  # the parsed text itself (Doc.text would rebuild it)
    sent_start = sent.start_char
    sent_text = sent.text.rstrip()
    return Event(
        doc_id=state.article.id, sentence=sent_text, start=sent_start,
        end=sent_start + len(sent_text), trigger=text[trigger_start:trigger_end],
        code=code.code, quad_class=code.quad_class, goldstein=code.goldstein, plover=code.plover,
        source=source, target=target, mode=mode, date=date, date_text=date_text, location=location,
        trigger_start=trigger_start, trigger_end=trigger_end, article_date=state.article.date)


def elliptic_events(state: ArticleState, sent: Span, events: list[Event]) -> list[Event]:
    """"Paris hausse le ton, Washington aussi": the last event before the name, with it as source."""
    extra: list[Event] = []
    for token in sent:
        if not is_elliptic(token):
            continue
        before = [e for e in events if e.trigger_end is not None and e.trigger_end <= token.idx and e.source]
        if not before:
            continue
        last = max(e.trigger_start for e in before)
        for actor in state.actors_for(token, sent, token):
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

