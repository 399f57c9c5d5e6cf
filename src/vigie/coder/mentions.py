"""Who the phrases of an article are: noun phrases, pronouns, quotation speakers, possessives, owners.

A mixin of the coder's per-article state: it uses `res` (resources), `doc`, `when` (the day offices are
read on), `context` (the article's actor memory), `mentions` (phrase head -> actors), `quotes` and
`topic` (the person the text is about).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..events import Actor
from ..lexicon.slots import normalise_preposition
from .arguments import aimed_at, subjects
from .groups import two_sides, vague_collective
from .syntax import case_of, children, governors, in_dateline, in_quote, np_span, np_text, np_tokens
from .wordlists import word_lists


class Mentions:
    """Resolving the article's phrases to actors, in text order, with what the article has said so far."""

    def remember_mentions(self, sent: Span) -> None:
        """Resolve the sentence's noun phrases, sure ones first (so that a guessed country for "la
        police" is made knowing the sentence's named states), and count named places for the article's
        dominant country."""
        heads = [t for t in sent if t.pos_ in ("NOUN", "PROPN") and t.i not in self.mentions
                 and t.dep_ not in ("flat:name", "amod", "fixed", "appos") and not in_dateline(t)]
        unsure = []
        for head in heads:
            if not self.resolve_phrase(head, guess=False):
                unsure.append(head)
        for head in unsure:
            actors = self.resolve_phrase(head)
            if not actors and head.pos_ == "PROPN" and self.res.places is not None:
                place = self.res.places.lookup(np_text(head))
                if place is not None and place.country:
                    start, end = np_span(head)
                    self.context.remember_place(place.country, start, end)

    def resolve_phrase(self, head: Token, guess: bool = True) -> list[Actor]:
        if head.i in self.mentions:
            return self.mentions[head.i]
        if in_dateline(head):
            return []  # "PARIS, 3 mars (AFP) -": where the story was filed, no one in it
        text = np_text(head)
        if vague_collective(head):
            # "sept pays d'Amérique latine": a group, not one state; the members it lists are split earlier
            actors = [Actor(text=text, country=None, kind="group")]
            self.mentions[head.i] = actors
            return actors
        actors = self._longer_name(head, text) or (
            self.res.actors.resolve(text, self.when, self.context, guess=guess) if text else [])
        if not actors and guess and two_sides(text):  # "les belligérants": placed once the article is read
            actors = [Actor(text=text, country=None, kind="group")]
        if actors or guess:
            self.mentions[head.i] = actors
        start, _ = np_span(head)
        for actor in actors:
            self.context.remember(actor, start)
        return actors

    def _longer_name(self, head: Token, text: str) -> list[Actor]:
        """"la Corée du Nord", "le Soudan du Sud" cut by the parser after "Corée": the name that runs on
        through a link word and a capitalised word, when the data knows that longer name."""
        if head.pos_ != "PROPN" or not text:
            return []
        doc = head.doc
        end = max(t.i for t in np_tokens(head)) + 1
        links = word_lists()["name_links"]
        for size in (1, 2):
            last = end + size
            if last < len(doc) and " ".join(t.lower_ for t in doc[end:last]).replace("' ", "'") in links \
                    and doc[last].pos_ == "PROPN" and doc[last].text[:1].isupper():
                longer = text + doc[end - 1].whitespace_ + doc[end:last + 1].text
                actors = self.res.actors.resolve(longer, self.when, self.context, guess=False)
                if actors and all(a.kind in ("state", "body", "group") for a in actors):
                    return actors
        return []

    def actors_for(self, token: Token, sent: Span, predicate: Token) -> list[Actor]:
        if in_dateline(token):
            return []
        word = token.lower_.replace("’", "'")
        words = word_lists()
        if token.pos_ == "PRON" or token.dep_ == "det":
            if word in words["speaker_pronouns"]:
                return self.quote_speaker(token, sent)
            if word in words["addressee_pronouns"] and in_quote(token, self.quotes) is not None:
                return self.quote_addressee(token, [])  # "« Vous serez tenus pour responsables », … au Hezbollah"
            if word in words["person_pronouns"] or word == "lui":
                return self.pronoun(token, sent)
            if word in words["possessive_determiners"]:
                return self.possessor(token, predicate)
            return []
        if token.pos_ == "ADJ":
            country = self.res.actors.demonym(token.lower_)
            return [Actor(text=token.text, country=country, kind="state")] if country else []
        actors = self.resolve_phrase(token)
        if not actors:  # "son allié, Israël": the apposition names who it is
            for appos in (c for c in token.children if c.dep_ == "appos" and c.pos_ in ("PROPN", "NOUN")):
                actors = self.resolve_phrase(appos)
                if actors:
                    return actors
        if not actors and token.lower_ in word_lists()["instrument_nouns"]:
            actors = self._armed_forces(token, sent)
        if not actors and token.pos_ == "PROPN" and self.res.places is not None:
            place = self.res.places.lookup(np_text(token))
            if place is not None and place.country:  # "se rendre à Abidjan", "des frappes sur Gaza"
                actors = [Actor(text=np_text(token), country=place.country, kind="state")]
        return actors

    def _armed_forces(self, token: Token, sent: Span) -> list[Actor]:
        """"des chasseurs turcs", "les drones de l'armée russe": weapons and units stand for the armed
        forces of their nationality, or of the force or state their "de" phrase names."""
        # "des avions de combat français", "des navires de guerre russes": the nationality may qualify
        # the kind of weapon, a bare "de" noun
        kinds = [c for c in children(token, "nmod") if c.pos_ == "NOUN" and normalise_preposition(case_of(c)) == "de"
                 and not any(d.dep_ == "det" for d in c.children)]
        for child in [*token.children, *(a for k in kinds for a in k.children)]:
            if child.dep_ in ("amod", "nmod") and child.pos_ in ("ADJ", "PROPN"):
                country = self.res.actors.demonym(child.lower_)
                if country:
                    return [Actor(text=np_text(token), country=country, role="MIL", kind="sector")]
        for child in children(token, "nmod"):
            if normalise_preposition(case_of(child)) == "de":
                actors = [a for a in self._sure(self.resolve_phrase(child)) if a.kind in ("state", "sector")
                          and a.role in (None, "MIL", "GOV", "REB", "INS")]
                if actors:
                    return actors
        return []

    def pronoun(self, token: Token, sent: Span) -> list[Actor]:
        """'il'/'elle': the nearest phrase before it in the sentence that agrees in gender; a thing
        ("une demande ..., car elle équivaudrait") stops the search; else the article's last person."""
        gender = {"il": "Masc", "elle": "Fem", "lui": None}.get(token.lower_)
        for candidate in reversed(sent[: token.i - sent.start]):
            if candidate.pos_ not in ("NOUN", "PROPN") or not (
                    candidate.dep_.startswith("nsubj") or candidate.dep_ == "ROOT"):
                continue  # a subject pronoun takes up a subject
            genders = phrase_gender(candidate)
            if gender and genders and gender not in genders and candidate.pos_ == "NOUN":
                continue  # names of places and people carry no reliable gender in the parse
            actors = self.resolve_phrase(candidate)
            if any(a.kind == "person" or a.role == "GOV" for a in actors):
                return actors
            if candidate.pos_ == "NOUN" and not actors:
                return []
        if self.topic is not None:
            return [self.topic]
        person = self.context.last_person(before=token.idx)
        return [person] if person else []

    def quote_speaker(self, token: Token, sent: Span) -> list[Actor]:
        """Who says "nous"/"je" inside a quotation: the subject of the speech verb after it ("« … »,
        a dit le porte-parole"), else the speaker named before it ("X a déclaré : « … »"), else the
        article's last person. Quotations may run over several sentences."""
        quote = in_quote(token, self.quotes)
        if quote is None:
            return []
        start, end = quote
        doc = self.doc
        after = doc[end + 1: doc[min(end + 1, len(doc) - 1)].sent.end] if end + 1 < len(doc) else doc[0:0]
        speech = next((t for t in after if t.pos_ in ("VERB", "AUX") and not t.dep_.startswith("aux")), None)
        for verb in (speech, speech_verb(doc, quote)):
            if verb is None:
                continue
            for subject in subjects(verb):
                if start <= subject.i <= end:
                    continue
                if subject.pos_ == "PRON":  # "« … », a-t-il lancé": the person the pronoun takes up
                    personal = subject.lower_ in word_lists()["person_pronouns"]
                    actors = self.pronoun(subject, subject.sent) if personal else []
                else:
                    actors = self.resolve_phrase(subject)
                if actors:
                    return actors
        before = doc[doc[start].sent.start: start]
        candidates = [t for t in after if t.pos_ in ("NOUN", "PROPN")]
        candidates += [t for t in reversed(before) if t.pos_ in ("NOUN", "PROPN")]
        addressed = {t.i for verb in (speech, speech_verb(doc, quote)) if verb is not None
                     for t in self._addressee_phrases(verb)}
        for candidate in candidates:
            if candidate.dep_ in ("flat:name", "amod", "fixed") or candidate.i in addressed:
                continue
            actors = self.resolve_phrase(candidate)
            if any(a.kind in ("person", "state", "body") or a.role == "GOV" for a in actors):
                return actors
        person = self.context.last_person(before=token.idx)
        return [person] if person else []

    def quote_addressee(self, token: Token, sources: list[Actor]) -> list[Actor]:
        """Whom a quotation is addressed to, for an event said in it or for its speech verb: the "à" phrase
        of the speech verb ("…, a lancé le ministre aux rebelles"; one the parser hung on the speaker),
        "à l'adresse de", "à l'intention de", or "s'adressant à". A city after "à" is where it was said."""
        verb = None
        quote = in_quote(token, self.quotes)
        if quote is not None:
            verb = speech_verb(self.doc, quote)
        else:
            verb = next((v for q in self.quotes if (v := speech_verb(self.doc, q)) is not None and v.i == token.i),
                        None)
        if verb is None:
            return []
        codes = {(s.code, s.name) for s in sources}
        for phrase in self._addressee_phrases(verb):
            actors = [a for a in self._sure(self.actors_for(phrase, phrase.sent, verb))
                      if a.role != "MED" and (a.code, a.name) not in codes]
            if actors:
                return actors
        return []

    def _addressee_phrases(self, verb: Token) -> list[Token]:
        words = word_lists()
        hosts = [verb, *[c for c in verb.children if c.dep_ in ("obj", "nsubj", "nsubj:pass")]]
        hosts += [c for c in verb.children if c.dep_ in ("advcl", "xcomp", "conj")
                  and c.lemma_.lower() in words["address_verbs"]]
        found = []
        for host in hosts:
            for phrase in children(host, "obl", "nmod", "iobj"):
                if phrase.pos_ not in ("NOUN", "PROPN"):
                    continue
                case = normalise_preposition(case_of(phrase))
                if case == "à" and phrase.lemma_.lower() in words["address_nouns"]:
                    found += [c for c in children(phrase, "nmod") if normalise_preposition(case_of(c)) == "de"]
                elif case in words["addressee_prepositions"] and not self._venue(phrase, case):
                    found.append(phrase)
        return found

    def _venue(self, phrase: Token, case: str) -> bool:
        """"à Moscou", "à Genève": a place named without article after "à" is a venue."""
        if case != "à" or phrase.pos_ != "PROPN" or self.res.places is None:
            return False
        if any(c.dep_ == "det" for c in phrase.children):
            return False  # "à l'Azerbaïdjan", "aux États-Unis": a country addressed
        return self.res.places.lookup(np_text(phrase)) is not None

    def possessor(self, token: Token, predicate: Token) -> list[Actor]:
        for governor in governors(predicate):
            if governor.pos_ in ("VERB", "AUX"):
                for subject in subjects(governor):
                    actors = self.resolve_phrase(subject) if subject.pos_ != "PRON" else []
                    if actors:
                        return actors
                break
        person = self.context.last_person(before=token.idx)
        return [person] if person else []

    def topic_actor(self, sent: Span) -> list[Actor]:
        """'Du côté de Londres, ...': the actor a sentence is framed by."""
        for token in sent[:6]:
            if token.lemma_ == "côté":
                for child in children(token, "nmod", "obl"):
                    if case_of(child) == "de":
                        return self.resolve_phrase(child)
        return []

    # -- sentences -----------------------------------------------------------------------------

    def owner(self, noun: Token, sent: Span, depth: int = 0) -> list[Actor]:
        """The side a thing or an act belongs to, for a target read off an object noun: the other side
        it names ("sa frontière avec le Soudan", "l'offensive contre Kiev"), who did the act
        ("l'arrestation de journalistes par la junte", "l'attaque menée par les rebelles"), its possessor
        ("le gel de leurs avoirs"), its nationality ("le bombardement nord-coréen"), its "de" owner ("la
        politique nucléaire de l'Iran", one level down: "la majorité du matériel de l'ONU"), or the
        country where it happens ("le putsch au Niger"). A side guessed from the article's dominant
        country is no owner."""
        words = word_lists()
        complements = [c for c in noun.children if c.dep_.startswith("nmod") and c.pos_ in ("NOUN", "PROPN")]
        acts = [noun, *(c for c in noun.children if c.dep_ == "conj" and c.pos_ == "NOUN")]
        if noun.dep_.startswith("nmod") and noun.head.pos_ == "NOUN":
            acts.append(noun.head)  # "des gels d'avoirs visant …": the participle hangs on the act
        aimed = [o for act in acts for o in aimed_at(act)]
        for phrase in aimed:  # "des sanctions (et des gels d'avoirs) visant des responsables russes"
            actors = self._sure(self.actors_for(phrase, sent, noun))
            if actors:
                return actors
        for child in complements + _hung_on_verb(noun):
            if normalise_preposition(case_of(child)) in words["counterpart_prepositions"]:
                actors = self._sure(self.actors_for(child, sent, noun))
                if actors:
                    return actors
        actors = self._agent_of(noun, sent)
        if actors:
            return actors
        inner = []
        for child in noun.children:
            if child.dep_ == "det" and "Yes" in child.morph.get("Poss"):
                return self.possessor(child, noun)
            if child.dep_ == "amod" and depth == 0:
                country = self.res.actors.demonym(child.lower_)
                if country:  # "a condamné le bombardement nord-coréen": North Korea's
                    return [Actor(text=child.text, country=country, kind="state")]
        for child in complements:
            if normalise_preposition(case_of(child)) in words["owner_prepositions"]:
                actors = self._sure(self.actors_for(child, sent, noun))
                if actors:
                    return actors
                inner.append(child)
        for child in complements:
            if normalise_preposition(case_of(child)) in words["locative_prepositions"] and child.pos_ == "PROPN":
                actors = [a for a in self._sure(self.actors_for(child, sent, noun)) if a.kind == "state"]
                if actors:
                    return actors
        if depth < 1:
            for child in inner:
                actors = self.owner(child, sent, depth + 1)
                if actors:
                    return actors
        return []

    def _agent_of(self, noun: Token, sent: Span) -> list[Actor]:
        """Who did the act a noun names: its "par" complement, or that of a participle on it ("menée par")."""
        words = word_lists()
        phrases = [c for c in noun.children if c.dep_.startswith("nmod") and case_of(c) in words["agent_prepositions"]]
        for participle in noun.children:
            if participle.dep_ == "acl" and participle.lemma_.lower() in words["agent_participles"]:
                phrases += [c for c in participle.children if c.dep_ == "obl:agent"
                            or c.dep_.startswith(("obl", "nmod")) and case_of(c) in words["agent_prepositions"]]
        for phrase in phrases:
            actors = self._sure(self.actors_for(phrase, sent, noun))
            if actors:
                return actors
        return []

    def _sure(self, actors: list[Actor]) -> list[Actor]:
        return [a for a in actors if not self.context.is_guess(a)]


