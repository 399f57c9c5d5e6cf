"""Actors in context, on the invented sentences of context_cases.tsv (one expected event a row): target
slots, owners of object nouns, places standing for a side, venues, reciprocal verbs, quote addressees,
spokespersons, listed groups, vague collectives, pronoun and counterpart chains, weapons for armies.

Rows the coder does not get yet are listed in KNOWN_MISSES with the reason; they run as xfail so the
table stays whole (benchmarks/bench_context.py gives the score)."""

from __future__ import annotations

import pytest

from .context_table import CASES_FILE, describe, read_cases, satisfied

pytestmark = pytest.mark.slow

# line in context_cases.tsv -> why the coder misses it (none of these is an actor-in-context rule yet)
KNOWN_MISSES = {
    10: "the 'plainte' entry takes its source from 'auprès du Conseil' (lexicon slots)",
    14: "'protester auprès de … contre' matches the plain 140 entry (lexicon)",
    37: "'les négociateurs américains et russes' is no actor to the resolver (people data)",
    49: "an imperative in a quote is no demand yet (lexicon)",
    51: "'aura un prix' is a threat without a threat verb (lexicon)",
    68: "'appeler à un cessez-le-feu' without an addressee gives no event with a vague source",
    81: "'les délégués ukrainiens' is no actor to the resolver (people data)",
    82: "'des négociateurs américains' is no actor to the resolver (people data)",
}

CASES = read_cases(CASES_FILE)


def test_the_table_is_well_formed():
    assert len(CASES) >= 60
    assert len({c.kind for c in CASES}) >= 10


@pytest.mark.parametrize("case", [
    pytest.param(c, id=f"{c.line}-{c.kind}",
                 marks=[pytest.mark.xfail(reason=KNOWN_MISSES[c.line])] if c.line in KNOWN_MISSES else [])
    for c in CASES])
def test_actor_in_context(engine, targetless_engine, case):
    """A row whose target is `*` accepts an event with none: it is coded without require_target."""
    coder = targetless_engine if case.target == "*" else engine
    events = coder.code_text(case.sentence, date=case.date)
    assert satisfied(events, case), f"want {case.root} {case.source}->{case.target}: {describe(events)}"


@pytest.mark.parametrize("text", [
    "L'Arménie et l'Azerbaïdjan se sont accusés mutuellement de violer le cessez-le-feu.",
    "Le Tchad et le Soudan se reprochent l'un l'autre les incursions à la frontière.",
])
def test_a_reciprocal_verb_never_gives_the_same_target_both_ways(engine, text):
    events = [e for e in engine.code_text(text, date="2023-06-15") if e.root == "11"]
    pairs = {(e.source.country, e.target.country if e.target else None) for e in events}
    assert len(pairs) >= 2 and all(s != t and t is not None for s, t in pairs), describe(events)
    assert not any(e.extra.get("target_inferred") for e in events)


def test_a_relative_dont_is_not_a_list(engine):
    events = engine.code_text("L'Otan, dont la Turquie est membre, a condamné l'attaque contre le Danemark.",
                              date="2023-06-15")
    sources = {e.source.country for e in events if e.root == "11" and e.source}
    assert sources == {"NATO"}, describe(events)
