"""Issue 7's large inputs, as whole `vigie code` runs: time and peak memory of each against its budget.

    .venv/bin/python benchmarks/large_inputs.py                 # every case
    .venv/bin/python benchmarks/large_inputs.py --only word     # the cases whose name holds 'word'
    .venv/bin/python benchmarks/large_inputs.py --tiny 10000    # fewer tiny articles (quick run)
    .venv/bin/python benchmarks/large_inputs.py --src ../other/src  # another checkout's code

Cases: a 1 MB article (parsed in paragraph-aligned chunks), a 10 MB article (over `max_chars`: refused
with a message, the good article beside it still coded), a text holding one 200,000-character word, and
100,000 tiny articles in one JSONL file. Each runs `python -m vigie.cli code … --format jsonl
--processes 1` in a subprocess; the figures are wall seconds and that child's peak resident memory
(`ru_maxrss` from wait4), printed beside the budget stated in the README. Texts are generated here
from French sentences written for this benchmark (no article text). A case over its budget is printed
as OVER and the exit code is 1.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SENTENCES = (
    "Le gouvernement a annoncé mardi de nouvelles mesures contre la hausse des prix.",
    "Le ministre des Affaires étrangères s'est rendu à Berlin pour y rencontrer son homologue allemand.",
    "L'opposition a dénoncé un projet de loi qu'elle juge contraire à la Constitution.",
    "Des manifestants se sont rassemblés devant le Parlement pour réclamer la démission du Premier ministre.",
    "Les deux pays ont signé un accord de coopération dans le domaine de l'énergie.",
)
GOOD = {"id": "good", "date": "2022-03-04",
        "text": "La Russie a bombardé la ville de Kharkiv le 3 mars 2022, a déclaré le ministère ukrainien."}


@dataclass
class Case:
    name: str
    seconds: float  # budget: wall time
    megabytes: float  # budget: peak RSS of the vigie process
    good: tuple[str, ...]  # ids that must come out coded


def prose(chars: int) -> str:
    """Paragraphs of six sentences until `chars` characters."""
    paragraph = " ".join((*SENTENCES, GOOD["text"]))  # the last sentence codes to one event
    parts, size = [], 0
    while size < chars:
        parts.append(paragraph)
        size += len(paragraph) + 2
    return "\n\n".join(parts)[:chars]


def write_jsonl(path: Path, records) -> None:
    with open(path, "w", encoding="utf-8") as f:
        for record in records:
            f.write(json.dumps(record, ensure_ascii=False) + "\n")


def build(name: str, folder: Path, tiny: int) -> list[str]:
    path = folder / f"{name}.jsonl"
    if name == "1 MB article":
        write_jsonl(path, [{"id": "big", "date": "2022-03-04", "text": prose(1_000_000)}, GOOD])
    elif name == "10 MB article":
        write_jsonl(path, [{"id": "huge", "date": "2022-03-04", "text": prose(10_000_000)}, GOOD])
    elif name == "200,000-character word":
        write_jsonl(path, [{"id": "word", "date": "2022-03-04", "text": GOOD["text"] + " " + "a9" * 100_000}, GOOD])
    else:
        write_jsonl(path, ({"id": f"t{n}", "date": "2022-03-04", "text": SENTENCES[n % len(SENTENCES)]}
                           for n in range(tiny)))
    # one process: a pool's workers are children of a forkserver, whose memory wait4 cannot see
    return ["code", str(path), "--format", "jsonl", "--processes", "1"]


CASES = (
    Case("1 MB article", 600, 2000, ("big", "good")),
    Case("10 MB article", 60, 1500, ("good",)),
    Case("200,000-character word", 60, 1500, ("word", "good")),
    Case("tiny articles", 1800, 1500, ()),
)


def run(case: Case, tiny: int, src: Path = ROOT / "src") -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        args = build(case.name, folder, tiny)
        out = folder / "out.jsonl"
        env = dict(os.environ, PYTHONPATH=str(src))
        began = time.perf_counter()
        with open(out, "w") as stdout, open(folder / "err.txt", "w+") as stderr:
            child = subprocess.Popen([sys.executable, "-m", "vigie.cli", *args], stdout=stdout, stderr=stderr,
                                     env=env)
            # wait4 gives this child's own peak memory (RUSAGE_CHILDREN would be the largest of all cases so far)
            _, status, usage = os.wait4(child.pid, 0)
            child.returncode = os.waitstatus_to_exitcode(status)
            stderr.seek(0)
            messages = stderr.read().strip()
        seconds = time.perf_counter() - began
        peak = usage.ru_maxrss / 1024
        events = [json.loads(line) for line in out.read_text().splitlines() if line.strip()]
    docs = {e["doc_id"] for e in events}
    lost = [g for g in case.good if g not in docs]
    return {"case": case.name, "exit": child.returncode, "seconds": round(seconds, 1),
            "peak_mb": round(peak), "events": len(events), "articles": len(docs),
            "lost": lost, "message": messages.splitlines()[-1][:160] if messages else "",
            "over": seconds > case.seconds or peak > case.megabytes or bool(lost)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", default="")
    parser.add_argument("--tiny", type=int, default=100_000, help="how many tiny articles")
    parser.add_argument("--src", type=Path, default=ROOT / "src", help="the src/ folder of the checkout to run")
    args = parser.parse_args()
    over = False
    for case in CASES:
        if args.only and args.only not in case.name:
            continue
        name = case.name if case.name != "tiny articles" else f"{args.tiny:,} tiny articles"
        result = run(case, args.tiny, args.src.resolve())
        over |= result["over"]
        print(f"{name:28} exit {result['exit']}  {result['seconds']:7.1f} s (budget {case.seconds} s)  "
              f"peak {result['peak_mb']:6.0f} MB (budget {case.megabytes})  {result['articles']} articles, "
              f"{result['events']} events  lost {result['lost'] or 'none'}  {'OVER' if result['over'] else 'ok'}")
        if result["message"]:
            print(f"{'':28} stderr: {result['message']}")
    sys.exit(1 if over else 0)


if __name__ == "__main__":
    main()
