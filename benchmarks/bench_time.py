"""Time-expression tagger throughput (no spaCy: the pure-Python grammar, as `vigie dates` runs it).

    .venv/bin/python benchmarks/bench_time.py [--seconds 3] [--corpus FILE.jsonl]

Articles: the seed fixture, plus the French TimeBank's 108 articles when ../shared is beside the
checkout (or any JSONL of {"id", "date", "text"} given with --corpus). Prints the grammar's compile
time, then articles/s, expressions/s and characters/s over repeated passes, and anchor inference/s.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from vigie.articles import parse_text
from vigie.time import TimeTagger, article_anchor, infer_anchor

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "tests" / "fixtures" / "seed_2022-02.txt"
TIMEBANK = ROOT.parent / "shared" / "data" / "fr-timebank"


def load_articles(corpus: Path | None) -> list[tuple[str, str | None]]:
    """(text, date) pairs."""
    seed = parse_text(SEED.read_text(encoding="utf-8"), "seed", str(SEED), None)
    articles = [(seed.text, seed.date)]
    if corpus is not None:
        for line in corpus.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                articles.append((record["text"], record.get("date")))
    elif TIMEBANK.is_dir():
        import re

        for path in sorted(TIMEBANK.glob("*.tml")):
            raw = path.read_text(encoding="utf-8")
            date = re.search(r'<DCT>.*?value="([^"]+)"', raw, re.S).group(1)
            body = re.search(r"<TEXT>(.*)</TEXT>", raw, re.S).group(1)
            articles.append((re.sub(r"<[^>]+>", "", body), date))
    return articles


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=3.0, help="how long to run each measurement")
    parser.add_argument("--corpus", type=Path, default=None, help='a JSONL of {"id", "date", "text"}')
    args = parser.parse_args()

    start = time.perf_counter()
    tagger = TimeTagger()
    print(f"grammar: {len(tagger.rules)} rules compiled in {time.perf_counter() - start:.3f} s")
    articles = load_articles(args.corpus)
    anchors = [article_anchor(date, text) for text, date in articles]
    chars = sum(len(text) for text, _ in articles)
    print(f"corpus: {len(articles)} articles, {chars} characters")

    passes = expressions = 0
    start = time.perf_counter()
    while time.perf_counter() - start < args.seconds:
        for (text, _), anchor in zip(articles, anchors, strict=True):
            expressions += len(tagger.tag(text, anchor.day, month=anchor.year_month))
        passes += 1
    elapsed = time.perf_counter() - start
    print(f"tagging: {passes * len(articles) / elapsed:,.0f} articles/s, {expressions / elapsed:,.0f} "
          f"expressions/s, {passes * chars / elapsed / 1e6:.2f} M characters/s "
          f"({expressions // passes} expressions a pass, {passes} passes)")

    seed_text = articles[0][0]
    guesses = 0
    start = time.perf_counter()
    while time.perf_counter() - start < args.seconds / 3:
        infer_anchor(seed_text, 2022, 2)
        guesses += 1
    print(f"anchor inference (seed): {guesses / (time.perf_counter() - start):,.0f} articles/s")
    no_anchor = 0
    start = time.perf_counter()
    while time.perf_counter() - start < args.seconds / 3:
        tagger.tag(seed_text, None)
        no_anchor += 1
    print(f"tagging without anchor (seed): {no_anchor / (time.perf_counter() - start):,.0f} articles/s")


if __name__ == "__main__":
    main()
