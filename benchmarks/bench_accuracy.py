"""Accuracy of the event coder against hand-coded gold, with the project's scorer.

    python benchmarks/bench_accuracy.py                      # benchmarks/corpus, every split, and the seed
    python benchmarks/bench_accuracy.py --split dev          # one split of the benchmark corpus
    python benchmarks/bench_accuracy.py ARTICLES GOLD.jsonl  # any corpus with gold in the same format
    python benchmarks/bench_accuracy.py --json               # the figures as one JSON object

For each set it prints precision, recall and F1 on required events (the shared scorer's figure), the
same with actors ignored (what actors cost), source/target accuracy on events matched without actors,
P/R/F1 per root and per QuadClass, and P/R/F1 of the events kept at a few confidence thresholds.
Articles are coded by `vigie code --format jsonl`, as a user would run it (extra flags after `--`).
Needs ../shared/eval/score_events.py beside the checkout (the scorer is not part of the project).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CORPUS = ROOT / "benchmarks" / "corpus"
SEED = (SHARED / "seed" / "000_7c2cb62a22f9106f.txt", SHARED / "gold" / "seed.gold.jsonl")
THRESHOLDS = (0.0, 0.3, 0.5, 0.7, 0.8)
ANY = "\x00any"
QUAD = {f"{r:02d}": 1 if r <= 5 else 2 if r <= 9 else 3 if r <= 14 else 4 for r in range(1, 21)}


def load_scorer():
    path = SHARED / "eval" / "score_events.py"
    if not path.exists():
        raise SystemExit(f"no scorer at {path}: this benchmark needs the project workspace's shared folder")
    spec = importlib.util.spec_from_file_location("score_events", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def read_jsonl(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def code_articles(path: Path, extra: list[str]) -> list[dict]:
    vigie = Path(sys.executable).parent / "vigie"
    command = [str(vigie)] if vigie.exists() else [sys.executable, "-m", "vigie.cli"]
    result = subprocess.run([*command, "code", str(path), "--format", "jsonl", *extra],
                            capture_output=True, text=True, check=False)
    if result.returncode not in (0, 1):
        raise SystemExit(f"vigie code failed on {path}:\n{result.stderr[-2000:]}")
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def without_actors(gold: list[dict], preds: list[dict]) -> tuple[list[dict], list[dict]]:
    blind = [{**g, "source": [ANY], "target": [ANY]} for g in gold]
    masked = [{**p, "source": {"country": ANY}, "target": {"country": ANY}} for p in preds]
    return blind, masked


def actor_accuracy(scorer, gold: list[dict], preds: list[dict]) -> dict:
    """Of the required events matched when actors are ignored, how many have the right source, target."""
    blind, masked = without_actors(gold, preds)
    by_id = {id(m): p for m, p in zip(masked, preds, strict=True)}
    src = tgt = both = n = 0
    originals = {g["id"] + "\x00" + g["doc"]: g for g in gold}
    for g_blind, m in _pairs(scorer, blind, masked):
        if m is None or not g_blind["required"]:
            continue
        g, p = originals[g_blind["id"] + "\x00" + g_blind["doc"]], by_id[id(m)]
        s = scorer.country(p.get("source")) in g["source"]
        t = scorer.country(p.get("target")) in g["target"]
        n += 1
        src += s
        tgt += t
        both += s and t
    return {"matched": n, "source": _ratio(src, n), "target": _ratio(tgt, n), "both": _ratio(both, n)}


def _pairs(scorer, gold: list[dict], preds: list[dict]):
    """The scorer's own pairing (required gold first, best attributes), repeated to see which prediction."""
    docs = {scorer.doc_key(g["doc"]) for g in gold}
    preds = [p for p in preds if not p.get("doc_id") or scorer.doc_key(p["doc_id"]) in docs]
    used: set[int] = set()
    for g in sorted(gold, key=lambda g: not g["required"]):
        cands = [i for i, p in enumerate(preds) if i not in used
                 and (not p.get("doc_id") or scorer.doc_key(p["doc_id"]) == scorer.doc_key(g["doc"]))
                 and scorer.matches(g, p)]
        if not cands:
            yield g, None
            continue
        best = max(cands, key=lambda i: scorer.attribute_hits(g, preds[i]))
        used.add(best)
        yield g, preds[best]


def _ratio(a: int, b: int) -> float | None:
    return round(a / b, 3) if b else None


def by_group(scorer, gold: list[dict], preds: list[dict], key) -> dict:
    """P/R/F1 per root or QuadClass from the one overall pairing: a required gold event counts for its
    first listed root (recall), a prediction for its own root (precision: matched ones over all)."""
    pairs = list(_pairs(scorer, gold, preds))
    matched = {id(p) for _, p in pairs if p is not None}
    rows: dict[str, dict] = defaultdict(lambda: {"hit": 0, "of": 0, "ok": 0, "out": 0})
    for g, p in pairs:
        if g["required"]:
            row = rows[key(g["root"][0])]
            row["of"] += 1
            row["hit"] += p is not None
    docs = {scorer.doc_key(g["doc"]) for g in gold}
    for p in preds:
        if p.get("doc_id") and scorer.doc_key(p["doc_id"]) not in docs:
            continue
        row = rows[key(scorer.root(p.get("code")))]
        row["out"] += 1
        row["ok"] += id(p) in matched
    out = {}
    for name in sorted(rows):
        r = rows[name]
        precision, recall = _ratio(r["ok"], r["out"]) or 0.0, _ratio(r["hit"], r["of"]) or 0.0
        f1 = round(2 * precision * recall / (precision + recall), 3) if precision + recall else 0.0
        out[name] = {"tp": r["hit"], "fn": r["of"] - r["hit"], "fp": r["out"] - r["ok"],
                     "precision": precision, "recall": recall, "f1": f1}
    return out


