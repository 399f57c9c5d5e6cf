"""Reading one noun phrase into its parts: head, nationality words, complements, a name.

"le ministre russe des Affaires étrangères Sergueï Lavrov" is read as: head = title
"ministre des Affaires étrangères" (the demonym "russe" inside it is set aside before matching),
demonyms = [russe], name = the person span "Sergueï Lavrov". The resolver then decides who that is
on a given date. Everything here is date-free, so a phrase's reading is computed once and cached.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .index import Index, Target
from .spans import (
    COORDINATORS,
    DETERMINERS,
    EX,
    LOCATIVES,
    OF,
    PARTICLES,
    PERSON_KINDS,
    PLACE_KINDS,
    QUANTIFIERS,
    STOPS,
    Span,
    scan,
)
from .text import Token, tokenize

__all__ = ["DETERMINERS", "Name", "Reading", "Span", "read"]


@dataclass
class Name:
    """A person's name in the phrase: known spans and/or capitalised words the dictionaries do not know."""

    text: str
    words: list[str]  # folded words
    targets: list[Target]  # person/surname targets of the known part (may be empty)
    prefix: int = 0  # words written before the known part ("Hillary" in "Hillary Clinton")
    suffix: int = 0  # words written after it ("Dupont" in "Jean Dupont", where "Jean" is a known surname)
    other: Span | None = None  # what else the same words name ("Wagner": a group, "Hollande": a country)


@dataclass
class Reading:
    """One coordinated member of a noun phrase."""

    text: str
    head: Span | None = None
    name: Name | None = None
    demonyms: list[list[Target]] = field(default_factory=list)  # coordinated: "américaine et russe"
    places: list[Span] = field(default_factory=list)  # countries, bodies, persons... in "de" complements
    role: Span | None = None  # the first title or sector in a complement ("de la diplomatie")
    plural: bool = False
    ex: bool = False
    honorific: str | None = None  # "m" / "f" after M. / Mme, cheikh / cheikha
    courtesy: bool = False  # a word of courtesy before the name (M., cheikh, Dr), gendered or not
    people: bool = False  # a nation in a complement ("le chef des Serbes de Bosnie"): not a state
    head_capital: bool = False  # the head is capitalised: "le Russe" (a person), "le russe" (a language)
    coordinated: bool = False  # a demonym joined by "et" or a comma ("russe et américain")
    relational: bool = False  # "les alliés de l'Ukraine": the complement is the partner, not the owner
    unknown: list[str] = field(default_factory=list)  # a name the data does not know in a complement
    location: Span | None = None  # "le pouvoir en Afghanistan": where, when nothing says whose
    empty: bool = False  # the phrase is about something else ("la frontière de l'Ukraine")
    offset: int = 0  # where `text` starts in the phrase given


# Words after a title that say the holder is in office, nothing of whose office it is: "le président en
# exercice de l'Union africaine" is the AU's.
IN_OFFICE = frozenset({("en", "exercice"), ("en", "fonction"), ("en", "fonctions"), ("en", "poste")})


def read(text: str, index: Index) -> list[Reading]:
    tokens = _in_office_dropped(tokenize(text))
    if not tokens:
        return []
    spans = scan(tokens, index)
    if not spans and not any(t.capital for t in tokens):
        return []
    by_start = {s.start: s for s in spans}
    covered = {i for s in spans for i in range(s.start, s.end)}
    honorifics = index.honorifics
    segments = _segments(tokens, by_start, covered, honorifics)
    words = index.catalog.words
    return [_read_segment(text, tokens, seg, by_start, covered, words, honorifics) for seg in segments]


def _in_office_dropped(tokens: list[Token]) -> list[Token]:
    out: list[Token] = []
    skip = 0
    for i, token in enumerate(tokens):
        if skip:
            skip -= 1
            continue
        if i and i + 1 < len(tokens) and (token.fold, tokens[i + 1].fold) in IN_OFFICE:
            skip = 1
            continue
        out.append(token)
    return out


