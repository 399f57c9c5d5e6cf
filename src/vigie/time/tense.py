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
_FUTURE_WORDS = (
    r"doi[st]|doivent|devra|devras|devrai|devront|devrait|devraient|devrons|devrez|va|vont|vais|"
    r"allons|allez|sera|seront|serai|serez|aura|auront|prévue?s?|prévoi[ts]|prévoient|"
    r"s['’]apprête(?:nt)?|programmée?s?|envisage(?:nt)?|compte(?:nt)? (?=" + _L + r"+(?:er|ir|re)\b)"
)
FUTURE_CUE = re.compile(
    rf"\b(?:{_FUTURE_WORDS})\b|\b{_L}{{2,}}(?:e|i)?r(?:a|ai|ont|ez)\b", re.IGNORECASE)
NOT_FUTURE = frozenset(
    "caméra opéra ultra extra cobra mantra tantra véranda aura sierra zébra hydra delta contra "
    "sutra tiara intra fédéra era".split())
_PARTICIPLE = rf"{_L}+(?:é|ée|és|ées|i|ie|is|ies|it|u|ue|us|ues|ert|erte|int|eint|uit|ait)"
_ADVERBS = (r"(?:été|pas|plus|jamais|déjà|aussi|également|encore|bien|ainsi|alors|enfin|finalement|"
            r"notamment|toutefois|cependant|ensuite|d['’]abord|lui|leur|même|tout|longtemps|"
            r"rien|officiellement|récemment|publiquement|fermement|vivement)")
PAST_CUE = re.compile(
    rf"\b(?:a|ont|avait|avaient|ai|avons|avez|eut|eurent|a-t-(?:il|elle|on)|ont-ils|ont-elles)"
    rf"\s+(?:{_ADVERBS}\s+){{0,3}}{_PARTICIPLE}\b"
    rf"|\b(?:est|sont|était|étaient|fut|furent|s['’]est|se sont|s['’]était|se sont)"
    rf"\s+(?:{_ADVERBS}\s+){{0,2}}{_PARTICIPLE}\b"
    rf"|\b{_L}{{2,}}(?:ait|aient)\b|\bdepuis\b",
    re.IGNORECASE)
NOT_PAST = frozenset(
    "fait sait lait trait souhait attrait portrait retrait extrait parfait forfait bienfait méfait "
    "plaît plait distrait abstrait".split())
# Conditionals ("serait", "aurait") speak of what is reported or possible, not of when.
CONDITIONAL = re.compile(rf"{_L}*r(?:ait|aient)$", re.IGNORECASE)
SENTENCE_END = re.compile(r"[.!?;:]+(?=\s)|\n\s*\n|\n(?=\s*[A-ZÀ-Ý«\"-])")


def sentence_starts(text: str) -> list[int]:
    """Offsets where sentences begin (0 first)."""
    return [0] + [m.end() for m in SENTENCE_END.finditer(text)]


class TextTense:
    """Tense cues of one text, found once; `direction(start, end)` looks in that span's sentence."""

    def __init__(self, text: str, starts: list[int] | None = None):
        self.starts = starts if starts is not None else sentence_starts(text)
        self.cues: list[tuple[int, int, str]] = []
        future_spans: list[tuple[int, int]] = []
        for match in FUTURE_CUE.finditer(text):
            word = match.group(0).lower()
            if word in NOT_FUTURE:
                continue
            future_spans.append(match.span())
            self.cues.append((match.start(), match.end(), FUTURE))
        for match in PAST_CUE.finditer(text):
            word = match.group(0).lower()
            if word in NOT_PAST or (" " not in word and CONDITIONAL.match(word)):
                continue
            if any(s < match.end() and match.start() < e for s, e in future_spans):
                continue
            self.cues.append((match.start(), match.end(), PAST))
        self.cues.sort()
        self.positions = [c[0] for c in self.cues]

    def sentence(self, position: int) -> tuple[int, int]:
        index = bisect.bisect_right(self.starts, position) - 1
        end = self.starts[index + 1] if index + 1 < len(self.starts) else 1 << 62
        return self.starts[index], end

    def direction(self, start: int, end: int) -> str | None:
        """The direction of the tense cue nearest the span in its sentence (None: no cue)."""
        low, high = self.sentence(start)
        first = bisect.bisect_left(self.positions, low)
        best: tuple[int, str] | None = None
        for cue_start, cue_end, direction in self.cues[first:]:
            if cue_start >= high:
                break
            if cue_start < end and start < cue_end:
                continue
            distance = start - cue_end if cue_end <= start else cue_start - end
            if best is None or distance < best[0]:
                best = (distance, direction)
        return best[1] if best else None


def _verb_direction(verb: Any) -> str | None:
    morph = verb.morph
    tense = morph.get("Tense")
    aux = [c for c in verb.children if c.dep_ in ("aux", "aux:tense", "aux:pass")]
    if any(a.morph.get("Tense") == ["Fut"] for a in aux) or tense == ["Fut"]:
        return FUTURE
    if verb.lemma_ in ("devoir", "aller") or any(a.lemma_ in ("devoir", "aller") for a in aux):
        return FUTURE
    head = verb.head
    if head is not verb and head.lemma_ in ("devoir", "aller", "prévoir") and verb.dep_ == "xcomp":
        return FUTURE
    if morph.get("Mood") == ["Cnd"]:
        return None
    if morph.get("VerbForm") == ["Part"] and morph.get("Tense") == ["Past"] and aux:
        return PAST
    if tense in (["Imp"], ["Past"]):
        return PAST
    return None


def doc_direction(doc: Any, start: int, end: int) -> str | None:
    """The direction read from spaCy's parse: the verb governing the span's first word (None: unknown)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    token = span[0]
    for _ in range(6):
        if token.pos_ in ("VERB", "AUX") and not (span.start <= token.i < span.end):
            return _verb_direction(token)
        if token.head is token:
            break
        token = token.head
    return None
