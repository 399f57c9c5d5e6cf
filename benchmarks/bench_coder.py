"""Throughput of `vigie code`: load time, then articles, words and events per second.

    python benchmarks/bench_coder.py [CORPUS.jsonl|FILE.txt ...] [--repeat N] [--batch-size B] [--processes P]

Without inputs it codes the shipped sample article N times (default 50). Not part of the test run.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from vigie.articles import Article, read_articles  # noqa: E402
from vigie.engine import Engine  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("inputs", nargs="*")
    parser.add_argument("--repeat", type=int, default=50)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--processes", type=int, default=1)
    args = parser.parse_args()
    inputs = args.inputs or [str(ROOT / "tests" / "fixtures" / "seed_2022-02.txt")]
    base = [a for a in read_articles(inputs) if isinstance(a, Article)]
    articles = [Article(id=f"{a.id}#{i}", text=a.text, date=a.date, origin=a.origin)
                for i in range(args.repeat if not args.inputs else 1) for a in base]
    started = time.perf_counter()
    engine = Engine.load()
    loaded = time.perf_counter()
    events = words = 0
    for article, found in engine.code(articles, batch_size=args.batch_size, n_process=args.processes):
        events += len(found)
        words += len(article.text.split())
    done = time.perf_counter()
    seconds = done - loaded
    print(f"load: {loaded - started:.2f} s (model, lexicon, actors, gazetteer, time grammar)")
    print(f"coded {len(articles)} articles, {words} words, {events} events in {seconds:.2f} s "
          f"with batch {args.batch_size}, {args.processes} process(es)")
    print(f"articles/s: {len(articles) / seconds:.1f}  words/s: {words / seconds:.0f}  "
          f"events/s: {events / seconds:.1f}")


if __name__ == "__main__":
    main()