def _segments(tokens: list[Token], by_start: dict[int, Span], covered: set[int],
              honorifics: dict[str, str | None]) -> list[tuple[int, int]]:
    """Split at 'et', 'ou', 'ainsi que' and commas that join whole noun phrases, then re-join appositions."""
    cuts: list[tuple[int, int, str]] = []  # (cut token, next segment start, coordinator)
    i = 0
    while i < len(tokens):
        word = tokens[i].fold
        width = 2 if word == "ainsi" and i + 1 < len(tokens) and tokens[i + 1].fold == "que" else 1
        joins = word in COORDINATORS or width == 2
        if i not in covered and joins and _starts_phrase(tokens, i + width, by_start, honorifics):
            cuts.append((i, i + width, "," if word == "," else "et"))
        i += width
    bounds = []
    start = 0
    for cut, after, _ in cuts:
        bounds.append((start, cut))
        start = after
    bounds.append((start, len(tokens)))
    merged = [bounds[0]]
    for (_, _, word), bound in zip(cuts, bounds[1:], strict=True):
        prev = merged[-1]
        if word == "," and _apposition(tokens, prev, bound, by_start, covered, honorifics):
            merged[-1] = (prev[0], bound[1])
        else:
            merged.append(bound)
    return [b for b in merged if b[0] < b[1]]


def _starts_phrase(tokens: list[Token], i: int, by_start: dict[int, Span],
                   honorifics: dict[str, str | None]) -> bool:
    """Does a new noun phrase begin at token i (not a coordinated adjective such as 'et russe')?"""
    while i < len(tokens) and (tokens[i].fold in DETERMINERS or tokens[i].fold in honorifics):
        i += 1
        if i < len(tokens) and i in by_start:
            return True
    if i >= len(tokens):
        return False
    span = by_start.get(i)
    if span is not None:
        return not all(t.kind == "demonym" for t in span.targets) or tokens[i].capital
    return tokens[i].capital


def _apposition(tokens: list[Token], left: tuple[int, int], right: tuple[int, int],
                by_start: dict[int, Span], covered: set[int], honorifics: dict[str, str | None]) -> bool:
    """'le président ukrainien, Volodymyr Zelensky' and 'Sergueï Lavrov, le ministre russe': one person."""
    left_name, left_role = _shape(tokens, left, by_start, covered, honorifics)
    right_name, right_role = _shape(tokens, right, by_start, covered, honorifics)
    return (left_role and not left_name and right_name and not right_role) or (
        left_name and not left_role and right_role and not right_name)


def _shape(tokens: list[Token], bound: tuple[int, int], by_start: dict[int, Span], covered: set[int],
           honorifics: dict[str, str | None]) -> tuple[bool, bool]:
    """(has a person's name, has a title) in tokens[bound]."""
    name = role = False
    for i in range(*bound):
        span = by_start.get(i)
        if span is not None:
            name = name or span.has(PERSON_KINDS)
            role = role or span.has({"title"})
        elif i not in covered and tokens[i].capital and tokens[i].fold not in DETERMINERS and (
                tokens[i].fold not in honorifics):
            name = True
    return name, role


def _read_segment(text: str, tokens: list[Token], bound: tuple[int, int], by_start: dict[int, Span],
                  covered: set[int], words: dict[str, frozenset[str]], honorifics: dict[str, str | None]
                  ) -> Reading:
    start, end = bound
    reading = Reading(text=text[tokens[start].start:tokens[end - 1].end], offset=tokens[start].start)
    i = _read_head(reading, tokens, start, end, by_start, words, honorifics)
    in_complement = False
    while i < end:
        token = tokens[i]
        span = by_start.get(i)
        if span is not None:
            i = _read_span(reading, span, tokens, i, end, by_start, in_complement, honorifics)
            continue
        if i in covered:  # inside a title matched around a demonym
            i += 1
            continue
        if token.fold in OF:
            in_complement = True
        elif token.fold == ",":
            in_complement = False  # "le porte-parole du Kremlin, Dmitri Peskov"
        elif token.fold in STOPS:
            _read_location(reading, tokens, i, end, by_start)
            break
        elif token.fold == "et" and reading.demonyms:
            pass  # "américaine et russe": read on
        elif token.fold in honorifics and reading.name is None:
            _honour(reading, token.fold, honorifics)  # "le Premier ministre qatari, cheikh Mohammed ..."
        elif token.capital and reading.name is None and not (in_complement and _after_of(tokens, i)):
            i = _read_name(reading, tokens, i, end, by_start, covered, honorifics)  # "... de Bosnie Radovan Karadzic"
            continue
        elif token.capital and in_complement and not reading.unknown:
            while i < end and i not in by_start and tokens[i].capital:  # "les troupes de Radovan Karadzic"
                reading.unknown.append(tokens[i].fold)
                i += 1
            continue
        i += 1
    return reading


