"""Accuracy of the event coder against hand-coded gold, with the project's scorer.

    python benchmarks/bench_accuracy.py                          # the seed and its gold (../shared)
    python benchmarks/bench_accuracy.py ARTICLES GOLD.jsonl      # any corpus with gold in the same format

Prints the scorer's summary lines. Needs ../shared/eval/score_events.py beside the checkout.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT / "src"))

from vigie.articles import Article, read_articles  # noqa: E402
from vigie.engine import Engine  # noqa: E402


def main() -> int:
    scorer = SHARED / "eval" / "score_events.py"
    if not scorer.exists():
        print(f"no scorer at {scorer}: this benchmark needs the project workspace's shared folder")
        return 1
    if len(sys.argv) == 3:
        inputs, gold = sys.argv[1], sys.argv[2]
    else:
        inputs, gold = str(SHARED / "seed" / "000_7c2cb62a22f9106f.txt"), str(SHARED / "gold" / "seed.gold.jsonl")
    articles = [a for a in read_articles([inputs]) if isinstance(a, Article)]
    engine = Engine.load()
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as out:
        for _, events in engine.code(articles):
            out.writelines(event.to_json() + "\n" for event in events)
    result = subprocess.run([sys.executable, str(scorer), gold, out.name], capture_output=True, text=True)
    print("\n".join(line for line in result.stdout.splitlines() if not line.startswith(("missed", "unmatched"))))
    return result.returncode


if __name__ == "__main__":
    sys.exit(main())
