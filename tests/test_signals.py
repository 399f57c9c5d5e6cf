"""Ctrl-C and SIGTERM on a real `vigie code --processes 2` run: every process ends, no traceback, the
output ends on a whole article, the exit code says which signal; closed and full outputs exit cleanly."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

VIGIE = [str(Path(sys.executable).with_name("vigie"))]
SENTENCES = ("Le gouvernement grec a dénoncé mardi les manœuvres navales turques près de l'île {n}.",
             "Le Premier ministre japonais a rencontré jeudi le président sud-coréen à Séoul.",
             "Les rebelles ont attaqué un convoi de l'armée malienne près de la frontière.")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("signals") / "many.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for n in range(3000):
            text = " ".join(sentence.format(n=n) for sentence in SENTENCES)
            out.write(json.dumps({"id": f"s{n}", "date": "2020-06-02", "text": text}, ensure_ascii=False) + "\n")
    return path


def _group_alive(pgid: int) -> list[int]:
    alive = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[2]) == pgid and fields[0] != "Z":
                alive.append(int(entry.name))
    return alive


def _read_all(run: subprocess.Popen, timeout: float) -> str:
    """The rest of the child's stdout through its own buffered reader, within `timeout` seconds."""
    chunks: list[str] = []
    reader = threading.Thread(target=lambda: chunks.append(run.stdout.read()), daemon=True)
    reader.start()
    reader.join(timeout)
    if reader.is_alive():
        run.kill()
        pytest.fail(f"vigie did not end within {timeout} s of the signal")
    run.wait(timeout=timeout)
    return chunks[0]


def _interrupt(corpus: Path, signum: int, whole_group: bool) -> tuple[int, str, str]:
    run = subprocess.Popen([*VIGIE, "code", str(corpus), "--format", "jsonl", "--processes", "2"],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
    first = run.stdout.readline()           # the pool is up and coding: interrupt mid-run
    assert first, run.stderr.read()
    (os.killpg if whole_group else os.kill)(run.pid, signum)
    # communicate() reads the raw pipes and would skip what readline() already buffered: read on
    rest = _read_all(run, timeout=120)
    errors = run.stderr.read()
    deadline = time.monotonic() + 20
    while _group_alive(run.pid) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not _group_alive(run.pid), "a worker outlived the run"
    return run.returncode, first + rest, errors


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="needs /proc to look for orphaned workers")
@pytest.mark.parametrize(("signum", "whole_group", "code"), [
    (signal.SIGINT, True, 130),             # Ctrl-C in a terminal reaches the whole process group
    (signal.SIGTERM, False, 143),           # `kill PID` reaches the main process only
])
def test_signal_stops_every_process_cleanly(corpus, signum, whole_group, code):
    returncode, output, errors = _interrupt(corpus, signum, whole_group)
    assert returncode == code
    assert "Traceback" not in errors
    assert "interrupted" in errors


def test_interrupted_output_is_whole_articles(corpus):
    returncode, output, errors = _interrupt(corpus, signal.SIGINT, True)
    assert output.endswith("\n"), output[-300:]
    lines = output.split("\n")[:-1]
    assert all(lines), repr(output[:300])
    events = [json.loads(line) for line in lines]
    said = re.search(r"(\d+) article\(s\) coded and written in full \((\d+) event\(s\)\)", errors)
    assert said and int(said.group(2)) == len(events), errors     # the message counts what was written
    ids = [event["doc_id"] for event in events]
    # whole lines, articles in input order, each article's events together
    order = [int(doc[1:]) for doc in dict.fromkeys(ids)]
    assert order == sorted(order)
    assert len(ids) == 0 or ids == sorted(ids, key=lambda doc: int(doc[1:]))

def test_full_disk_and_closed_output_give_one_line(tmp_path):
    article = tmp_path / "one.txt"
    article.write_text("La Chine a condamné lundi les sanctions américaines.\n", encoding="utf-8")
    full = subprocess.run([*VIGIE, "code", str(article), "--format", "jsonl"], stdout=open(os.devnull, "w")
                          if not Path("/dev/full").exists() else open("/dev/full", "w"),
                          stderr=subprocess.PIPE, text=True, check=False)
    if Path("/dev/full").exists():
        assert full.returncode == 1
        assert "cannot write the output" in full.stderr
    assert "Traceback" not in full.stderr
    closed = subprocess.run([*VIGIE, "code", str(article)], stdout=None, stderr=subprocess.PIPE, text=True,
                            check=False, preexec_fn=lambda: os.close(1))
    assert closed.returncode == 1
    assert "standard output is closed" in closed.stderr
    assert "Traceback" not in closed.stderr


def test_a_closed_pipe_ends_quietly(corpus):
    """`vigie code … | head -1`: the reader goes away; vigie stops without a traceback."""
    run = subprocess.Popen([*VIGIE, "code", str(corpus), "--format", "jsonl", "--processes", "1"],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert run.stdout.readline()
    run.stdout.close()
    errors = run.stderr.read().decode()
    assert run.wait(timeout=120) in (0, 141, -signal.SIGPIPE)
    assert "Traceback" not in errors and "Broken pipe" not in errors


def test_ctrl_c_on_a_table_run_says_how_far_it_got(corpus):
    run = subprocess.Popen([*VIGIE, "code", str(corpus), "--processes", "1"], stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, text=True, start_new_session=True)
    time.sleep(25)                           # the model is loaded and articles are being coded
    os.killpg(run.pid, signal.SIGINT)
    out, errors = run.communicate(timeout=120)
    assert run.returncode == 130
    assert "Traceback" not in errors and "interrupted" in errors


def test_closed_stdin_is_named_and_the_other_inputs_are_coded(tmp_path):
    article = tmp_path / "one.txt"
    article.write_text("La Chine a condamné lundi les sanctions américaines.\n", encoding="utf-8")
    run = subprocess.run([*VIGIE, "code", "-", str(article), "--format", "jsonl", "--date", "2021-03-01"],
                         stdin=subprocess.DEVNULL, capture_output=True, text=True, check=False,
                         preexec_fn=lambda: os.close(0))
    assert "Traceback" not in run.stderr and "stdin" in run.stderr
    assert any(json.loads(line)["doc_id"] == "one.txt" for line in run.stdout.splitlines())
