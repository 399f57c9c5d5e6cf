"""Lexicon examples through the real engine: the share that yields its entry's code, and the failures.

    python benchmarks/bench_examples.py [--code ROOT] [--quiet]

Uses `vigie.coder.examples.check_examples`, the same check the tests run (threshold in
tests/coder/test_examples.py). Not part of the test run.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from vigie.coder.examples import check_examples, share_ok  # noqa: E402
from vigie.engine import Engine  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--code", help="only entries whose code starts with this (e.g. 12)")
    parser.add_argument("--quiet", action="store_true", help="only the figures, not each failure")
    args = parser.parse_args()
    engine = Engine.load()
    entries = [e for e in engine.resources.lexicon if not args.code or e.code.startswith(args.code)]
    results = check_examples(engine, entries)
    failed = [r for r in results if not r.ok]
    if not args.quiet:
        for result in failed:
            print(result.describe())
    by_root = Counter(r.entry.root for r in failed)
    print("failures by root:", ", ".join(f"{root}:{n}" for root, n in sorted(by_root.items())))
    print(f"examples yielding their code: {len(results) - len(failed)}/{len(results)} = {share_ok(results):.3f}")


if __name__ == "__main__":
    main()
