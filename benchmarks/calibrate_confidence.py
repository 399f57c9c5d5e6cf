"""Fit the confidence weights (src/vigie/coder/data/confidence.yaml) on the benchmark's dev split.

    python benchmarks/calibrate_confidence.py              # fit on dev, print the fit, write the file
    python benchmarks/calibrate_confidence.py --dry-run    # fit and print only

An event's confidence is `base` times the weight of each factor that applies to it
(`vigie.coder.confidence.factors`): a log-binomial model, P(correct) = exp(b + sum of log-weights). The
dev articles are coded by the default engine; an event is correct when the shared scorer pairs it with a
gold event (required or optional). The log-weights are fitted by projected gradient ascent on the
Bernoulli likelihood with an L2 pull towards 1 (no effect), each weight kept in [MIN_WEIGHT, 1];
a factor met on fewer than MIN_EVENTS dev events keeps the weight the file gives it. The printout gives
the precision of the events kept at a few thresholds, fitted on all of dev and, to see how much of that
is over-fitting, on each fifth of the articles with the weights fitted on the other four fifths.
Only the dev split is read: never fit anything on test.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path

import numpy as np
from bench_accuracy import ROOT, THRESHOLDS, _pairs, corpus_sets, load_scorer

sys.path.insert(0, str(ROOT / "src"))
from vigie.articles import Article, read_articles  # noqa: E402
from vigie.coder.confidence import Weights, factors  # noqa: E402
from vigie.engine import Engine  # noqa: E402
from vigie.events import Event  # noqa: E402
from vigie.ontology import Ontology  # noqa: E402

MIN_EVENTS = 5  # a factor seen on fewer dev events is not fitted
MIN_WEIGHT = 0.05
L2 = 4.0  # pull of each log-weight towards 0 (weight 1), in events
FOLDS = 5
HEADER = """\
# How sure the coder is of an event, from how it was read. An event's confidence is the weight of
# `base` times the weight of each factor that applies to it (vigie/coder/confidence.py `factors`), so a
# weight of 1 means "no effect". Written by benchmarks/calibrate_confidence.py, fitted on the benchmark's
# dev split ({events} events, {correct} paired with gold); a factor seen on fewer than {min_events} of them
# keeps its earlier weight. Edit the notes freely: the script keeps them.
"""


def coded_dev() -> tuple[list[Event], list[int], list[str]]:
    """The dev split's events from the default engine, whether each is paired with gold, its article."""
    (_, articles, gold), = corpus_sets("dev")
    engine = Engine.load()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "dev.jsonl"
        path.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles), encoding="utf-8")
        read = [a for a in read_articles([str(path)]) if isinstance(a, Article)]
        events = [event for _, found in engine.code(read) for event in found]
    scorer = load_scorer()
    preds = [event.to_dict() for event in events]
    matched = {id(p) for _, p in _pairs(scorer, gold, preds) if p is not None}
    return events, [int(id(p) in matched) for p in preds], [e.doc_id for e in events]


def event_factors(events: list[Event]) -> list[list[str]]:
    """Each event's factors, with the count of events of its sentence the coder gives them."""
    neighbours = Counter((e.doc_id, e.start) for e in events)
    return [factors(e, neighbours[e.doc_id, e.start]) for e in events]


def design(found: list[list[str]], names: list[str]) -> np.ndarray:
    """One row an event: 1 for `base` (column 0), 1 for each factor of `names` that applies to it."""
    column = {name: i + 1 for i, name in enumerate(names)}
    x = np.zeros((len(found), len(names) + 1))
    x[:, 0] = 1.0
    for row, names_of in enumerate(found):
        for name in names_of:
            if name in column:
                x[row, column[name]] = 1.0
    return x


