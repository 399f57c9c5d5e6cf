"""The time grammar's cost is linear in the text, and the fast paths give exactly what plain scans gave."""

from __future__ import annotations

import bisect
import datetime as dt
import random
import time

import pytest

from vigie.time import TimeTagger
from vigie.time import tense as tense_module
from vigie.time.tense import CLAUSE_BREAK, RELATIVE, TextTense

WORDS = ("le mars lundi mardi demain qui dont où lequel quid quidam mais maison alors que tandis quand lorsque "
         "a été a dit ont signé sera devra doit va partir peut rencontrer est sont était arrivé depuis 2022 3 "
         "rencontrait serait , ; : ( ) « » . \n\n").split(" ")


def _plain_clause(tense: TextTense, start: int, end: int) -> tuple[int, int]:
    low, high = tense.sentence(start)
    left = [m.end() for m in CLAUSE_BREAK.finditer(tense.text, low, start)]
    right = CLAUSE_BREAK.search(tense.text, end, high)
    return (left[-1] if left else low), (right.start() if right else high)


def _plain_nearest(tense: TextTense, start: int, end: int, low: int, high: int) -> str | None:
    first = bisect.bisect_left(tense.positions, low)
    best = None
    for cue_start, cue_end, direction in tense.cues[first:]:
        if cue_start >= high:
            break
        if cue_end > high or (cue_start < end and start < cue_end):
            continue
        if cue_start >= end and RELATIVE.search(tense.text, end, cue_start):
            continue
        distance = start - cue_end if cue_end <= start else cue_start - end
        if best is None or distance < best[0]:
            best = (distance, direction)
    return best[1] if best else None


def _plain_without_overlaps(cues):
    rank = {"FUTURE": 0, "PAST": 1, "present": 2}
    kept = []
    for cue in sorted(cues, key=lambda c: rank[c[2]]):
        if not any(cue[0] < e and s < cue[1] for s, e, _ in kept):
            kept.append(cue)
    return sorted(kept)


def _random_text(rng: random.Random, words: int) -> str:
    parts = []
    for _ in range(words):
        word = rng.choice(WORDS)
        parts.append(word if rng.random() < 0.8 else word.upper())
        parts.append(rng.choice((" ", " ", " ", "  ", "", "\n")))
    return "".join(parts)


@pytest.mark.parametrize("seed", range(40))
def test_clause_and_nearest_equal_the_plain_scans(seed):
    rng = random.Random(seed)
    text = _random_text(rng, rng.randrange(5, 120))
    tense = TextTense(text)
    for _ in range(60):
        start = rng.randrange(len(text))
        end = min(len(text), start + rng.randrange(0, 12))
        assert tense.clause(start, end) == _plain_clause(tense, start, end), (text, start, end)
        for low, high in (tense.clause(start, end), tense.sentence(start)):
            assert tense._nearest(start, end, low, high) == _plain_nearest(tense, start, end, low, high), (
                text, start, end, low, high)


@pytest.mark.parametrize("seed", range(20))
def test_overlap_removal_equals_the_pairwise_test(seed):
    rng = random.Random(seed)
    cues = []
    for _ in range(rng.randrange(0, 60)):
        start = rng.randrange(200)
        cues.append((start, start + rng.randrange(1, 15), rng.choice(("FUTURE", "PAST", "present"))))
    rank_names = {"FUTURE": tense_module.FUTURE, "PAST": tense_module.PAST, "present": tense_module.PRESENT}
    named = [(s, e, rank_names[d]) for s, e, d in cues]
    expected = [(s, e, rank_names[d]) for s, e, d in _plain_without_overlaps(cues)]
    assert tense_module._without_overlaps(named) == expected


@pytest.fixture(scope="module")
def tagger():
    return TimeTagger()


@pytest.mark.parametrize("unit", ["a", "9a", "le", "il a dit lundi que ", "lundi, ", "mardi et ", "l'"])
def test_cost_grows_linearly(tagger, unit):
    """Ten times the text costs about ten times the time (a quadratic cost would be a hundred)."""
    def seconds(size: int) -> float:
        text = "Le 3 mars 2022, il peut " + unit * (size // len(unit)) + " ont été vus lundi."
        began = time.perf_counter()
        tagger.tag(text, dt.date(2022, 3, 4))
        return time.perf_counter() - began

    # Best of three on both sizes: one slow run (a busy CI machine, a garbage collection) is noise, not cost.
    small = min(seconds(4_000) for _ in range(3))
    large = min(seconds(40_000) for _ in range(3))
    assert large < max(40 * small, 0.5), (small, large)
