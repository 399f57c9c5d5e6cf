"""Actors in context: how many rows of tests/coder/context_cases.tsv the coder gets right, by kind.

    python benchmarks/bench_context.py [--verbose]

Each row is one sentence with the event expected (root, source country, target country) and the
countries no event may name (venues, wrong guesses). Not part of the test run.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tests" / "coder"))

from context_table import CASES_FILE, describe, read_cases, satisfied  # noqa: E402

from vigie.engine import Engine  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="print every failing row with what was coded")
    args = parser.parse_args()
    engine = Engine.load()
    cases = read_cases(CASES_FILE)
    passed: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for case in cases:
        events = engine.code_text(case.sentence, date=case.date)
        total[case.kind] += 1
        if satisfied(events, case):
            passed[case.kind] += 1
        elif args.verbose:
            print(f"FAIL {case.line}: {case.kind} want {case.root} {case.source}->{case.target} "
                  f"(absent {','.join(case.absent) or '-'}): {case.sentence}\n     got {describe(events)}")
    for kind in total:
        print(f"{kind:<14} {passed[kind]:>3}/{total[kind]:<3}")
    print(f"{'all':<14} {sum(passed.values()):>3}/{sum(total.values()):<3} "
          f"= {sum(passed.values()) / max(sum(total.values()), 1):.2f}")


if __name__ == "__main__":
    main()
