"""De-duplication against exact-duplicate removal, on a corpus where outlets report the same events.

    python benchmarks/bench_dedup.py [CORPUS.jsonl GOLD.jsonl]

Default: tests/fixtures/multi_report.jsonl (11 short reports written for Vigie: a meeting in Ankara
told by three outlets, one a syndicated copy; an accusation and the shelling it is about told by two;
sanctions on two different days; a visit announced, then held) and its gold, which says for each
article which real events it reports (by root code, source and target country).

Coded mentions are matched to the gold by article, root and source country (and target country when
the coder found one). Then three groupings of the matched mentions are compared with the gold's:
  none   every mention is an event
  exact  mentions with identical coded fields (code, actors' codes, mode, date, place) are one event:
         exact-duplicate removal, which is what GDELT does
  vigie  the store's de-duplication (README "De-duplication")
Pairwise precision and recall: of the pairs of mentions put together, how many report one real event;
of the pairs that report one real event, how many were put together. Not part of the test run.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from vigie.articles import read_articles  # noqa: E402
from vigie.engine import Engine  # noqa: E402
from vigie.store import Store, event, events, ingest  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures"


def load_gold(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def gold_label(mention: dict, gold: list[dict]) -> str | None:
    source = (mention.get("source") or {}).get("country")
    target = (mention.get("target") or {}).get("country")
    for entry in gold:
        if (entry["doc_id"], entry["root"], entry["source"]) == (mention["doc_id"], mention["root"], source) \
                and target in (None, entry["target"]):
            return entry["event"]
    return None


def exact_key(mention: dict) -> tuple:
    def code(side: str) -> str | None:
        return (mention.get(side) or {}).get("code")

    return (mention["code"], code("source"), code("target"), mention["mode"], mention["date"],
            (mention.get("location") or {}).get("name"))


def pairs(groups: dict[str, str]) -> set[tuple[str, str]]:
    """Unordered pairs of mention keys that share a group."""
    by_group: dict[str, list[str]] = {}
    for key, group in groups.items():
        by_group.setdefault(group, []).append(key)
    return {tuple(sorted(pair)) for members in by_group.values() for pair in itertools.combinations(members, 2)}


def score(predicted: dict[str, str], gold: dict[str, str]) -> tuple[int, float, float, float]:
    found, truth = pairs(predicted), pairs(gold)
    hits = len(found & truth)
    precision = hits / len(found) if found else 1.0
    recall = hits / len(truth) if truth else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return len(set(predicted.values())), precision, recall, f1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", default=str(FIXTURES / "multi_report.jsonl"))
    parser.add_argument("gold", nargs="?", default=str(FIXTURES / "multi_report.gold.jsonl"))
    args = parser.parse_args()
    gold = load_gold(Path(args.gold))
    engine = Engine.load()
    with tempfile.TemporaryDirectory() as folder, Store.open(Path(folder) / "dedup.duckdb") as store:
        ingest(store, read_articles([args.corpus]), engine.code, "bench")
        mentions = [(m, row["id"]) for row in events(store, limit=None) for m in event(store, row["id"])["mentions"]]
    truth, groupings = {}, {"none": {}, "exact": {}, "vigie": {}}
    for mention, event_id in mentions:
        label = gold_label(mention, gold)
        if label is None:
            continue
        key = f"{mention['doc_id']}:{mention['id']}"
        truth[key] = label
        groupings["none"][key] = key
        groupings["exact"][key] = repr(exact_key(mention))
        groupings["vigie"][key] = event_id
    real = len(set(truth.values()))
    print(f"{len(mentions)} mentions coded, {len(truth)} matched to the gold's {real} real events "
          f"({len({e['event'] for e in gold})} in the gold)")
    print(f"{'grouping':8} {'events':>6} {'precision':>9} {'recall':>7} {'F1':>6}")
    for name, grouping in groupings.items():
        count, precision, recall, f1 = score(grouping, truth)
        print(f"{name:8} {count:6d} {precision:9.3f} {recall:7.3f} {f1:6.3f}")


if __name__ == "__main__":
    main()
