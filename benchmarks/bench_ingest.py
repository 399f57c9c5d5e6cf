"""What the store costs: `vigie ingest` (coding + store) against coding alone, on the same articles.

    python benchmarks/bench_ingest.py [INPUTS ...] [--rounds N]

Without inputs: the French TimeBank prepared with ../shared/eval/score_dates.py (when ../shared is
beside the checkout), the multi-report corpus and the sample article. The runs alternate (code,
ingest, code, ingest…) in one process with one engine, and the fastest of each is kept, so the ratio
holds on a busy machine. Then the second ingest of the same inputs (all skipped) is timed. Not part of
the test run.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from vigie.articles import Article, read_articles  # noqa: E402
from vigie.engine import Engine  # noqa: E402
from vigie.store import Store, ingest  # noqa: E402

SHARED = ROOT.parent / "shared"


def default_inputs(folder: Path) -> list[str]:
    fixtures = ROOT / "tests" / "fixtures"
    inputs = [str(fixtures / "multi_report.jsonl"), str(fixtures / "seed_2022-02.txt")]
    script = SHARED / "eval" / "score_dates.py"
    if script.exists():
        prepared = folder / "ftb.jsonl"
        subprocess.run([sys.executable, str(script), "prepare", str(SHARED / "data" / "fr-timebank"), str(prepared)],
                       check=True, capture_output=True)
        inputs.insert(0, str(prepared))
    return inputs


def code_only(engine: Engine, articles: list[Article]) -> tuple[float, int]:
    started = time.perf_counter()
    events = sum(len(found) for _, found in engine.code(articles))
    return time.perf_counter() - started, events


def ingest_all(engine: Engine, articles: list[Article], path: Path) -> tuple[float, float, int]:
    for name in (path, Path(f"{path}.wal")):
        name.unlink(missing_ok=True)
    started = time.perf_counter()
    with Store.open(path) as store:
        report = ingest(store, articles, engine.code, "bench")
        first = time.perf_counter() - started
        again = time.perf_counter()
        ingest(store, articles, engine.code, "bench")
        second = time.perf_counter() - again
    return first, second, report.mentions


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("inputs", nargs="*")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        inputs = args.inputs or default_inputs(Path(folder))
        articles = [a for a in read_articles(inputs) if isinstance(a, Article)]
        engine = Engine.load()
        code_only(engine, articles[:4])  # warm up
        coding, storing, again = [], [], []
        for _ in range(args.rounds):
            seconds, events = code_only(engine, articles)
            coding.append(seconds)
            first, second, mentions = ingest_all(engine, articles, Path(folder) / "bench.duckdb")
            storing.append(first)
            again.append(second)
    best_code, best_ingest = min(coding), min(storing)
    print(f"{len(articles)} articles, {events} events coded ({mentions} stored), {args.rounds} rounds, fastest kept")
    print(f"code alone: {best_code:.2f} s ({len(articles) / best_code:.1f} articles/s)")
    print(f"ingest:     {best_ingest:.2f} s ({len(articles) / best_ingest:.1f} articles/s)")
    print(f"store cost: {100 * (best_ingest - best_code) / best_code:+.1f} % of coding")
    print(f"second ingest (all skipped): {min(again):.2f} s")


if __name__ == "__main__":
    main()
