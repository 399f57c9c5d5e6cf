"""Issue 7's hostile-input cases, as whole `vigie` runs: does each end cleanly and keep every good article?

    .venv/bin/python benchmarks/hostile_inputs.py [--src PATH/TO/CHECKOUT/src] [--only NAME] [--timeout 90]

Each case writes its inputs to a temporary folder (broken, odd or huge ones, each mixed with good
articles), runs `python -m vigie.cli …` as a subprocess with a time limit, and reports per case: exit
code, seconds, whether it crashed (a traceback, or killed by a signal it did not handle) or hung (over
the limit, or did not exit after a signal), how many of its good articles came out coded, and whether
the message the case calls for was printed. `--src` runs another checkout's code (e.g. ../main/src) to
measure a "before". The last lines are the totals: cases tried, crashed/hung, good articles lost.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# A sentence that codes to one event (018x/19x "bombarder") with a date, in both `code` and `dates`.
GOOD = "La Russie a bombardé la ville de Kharkiv le 3 mars 2022, a déclaré le ministère ukrainien."


def good_record(n: int, prefix: str = "good") -> dict:
    return {"id": f"{prefix}-{n}", "date": "2022-03-04", "text": GOOD}


def jsonl_bytes(*records: dict | bytes) -> bytes:
    return b"".join((r if isinstance(r, bytes) else json.dumps(r, ensure_ascii=False).encode()) + b"\n"
                    for r in records)


@dataclass
class Case:
    name: str
    build: Callable[[Path], list[str]]  # writes the inputs, returns the command's arguments after `vigie`
    good: list[str]  # ids of the good articles that must come out
    expect: str = ""  # a regex the stderr must match (the message the case calls for)
    stdin: bytes | None = None
    stdout_to: str | None = None  # "closed", "full": where stdout goes
    signal_after: tuple[int, float] | None = None  # (signal, seconds after the first output line)
    expect_code: set[int] | None = None
    options: dict = field(default_factory=dict)


def _goods(folder: Path, name: str, count: int = 2, prefix: str = "good") -> Path:
    path = folder / name
    path.write_bytes(jsonl_bytes(*(good_record(n, prefix) for n in range(count))))
    return path


def _mixed(folder: Path, bad: bytes | dict, name: str = "mixed.jsonl") -> list[str]:
    path = folder / name
    path.write_bytes(jsonl_bytes(good_record(0), bad, good_record(1)))
    return ["code", str(path), "--format", "jsonl"]


def _text_case(folder: Path, data: bytes, suffix: str = ".txt", command: str = "code") -> list[str]:
    path = folder / f"odd{suffix}"
    path.write_bytes(data)
    return [command, str(_goods(folder, "a.jsonl", prefix="a")), str(path), str(_goods(folder, "b.jsonl", prefix="b")),
            "--format", "jsonl"]


AB = ["a-0", "a-1", "b-0", "b-1"]
G2 = ["good-0", "good-1"]


def _fifo(folder: Path) -> list[str]:
    fifo = folder / "pipe.txt"
    os.mkfifo(fifo)
    return ["code", str(_goods(folder, "a.jsonl", prefix="a")), str(fifo), str(_goods(folder, "b.jsonl", prefix="b")),
            "--format", "jsonl"]


def _odd_folder(folder: Path) -> list[str]:
    corpus = folder / "corpus"
    corpus.mkdir()
    _goods(corpus, "a.jsonl", prefix="a")
    _goods(corpus, "b.jsonl", prefix="b")
    (corpus / "dangling.txt").symlink_to(corpus / "nowhere.txt")
    os.mkfifo(corpus / "pipe.txt")
    return ["code", str(corpus), "--format", "jsonl"]


def _settings(folder: Path, data: bytes) -> list[str]:
    (folder / "vigie.toml").write_bytes(data)
    return ["code", str(_goods(folder, "good.jsonl")), "--format", "jsonl", "--config", str(folder / "vigie.toml")]


def _actors(folder: Path, data: bytes) -> list[str]:
    (folder / "actors.yaml").write_bytes(data)
    return ["code", str(_goods(folder, "good.jsonl")), "--format", "jsonl", "--actors", str(folder / "actors.yaml")]


def _many(folder: Path, count: int = 400) -> Path:
    path = folder / "many.jsonl"
    path.write_bytes(jsonl_bytes(*(good_record(n) for n in range(count))))
    return path


def cases() -> list[Case]:
    deep = b'{"id": "deep", "text": "x", "extra": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    long_word = "Le 3 mars 2022, " + "9a" * 20_000 + " ont été vus."
    return [
        # 1. decoding
        Case("jsonl: one Windows-1252 line among UTF-8 ones",
             lambda d: _mixed(d, ('{"id": "cp", "date": "2022-03-04", "text": "' + GOOD + '"}').encode("cp1252")),
             G2, expect=r"mixed\.jsonl:2"),
        Case("txt: truncated UTF-8 byte at the end",
             lambda d: _text_case(d, GOOD.encode() + b" \xc3"), AB + ["odd.txt"], expect=r"odd\.txt"),
        Case("txt: UTF-16 with a BOM",
             lambda d: _text_case(d, b"\xff\xfe" + GOOD.encode("utf-16-le")), AB + ["odd.txt"]),
        Case("txt: UTF-8 with a BOM", lambda d: _text_case(d, b"\xef\xbb\xbf" + GOOD.encode()), AB + ["odd.txt"]),
        # 2. uncaught errors
        Case("jsonl: lone surrogate in a text",
             lambda d: _mixed(d, b'{"id": "sur", "date": "2022-03-04", "text": "Paris \\ud800 '
                              + GOOD.encode() + b'"}'),
             G2),
        Case("jsonl: 5,000-digit integer", lambda d: _mixed(d, b'{"id": ' + b"7" * 5000 + b', "text": "x"}'), G2,
             expect=r"mixed\.jsonl:2"),
        Case("jsonl: 100,000-deep nesting", lambda d: _mixed(d, deep), G2, expect=r"mixed\.jsonl:2"),
        Case("jsonl: date 9999-12-31 (dates)",
             lambda d: ["dates", *_mixed(d, {"id": "far", "date": "9999-12-31", "text": GOOD})[1:]], G2),
        Case("jsonl: date 0000-01-01 (dates)",
             lambda d: ["dates", *_mixed(d, {"id": "zero", "date": "0000-01-01", "text": GOOD})[1:]], G2),
        Case("--date 9999-12-31 (dates)",
             lambda d: ["dates", str(_text_file(d)), str(_goods(d, "g.jsonl")), "--date", "9999-12-31",
                        "--format", "jsonl"], [], expect=r"--date", expect_code={2}),
        Case("vigie.toml not UTF-8", lambda d: _settings(d, b'[vigie]\nmodel = "caf\xe9"\n'), [],
             expect=r"vigie\.toml", expect_code={2}),
        Case("vigie.toml binary", lambda d: _settings(d, bytes(range(256)) * 4), [], expect=r"vigie\.toml",
             expect_code={2}),
        Case("actors YAML not UTF-8", lambda d: _actors(d, b"- name: Fran\xe7ois\n"), [], expect=r"actors\.yaml",
             expect_code={2}),
        Case("actors YAML binary", lambda d: _actors(d, b"\x89PNG\r\n\x1a\n\x00\x00" + bytes(range(256))), [],
             expect=r"actors\.yaml", expect_code={2}),
        # 3. cost
        Case("txt: a 20,000-character word (dates)",
             lambda d: _text_case(d, long_word.encode(), command="dates"), AB + ["odd.txt"]),
        Case("fifo given as input", _fifo, AB, expect=r"pipe\.txt"),
        # 4. messages
        Case("jsonl: NUL byte in the first 8 KB", lambda d: _mixed(d, b'{"id": "nul", "text": "a\x00b"}'), G2,
             expect=r"mixed\.jsonl:2"),
        Case("jsonl: 2022-02-30", lambda d: _mixed(d, {"id": "feb30", "date": "2022-02-30", "text": GOOD}),
             G2 + ["feb30"], expect=r"2022-02-30"),
        Case("jsonl: duplicated id",
             lambda d: _mixed(d, {"id": "good-0", "date": "2022-03-04", "text": GOOD + " Encore."}), G2,
             expect=r"(?i)duplicate"),
        Case("jsonl: Cyrillic text",
             lambda d: _mixed(d, {"id": "ru", "text": "Россия нанесла удар по Харькову 3 марта."}),
             G2, expect=r"(?i)french"),
        Case("jsonl: Arabic text",
             lambda d: _mixed(d, {"id": "ar", "text": "قصفت روسيا مدينة خاركيف في الثالث من مارس"}),
             G2, expect=r"(?i)french"),
        Case("jsonl: emoji only", lambda d: _mixed(d, {"id": "emo", "text": "🔥🔥🔥 💥💥 🚀🚀🚀 😱"}), G2,
             expect=r"mixed\.jsonl:2"),
        Case("folder: broken symlink and fifo inside", _odd_folder, AB, expect=r"dangling\.txt(.|\n)*pipe\.txt"),
        # 5. signals and pipes
        Case("stdin closed", lambda d: ["code", "-", str(_goods(d, "g.jsonl")), "--format", "jsonl"], G2,
             expect=r"stdin", stdin=b"<closed>"),
        Case("stdout closed", lambda d: ["code", str(_goods(d, "g.jsonl")), "--format", "jsonl"], [],
             stdout_to="closed", expect_code={1, 2, 120, 141}),
        Case("stdout is /dev/full", lambda d: ["code", str(_goods(d, "g.jsonl")), "--format", "jsonl"], [],
             stdout_to="full", expect=r"(?i)no space|write", expect_code={1, 2, 120}),
        Case("broken pipe (| head -1)", lambda d: ["code", str(_many(d)), "--format", "jsonl"], [],
             stdout_to="head", expect_code={0, 141}),
        Case("Ctrl-C with --processes 2", lambda d: ["code", str(_many(d, 2000)), "--format", "jsonl",
                                                     "--processes", "2"], [],
             signal_after=(signal.SIGINT, 3.0), expect=r"(?i)interrupt", expect_code={130}),
        Case("SIGTERM", lambda d: ["code", str(_many(d, 2000)), "--format", "jsonl"], [],
             signal_after=(signal.SIGTERM, 3.0), expect=r"(?i)interrupt|terminat", expect_code={143}),
        Case("Ctrl-C on a table run", lambda d: ["code", str(_many(d, 2000))], [],
             signal_after=(signal.SIGINT, 3.0), expect=r"(?i)interrupt", expect_code={130}),
    ]


def _text_file(folder: Path) -> Path:
    path = folder / "plain.txt"
    path.write_text(GOOD, encoding="utf-8")
    return path


@dataclass
class Outcome:
    code: int | None
    seconds: float
    crashed: bool
    hung: bool
    coded: int
    message: bool
    note: str = ""


def run_case(case: Case, src: Path, timeout: float) -> Outcome:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        argv = case.build(folder)
        env = dict(os.environ, PYTHONPATH=str(src), PYTHONUNBUFFERED="1")
        command = [sys.executable, "-m", "vigie.cli", *argv]
        out_path = folder / "stdout"
        started = time.monotonic()
        if case.stdout_to == "head":
            shell = " ".join(_quote(c) for c in command) + " 2>" + _quote(str(folder / "stderr")) + " | head -1"
            proc = subprocess.Popen(["bash", "-o", "pipefail", "-c", shell], env=env, cwd=folder,
                                    stdout=subprocess.DEVNULL, start_new_session=True)
            return _finish(case, proc, folder, started, timeout, out_path, pipe=True)
        stdout = {"closed": None, "full": open("/dev/full", "wb")}.get(case.stdout_to) if case.stdout_to else None
        with open(out_path, "wb") as out_file, open(folder / "stderr", "wb") as err_file:
            kwargs = {"stdout": stdout if case.stdout_to else out_file, "stderr": err_file}
            if case.stdout_to == "closed":
                kwargs["stdout"] = None
                kwargs["pass_fds"] = ()
                command = ["bash", "-c", 'exec "$@" >&-', "vigie", *command]
            if case.stdin == b"<closed>":
                command = ["bash", "-c", 'exec "$@" <&-', "vigie", *command]
                kwargs["stdin"] = None
            else:
                kwargs["stdin"] = subprocess.DEVNULL
            proc = subprocess.Popen(command, env=env, cwd=folder, start_new_session=True, **kwargs)
            return _finish(case, proc, folder, started, timeout, out_path)


def _finish(case: Case, proc: subprocess.Popen, folder: Path, started: float, timeout: float, out_path: Path,
            pipe: bool = False) -> Outcome:
    hung = False
    note = ""
    if case.signal_after:
        sig, delay = case.signal_after
        while time.monotonic() - started < min(timeout, 40) and proc.poll() is None:
            if out_path.exists() and out_path.stat().st_size > 0:
                break
            time.sleep(0.2)
        time.sleep(delay)
        try:  # the run may have ended (or crashed) before the signal
            os.killpg(proc.pid, sig) if sig == signal.SIGINT else proc.send_signal(sig)
        except ProcessLookupError:
            note = "ended before the signal"
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            hung, note = True, "did not exit 30 s after the signal"
    else:
        try:
            proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            hung, note = True, f"over {timeout:.0f} s"
    seconds = time.monotonic() - started
    if proc.poll() is None:
        _kill_group(proc.pid)
        proc.wait()
    orphans = _alive(proc.pid)
    if orphans:
        _kill_group(proc.pid)
        hung, note = True, (note + "; " if note else "") + "worker processes left running"
    err = (folder / "stderr").read_text(encoding="utf-8", errors="replace")
    out = out_path.read_text(encoding="utf-8", errors="replace") if out_path.exists() else ""
    coded = _coded(out, case.good)
    code = proc.returncode
    crashed = "Traceback" in err or (code is not None and code < 0 and not case.signal_after)
    if case.expect_code is not None and code not in case.expect_code and not hung:
        note = (note + "; " if note else "") + f"exit {code}"
        crashed = crashed or code not in (0, 1, 2)
    message = bool(re.search(case.expect, err)) if case.expect else True
    return Outcome(code, seconds, crashed, hung, coded, message, note)


def _alive(pgid: int, patience: float = 10.0) -> bool:
    """Whether processes of the run's group are still there `patience` seconds after it ended: the
    multiprocessing helpers (resource tracker, forkserver) take a second or so to see their parent go."""
    deadline = time.monotonic() + patience
    while True:
        try:
            os.killpg(pgid, 0)
        except ProcessLookupError:
            return False
        except PermissionError:
            return True
        if time.monotonic() > deadline:
            return True
        time.sleep(0.2)


def _kill_group(pgid: int) -> None:
    try:
        os.killpg(pgid, signal.SIGKILL)
    except ProcessLookupError:
        pass


def _coded(out: str, good: list[str]) -> int:
    seen = set()
    for line in out.splitlines():
        try:
            seen.add(json.loads(line).get("doc_id"))
        except (json.JSONDecodeError, AttributeError):
            continue
    return sum(1 for doc_id in good if doc_id in seen)


def _quote(text: str) -> str:
    return "'" + text.replace("'", "'\\''") + "'"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--src", type=Path, default=ROOT / "src", help="the src/ folder of the checkout to run")
    parser.add_argument("--only", help="run the cases whose name contains this")
    parser.add_argument("--timeout", type=float, default=90.0, help="seconds before a run counts as hung")
    args = parser.parse_args()
    chosen = [c for c in cases() if not args.only or args.only.lower() in c.name.lower()]
    totals = {"cases": 0, "crashed": 0, "hung": 0, "good": 0, "lost": 0, "silent": 0}
    print(f"{'case':<46} {'exit':>5} {'s':>6}  result   good  message  note")
    for case in chosen:
        outcome = run_case(case, args.src.resolve(), args.timeout)
        result = "HUNG" if outcome.hung else "CRASH" if outcome.crashed else "ok"
        totals["cases"] += 1
        totals["crashed"] += outcome.crashed and not outcome.hung
        totals["hung"] += outcome.hung
        totals["good"] += len(case.good)
        totals["lost"] += len(case.good) - outcome.coded
        totals["silent"] += not outcome.message
        print(f"{case.name:<46} {outcome.code!s:>5} {outcome.seconds:6.1f}  {result:<7} "
              f"{outcome.coded}/{len(case.good):<3} {'yes' if outcome.message else 'NO':<8} {outcome.note}",
              flush=True)
    print(f"\ncases tried: {totals['cases']}; crashed: {totals['crashed']}; hung: {totals['hung']}; "
          f"good articles lost: {totals['lost']} of {totals['good']}; expected message missing: {totals['silent']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
