"""Which way a relative expression points ("lundi": last Monday or next?), from the verb's tense.

Two readers: `TextTense` finds tense cues in the sentence with regular expressions (no model
needed); `doc_direction` reads spaCy's morphology of the verb that governs the expression.
Both answer `calendar.PAST`, `calendar.FUTURE`, or None when they cannot tell.
"""

from __future__ import annotations

import bisect
import re
from typing import Any

from .calendar import FUTURE, PAST

_L = r"[a-zàâäçéèêëîïôöûùü]"
# At most eight clitics and negations between a modal and its infinitive ("ne pas le lui dire" has four):
# an unbounded run made each of its positions rescan the word after it, quadratic on "lelele…".
_INFINITIVE = (rf"(?:(?:se|s['’]|le|la|les|l['’]|lui|leur|en|y|ne|pas|plus|bien|encore)\s*){{0,8}}"
               rf"{_L}+(?:er|ir|re|oir)\b")
_FUTURE_WORDS = (
    r"doi[st]|doivent|devra|devras|devrai|devront|devrait|devraient|devrons|devrez|va|vont|vais|"
    r"allons|allez|sera|seront|serai|serez|aura|auront|prévue?s?|prévoi[ts]|prévoient|"
    r"s['’]apprête(?:nt)?|programmée?s?|attendue?s?|d['’]ici|avant\s+que|avant\s+qu['’]|jusqu['’]à\s+ce\s+que"
)
_MODALS = (r"peu[tx]|peuvent|veu[tx]|veulent|espère(?:nt)?|souhaite(?:nt)?|compte(?:nt)?|entend(?:ent)?|"
           r"envisage(?:nt)?")
FUTURE_CUE = re.compile(
    rf"\b(?:{_FUTURE_WORDS})\b|\b(?:{_MODALS})\s+{_INFINITIVE}|\b{_L}{{2,}}(?:e|i)?r(?:a|ai|ont|ez)\b",
    re.IGNORECASE)
NOT_FUTURE = frozenset(
    "caméra opéra ultra extra cobra mantra tantra véranda sierra zébra hydra delta contra "
    "sutra tiara intra fédéra era".split())
_PARTICIPLE = (rf"{_L}+(?:é|ée|és|ées|i|ie|is|ies|ise|ises|it|ite|ites|u|ue|us|ues|ert|erte|ertes|"
               rf"int|inte|intes|uit|uite|ait|aite)")
_ADVERBS = (r"(?:été|pas|plus|jamais|déjà|aussi|également|encore|bien|ainsi|alors|enfin|finalement|"
            r"notamment|toutefois|cependant|ensuite|d['’]abord|lui|leur|même|tout|longtemps|"
            r"rien|officiellement|récemment|publiquement|fermement|vivement)")
# verbs whose compound past takes être ("est arrivé"); other être + participle is a passive, in the present
_ETRE_VERBS = (r"(?:arriv|décéd|mort|parti|né|venu|tomb|all|rest|entr|sorti|revenu|devenu|pass|rentr|"
               r"retourn|mont|descendu|intervenu|survenu|parvenu|réapparu|apparu|disparu)"
               r"(?:é|i|u|t)?(?:e|s|es)?")
PAST_CUE = re.compile(
    rf"\b(?:a|ont|avait|avaient|ai|avons|avez|eut|eurent|a-t-(?:il|elle|on)|ont-ils|ont-elles)"
    rf"\s+(?:{_ADVERBS}\s+){{0,3}}{_PARTICIPLE}\b"
    rf"|\b(?:s['’]est|se\s+sont|s['’]était|s['’]étaient|se\s+seraient|s['’]étaient)\s+(?:{_ADVERBS}\s+){{0,2}}"
    rf"{_PARTICIPLE}\b"
    rf"|\b(?:est|sont|était|étaient|fut|furent)\s+(?:{_ADVERBS}\s+){{0,2}}{_ETRE_VERBS}\b"
    rf"|\b{_L}{{2,}}(?:ait|aient)\b|\bdepuis\b",
    re.IGNORECASE)
PRESENT_CUE = re.compile(
    r"\b(?:est|sont|a|ont|reste|restent|semble|semblent|demeure|demeurent|paraît|se\s+trouvent?|"
    r"existe|existent|se\s+rend|se\s+rendent|tient|tiennent)\b", re.IGNORECASE)
