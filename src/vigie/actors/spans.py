"""Finding the dictionary's names in a tokenised phrase: longest matches, and the words French uses
around them (determiners, prepositions, honorifics), shared by the phrase reader."""

from __future__ import annotations

from dataclasses import dataclass

from .index import Index, Target
from .text import Token

DETERMINERS = frozenset("""le la les l' un une des du de d' au aux son sa ses leur leurs ce cet cette ces
notre nos votre vos mon ma mes tout toute tous toutes plusieurs quelques certains certaines chaque aucun
aucune deux trois quatre cinq six sept huit neuf dix douze vingt cent cents mille quelque plus moins
environ pres nombreux nombreuses divers diverses differents differentes autres autre meme memes seul
seule seuls seules tel telle tels telles""".split())
EX = frozenset({"ex", "ancien", "ancienne", "anciens", "anciennes", "feu", "defunt", "defunte"})
QUANTIFIERS = frozenset("""centaine centaines dizaine dizaines millier milliers million millions milliard
milliards douzaine douzaines poignee nombre majorite minorite partie plupart groupe groupes serie vague
colonne colonnes cortege ensemble totalite reste moitie tiers quart membre membres element elements
""".split())
OF = frozenset({"de", "du", "des", "d'"})
STOPS = frozenset("""a au aux par en pour contre avec sur dans chez vers entre sans sous apres avant depuis
pendant selon face aupres lors qui que qu' dont ou lequel laquelle lesquels lesquelles afin envers malgre
parmi durant hors via jusqu' jusque comme""".split())
COORDINATORS = frozenset({"et", "ou", "ni", ","})
LOCATIVES = frozenset({"en", "a", "au", "aux", "dans"})
PARTICLES = frozenset("""de du des d' von van der den al el ben bin ibn le la da dos di del della ter abou abu
ould ag bou""".split())
PERSON_KINDS = frozenset({"person", "surname"})
PLACE_KINDS = frozenset({"country", "metonym", "body", "group", "demonym"})


@dataclass
class Span:
    start: int  # token indexes, end exclusive
    end: int
    targets: list[Target]

    @property
    def kind(self) -> str:
        return self.targets[0].kind

    def has(self, kinds: frozenset[str] | set[str]) -> bool:
        return any(t.kind in kinds for t in self.targets)

    def only(self, kinds: frozenset[str] | set[str]) -> list[Target]:
        return [t for t in self.targets if t.kind in kinds]


def scan(tokens: list[Token], index: Index) -> list[Span]:
    """Longest matches left to right; demonyms are set aside so that split titles still match."""
    spans = _longest(tokens, list(range(len(tokens))), index)
    demonyms = [s for s in spans if all(t.kind == "demonym" for t in s.targets)]
    if not demonyms:
        return spans
    inside = {i for s in demonyms for i in range(s.start, s.end)}
    rest = [i for i in range(len(tokens)) if i not in inside]
    others = _longest(tokens, rest, index)
    return sorted(demonyms + others, key=lambda s: (s.start, s.end))


def _longest(tokens: list[Token], positions: list[int], index: Index) -> list[Span]:
    spans = []
    i = 0
    while i < len(positions):
        longest = index.longest.get(tokens[positions[i]].fold, 0)
        for length in range(min(longest, len(positions) - i), 0, -1):
            chosen = [tokens[p] for p in positions[i:i + length]]
            targets = index.phrases.get(tuple(t.fold for t in chosen))
            if targets:
                targets = _fitting(targets, chosen, tokens[positions[i] - 1] if positions[i] > 0 else None)
            if targets:
                spans.append(Span(positions[i], positions[i + length - 1] + 1, targets))
                i += length
                break
        else:
            i += 1
    return spans


def _fitting(targets: list[Target], chosen: list[Token], before: Token | None) -> list[Target]:
    capital = any(t.capital for t in chosen)
    after_article = before is not None and before.fold in {"le", "la", "les", "l'", "du", "au", "aux"}
    out = []
    for target in targets:
        if target.capital and not capital:
            continue
        if target.guard and not _written_as_name(target, chosen, before):
            continue  # "Les Serbes" is not Gabriel Leș, "la borne" not Élisabeth Borne
        if target.kind in PERSON_KINDS and after_article and chosen[0].capital:
            continue  # "la Hollande" is the country, "Hollande" the president; "le roi Hussein" a person
        out.append(target)
    people = [t for t in out if t.kind in PERSON_KINDS]
    if people and len(people) < len(out):
        written = " ".join(t.text.lower() for t in chosen)
        if not written.isascii() and written not in {t.form for t in people} and written in {
                t.form for t in out}:
            return [t for t in out if t.kind not in PERSON_KINDS]  # "Monténégro", not Luís Montenegro
    return out


def _written_as_name(target: Target, chosen: list[Token], before: Token | None) -> bool:
    """A name that is also a French word counts as a name only when written exactly as the data writes
    it (case and accents); a function word ("Leș", "Mai") moreover only after a capitalised word of
    the same name or an honorific ("Gabriel Leș", "M. Leș"), never where a phrase begins."""
    if " ".join(t.text for t in chosen) != target.exact:
        return False
    return target.guard != "function" or (before is not None and before.capital)