def _read_location(reading: Reading, tokens: list[Token], i: int, end: int, by_start: dict[int, Span]
                   ) -> None:
    """'le pouvoir en Afghanistan', 'le Parlement à Minsk': a country or capital right after en/à/au."""
    if tokens[i].fold not in LOCATIVES:
        return
    i += 1
    while i < end and tokens[i].fold in {"la", "l'", "le", "les"}:
        i += 1
    span = by_start.get(i)
    if span is not None and span.has({"country", "metonym"}):
        reading.location = Span(span.start, span.end, span.only({"country", "metonym"}))


def _read_head(reading: Reading, tokens: list[Token], i: int, end: int, by_start: dict[int, Span],
               words: dict[str, frozenset[str]], honorifics: dict[str, str | None]) -> int:
    """Skip determiners and adjectives; note 'ancien', 'M.', plural articles. Returns the head's index.

    An unknown common noun is the head itself ("l'intervention militaire", "la frontière de l'Ukraine"):
    the phrase is then not an actor, unless a group or a person is named after it ("le mouvement
    islamiste Hamas", "le chaviste Nicolas Maduro")."""
    while i < end:
        token = tokens[i]
        word = token.fold
        if i in by_start:
            return i
        if word in honorifics:
            _honour(reading, word, honorifics)
            reading.plural = reading.plural or word in {"mm", "messieurs", "mesdames"}
        elif word in EX:
            reading.ex = True
        elif word in {"les", "des", "ces", "ses", "leurs", "aux", "plusieurs", "quelques", "certains",
                      "certaines", "nombreux", "nombreuses", "tous", "toutes"}:
            reading.plural = True
        elif word in OF and reading.relational:
            return end  # "les alliés de l'Ukraine": whose allies is not who they are
        elif word in DETERMINERS or word.isdigit() or word == ",":
            pass
        elif token.capital:
            return i
        elif word in words["prenominal"] or word.endswith("ieme"):
            pass  # "le principal opposant", "le puissant chef de l'armée", "la troisième brigade"
        elif word in words["relational"]:
            reading.relational = True  # "les alliés occidentaux de l'Ukraine": the demonym, not Ukraine
            reading.plural = reading.plural or word.endswith(("s", "x"))
        else:  # an unknown common noun
            following = tokens[i + 1].fold if i + 1 < end else ""
            if word in QUANTIFIERS and following in OF:
                reading.plural = True
                i += 2
                continue
            if not _name_follows(tokens, i + 1, end, by_start):
                named = _named_group(tokens, i + 1, end, by_start)
                if named is not None:
                    return named  # "le mouvement islamiste palestinien Hamas"
                reading.empty = True  # "la frontière de l'Ukraine", "l'intervention militaire": not an actor
                return end
        i += 1
    return i


def _name_follows(tokens: list[Token], i: int, end: int, by_start: dict[int, Span]) -> bool:
    """Is a person's name next, past demonyms and lower-case words ("le chaviste Nicolas Maduro")?"""
    while i < end:
        span = by_start.get(i)
        if span is not None:
            if span.has(PERSON_KINDS):
                return True
            if not all(t.kind == "demonym" for t in span.targets):
                return False
            i = span.end
            continue
        token = tokens[i]
        if token.fold in OF | STOPS | COORDINATORS:
            return False
        if token.capital:
            return True
        i += 1
    return False


def _named_group(tokens: list[Token], i: int, end: int, by_start: dict[int, Span]) -> int | None:
    """Where a group is named later in the same phrase, before any preposition."""
    while i < end:
        span = by_start.get(i)
        if span is not None and span.has({"group"}):
            return i
        if span is None and tokens[i].fold in OF | STOPS:
            return None
        i += 1
    return None