NOT_PAST = frozenset(
    "fait sait lait trait souhait attrait portrait retrait extrait parfait forfait bienfait méfait "
    "plaît plait distrait abstrait".split())
NOT_PARTICIPLE = frozenset("lieu peu mieux aussi ici lui qui si ni tous plus jeu feu désormais "
                           "toujours mais jamais puis depuis".split())
# Conditionals ("serait", "aurait") speak of what is reported or possible, not of when.
CONDITIONAL = re.compile(rf"{_L}*r(?:ait|aient)$", re.IGNORECASE)
# a participle right before the expression dates it: "un communiqué publié lundi", "annoncées mercredi"
PARTICIPLE_BEFORE = re.compile(rf"\b({_L}{{3,}}(?:é|ée|és|ées|it|ite|is|ise|u|ue|us|ues|enu|enue))\s+$",
                               re.IGNORECASE)
NOT_PARTICIPLE_NOUN = re.compile(
    r"(?:ité|ités|iété|iétés|été|côté|comté|santé|volonté|liberté|pâté|marché|député|délégué|degré|clergé|congé|"
    r"année|journée|soirée|matinée|armée|entrée|durée|idée|musée|lycée|pensée|arrivée|assemblée|poignée|"
    r"vallée|rentrée|fusée|marée|épopée|chaussée|mosquée|trophée|allée|odyssée|lieu|jeu|feu|peu|vue|rue|"
    r"revue|tenue|venue|avenue|statue|issue|bienvenue|menu|début|salut|tribu|alibi|parti|pays|prix|avis|"
    r"paris|mépris|souris|colis|permis|compris|tapis|lit|nuit|fruit|bruit|esprit|crédit|conflit|profit|"
    r"circuit|droit|endroit|écrit|produit|institut|habitude)s?$", re.IGNORECASE)
AUXILIARY_BEFORE = re.compile(
    r"\b(?:est|sont|était|étaient|sera|seront|serait|seraient|a|ont|avait|avaient|aura|auront|été|"
    r"être|soit|soient)\s+(?:\w+\s+)?$", re.IGNORECASE)
RELATIVE = re.compile(r"\b(?:qui|dont|où|lequel|laquelle|lesquels|lesquelles)\b", re.IGNORECASE)
CLAUSE_BREAK = re.compile(r"[,;:()«»\"]|\b(?:alors\s+que|tandis\s+que|mais|qui|où|dont|lorsque|quand)\b",
                          re.IGNORECASE)
SENTENCE_END = re.compile(r"[.!?;:]+(?=\s)|\n\s*\n|\n(?=\s*[A-ZÀ-Ý«\"-])")
PRESENT = "present"


def sentence_starts(text: str) -> list[int]:
    """Offsets where sentences begin (0 first)."""
    return [0] + [m.end() for m in SENTENCE_END.finditer(text)]


