"""Look-up tables built once from the catalog: phrase -> entries, (country, office) -> holders, names."""

from __future__ import annotations

import datetime
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from .catalog import Catalog
from .model import SHARED_OFFICES, Body, Country, Person, Term
from .text import ARTICLES, demonym_forms, fold, key_of, tokenize

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
    guard: str = ""  # a person's name that is also a French word: "function" ("Leș") or "common" ("Borne")
    exact: str = ""  # for a guarded name, the spelling it must have in the text, case and accents ("Leș")


_RIVALRY_DAYS = 31  # two holders of one office for longer than this are rivals, not a handover


def _overlap(a: Term, b: Term) -> int:
    start = max(a.period.start or datetime.date.min, b.period.start or datetime.date.min)
    end = min(a.period.end or datetime.date.max, b.period.end or datetime.date.max)
    return (end - start).days


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


def _proper(name: str) -> bool:
    """A title or sector the data writes with a capital ("État", "Cour suprême") is capitalised in the
    text too: "l'état d'urgence" and "la cour" of a palace are not the state and the judiciary."""
    words = key_of(name)
    tokens = [t for t in tokenize(name) if t.fold != ","]
    tokens = tokens[len(tokens) - len(words):]
    return bool(tokens) and tokens[0].capital


class Index:
    def __init__(self, catalog: Catalog):
        self.catalog = catalog
        self.phrases: dict[tuple[str, ...], list[Target]] = defaultdict(list)
        self.demonyms: dict[str, str] = {}
        self.holders: dict[tuple[str, str], list[tuple[Term, Person]]] = defaultdict(list)
        self.fuzzy: dict[str, list[Person]] = defaultdict(list)
        self.state_codes = frozenset(catalog.countries)
        # Words of courtesy before a name -> the gender they say (None: "Dr"): M., Mme, cheikh...
        self.honorifics: dict[str, str | None] = {}
        for word_class, gender in (("courtesy", None), ("courtesy_m", "m"), ("courtesy_f", "f")):
            self.honorifics.update(dict.fromkeys(catalog.words[word_class], gender))
        self._build()
        self.max_len = max(len(key) for key in self.phrases)
        self.phrases = dict(self.phrases)
        self.longest: dict[str, int] = {}  # first word -> length of the longest key it starts
        for key in self.phrases:
            self.longest[key[0]] = max(self.longest.get(key[0], 0), len(key))
        self.fuzzy_keys: dict[str, list[str]] = defaultdict(list)  # by first letter
        for name in sorted(self.fuzzy):
            self.fuzzy_keys[name[:1]].append(name)

    # -- building ------------------------------------------------------------------------------
    def _add(self, text: str, kind: str, entry: Any, strip_article: bool = True, capital: bool = False,
             plural: bool = False, replacing: set[str] | None = None, guarded: bool = False
             ) -> tuple[str, ...]:
        """Index `text` as naming `entry`. `capital`: the text must then be capitalised where the data is;
        `replacing`: kinds of entries this one replaces for the same words (a user's override);
        `guarded`: when the words are also French words, they must be written exactly as `text` does."""
        tokens = [t for t in tokenize(text) if t.fold != ","]
        if strip_article and len(tokens) > 1 and tokens[0].fold in ARTICLES:
            tokens = tokens[1:]
        key = tuple(t.fold for t in tokens)
        if not key:
            return key
        form = " ".join(t.text.lower() for t in tokens)
        guard = self.word_guard(key) if guarded else ""
        exact = " ".join(t.text for t in tokens) if guard else ""
        target = Target(kind, entry, capital and any(t.capital for t in tokens), plural, form, guard, exact)
        targets = self.phrases[key]
        if replacing:
            targets[:] = [t for t in targets if t.kind not in replacing]
        if target not in targets:
            targets.append(target)
        return key

    def _add_demonyms(self, words: list[str], entry: Country | Body, code: str) -> None:
        for word in words:
            first, _, rest = word.partition(" ")
            for form in demonym_forms(first):
                phrase = f"{form} {rest}".strip()
                self._add(phrase, "demonym", entry)
                if not rest:
                    self.demonyms.setdefault(fold(form), code)

    def _build(self) -> None:
        catalog = self.catalog
        for country in catalog.countries.values():
            for name in [country.name] + country.names:
                self._add(name, "country", country, strip_article=not country.keep_article, capital=True)
            self._add_demonyms(country.demonyms, country, country.id)
            for metonym in country.metonyms:
                self._add(metonym.text, "metonym", metonym, capital=True)
        for body in catalog.bodies.values():
            for name in [body.name] + body.names:
                self._add(name, "body", body, capital=True)
            self._add_demonyms(body.demonyms, body, body.code)
        for group in catalog.groups.values():
            for name in [group.name] + group.names:
                self._add(name, "group", group, capital=True)
        for title in catalog.titles:
            self._add_title(title, None)
        for sector in catalog.sectors:
            for name in sector.names:
                self._add(name, "sector", sector, capital=_proper(name))
        for title in catalog.user_titles:
            self._add_title(title, _ROLE_KINDS)
        for sector in catalog.user_sectors:
            for name in sector.names:
                self._add(name, "sector", sector, capital=_proper(name), replacing=_ROLE_KINDS)
        for name in catalog.names:
            self._add(name.text, "metonym", name, capital=True, replacing=_NAME_KINDS)
        for person in catalog.people:
            self._add_person(person)
        for holders in self.holders.values():
            holders.sort(key=lambda pair: pair[0].period.start or datetime.date.min)

    def _add_title(self, title: Any, replacing: set[str] | None) -> None:
        singular = {fold(n) for n in title.names}
        for name in title.names:
            self._add(name, "title", title, capital=_proper(name), replacing=replacing)
        for name in title.plurals:
            self._add(name, "title", title, capital=_proper(name), plural=fold(name) not in singular,
                      replacing=replacing)

    def word_guard(self, key: tuple[str, ...]) -> str:
        """'function' when every word of a name is a French function word ("Leș" folds to "les"),
        'common' when every word is a function word or a common noun ("Borne", "Major"), else ''."""
        words = self.catalog.words
        if all(w in words["function"] for w in key):
            return "function"
        if all(w in words["function"] or w in words["common"] for w in key):
            return "common"
        return ""

    def _add_person(self, person: Person) -> None:
        names = [(name, "person") for name in [person.name] + person.aliases]
        names += [(form, "surname") for form in surname_forms(person.surname)]
        given = self.catalog.words["given"]
        for name, kind in names:
            if kind == "surname" and all(w in given for w in key_of(name, strip_article=False)):
                continue  # "Mohammed", "Ali" alone name nobody
            key = self._add(name, kind, person, strip_article=False, capital=True, guarded=True)
            if key and not self.word_guard(key) and not all(w in given for w in key) and (
                    person not in self.fuzzy[" ".join(key)]):
                self.fuzzy[" ".join(key)].append(person)
        for term in person.terms:
            self.holders[(term.country, term.office)].append((term, person))

    # -- queries -------------------------------------------------------------------------------
    def holder(self, country: str, office: str, when: datetime.date | None) -> tuple[Term, Person] | None:
        """Who held `office` in `country` on `when` (today's holder when `when` is None).

        On a handover day the newcomer; when two claimants overlap for long (Kadhafi and the rebels'
        council in 2011), the incumbent; a user's entry and a regular holder before an acting one."""
        found = [(t, p) for t, p in self.holders.get((country, office), ()) if t.period.covers(when)]
        if not found or office in SHARED_OFFICES and len({id(p) for _, p in found}) > 1:
            return None  # "le chef de l'opposition" with two opposition leaders that day is neither

        def rank(pair: tuple[Term, Person]) -> tuple:
            term, person = pair
            start = term.period.start or datetime.date.min
            rival = any(_overlap(term, other) > _RIVALRY_DAYS and (other.period.start or datetime.date.min)
                        < start for other, _ in found if other is not term and not other.acting)
            return (person.user, not term.acting, not rival, start)

        return max(found, key=rank)

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
