"""Load test of `vigie serve` on loopback: p50/p95 latency per route and the error count.

    python benchmarks/bench_api.py                      # 2,000 requests, 20 at a time, store of ≥ 10,000 events
    python benchmarks/bench_api.py --requests 5000 --concurrency 40 --events 20000

The store is built once per run: the sample article and tests/fixtures/api_corpus.jsonl are coded by
the real engine, then their events are replayed over successive days (one article per day, its events
re-dated by their offset from the article's date) through the store's own ingest until the store holds
at least --events de-duplicated events. The server runs in a separate process (uvicorn, as `vigie
serve` runs it); the load comes from this process with httpx over asyncio. A request that is not
2xx, or fails, is an error.
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import datetime as dt
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"


def build_store(path: str, want: int) -> int:
    from vigie.articles import Article, read_articles
    from vigie.engine import Engine
    from vigie.store import Store, ingest, stats

    engine = Engine.load()
    coded = [(a, ev) for a, ev in engine.code(
        [x for x in read_articles([str(FIXTURES / "seed_2022-02.txt"), str(FIXTURES / "api_corpus.jsonl")])
         if isinstance(x, Article)])]
    start = dt.date(2015, 1, 1)
    per_copy = sum(len(ev) for _, ev in coded)
    copies = max(1, int(1.5 * want / max(1, per_copy)) + 20)  # de-duplication merges some replayed events

    def replay(_articles):
        for day in range(copies):
            for n, (article, events) in enumerate(coded):
                date = start + dt.timedelta(days=day)
                copy = dataclasses.replace(article, id=f"{article.id}-{day:05d}", date=date.isoformat(),
                                           text=f"{article.text}\n\n(copie {day}-{n})")
                moved = [dataclasses.replace(e, doc_id=copy.id,
                                             date=(date + dt.timedelta(days=i % 7)).isoformat(),
                                             article_date=copy.date)
                         for i, e in enumerate(events)]
                yield copy, moved

    with Store.open(path) as store:
        ingest(store, [], lambda _: replay(None), "bench-api", batch_size=200)
        return stats(store)["events"]


ROUTES = [
    ("events", "/api/events", lambda r: {"page": r.randint(1, 20), "page_size": 50}),
    ("events filtered", "/api/events", lambda r: {"source": r.choice(["RUS", "USA", "GBR", "UKR"]),
                                                   "root": r.choice(["04", "12", "10", "19"]), "page_size": 50}),
    ("event", "/api/events/{id}", lambda r: {}),
    ("article", "/api/articles/{doc}", lambda r: {}),
    ("timeline", "/api/timeline", lambda r: {"dyad": r.choice(["USA:RUS", "GBR:UKR", "RUS:UKR"]),
                                             "by": r.choice(["day", "week", "month"])}),
    ("network", "/api/network", lambda r: {"limit": 100}),
    ("actors", "/api/actors", lambda r: {"top": 20}),
    ("places", "/api/places", lambda r: {}),
    ("stats", "/api/stats", lambda r: {}),
    ("text search", "/api/events", lambda r: {"text": r.choice(["sanctions", "téléphone", "Kiev"])}),
]


async def load(base: str, requests: int, concurrency: int, ids: list[tuple[str, str]]) -> dict:
    rng = random.Random(7)
    plan = [rng.choice(ROUTES) for _ in range(requests)]
    timings: dict[str, list[float]] = {name: [] for name, _, _ in ROUTES}
    errors: dict[str, int] = {name: 0 for name, _, _ in ROUTES}
    queue: asyncio.Queue = asyncio.Queue()
    for item in plan:
        queue.put_nowait(item)

    async def worker(client: httpx.AsyncClient) -> None:
        while not queue.empty():
            name, path, params = queue.get_nowait()
            event_id, doc = rng.choice(ids)
            url = path.replace("{id}", event_id).replace("{doc}", doc)
            began = time.perf_counter()
            try:
                response = await client.get(url, params=params(rng))
                ok = response.status_code < 300
            except httpx.HTTPError:
                ok = False
            timings[name].append(time.perf_counter() - began)
            errors[name] += not ok

    limits = httpx.Limits(max_connections=concurrency)
    began = time.perf_counter()
    async with httpx.AsyncClient(base_url=base, timeout=60, limits=limits) as client:
        await asyncio.gather(*(worker(client) for _ in range(concurrency)))
    return {"timings": timings, "errors": errors, "elapsed": time.perf_counter() - began}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--requests", type=int, default=2000)
    ap.add_argument("--concurrency", type=int, default=20)
    ap.add_argument("--events", type=int, default=10_000)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = os.path.join(tmp, "load.duckdb")
        began = time.perf_counter()
        events = build_store(db, args.events)
        print(f"store: {events} events, built in {time.perf_counter() - began:.1f} s")
        from vigie.store import Store
        from vigie.store import events as list_events

        with Store.open(db, read_only=True) as store:
            ids = [(e["id"], e["doc_id"]) for e in list_events(store, limit=2000)]
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        server = subprocess.Popen([sys.executable, "-m", "vigie.cli", "serve", "--db", db, "--port", str(port)],
                                  stderr=subprocess.PIPE)
        try:
            base = f"http://127.0.0.1:{port}"
            for _ in range(200):
                try:
                    httpx.get(base + "/api/stats", timeout=1)
                    break
                except httpx.HTTPError:
                    time.sleep(0.1)
            result = asyncio.run(load(base, args.requests, args.concurrency, ids))
        finally:
            server.terminate()
            server.wait(timeout=10)
    total_errors = sum(result["errors"].values())
    print(f"{args.requests} requests, {args.concurrency} concurrent, {result['elapsed']:.1f} s "
          f"({args.requests / result['elapsed']:.0f} requests/s), errors: {total_errors}")
    print(f"{'route':<16} {'n':>5} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8} errors")
    for name, values in result["timings"].items():
        if not values:
            continue
        values.sort()
        p95 = values[min(len(values) - 1, int(0.95 * len(values)))]
        print(f"{name:<16} {len(values):>5} {statistics.median(values) * 1000:>8.1f} {p95 * 1000:>8.1f} "
              f"{values[-1] * 1000:>8.1f} {result['errors'][name]}")
    return 1 if total_errors else 0


if __name__ == "__main__":
    sys.exit(main())