class TextTense:
    """Tense cues of one text, found once; `direction(start, end)` reads the cue nearest a span:
    in its clause first, else in its sentence. A present-tense cue answers None."""

    def __init__(self, text: str, starts: list[int] | None = None):
        self.text = text
        self.starts = starts if starts is not None else sentence_starts(text)
        cues: list[tuple[int, int, str]] = []
        for match in FUTURE_CUE.finditer(text):
            if match.group(0).lower() in NOT_FUTURE or (
                    match.group(0)[0].isupper() and " " not in match.group(0) and len(match.group(0)) > 5):
                continue
            cues.append((match.start(), match.end(), FUTURE))
        for match in PAST_CUE.finditer(text):
            word = match.group(0).lower()
            last = word.split()[-1]
            if word in NOT_PAST or last in NOT_PARTICIPLE or (" " not in word and CONDITIONAL.match(word)):
                continue
            cues.append((match.start(), match.end(), PAST))
        for match in PRESENT_CUE.finditer(text):
            cues.append((match.start(), match.end(), PRESENT))
        self.cues = _without_overlaps(cues)
        self.positions = [c[0] for c in self.cues]
        self.ends = [c[1] for c in self.cues]  # kept cues never overlap: their ends are in order too
        self._relatives = _Relatives(text)
        self._breaks: dict[int, tuple[list[int], list[int]]] = {}  # sentence start -> its clause breaks

    def sentence(self, position: int) -> tuple[int, int]:
        index = bisect.bisect_right(self.starts, position) - 1
        end = self.starts[index + 1] if index + 1 < len(self.starts) else len(self.text)
        return self.starts[index], end

    def clause(self, start: int, end: int) -> tuple[int, int]:
        """The clause around a span: from the last clause break before it to the first one after it.

        The same as scanning CLAUSE_BREAK over [sentence start, start) and searching it over [end,
        sentence end), but each sentence is scanned once: a query costs a bisection, not the sentence's
        length (a long sentence with many expressions was quadratic)."""
        low, high = self.sentence(start)
        if low not in self._breaks:
            found = list(CLAUSE_BREAK.finditer(self.text, low, high))
            self._breaks[low] = ([m.start() for m in found], [m.end() for m in found])
        starts, ends = self._breaks[low]
        i = bisect.bisect_right(ends, start)  # breaks ending at or before `start` are those a scan stopping there sees
        left = ends[i - 1] if i else low
        if _word_break_ending_at(self.text, start, left):  # a word cut by `start` reads as a break there
            left = start
        j = bisect.bisect_left(starts, end)
        if j and ends[j - 1] > end:  # a break straddles `end`: search afresh from it, as a plain search does
            right = CLAUSE_BREAK.search(self.text, end, high)
            right_start = right.start() if right else high
        else:
            right_start = starts[j] if j < len(starts) else high
        return left, right_start

    def _nearest(self, start: int, end: int, low: int, high: int) -> str | None:
        """The direction of the cue nearest [start, end) within [low, high): the nearest one before it,
        unless one after it (with no relative pronoun in between) is strictly nearer."""
        first = bisect.bisect_left(self.positions, low)
        best: tuple[int, str] | None = None
        before = bisect.bisect_right(self.ends, start) - 1  # the last cue ending at or before `start`
        if before >= first and self.positions[before] < high:
            best = (start - self.ends[before], self.cues[before][2])
        k = max(first, bisect.bisect_left(self.positions, end))
        while k < len(self.cues) and self.positions[k] < high:
            cue_start, cue_end, direction = self.cues[k]
            k += 1
            if cue_end > high:
                continue
            blocked = self._relatives.between(end, cue_start)
            if blocked == _Relatives.WHOLE:
                break  # "le recensement de mars, qui devrait être affiné": the verb of another noun
            if blocked:
                continue
            if best is None or cue_start - end < best[0]:
                best = (cue_start - end, direction)
            break
        return best[1] if best else None

    def direction(self, start: int, end: int) -> str | None:
        """PAST, FUTURE, PRESENT (a present-tense cue), or None (no cue at all)."""
        before = PARTICIPLE_BEFORE.search(self.text, max(0, start - 40), start)
        if before and not NOT_PARTICIPLE_NOUN.search(before.group(1)) \
                and not FUTURE_CUE.fullmatch(before.group(1)) \
                and not AUXILIARY_BEFORE.search(self.text, max(0, before.start() - 30), before.start()):
            return PAST
        found = self._nearest(start, end, *self.clause(start, end))
        if found is None:
            found = self._nearest(start, end, *self.sentence(start))
        return found


_CLAUSE_WORDS = re.compile(r"\b(?:mais|qui|où|dont|lorsque|quand|alors\s+que|tandis\s+que)\Z", re.IGNORECASE)
_WORD_CHAR = re.compile(r"\w")


def _word_break_ending_at(text: str, start: int, after: int) -> bool:
    """True when a clause word ends exactly at `start` (beginning at or after `after`) inside a longer
    word: a scan of the text cut at `start` sees it, a scan of the whole text does not. Expressions
    start after a non-letter, so this costs nothing for them."""
    if not 0 < start < len(text) or not (_WORD_CHAR.match(text[start - 1]) and _WORD_CHAR.match(text[start])):
        return False
    return _CLAUSE_WORDS.search(text, after, start) is not None