def fit(x: np.ndarray, y: np.ndarray, steps: int = 4000, rate: float = 0.05) -> np.ndarray:
    """Log-weights maximising the penalised Bernoulli likelihood of p = exp(x @ theta), theta <= 0."""
    theta = np.zeros(x.shape[1])
    theta[0] = np.log(max(y.mean(), 1e-3))
    low = np.log(MIN_WEIGHT)
    m = v = np.zeros_like(theta)
    for step in range(1, steps + 1):  # Adam on the mean log-likelihood, projected on [low, 0]
        p = np.minimum(np.exp(x @ theta), 0.995)
        grad = x.T @ (y - (1 - y) * p / (1 - p)) / len(y)
        grad[1:] -= 2 * L2 * theta[1:] / len(y)
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad ** 2
        theta = theta + rate * (m / (1 - 0.9 ** step)) / (np.sqrt(v / (1 - 0.999 ** step)) + 1e-8)
        theta = np.clip(theta, low, 0.0)
    return theta


def precision_at(conf: np.ndarray, y: np.ndarray) -> str:
    cells = []
    for t in THRESHOLDS:
        kept = conf >= t
        share = y[kept].mean() if kept.any() else float("nan")
        cells.append(f">={t}: {share:.3f} ({int(kept.sum())})")
    return "  ".join(cells)


def cross_validated(x: np.ndarray, y: np.ndarray, docs: list[str]) -> np.ndarray:
    """Each article's events scored with weights fitted on the other folds of articles."""
    order = sorted(set(docs))
    fold = {doc: i % FOLDS for i, doc in enumerate(order)}
    which = np.array([fold[d] for d in docs])
    conf = np.zeros(len(y))
    for k in range(FOLDS):
        held = which == k
        theta = fit(x[~held], y[~held])
        conf[held] = np.exp(x[held] @ theta)
    return conf


def write(path: Path, weights: dict[str, float], notes: dict[str, str], events: int, correct: int) -> None:
    lines = [HEADER.format(events=events, correct=correct, min_events=MIN_EVENTS)]
    for name in ["base", *sorted(n for n in weights if n != "base")]:
        note = json.dumps(notes.get(name, ""), ensure_ascii=False)  # a JSON string is a YAML string
        lines.append(f"- {{name: {name}, weight: {round(weights[name], 3)}, note: {note}}}\n")
    path.write_text(lines[0] + "\n" + "".join(lines[1:]), encoding="utf-8")


def old_notes(path: Path) -> dict[str, str]:
    from vigie.datafiles import read_yaml_records

    return {record["name"]: record.get("note", "") for _, record in read_yaml_records(path)}


def root_note(name: str, ontology: Ontology) -> str:
    root = name.removeprefix("root_")
    return f"events of CAMEO root {root} ({ontology.get(root).name_en})"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dry-run", action="store_true", help="print the fit, do not write the weights file")
    ap.add_argument("--out", type=Path, default=Weights.default_path(), help="the weights file to write")
    args = ap.parse_args()
    current = Weights.load()
    events, labels, docs = coded_dev()
    y = np.array(labels, dtype=float)
    found = event_factors(events)
    seen = Counter(name for names_of in found for name in set(names_of))
    names = sorted(n for n, count in seen.items() if count >= MIN_EVENTS)
    x = design(found, names)
    theta = fit(x, y)
    fitted = {"base": float(np.exp(theta[0])), **{n: float(np.exp(t)) for n, t in zip(names, theta[1:], strict=True)}}
    print(f"dev: {len(y)} events, {int(y.sum())} paired with gold ({y.mean():.3f}); base {fitted['base']:.3f}")
    print("   current weights: " + precision_at(np.array([e.confidence for e in events]), y))
    print("   fitted, in-sample: " + precision_at(np.exp(x @ theta), y))
    print(f"   fitted, {FOLDS}-fold by article: " + precision_at(cross_validated(x, y, docs), y))
    for name in names:
        print(f"   {name:22s} {seen[name]:4d} events  {current.factors.get(name, 1.0):.2f} -> {fitted[name]:.3f}")
    kept = {n: w for n, w in current.factors.items() if n not in fitted}
    for name, weight in sorted(kept.items()):
        print(f"   {name:22s} {seen.get(name, 0):4d} events  kept at {weight:.2f}")
    if args.dry_run:
        return 0
    notes = old_notes(args.out) if args.out.exists() else {}
    ontology = Ontology.load()
    for name in fitted:
        if name not in notes and name.startswith("root_"):
            notes[name] = root_note(name, ontology)
    write(args.out, {**kept, **fitted}, notes, len(y), int(y.sum()))
    Weights.load(args.out)  # the written file must load
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