def _read_span(reading: Reading, span: Span, tokens: list[Token], i: int, end: int,
               by_start: dict[int, Span], in_complement: bool, honorifics: dict[str, str | None]) -> int:
    demonyms = span.only({"demonym"})
    apposed = not (in_complement and _after_of(tokens, i))  # "le porte-parole de Vladimir Poutine": not
    if span.has(PERSON_KINDS) and apposed and reading.name is None and reading.head is not None:
        return _read_name(reading, tokens, i, end, by_start, set(), honorifics)
    if reading.relational and in_complement:
        return span.end  # "les alliés de l'Ukraine": the partner, not the actor
    if reading.head is None:
        if span.has(PERSON_KINDS):
            return _read_name(reading, tokens, i, end, by_start, set(), honorifics)
        reading.head = span
        reading.head_capital = tokens[span.start].capital
        if span.targets[0].plural:
            reading.plural = True
    elif demonyms and len(demonyms) == len(span.targets):
        if not reading.demonyms or _after_et(tokens, span.start):
            reading.coordinated = reading.coordinated or _after_et(tokens, span.start)
            reading.demonyms.append(demonyms)
            reading.people = reading.people or (in_complement and _after_of(tokens, i))  # "des Serbes"
    elif span.has({"group"}) and not in_complement:
        reading.places.insert(0, span)  # "la milice chiite Hezbollah": the group itself
    elif span.has({"title", "sector"}) and in_complement and reading.role is None:
        reading.role = span
    elif span.has(PLACE_KINDS | PERSON_KINDS) and in_complement:
        reading.places.append(span)
    return span.start + 1  # the span's other words are skipped as covered; demonyms inside it are read


def _honour(reading: Reading, word: str, honorifics: dict[str, str | None]) -> None:
    """M., Mme, cheikh, sayyed before a name: the person is named as such; the gender when it says one."""
    reading.courtesy = True
    reading.honorific = honorifics[word] or reading.honorific


def _after_et(tokens: list[Token], i: int) -> bool:
    """Is token i coordinated with what comes before ("russe et américain", "béninois, sierra-léonais")?"""
    return i > 0 and tokens[i - 1].fold in {"et", "ou", ","}


def _after_of(tokens: list[Token], i: int) -> bool:
    """Is token i introduced by "de" (possibly with an article: "de la", "de l'")?"""
    j = i - 1
    while j >= 0 and tokens[j].fold in {"la", "l'", "le", "les"}:
        j -= 1
    return j >= 0 and tokens[j].fold in OF


def _read_name(reading: Reading, tokens: list[Token], i: int, end: int, by_start: dict[int, Span],
               covered: set[int], honorifics: dict[str, str | None]) -> int:
    """A person's name: capitalised unknown words, particles, and at most one known name span.
    A word of courtesy first ("Cheikh", "Sayyed") is no part of the name."""
    while i < end and i not in by_start and tokens[i].fold in honorifics and reading.name is None:
        _honour(reading, tokens[i].fold, honorifics)
        i += 1
    first = i
    targets: list[Target] = []
    words: list[str] = []
    prefix = span_size = 0
    other = None
    while i < end:
        span = by_start.get(i)
        token = tokens[i]
        if span is not None:
            if not span.has(PERSON_KINDS) or targets:
                break
            targets = span.only(PERSON_KINDS)
            rest = [t for t in span.targets if t.kind not in PERSON_KINDS]
            if rest and not words and reading.honorific is None and reading.head is None:
                other = Span(span.start, span.end, rest)
            prefix = len(words)
            span_size = span.end - span.start
            words.extend(t.fold for t in tokens[span.start:span.end])
            i = span.end
            continue
        if i in covered:
            break
        if token.capital and token.fold not in DETERMINERS and token.fold not in honorifics:
            words.append(token.fold)
        elif token.fold in PARTICLES and i + 1 < end and tokens[i + 1].capital:
            words.append(token.fold)
        else:
            break
        i += 1
    if i == first:
        return i + 1
    suffix = len(words) - prefix - span_size if targets else 0
    written = reading.text[tokens[first].start - reading.offset:tokens[i - 1].end - reading.offset]
    reading.name = Name(text=written, words=words, targets=targets,
                        prefix=prefix, suffix=suffix, other=other)
    return i