def evaluate(scorer, gold: list[dict], preds: list[dict]) -> dict:
    main = scorer.score(gold, preds)
    blind = scorer.score(*without_actors(gold, preds))
    report = {k: main[k] for k in ("tp", "fp", "fn", "precision", "recall", "f1")}
    report["required"] = sum(g["required"] for g in gold)
    report["predicted"] = len(preds)
    report["f1_actors_ignored"] = blind["f1"]
    report["actor_cost"] = round(blind["f1"] - main["f1"], 3)
    report["actors"] = actor_accuracy(scorer, gold, preds)
    report["attributes"] = {k: main[k] for k in ("code", "date", "mode", "location")}
    report["per_root"] = by_group(scorer, gold, preds, lambda r: r)
    report["per_quad_class"] = by_group(scorer, gold, preds, lambda r: str(QUAD.get(r, "?")))
    if any("confidence" in p for p in preds):
        report["confidence"] = {
            str(t): {k: r[k] for k in ("tp", "fp", "precision", "recall", "f1")}
            for t in THRESHOLDS
            for r in [scorer.score(gold, [p for p in preds if (p.get("confidence") or 0.0) >= t])]}
    report["missed"] = main["missed"]
    report["unmatched"] = main["unmatched"]
    return report


def print_report(name: str, r: dict) -> None:
    a = r["actors"]
    print(f"== {name}: {r['required']} required gold events, {r['predicted']} predicted")
    print(f"   P={r['precision']} R={r['recall']} F1={r['f1']}   F1 actors ignored={r['f1_actors_ignored']} "
          f"(actors cost {r['actor_cost']})")
    print(f"   actors on {a['matched']} events matched without them: source {a['source']} target {a['target']} "
          f"both {a['both']}")
    print("   " + "  ".join(f"{k} {v['correct']}/{v['of']}" for k, v in r["attributes"].items()))
    for title, table in (("root", r["per_root"]), ("QuadClass", r["per_quad_class"])):
        print(f"   per {title}: " + "  ".join(
            f"{k}:{v['f1']}({v['tp']}/{v['tp'] + v['fn']},fp{v['fp']})" for k, v in table.items()))
    for t, v in r.get("confidence", {}).items():
        print(f"   confidence ≥ {t}: P={v['precision']} R={v['recall']} F1={v['f1']} (tp {v['tp']}, fp {v['fp']})")


def corpus_sets(split: str | None) -> list[tuple[str, list[dict], list[dict]]]:
    """(name, articles, gold) for each split of benchmarks/corpus."""
    articles, gold = read_jsonl(CORPUS / "articles.jsonl"), read_jsonl(CORPUS / "gold.jsonl")
    splits = sorted({a["split"] for a in articles}) if split is None else [split]
    out = []
    for s in splits:
        ids = {a["id"] for a in articles if a["split"] == s}
        out.append((s, [a for a in articles if a["id"] in ids], [g for g in gold if g["doc"] in ids]))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("inputs", nargs="?", help="articles (any input `vigie code` reads)")
    ap.add_argument("gold", nargs="?", help="gold events for those articles")
    ap.add_argument("--split", help="one split of benchmarks/corpus (dev, test)")
    ap.add_argument("--json", action="store_true", help="print every figure as one JSON object")
    ap.add_argument("--show", action="store_true", help="also list missed gold events and unmatched predictions")
    ap.add_argument("--save", type=Path, help="write the predictions of each set to this folder")
    ap.epilog = "after --: flags passed to vigie code (e.g. -- --model fr_core_news_sm)"
    argv = sys.argv[1:]
    cut = argv.index("--") if "--" in argv else len(argv)
    args, extra = ap.parse_args(argv[:cut]), argv[cut + 1:]
    scorer = load_scorer()
    reports = {}
    with tempfile.TemporaryDirectory() as tmp:
        if args.inputs and args.gold:
            sets = [(Path(args.inputs).stem, Path(args.inputs), read_jsonl(Path(args.gold)))]
        else:
            sets = []
            for name, articles, gold in corpus_sets(args.split):
                path = Path(tmp) / f"{name}.jsonl"
                path.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles), encoding="utf-8")
                sets.append((name, path, gold))
            if args.split is None and SEED[0].exists():
                sets.append(("seed", SEED[0], read_jsonl(SEED[1])))
        for name, path, gold in sets:
            preds = code_articles(path, extra)
            if args.save:
                args.save.mkdir(parents=True, exist_ok=True)
                (args.save / f"{name}.jsonl").write_text(
                    "".join(json.dumps(p, ensure_ascii=False) + "\n" for p in preds), encoding="utf-8")
            reports[name] = evaluate(scorer, gold, preds)
    if args.json:
        print(json.dumps(reports, ensure_ascii=False, indent=1))
        return 0
    for name, r in reports.items():
        if args.show and name != "test":  # the test split's failures are never read (see corpus/README.md)
            for row in r["missed"]:
                print(f"missed: {row}")
            for row in r["unmatched"]:
                print(f"unmatched: {row}")
        print_report(name, r)
    return 0


if __name__ == "__main__":
    sys.exit(main())
