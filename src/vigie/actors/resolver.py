"""Noun phrase + article date -> the actors it denotes. All look-ups; no file is read after `load`."""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from rapidfuzz import fuzz, process

from ..events import Actor
from . import offices, people
from .catalog import Catalog
from .context import ArticleActors
from .index import Index, Target
from .model import LEADER, Body, Country, Group, Name, Person, Title
from .phrase import DETERMINERS, Reading, Span, read
from .text import fold, tokenize

_CACHE_SIZE = 100_000
# Sectors a bare noun does not place in the home country ("les insurgés" are not French by default).
_NO_HOME = frozenset({"REB", "INS", "SEP", "UAF", "CRM", "REF"})
_FUZZY_CUTOFF = 88


class ActorResolver:
    """Resolves French noun phrases to actors, on a given date, optionally within one article's context.

    `home` is the country a bare title or sector ("le gouvernement", "l'armée") means when the article
    gives no country: Vigie reads the French press.
    """

    def __init__(self, catalog: Catalog, home: str = "FRA"):
        self.catalog = catalog
        self.index = Index(catalog)
        self.home = home
        self.bodies: dict[str, Body] = dict(catalog.bodies)
        self._readings: dict[str, list[Reading]] = {}
        self._fuzzy: dict[str, list[Person]] = {}

    @classmethod
    def load(cls, extra_files: Sequence[str | Path] = (), people: Sequence[str | Path] | None = None,
             home: str = "FRA") -> ActorResolver:
        """Built-in dictionaries, the people files (built-in ones unless `people` is given), users' files."""
        return cls(Catalog.load(extra_files=extra_files, people=people), home=home)

    def new_context(self, when: datetime.date | None) -> ArticleActors:
        return ArticleActors(when, self.index.state_codes)

    def demonym(self, word: str) -> str | None:
        """'russe', 'américaines', 'européen' -> 'RUS', 'USA', 'EU'."""
        return self.index.demonyms.get(fold(word.strip()))

    def hyphenated_names(self) -> list[str]:
        return self.index.hyphenated_names()

    # -- resolution ----------------------------------------------------------------------------
    def resolve(self, text: str, when: datetime.date | None, context: ArticleActors | None = None,
                guess: bool = True) -> list[Actor]:
        """The actors `text` (one noun phrase as written) denotes on `when`; [] when none.

        With `guess=False`, a phrase whose country would only be guessed from the article ("la
        police", "le général Routskoï") or stay unknown ("les rebelles") gives [] for now: a coder can
        first resolve the phrases of a sentence that say their country, remember them, then the rest,
        so that "la police" in "interpellé par la police à l'aéroport de Moscou" is Russian."""
        readings = self._readings.get(text)
        if readings is None:
            readings = read(text, self.index)
            if len(self._readings) >= _CACHE_SIZE:
                self._readings.clear()
            self._readings[text] = readings
        out: list[Actor] = []
        for reading in readings:
            for actor in self._interpret(reading, when, context):
                if not any(actor.code == o.code and actor.name == o.name for o in out):
                    out.append(actor)
        if not out and context is not None:
            out = self._short_name(text, context)
        if not guess and context is not None:
            out = [a for a in out if not context.unguess(a) and _placed(a)]
        return out

    @staticmethod
    def _short_name(text: str, ctx: ArticleActors) -> list[Actor]:
        """'le conseil' after 'le Conseil de sécurité', 'la commission' after 'la Commission européenne':
        a body or group named earlier whose name begins with the phrase's only noun."""
        words = [t.fold for t in tokenize(text) if t.fold not in DETERMINERS and t.fold != ","]
        if len(words) != 1:
            return []
        found = ctx.find_named(words[0], {"body", "group"})
        return [_retext(found, text)] if found is not None else []

    def _interpret(self, r: Reading, when: datetime.date | None, ctx: ArticleActors | None) -> list[Actor]:
        if r.empty:
            return []
        head = r.head
        if head is None and r.name is not None and r.name.other is not None:
            if not any(t.entry.terms_on(when) for t in r.name.targets):
                head = r.name.other  # "Wagner" in 2023 is the group; "Hollande" in 2014 the president
                r = replace(r, head=head, name=None)
        if head is None:
            return self._named(r, when, ctx, self._places(r, when), None, "GOV") if r.name else []
        kinds = {t.kind for t in head.targets}
        if "group" in kinds:
            return [self._group(r.text, head.only({"group"})[0].entry, when)]
        if "title" in kinds:
            return self._titled(r, head.only({"title"})[0].entry, when, ctx)
        if "metonym" in kinds:
            name = offices.dated(head.only({"metonym"}), when)
            if "body" not in kinds or ctx is not None and ctx.mentioned(name.country):
                return [self._metonym(r.text, name)]  # "Paris et Bruxelles": Belgium, not the EU
        if "country" in kinds:
            return [self._state(r.text, head.only({"country"})[0].entry)]
        if "body" in kinds:
            return [self._body(r.text, head.only({"body"})[0].entry)]
        if "sector" in kinds:
            return self._sector(r, head.only({"sector"})[0].entry.sector, when, ctx)
        codes = [self._demonym_code(head.only({"demonym"}), when)] + [
            self._demonym_code(d, when) for d in r.demonyms]
        if r.head_capital and r.demonyms and not r.coordinated:  # "les Serbes bosniaques": where they live
            codes = codes[1:]
        if r.places and not r.name and not r.relational:  # "les Serbes de Bosnie": where they live
            codes = [self._span_code(r.places[0], when) or codes[0]]
        if r.name:  # "le Tchétchène Aslan Maskhadov": a person of that country
            return self._named(r, when, ctx, codes, None, None)
        return [self._code_actor(r.text, code) for code in dict.fromkeys(codes)]

    # -- phrase kinds --------------------------------------------------------------------------
    def _titled(self, r: Reading, title: Title, when: datetime.date | None, ctx: ArticleActors | None
                ) -> list[Actor]:
        head = self._head_of(r, title, when)
        if head is not None:
            return [head]
        title = offices.sector_head(r, title, when)
        sector = title.sector or offices.role_sector(r.role) or offices.group_sector(r, when) or "GOV"
        codes = self._places(r, when) or ([title.country] if title.country else [])
        if (r.people or offices.group_sector(r, when)) and title.office == LEADER:
            title = replace(title, office=None)  # "le chef des Serbes de Bosnie", "le chef de l'UCK" lead no state
        if r.name is not None:  # "le leader kosovar Ibrahim Rugova" says nothing of an office
            office = offices.office_for(self.catalog, title, codes[0]) if codes and title.office != LEADER else None
            return self._named(r, when, ctx, codes, office, sector)
        if title.counterpart:
            last = ctx.last_person() if ctx else None
            office = last.office if last else None
            return [self._holder(r, code, office, "GOV", when) for code in codes]
        guessed = False
        if not codes and r.unknown:  # "le porte-parole de Radovan Karadzic", "le chef de l'Unscom"
            codes = self._unknown_owner(r, ctx)
            if not codes and title.office is not None:
                return []  # the head of a body the data does not know is no state's office holder
        if not codes:
            office = title.office if title.office != LEADER else None
            if office and ctx is not None and not r.plural:
                remembered = ctx.last_with_office(office, set(title.countries) or None)
                if remembered is not None:
                    return [_retext(remembered, r.text)]
            fallback = self._fallback(ctx, title.countries, home=sector not in _NO_HOME,
                                      abroad=self._foreign(r.text))
            if fallback is None:  # "les rebelles", with nothing to say where
                return [Actor(text=r.text, country=None, role=sector, kind="sector")]
            codes, guessed = [fallback], True
        if r.plural and len(codes) == 1:
            office = offices.office_for(self.catalog, title, codes[0])
            actors = [self._code_actor(r.text, codes[0], sector, "sector", office)]
        else:
            actors = [self._holder(r, code, offices.office_for(self.catalog, title, code), sector, when)
                      for code in codes]
        return _guessed(ctx, actors) if guessed else actors

    def _head_of(self, r: Reading, title: Title, when: datetime.date | None) -> Actor | None:
        """'le chef du Hamas', 'le patron de l'OMS': the holder, that day, of the leading office of the
        group or body named in the complement; None when the data has no holder for a group (the title
        then resolves by itself: PSEINS), the body's office without a name for a body."""
        key = offices.head_key(r, title)
        if key is None:
            return None
        found = self.index.holder(key[0], key[1], when)
        if found is None:  # the WFP's head on a day the data has none is the WFP's, not the UN's chief
            return self._code_actor(r.text, key[0], "GOV", "person", key[1]) if key[2] else None
        return people.term_actor(r.text, found[1], found[0], self.bodies, self.catalog.groups, when)

    def _holder(self, r: Reading, code: str, office: str | None, sector: str, when: datetime.date | None
                ) -> Actor:
        if r.ex:
            return self._code_actor(r.text, code, "ELI", "person", office)
        found = self.index.holder(code, office, when) if office else None
        if found is not None:
            return people.term_actor(r.text, found[1], found[0], self.bodies, self.catalog.groups, when)
        return self._code_actor(r.text, code, sector, "person", office)

    def _sector(self, r: Reading, sector: str, when: datetime.date | None, ctx: ArticleActors | None
                ) -> list[Actor]:
        for span in r.places[:1]:
            groups = span.only({"group"})
            if groups:
                return [self._group(r.text, groups[0].entry, when)]
        codes = self._places(r, when)
        if not codes and r.name is not None:
            named = self._named(r, when, ctx, [], None, sector)
            codes = [a.code if a.country in ("NATO", "UN", "EU", "WST", "IGO") else a.country
                     for a in named if a.country]
        if not codes and r.unknown:  # "les troupes de Radovan Karadzic": whose country was said before
            codes = self._unknown_owner(r, ctx)
        if not codes and ctx is not None:  # "l'opposition" after "l'opposition libanaise"
            codes = ctx.sector_countries(sector)
        if not codes:
            fallback = self._fallback(ctx, home=sector not in _NO_HOME, abroad=self._foreign(r.text))
            if fallback is None:  # "les insurgés" with nothing to say where
                return [Actor(text=r.text, country=None, role=sector, kind="sector")]
            return _guessed(ctx, [self._code_actor(r.text, fallback, sector, "sector")])
        return [self._code_actor(r.text, code, sector, "sector") for code in dict.fromkeys(codes)]

    def _named(self, r: Reading, when: datetime.date | None, ctx: ArticleActors | None, codes: list[str],
               office: str | None, sector: str | None) -> list[Actor]:
        """A person by name: a known one (chosen by date, country, office), one met earlier, or a new one.

        A new person needs a title, a nationality or M./Mme before the name. Their country is the one
        the phrase gives ("le général serbe X", "le Tchétchène X"); after a title or M./Mme alone, the
        article's dominant country ("le général Routskoï" in an article on Moscow), and no actor while
        nothing is known. A name alone ("Aslan Maskhadov") that the data does not know is no actor."""
        name = r.name
        candidates = [t.entry for t in name.targets]
        if candidates:
            extra = name.words[:name.prefix] + (name.words[-name.suffix:] if name.suffix else [])
            candidates = [p for p in candidates if people.compatible(p, extra)]
        if not candidates and office and codes:  # "le Premier ministre britannique Boris": the holder
            found = self.index.holder(codes[0], office, when)
            if found is not None and people.compatible(found[1], name.words):
                candidates = [found[1]]
        if not candidates and ctx is not None:
            remembered = ctx.find_name(name.words)
            if remembered is not None:
                return [_retext(remembered, r.text)]
        if not candidates:
            candidates = [p for p in self._fuzzy_people(name.words) if people.compatible(p, name.words)]
        chosen = people.choose(candidates, when, codes, office, r.honorific)
        if chosen is not None:
            return [people.person_actor(r.text, chosen, when, office, self.bodies, self.catalog.groups)]
        titled = r.head is not None and r.head.has({"title"})
        if codes:  # a nationality noun is capitalised: "le Tchétchène X", not "le porte-avions français X"
            nationality = r.head is not None and r.head_capital and r.head.has({"demonym"})
            return [self._code_actor(r.text, codes[0], sector, "person", None, name=name.text)] if (
                titled or r.courtesy or nationality) else []
        country = ctx.dominant_country() if ctx is not None and (titled or r.courtesy) else None
        if country is None:
            return []
        return _guessed(ctx, [self._code_actor(r.text, country, sector, "person", None, name=name.text)])

    def _fuzzy_people(self, words: list[str]) -> list[Person]:
        query = " ".join(words)
        if len(query) < 4:
            return []
        if query not in self._fuzzy:
            found: list[Person] = []
            given = self.catalog.words["given"]
            for probe in dict.fromkeys([query, words[-1]]):
                if len(probe) < 4 or all(w in given for w in probe.split()):
                    continue  # "cheikh Mohammad" is nobody in particular
                match = process.extractOne(probe, self.index.fuzzy_keys.get(probe[:1], ()),
                                           scorer=fuzz.ratio, score_cutoff=_FUZZY_CUTOFF)
                if match is not None:
                    found = list(self.index.fuzzy[match[0]])
                    break
            if len(self._fuzzy) >= _CACHE_SIZE:  # bounded like the readings: memory stays flat on a long run
                self._fuzzy.clear()
            self._fuzzy[query] = found
            return found
        return self._fuzzy[query]

    # -- building actors -----------------------------------------------------------------------
    def _state(self, text: str, country: Country) -> Actor:
        return Actor(text=text, country=country.id, name=country.name, wikidata=country.wikidata,
                     kind="state")

    def _body(self, text: str, body: Body) -> Actor:
        code = body.code + (body.role or "") if body.parent else body.code  # "les Casques bleus": UNMIL
        return Actor(text=text, country=body.country, role=body.role, name=body.name, code=code,
                     wikidata=body.wikidata, kind="body")

    def _group(self, text: str, group: Group, when: datetime.date | None) -> Actor:
        return Actor(text=text, country=self._country_of(group.country_on(when)), role=group.role_on(when),
                     name=group.name, wikidata=group.wikidata, kind="group")

    def _metonym(self, text: str, name: Name) -> Actor:
        return self._code_actor(text, name.country, name.role, "sector")

    def _code_actor(self, text: str, code: str, sector: str | None = None, kind: str | None = None,
                    office: str | None = None, name: str | None = None) -> Actor:
        """An actor for a country or body code and a sector: USAGOV, NATOMIL, EU (a body's GOV is implied)."""
        body = self.bodies.get(code)
        if body is not None:
            role = None if sector in (None, "GOV") else sector
            if kind is None and sector is None:
                return self._body(text, body)
            return Actor(text=text, country=body.country, role=role, name=name, code=body.code + (role or ""),
                         kind=kind or "body", office=office)
        if sector is None and kind is None:
            return self._state(text, self.catalog.countries[code])
        return Actor(text=text, country=code, role=sector, name=name, kind=kind, office=office)

    def _country_of(self, code: str) -> str:
        body = self.bodies.get(code)
        return body.country if body is not None else code

    # -- small look-ups ------------------------------------------------------------------------
    def _foreign(self, text: str) -> bool:
        """'la junte', 'le régime militaire': a regime the home country does not have."""
        key = f" {' '.join(t.fold for t in tokenize(text))} "
        return any(f" {w} " in key for w in self.catalog.words["foreign"])

    def _places(self, r: Reading, when: datetime.date | None) -> list[str]:
        """Country or body codes the phrase gives: its demonyms (all, when coordinated), else complements."""
        if r.demonyms and not (r.people and r.places):
            return list(dict.fromkeys(self._demonym_code(d, when) for d in r.demonyms))
        for span in r.places:
            code = self._span_code(span, when)
            if code:
                return [code]
        if r.location is not None:
            code = self._span_code(r.location, when)
            if code:
                return [self._country_of(code)]
        return []

    def _unknown_owner(self, r: Reading, ctx: ArticleActors | None) -> list[str]:
        """The country of a person the data does not know, named in a complement, met earlier in the
        article ("le chef des Serbes de Bosnie Radovan Karadzic", then "les troupes de Radovan Karadzic")."""
        found = ctx.find_name(r.unknown) if ctx is not None else None
        if found is not None and found.country:
            return [found.code if found.country in ("NATO", "UN", "EU", "WST", "IGO") else found.country]
        return []

    def _span_code(self, span: Span, when: datetime.date | None) -> str | None:
        target = span.targets[0]
        if target.kind == "metonym" and span.has({"body"}):  # "à Bruxelles" is the EU's capital first
            target = span.only({"body"})[0]
        if target.kind == "country":
            return target.entry.id
        if target.kind == "metonym":
            return offices.dated(span.only({"metonym"}), when).country
        if target.kind == "body":
            return target.entry.code
        if target.kind == "group":
            return target.entry.country_on(when)
        if target.kind == "demonym":
            return self._demonym_code(span.only({"demonym"}), when)
        if target.kind in ("person", "surname"):
            person = people.choose([t.entry for t in span.targets], when, [], None, None)
            actor = people.person_actor("", person, when, None, self.bodies, self.catalog.groups) if person else None
            if actor is not None and actor.country:
                return actor.code if actor.country in ("NATO", "UN", "EU", "WST", "IGO") else actor.country
        return None

    def _demonym_code(self, targets: list[Target], when: datetime.date | None) -> str:
        entries = [t.entry for t in targets]
        for entry in entries:
            if isinstance(entry, Country) and entry.period.covers(when or datetime.date.max):
                return entry.id
        entry = entries[0]
        return entry.id if isinstance(entry, Country) else entry.code

    def _fallback(self, ctx: ArticleActors | None, countries: Sequence[str] = (), home: bool = True,
                  abroad: bool = False) -> str | None:
        """The country a bare title or sector means: the article's, else the title's own, else home.
        Rebels are no country rather than home's; a junta is the state named most after home."""
        dominant = ctx.dominant_country() if ctx is not None else None
        if dominant == self.home and (abroad or not home):  # rebels in an article on French aid
            dominant = ctx.dominant_country(exclude=self.home) if abroad and ctx is not None else None
        home = home and not abroad
        if dominant and (not countries or dominant in countries):
            return dominant
        if countries:
            return countries[0]
        return self.home if home else None


def _retext(actor: Actor, text: str) -> Actor:
    return replace(actor, text=text)


def _placed(actor: Actor) -> bool:
    """Does the actor say who it is: a country, or a name ("les rebelles" alone does not)?"""
    return bool(actor.country or actor.name or actor.kind not in ("sector", "person"))


def _guessed(ctx: ArticleActors | None, actors: list[Actor]) -> list[Actor]:
    """Actors whose country was guessed from the article: they must not make that country more dominant."""
    if ctx is not None:
        for actor in actors:
            ctx.guessed(actor)
    return actors