class _Relatives:
    """Where relative pronouns are, to answer `RELATIVE.search(text, low, high)` without rescanning."""

    WHOLE = 2  # a pronoun with a word boundary after it in the whole text: it blocks every later cue too
    CUT = 1  # a pronoun that ends exactly at `high`, where the cut text makes a boundary

    def __init__(self, text: str):
        self.text = text
        starts: list[int] = []
        ends: list[int] = []
        self.cut: dict[int, int] = {}  # end -> the latest start of a pronoun followed by a letter
        for word in ("qui", "dont", "où", "lequel", "laquelle", "lesquels", "lesquelles"):
            for m in re.finditer(rf"\b(?={word})", text, re.IGNORECASE):
                stop = m.start() + len(word)
                if stop < len(text) and _WORD_CHAR.match(text[stop]):
                    self.cut[stop] = max(self.cut.get(stop, -1), m.start())
                else:
                    starts.append(m.start())
                    ends.append(stop)
        order = sorted(range(len(starts)), key=starts.__getitem__)
        self.starts = [starts[i] for i in order]
        self.min_end = [ends[i] for i in order]
        for i in range(len(order) - 2, -1, -1):  # the smallest end among pronouns starting here or later
            self.min_end[i] = min(self.min_end[i], self.min_end[i + 1])

    def between(self, low: int, high: int) -> int:
        """WHOLE or CUT when a relative pronoun lies in [low, high) (as the cut text reads it), else 0."""
        i = bisect.bisect_left(self.starts, low)
        if i < len(self.starts) and self.min_end[i] <= high:
            return self.WHOLE
        return self.CUT if self.cut.get(high, -1) >= low else 0


def _without_overlaps(cues: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Cues sorted by position; where two overlap, the future one, then the past one, wins."""
    rank = {FUTURE: 0, PAST: 1, PRESENT: 2}
    kept: list[tuple[int, int, str]] = []
    # Two non-empty cues overlap exactly when they share a character: mark the characters kept cues
    # cover, so each cue costs its own length (the pairwise test was quadratic in the number of cues).
    # (The patterns never match empty text; were one to, the pairwise test is kept for exactness.)
    ranked = sorted(cues, key=lambda c: rank[c[2]])
    if any(start >= end for start, end, _ in cues):
        for cue in ranked:
            if not any(cue[0] < e and s < cue[1] for s, e, _ in kept):
                kept.append(cue)
        return sorted(kept)
    covered = bytearray(max((c[1] for c in cues), default=0))
    for start, end, direction in ranked:
        if 1 not in covered[start:end]:
            covered[start:end] = b"\x01" * (end - start)
            kept.append((start, end, direction))
    return sorted(kept)


ETRE_LEMMAS = frozenset(
    "arriver partir venir revenir devenir intervenir survenir parvenir mourir naître décéder tomber aller "
    "rester entrer rentrer sortir retourner monter descendre passer apparaître disparaître".split())


def _verb_direction(verb: Any) -> str:
    """PAST, FUTURE or PRESENT (present, infinitive, conditional: no direction) for a governing verb."""
    morph = verb.morph
    tense = morph.get("Tense")
    aux = [c for c in verb.children if c.dep_ in ("aux", "aux:tense", "aux:pass")]
    aux_tenses = [a.morph.get("Tense") for a in aux]
    if tense == ["Fut"] or ["Fut"] in aux_tenses:
        return FUTURE
    if verb.lemma_ in ("devoir", "aller") or any(a.lemma_ in ("devoir", "aller") for a in aux):
        return FUTURE
    head = verb.head
    if head is not verb and head.lemma_ in ("devoir", "aller", "prévoir") and verb.dep_ == "xcomp":
        return FUTURE
    if morph.get("Mood") == ["Cnd"] or any(a.morph.get("Mood") == ["Cnd"] for a in aux):
        return PRESENT
    if ["Imp"] in aux_tenses or ["Past"] in aux_tenses or tense == ["Imp"]:
        return PAST
    compound = [a for a in aux if a.dep_ != "aux:pass" or verb.lemma_ in ETRE_LEMMAS]
    if morph.get("VerbForm") == ["Part"] and tense == ["Past"]:
        if compound:
            return PAST
        if not aux:  # a participle alone: "les sanctions annoncées mercredi"
            return PAST
        return PRESENT  # a passive in the present: "le rendez-vous est fixé samedi"
    if tense == ["Past"]:
        return PAST
    return PRESENT


def doc_direction(doc: Any, start: int, end: int) -> str | None:
    """The direction read from spaCy's parse of the verb governing the span's first word:
    PAST, FUTURE, PRESENT (no direction), or None when no governing verb was found."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    token = span.root
    for _ in range(6):
        if token.head is token:
            break
        token = token.head
        if span.start <= token.i < span.end:
            continue
        if token.pos_ in ("VERB", "AUX"):
            return _verb_direction(token)
        if token.pos_ in ("NOUN", "PROPN"):
            return None  # "un entretien lundi": the day of a noun's event, not of the clause's verb
    return None
