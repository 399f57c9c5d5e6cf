"""Memory over a long stream (issue 10): is `vigie code`'s resident memory flat on 100,000 articles?

    .venv/bin/python benchmarks/memory_curve.py                     # 100,000 articles (long: ~15-30 min)
    .venv/bin/python benchmarks/memory_curve.py --articles 5000     # a quick look
    .venv/bin/python benchmarks/memory_curve.py --processes 2 --csv /tmp/rss.csv

Streams generated articles (distinct ids, varied names, places, dates and numbers, so caches cannot
hold the whole corpus) into `vigie code - --format jsonl` through a pipe, reads its events as they come,
and samples the resident memory (VmRSS from /proc) of the whole process tree — the main process and its
workers — every `--every` seconds. Prints the curve as a table (articles done, RSS MB) and, last, the
growth from the first tenth of the run to its end: `rss growth after warm-up: +X MB (Y%)`. The texts are
sentences written for this benchmark, not article text.
"""

from __future__ import annotations

import argparse
import csv
import itertools
import json
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from proctree import descendants

VIGIE = Path(sys.executable).with_name("vigie")
COUNTRIES = ("la France", "l'Allemagne", "le Japon", "le Brésil", "l'Inde", "le Nigeria", "la Turquie",
             "l'Égypte", "le Canada", "la Pologne", "le Mexique", "l'Indonésie", "le Kenya", "la Corée du Sud")
CITIES = ("Lyon", "Hambourg", "Osaka", "Recife", "Pune", "Kano", "Izmir", "Assouan", "Calgary", "Gdansk",
          "Monterrey", "Surabaya", "Mombasa", "Busan")
TEMPLATES = (
    "{a} a condamné {day} les essais de missiles menés par {b} près de {city}.",
    "{a} a envoyé {day} son ministre des Affaires étrangères à {city} pour y rencontrer son homologue.",
    "{a} et {b} ont signé {day} un accord de coopération portant sur {n} millions d'euros.",
    "Des milliers de manifestants se sont rassemblés {day} à {city} pour réclamer la démission du maire.",
    "{a} a demandé {day} à {b} de libérer les {n} marins arrêtés au large de {city}.",
    "La police a arrêté {day} {n} militants de l'opposition à {city}, selon leur avocat.",
)
DAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")


def article(n: int) -> dict:
    """The n-th generated article: two sentences whose words vary with n."""
    a = n % len(COUNTRIES)
    b = (a + 1 + (n // len(COUNTRIES)) % (len(COUNTRIES) - 1)) % len(COUNTRIES)
    slots = {"a": COUNTRIES[a], "b": COUNTRIES[b], "city": CITIES[(n // 7) % len(CITIES)],
             "day": DAYS[n % len(DAYS)], "n": 10 + n % 9973}
    first = n % len(TEMPLATES)
    second = (first + 1 + (n // len(TEMPLATES)) % (len(TEMPLATES) - 1)) % len(TEMPLATES)
    sentences = (TEMPLATES[k].format(**slots) for k in (first, second))
    text = " ".join(sentence[0].upper() + sentence[1:] for sentence in sentences)
    return {"id": f"m{n:07d}", "date": f"20{10 + n % 15:02d}-{1 + n % 12:02d}-{1 + n % 28:02d}", "text": text}


def tree_rss_mb(root: int) -> float:
    """Resident memory of `root` and every live descendant, in MB (from /proc)."""
    total = 0
    for pid in [root, *descendants(root)]:
        try:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            continue
    return total / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--processes", type=int, default=1)
    parser.add_argument("--every", type=float, default=5.0, help="seconds between samples (default 5)")
    parser.add_argument("--rows", type=int, default=20, help="rows of the printed curve (default 20)")
    parser.add_argument("--csv", type=Path, help="also write every sample to this CSV file")
    args = parser.parse_args()

    errors = tempfile.TemporaryFile("w+", encoding="utf-8")  # the run's messages, shown if it fails
    proc = subprocess.Popen([str(VIGIE), "code", "-", "--format", "jsonl", "--processes", str(args.processes)],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=errors,
                            text=True, encoding="utf-8")
    done = [0]

    def feed():
        for n in range(args.articles):
            proc.stdin.write(json.dumps(article(n), ensure_ascii=False) + "\n")
        proc.stdin.close()

    def read():
        last = None
        for line in proc.stdout:
            doc = json.loads(line)["doc_id"]
            if doc != last:
                last, done[0] = doc, int(doc[1:]) + 1

    threads = [threading.Thread(target=feed, daemon=True), threading.Thread(target=read, daemon=True)]
    for thread in threads:
        thread.start()
    started, samples = time.monotonic(), []
    while proc.poll() is None:
        samples.append((round(time.monotonic() - started, 1), done[0], round(tree_rss_mb(proc.pid), 1)))
        time.sleep(args.every)
    threads[1].join()
    elapsed = time.monotonic() - started
    if proc.returncode != 0 or not samples:
        errors.seek(0)
        print(f"vigie code exited {proc.returncode}:\n{errors.read()[-3000:]}", file=sys.stderr)
        return 1
    if args.csv:
        with args.csv.open("w", newline="") as out:
            writer = csv.writer(out)
            writer.writerow(["seconds", "articles_done", "rss_mb"])
            writer.writerows(samples)
    print(f"{args.articles:,} articles, --processes {args.processes}, {elapsed:.0f} s "
          f"({args.articles / elapsed:.1f} articles/s)")
    print(f"{'seconds':>8} {'articles':>9} {'RSS MB':>8}")
    step = max(len(samples) // args.rows, 1)
    for seconds, articles, rss in itertools.islice(samples, 0, None, step):
        print(f"{seconds:8.0f} {articles:9,} {rss:8.0f}")
    # after the first tenth of the articles, until the last one is out (the exit frees memory)
    warm = [s for s in samples if args.articles // 10 <= s[1] < args.articles] or samples
    first, peak = warm[0][2], max(s[2] for s in warm)
    last = max(s[2] for s in warm[-max(len(warm) // 10, 1):])  # the highest of the last tenth
    print(f"peak RSS {max(s[2] for s in samples):.0f} MB")
    print(f"rss growth after warm-up (first tenth -> last tenth): {last - first:+.0f} MB "
          f"({(last - first) / first:+.1%}), "
          f"peak {peak - first:+.0f} MB over the first tenth's level")
    return 0


if __name__ == "__main__":
    sys.exit(main())