def _hung_on_verb(noun: Token) -> list[Token]:
    """The phrase right after an object noun that the parser hung on the verb ("a fermé sa frontière
    avec le Soudan": "avec le Soudan" is the frontier's)."""
    if noun.dep_ != "obj":
        return []
    end = max(t.i for t in np_tokens(noun)) + 1
    return [c for c in children(noun.head, "obl") if c.pos_ in ("NOUN", "PROPN") and min(t.i for t in c.subtree) == end]


def speech_verb(doc, quote: tuple[int, int]) -> Token | None:
    """The verb that reports a quotation: the first full verb after it in its sentence ("« … », a lancé
    le ministre"), else the last one before it ("Le ministre a lancé : « … »")."""
    start, end = quote
    if end + 1 < len(doc):
        sent = doc[end + 1].sent if doc[end].text != "\n" else None
        if sent is not None:
            after = next((t for t in doc[end + 1: sent.end] if t.pos_ == "VERB" and not t.dep_.startswith("aux")),
                         None)
            if after is not None and after.i - end <= 4:
                return after
    if start > 0 and doc[start - 1].text == ":":
        before = [t for t in doc[doc[start].sent.start: start] if t.pos_ == "VERB"]
        if before:
            return before[-1]
    return None


def phrase_gender(head: Token) -> list[str]:
    """The gender of a noun phrase: its determiner's, else its adjectives', else the noun's own (the
    tagger often calls "la ministre" masculine from the noun alone)."""
    for deps in (("det",), ("amod",)):
        found = [g for c in head.children if c.dep_ in deps for g in c.morph.get("Gender")]
        if found:
            return sorted(set(found))
    return head.morph.get("Gender")


def unique_actors(actors: list[Actor]) -> list[Actor]:
    out: list[Actor] = []
    for actor in actors:
        if not any(actor.code == o.code and actor.name == o.name for o in out):
            out.append(actor)
    return out
