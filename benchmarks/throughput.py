"""Throughput of Vigie against the limit of its parser (issue 10). Not part of the tests.

Builds a corpus from the seed article and the French TimeBank texts (`../shared/data/fr-timebank`,
XML stripped), repeated to `--articles N` articles with distinct ids, and measures in one run:

  (a) bare spaCy `nlp.pipe`, same model, same components (no NER) and batch size: the limit;
  (b) Vigie in-process (`Engine.code`), with 1 process and with `--processes N`;
  (c) `vigie code` end to end (a child process, model load included);
  (d) `vigie ingest` into a fresh store (a child process);
  (e) with --dask: `vigie ingest --dask-local N` into a fresh store (cluster start included);

each in articles/s and words/s with its time ratio to (a) and its peak RSS, on unique text (each base
text once: no cache helps) and on repeated text (the base texts cycled: caches flatter it). It warns when
other processes used the CPU while it measured. Prints `speed-up 2 processes/1: Y` and, last,
`ratio end-to-end/parse: X` (throughput of (b) over (a), one process, repeated text).

Peak RSS is this process's so far for (a) and (b), the child's own (wait4) for (c) to (e): pool and
Dask workers are left out, so `--processes 1` gives the whole figure.

    .venv/bin/python benchmarks/throughput.py                  # 2,000 articles (slow: minutes)
    .venv/bin/python benchmarks/throughput.py --articles 200   # a quick look
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import threading
import time
from html import unescape
from pathlib import Path

from proctree import descendants

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("VIGIE_SHARED", "/work/shared"))
VIGIE = Path(sys.executable).with_name("vigie")


def base_texts() -> list[tuple[str, str]]:
    """(name, text) of the seed articles and of every TimeBank document (its <TEXT>, tags removed)."""
    texts = [(path.stem, path.read_text(encoding="utf-8")) for path in sorted((SHARED / "seed").glob("*.txt"))]
    for path in sorted((SHARED / "data" / "fr-timebank").glob("*.tml")):
        raw = path.read_text(encoding="utf-8")
        body = re.search(r"<TEXT>(.*?)</TEXT>", raw, re.S)
        text = unescape(re.sub(r"<[^>]+>", "", body.group(1) if body else raw)).strip()
        if text:
            texts.append((path.stem, text))
    return texts


def corpus(count: int, repeated: bool) -> list[dict]:
    """Unique: each base text once (at most `count`). Repeated: the base texts cycled to `count`."""
    texts = base_texts()
    total = count if repeated else min(count, len(texts))
    return [{"id": f"tp{i:06d}-{texts[i % len(texts)][0]}", "text": texts[i % len(texts)][1],
             "date": "2024-01-15"} for i in range(total)]


def words(records: list[dict]) -> int:
    return sum(len(record["text"].split()) for record in records)


class CpuWatch:
    """CPU time the whole machine spent, less this process's and its descendants', over a measurement.
    Descendants are sampled from /proc while it runs (a pool's workers may be children of a forkserver
    that never waits for them, so RUSAGE_CHILDREN would not see them): each one's own user+system time,
    last seen, less what it had at the start."""

    def __enter__(self) -> CpuWatch:
        self.machine, self.wall = _machine_cpu(), time.monotonic()
        self.self_cpu = _self_cpu()
        self.start = _descendant_ticks()
        self.seen = dict(self.start)
        self.stop = threading.Event()
        self.sampler = threading.Thread(target=self._sample, daemon=True)
        self.sampler.start()
        return self

    def _sample(self) -> None:
        while not self.stop.wait(0.2):
            self.seen.update(_descendant_ticks())

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        self.sampler.join()
        self.seen.update(_descendant_ticks())
        wall = time.monotonic() - self.wall
        ticks = sum(n - self.start.get(pid, 0) for pid, n in self.seen.items())
        own = _self_cpu() - self.self_cpu + ticks / os.sysconf("SC_CLK_TCK")
        others = (_machine_cpu() - self.machine) - own
        self.others = max(others, 0.0) / wall if wall > 0 else 0.0  # cores used by other processes


def _machine_cpu() -> float:
    with open("/proc/stat") as handle:
        fields = [int(x) for x in handle.readline().split()[1:]]
    busy = sum(fields) - fields[3] - (fields[4] if len(fields) > 4 else 0)  # minus idle and iowait
    return busy / os.sysconf("SC_CLK_TCK")


def _self_cpu() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    return own.ru_utime + own.ru_stime


def _descendant_ticks() -> dict[int, int]:
    """Each live descendant's own user+system clock ticks (not its reaped children's: they are
    descendants seen on their own)."""
    return {pid: int(fields[11]) + int(fields[12]) for pid, fields in descendants(os.getpid()).items()}


def _peak_self_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def bare_spacy(records: list[dict], batch_size: int) -> tuple[float, float]:
    import spacy

    from vigie.pipeline import DEFAULT_MODEL, UNUSED

    nlp = spacy.load(DEFAULT_MODEL, exclude=list(UNUSED))
    texts = [record["text"] for record in records]
    began = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=batch_size):
        pass
    return time.perf_counter() - began, _peak_self_mb()


def vigie_in_process(records: list[dict], batch_size: int, processes: int) -> tuple[float, float]:
    from vigie.articles import Article
    from vigie.parallel import open_engine

    engine = open_engine(processes=processes)
    articles = [Article(id=r["id"], text=r["text"], date=r["date"]) for r in records]
    if processes > 1:  # start the pool's workers (and their models) before the clock
        list(engine.code(articles[: batch_size * processes], batch_size=batch_size))
    else:
        list(engine.code(articles[:1], batch_size=batch_size))
    articles = [Article(id=r["id"], text=r["text"], date=r["date"]) for r in records]
    began = time.perf_counter()
    for _ in engine.code(articles, batch_size=batch_size):
        pass
    elapsed = time.perf_counter() - began
    if hasattr(engine, "close"):
        engine.close()
    return elapsed, _peak_self_mb()


def child(command: list[str]) -> tuple[float, float]:
    """Wall time and peak RSS (MB, wait4: this child only) of a command, output discarded."""
    began = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - began
    errors = process.stderr.read().decode(errors="replace") if process.stderr else ""
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{errors[-2000:]}")
    return elapsed, usage.ru_maxrss / 1024


def measure(name: str, run, records: list[dict], rows: list[dict], limit: float | None = None) -> float:
    with CpuWatch() as watch:
        elapsed, rss = run()
    count, size = len(records), words(records)
    row = {"pipeline": name, "articles": count, "seconds": round(elapsed, 2),
           "articles/s": round(count / elapsed, 1), "words/s": round(size / elapsed),
           "time/limit": round(elapsed / limit, 2) if limit else 1.0, "peak RSS MB": round(rss),
           "other CPU (cores)": round(watch.others, 2)}
    rows.append(row)
    print("  ".join(f"{key}={value}" for key, value in row.items()), flush=True)
    if watch.others > 0.25:
        print(f"  WARNING: other processes used {watch.others:.2f} core(s) while {name} ran: "
              "the figure is low; measure on a quiet machine", flush=True)
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=2000, help="articles in the repeated corpus (default 2000)")
    parser.add_argument("--processes", type=int, default=2, help="processes for the scaled runs (default 2)")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--skip-cli", action="store_true", help="skip (c) and (d), the child-process runs")
    parser.add_argument("--dask", action="store_true",
                        help="also (e): vigie ingest --dask-local N (needs vigie[dask])")
    parser.add_argument("--json", type=Path, help="also write the rows to this JSON file")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT / "src"))

    rows: list[dict] = []
    ratio = speedup = None
    with tempfile.TemporaryDirectory(prefix="vigie-throughput-") as tmp:
        for label, repeated in (("unique", False), ("repeated", True)):
            records = corpus(args.articles, repeated)
            path = Path(tmp) / f"{label}.jsonl"
            with path.open("w", encoding="utf-8") as handle:
                for record in records:
                    handle.write(json.dumps(record, ensure_ascii=False) + "\n")
            print(f"== {label} text: {len(records)} articles, {words(records):,} words", flush=True)
            limit = measure(f"(a) spaCy nlp.pipe [{label}]", lambda r=records: bare_spacy(r, args.batch_size),
                            records, rows)
            one = measure(f"(b) vigie in-process, 1 process [{label}]",
                          lambda r=records: vigie_in_process(r, args.batch_size, 1), records, rows, limit)
            if args.processes > 1:
                many = measure(f"(b) vigie in-process, {args.processes} processes [{label}]",
                               lambda r=records: vigie_in_process(r, args.batch_size, args.processes),
                               records, rows, limit)
                if repeated or speedup is None:
                    speedup = one / many
            if not args.skip_cli:
                measure(f"(c) vigie code, {args.processes} process(es) [{label}]",
                        lambda p=path: child([str(VIGIE), "code", str(p), "--format", "jsonl",
                                              "--processes", str(args.processes)]), records, rows, limit)
                db = Path(tmp) / f"{label}.duckdb"
                measure(f"(d) vigie ingest, fresh store, {args.processes} process(es) [{label}]",
                        lambda p=path, d=db: child([str(VIGIE), "ingest", str(p), "--db", str(d), "--quiet",
                                                    "--processes", str(args.processes)]), records, rows, limit)
            if args.dask:
                db = Path(tmp) / f"{label}-dask.duckdb"
                measure(f"(e) vigie ingest --dask-local {args.processes}, fresh store [{label}]",
                        lambda p=path, d=db: child([str(VIGIE), "ingest", str(p), "--db", str(d), "--quiet",
                                                    "--dask-local", str(args.processes)]), records, rows, limit)
            ratio = limit / one
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2) + "\n", encoding="utf-8")
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f}")
    if speedup is not None:
        print(f"speed-up {args.processes} processes/1: {speedup:.2f}")
    print(f"ratio end-to-end/parse: {ratio:.2f}")


if __name__ == "__main__":
    main()
