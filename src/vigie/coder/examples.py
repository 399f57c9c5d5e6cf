"""Every lexicon entry's example sentence, coded by the real engine, must yield its entry's code.

This is the one check of the lexicon against the coder (the same reader of the parse the `vigie code`
command uses): the tests call `check_examples` with a threshold, and the lexicon's authors call it on
their own files (`benchmarks/bench_examples.py` prints which entries fail and why).

Examples are one-line sentences that often name no target ("Le ministre a lancé un appel au calme"):
they are coded without `require_target`, since the check is of the entry's code, not of its target.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..articles import Article

if TYPE_CHECKING:
    from ..engine import Engine
    from ..lexicon import Predicate

EXAMPLE_DATE = "2022-02-01"  # examples carry no date: the day the shared before-stop check gives them


@dataclass(frozen=True)
class ExampleResult:
    """What the engine made of one entry's example: the codes it output, and whether the entry's is one."""

    entry: Predicate
    codes: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return self.entry.code in self.codes

    def describe(self) -> str:
        got = ", ".join(self.codes) if self.codes else "no event"
        return f"{self.entry.where}: {self.entry.code} '{self.entry.trigger}' — got {got} from {self.entry.example!r}"


def check_examples(engine: Engine, entries: Iterable[Predicate] | None = None,
                   batch_size: int = 64) -> list[ExampleResult]:
    """Code each entry's example (all the engine's lexicon entries by default) as a one-sentence article,
    with the engine's pipeline and resources but a coder that keeps events with no target."""
    from ..engine import Engine

    engine = Engine(engine.nlp, engine.resources, require_source=engine.coder.require_source,
                    min_confidence=engine.coder.min_confidence, require_target=False)
    chosen = [e for e in (entries if entries is not None else engine.resources.lexicon) if e.example]
    articles = (Article(id=f"example-{i}", text=e.example, date=EXAMPLE_DATE, origin=e.where)
                for i, e in enumerate(chosen))
    results = []
    for entry, (_, events) in zip(chosen, engine.code(articles, batch_size=batch_size), strict=True):
        results.append(ExampleResult(entry, tuple(dict.fromkeys(event.code for event in events))))
    return results


def share_ok(results: list[ExampleResult]) -> float:
    """The share of examples that yield their entry's code (1.0 when there are none)."""
    return sum(r.ok for r in results) / len(results) if results else 1.0
