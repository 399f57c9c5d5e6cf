"""Why events are missed or wrong, by class of error, on a development split (never on `test`).

    python benchmarks/diagnose.py PRED.jsonl                 # predictions saved by bench_accuracy.py --save
    python benchmarks/diagnose.py PRED.jsonl --list target   # also list the cases of one class

Every missed required gold event falls in the first class that explains it:

    no-event      no prediction's sentence holds the trigger: the predicate or sentence was not read
    root          predictions there, none with an accepted root (wrong sense, nesting, wrong code)
    mode/taken    right root and actors, but the gold requires a mode the prediction lacks, or that
                  prediction was already matched to another gold event of the same sentence
    source        right root and target, wrong source
    target-null   right root and source, the target left null where gold names one
    target-wrong  right root and source, another target country
    both          right root, both actors wrong

Every false positive (a prediction that matched nothing) is `actor` when a gold event of its root holds
its sentence (it is a wrong-actor twin of a miss), `root` when gold events hold its sentence but not of
its root, and `spurious` when no gold event is in its sentence at all.
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict
from pathlib import Path

from bench_accuracy import CORPUS, load_scorer, read_jsonl

ORDER = ("no-event", "root", "mode/taken", "source", "target-null", "target-wrong", "both")


def classify_miss(scorer, g: dict, preds: list[dict]) -> tuple[str, dict | None]:
    here = [p for p in preds if any(scorer.norm(t) in scorer.norm(p.get("sentence")) for t in scorer.triggers(g))]
    if not here:
        return "no-event", None
    rooted = [p for p in here if scorer.root(p.get("code")) in g["root"]]
    if not rooted:
        return "root", here[0]
    for p in rooted:
        s_ok = scorer.country(p.get("source")) in g["source"]
        t_ok = scorer.country(p.get("target")) in g["target"]
        if s_ok and t_ok:
            return "mode/taken", p
    for p in rooted:
        if scorer.country(p.get("target")) in g["target"]:
            return "source", p
    for p in rooted:
        if scorer.country(p.get("source")) in g["source"]:
            return ("target-null" if scorer.country(p.get("target")) is None else "target-wrong"), p
    return "both", rooted[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pred", type=Path)
    parser.add_argument("--gold", type=Path, default=CORPUS / "gold.jsonl")
    parser.add_argument("--split", default="dev")
    parser.add_argument("--list", default=None, help="list the cases of this class (or 'fp-spurious' …)")
    args = parser.parse_args()
    if args.split == "test":
        raise SystemExit("the test split is never diagnosed: report its figures only")
    scorer = load_scorer()
    articles = {a["id"]: a for a in read_jsonl(CORPUS / "articles.jsonl")}
    docs = {i for i, a in articles.items() if a.get("split") == args.split}
    gold = [g for g in read_jsonl(args.gold) if scorer.doc_key(g["doc"]) in docs]
    preds = [p for p in read_jsonl(args.pred) if scorer.doc_key(p.get("doc_id")) in docs]
    result = scorer.score(gold, preds)
    missed = set(result["missed"])
    by_doc: dict[str, list[dict]] = defaultdict(list)
    for p in preds:
        by_doc[scorer.doc_key(p.get("doc_id"))].append(p)
    misses = Counter()
    cases = defaultdict(list)
    for g in gold:
        if g["id"] in missed:
            kind, p = classify_miss(scorer, g, by_doc[scorer.doc_key(g["doc"])])
            misses[kind] += 1
            cases[kind].append((g, p))
    # false positives: predictions the scorer left unmatched, found again by their fields
    unmatched = Counter((u["sentence"], u["code"], u["source"], u["target"]) for u in result["unmatched"])
    fps = Counter()
    for p in preds:
        key = ((p.get("sentence") or "")[:80], p.get("code"), scorer.country(p.get("source")),
               scorer.country(p.get("target")))
        if not unmatched[key]:
            continue
        unmatched[key] -= 1
        sentence = scorer.norm(p.get("sentence"))
        here = [g for g in gold if scorer.doc_key(g["doc"]) == scorer.doc_key(p.get("doc_id"))
                and any(scorer.norm(t) in sentence for t in scorer.triggers(g))]
        kind = ("actor" if any(scorer.root(p.get("code")) in g["root"] for g in here)
                else "root" if here else "spurious")
        fps[kind] += 1
        cases["fp-" + kind].append((None, p))
    total = len(missed)
    print(f"{args.split}: {len(missed)} required events missed of {sum(g['required'] for g in gold)}; "
          f"{sum(fps.values())} false positives")
    for kind in ORDER:
        print(f"   missed {kind:13} {misses[kind]:4}  ({misses[kind] / max(total, 1):.0%})")
    for kind in ("actor", "root", "spurious"):
        print(f"   fp     {kind:13} {fps[kind]:4}")
    if args.list:
        for g, p in cases[args.list]:
            if g:
                print(f"\n[{g['id']}] {g['trigger']} root={g['root']} src={g['source']} tgt={g['target']}"
                      f"  note: {g.get('note', '')}")
            if p:
                print(f"   got {p.get('code')} {p.get('trigger')!r} "
                      f"src={(p.get('source') or {}).get('text')!r}→{(p.get('source') or {}).get('country')} "
                      f"tgt={(p.get('target') or {}).get('text')!r}→{(p.get('target') or {}).get('country')}"
                      f"\n   in: {(p.get('sentence') or '')[:300]}")


if __name__ == "__main__":
    main()
