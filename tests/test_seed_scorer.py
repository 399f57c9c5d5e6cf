"""Runs the project's scorer on the seed article (skips when ../shared is absent)."""

from __future__ import annotations

import json
import subprocess
import sys


def test_seed_scores_against_gold(engine, seed_path, shared_dir, tmp_path):
    from vigie.articles import read_articles

    article = next(a for a in read_articles([str(seed_path)]))
    article.id = "000_7c2cb62a22f9106f.txt"  # the gold file names the seed by its original file name
    events = next(engine.code([article]))[1]
    pred = tmp_path / "seed.jsonl"
    pred.write_text("".join(e.to_json() + "\n" for e in events), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, str(shared_dir / "eval" / "score_events.py"),
         str(shared_dir / "gold" / "seed.gold.jsonl"), str(pred), "--json"],
        capture_output=True, text=True, check=True)
    report = json.loads(result.stdout)
    assert report["f1"] >= 0.90, json.dumps(report, indent=1, ensure_ascii=False)[:4000]
