"""Look-up tables built once from the catalog: phrase -> entries, (country, office) -> holders, name variants."""

from __future__ import annotations

import datetime
from collections import defaultdict
from dataclasses import dataclass, replace
from typing import Any

from .catalog import Catalog
from .model import Body, Country, Person, Term
from .text import demonym_forms, fold, key_of, tokenize

# Kinds a user's title or sector replaces, and kinds a user's name replaces, for the same words.
_ROLE_KINDS = {"title", "sector"}
_NAME_KINDS = {"country", "metonym", "body", "group", "demonym"}


@dataclass(frozen=True)
class Target:
    """One thing a phrase can denote."""

    kind: str  # country, demonym, metonym, body, group, title, sector, person, surname
    entry: Any
    capital: bool = False  # the text must be capitalised ("Major" the surname, not "major")
    plural: bool = False  # a plural title ("les présidents")
    form: str = ""  # the spelling it was indexed from, lower case with accents ("monténégro")


_ARABIC_ARTICLES = ("al", "el", "ad", "as", "ach", "ash", "an", "ar", "at", "az")


def surname_forms(surname: str) -> list[str]:
    """How a surname is written after "M.": as given, and without an Arabic article ("al-Assad" -> "el-Assad",
    "Assad") or a French particle ("de Villepin" -> "Villepin")."""
    forms = [surname]
    words = key_of(surname, strip_article=False)
    if len(words) > 1 and words[0] in _ARABIC_ARTICLES:
        rest = surname.split("-", 1)[1] if "-" in surname.split(" ")[0] else surname.split(" ", 1)[1]
        forms += [rest, f"al-{rest}", f"el-{rest}"]
    elif len(words) > 1 and words[0] in ("de", "d'"):
        forms.append(surname.split(" ", 1)[1] if " " in surname else surname[2:])
    return list(dict.fromkeys(forms))


def spelling(text: str, size: int | None = None) -> str:
    """Lower case words with their accents, the last `size` of them: "le Monténégro" -> "monténégro"."""
    words = [t.text.lower() for t in tokenize(text) if t.fold != ","]
    return " ".join(words[-size:] if size else words)


def _capitalised(text: str, strip_article: bool = True) -> bool:
    tokens = tokenize(text)
    if strip_article and len(tokens) > 1 and tokens[0].fold in {"le", "la", "les", "l'"}:
        tokens = tokens[1:]
    return any(t.capital for t in tokens)


class Index:
    def __init__(self, catalog: Catalog):
        self.catalog = catalog
        self.phrases: dict[tuple[str, ...], list[Target]] = defaultdict(list)
        self.demonyms: dict[str, str] = {}
        self.holders: dict[tuple[str, str], list[tuple[Term, Person]]] = defaultdict(list)
        self.fuzzy: dict[str, list[Person]] = defaultdict(list)
        self.state_codes = frozenset(catalog.countries)
        self._build()
        self.max_len = max(len(key) for key in self.phrases)
        self.phrases = dict(self.phrases)
        self.fuzzy_keys = sorted(self.fuzzy)

    # -- building ------------------------------------------------------------------------------
    def _add(self, text: str, target: Target, strip_article: bool = True) -> None:
        key = key_of(text, strip_article)
        if not key:
            return
        target = replace(target, form=spelling(text, len(key)))
        if target not in self.phrases[key]:
            self.phrases[key].append(target)

    def _replace(self, text: str, target: Target, kinds: set[str]) -> None:
        key = key_of(text)
        self.phrases[key] = [t for t in self.phrases.get(key, []) if t.kind not in kinds]
        self._add(text, target)

    def _add_demonyms(self, words: list[str], entry: Country | Body, code: str) -> None:
        for word in words:
            first, _, rest = word.partition(" ")
            for form in demonym_forms(first):
                phrase = f"{form} {rest}".strip()
                self._add(phrase, Target("demonym", entry))
                if not rest:
                    self.demonyms.setdefault(fold(form), code)

    def _build(self) -> None:
        catalog = self.catalog
        for country in catalog.countries.values():
            for name in [country.name] + country.names:
                keep = country.keep_article
                self._add(name, Target("country", country, _capitalised(name, not keep)), strip_article=not keep)
            self._add_demonyms(country.demonyms, country, country.id)
            for metonym in country.metonyms:
                self._add(metonym.text, Target("metonym", metonym, _capitalised(metonym.text)))
        for body in catalog.bodies.values():
            for name in [body.name] + body.names:
                self._add(name, Target("body", body, _capitalised(name)))
            self._add_demonyms(body.demonyms, body, body.code)
        for group in catalog.groups.values():
            for name in [group.name] + group.names:
                self._add(name, Target("group", group, _capitalised(name)))
        for title in catalog.titles:
            self._add_title(title, replace=False)
        for sector in catalog.sectors:
            for name in sector.names:
                self._add(name, Target("sector", sector))
        for title in catalog.user_titles:
            self._add_title(title, replace=True)
        for sector in catalog.user_sectors:
            for name in sector.names:
                self._replace(name, Target("sector", sector), _ROLE_KINDS)
        for name in catalog.names:
            self._replace(name.text, Target("metonym", name, _capitalised(name.text)), _NAME_KINDS)
        for person in catalog.people:
            self._add_person(person)
        for holders in self.holders.values():
            holders.sort(key=lambda pair: pair[0].period.start or datetime.date.min)

    def _add_title(self, title: Any, replace: bool) -> None:
        singular = {fold(n) for n in title.names}
        for name in title.names:
            target = Target("title", title)
            self._replace(name, target, _ROLE_KINDS) if replace else self._add(name, target)
        for name in title.plurals:
            target = Target("title", title, plural=fold(name) not in singular)
            self._replace(name, target, _ROLE_KINDS) if replace else self._add(name, target)

    def _add_person(self, person: Person) -> None:
        for name in [person.name] + person.aliases:
            self._add(name, Target("person", person, True), strip_article=False)
            self.fuzzy[" ".join(key_of(name, False))].append(person)
        for form in surname_forms(person.surname):
            self._add(form, Target("surname", person, True), strip_article=False)
            surname = " ".join(key_of(form, False))
            if person not in self.fuzzy[surname]:
                self.fuzzy[surname].append(person)
        for term in person.terms:
            self.holders[(term.country, term.office)].append((term, person))

    # -- queries -------------------------------------------------------------------------------
    def holder(self, country: str, office: str, when: datetime.date | None) -> tuple[Term, Person] | None:
        """Who held `office` in `country` on `when` (today's holder when `when` is None)."""
        best = None
        for term, person in self.holders.get((country, office), ()):
            if not term.period.covers(when):
                continue
            rank = (not term.acting, person.user, term.period.start or datetime.date.min)
            if best is None or rank > best[0]:
                best = (rank, term, person)
        return (best[1], best[2]) if best else None

    def hyphenated_names(self) -> list[str]:
        """Names written with hyphens ("Royaume-Uni", "nord-coréenne"), for the tokenizer to keep whole."""
        names: set[str] = set()
        catalog = self.catalog
        texts = [n for c in catalog.countries.values() for n in [c.name, *c.names]]
        texts += [m.text for c in catalog.countries.values() for m in c.metonyms]
        texts += [n for g in catalog.groups.values() for n in [g.name, *g.names]]
        texts += [n for p in catalog.people for n in [p.name, *p.aliases]]
        texts += [form for c in catalog.countries.values() for d in c.demonyms for form in demonym_forms(d)]
        for text in texts:
            for word in text.split():
                if "-" in word.strip("-"):
                    names.add(word.split("'")[-1] if "'" in word.split("-")[0] else word)
        return sorted(names)
