"""Hostile inputs, generated here, each mixed with good articles, through `vigie code`, `dates` and
`ingest` as a user runs them: no traceback, every good article coded, the message names the file and
line (or the setting), and cost stays bounded. Signals and pipes are in test_signals.py."""

from __future__ import annotations

import json
import os
import re
import signal
import time
import tracemalloc
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from vigie import cli

# Two good articles per file; each one gives a dated event ("bombarder", 19x) and a time expression.
GOOD = ("Les forces russes ont bombardé la ville ukrainienne de Kharkiv le 3 mars 2022, "
        "selon les autorités locales.")


def good(n: int, prefix: str = "good") -> dict:
    return {"id": f"{prefix}-{n}", "date": "2022-03-04", "text": GOOD}


def lines(*records: dict | bytes) -> bytes:
    return b"".join((r if isinstance(r, bytes) else json.dumps(r, ensure_ascii=False).encode()) + b"\n"
                    for r in records)


def mixed(folder: Path, bad: dict | bytes) -> Path:
    """good-0, the bad record on line 2, good-1."""
    path = folder / "mixed.jsonl"
    path.write_bytes(lines(good(0), bad, good(1)))
    return path


def goods(folder: Path, name: str, prefix: str) -> Path:
    path = folder / name
    path.write_bytes(lines(good(0, prefix), good(1, prefix)))
    return path


def around(folder: Path, odd: Path) -> list[str]:
    """The odd file between two files of good articles (a-0, a-1 before it, b-0, b-1 after it)."""
    return [str(goods(folder, "a.jsonl", "a")), str(odd), str(goods(folder, "b.jsonl", "b"))]


def odd_file(folder: Path, data: bytes, name: str = "odd.txt") -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


AB = ["a-0", "a-1", "b-0", "b-1"]
G2 = ["good-0", "good-1"]


@dataclass
class Case:
    build: Callable[[Path], list[str]]     # writes the inputs, returns the arguments after the command
    coded: list[str]                       # ids that must come out coded
    message: str = ""                      # a regex the messages must match
    code: int = 0                          # the exit code


def _fifo(folder: Path) -> list[str]:
    os.mkfifo(folder / "pipe.txt")
    return around(folder, folder / "pipe.txt")


def _odd_folder(folder: Path) -> list[str]:
    corpus = folder / "corpus"
    corpus.mkdir()
    goods(corpus, "a.jsonl", "a")
    goods(corpus, "b.jsonl", "b")
    (corpus / "dangling.txt").symlink_to(corpus / "gone.txt")
    os.mkfifo(corpus / "pipe.txt")
    return [str(corpus)]


def _settings(folder: Path, data: bytes, name: str = "vigie.toml") -> list[str]:
    (folder / name).write_bytes(data)
    return [str(goods(folder, "good.jsonl", "good")), "--config", str(folder / name)]


def _actors(folder: Path, data: bytes) -> list[str]:
    (folder / "actors.yaml").write_bytes(data)
    return [str(goods(folder, "good.jsonl", "good")), "--actors", str(folder / "actors.yaml")]


def _too_long(folder: Path) -> list[str]:
    long = {"id": "long", "date": "2022-03-04", "text": (GOOD + " ") * 30}   # ~3,200 characters
    return [str(mixed(folder, long)), *_settings(folder, b"[vigie]\nmax_chars = 2000\n")]


CP1252 = ('{"id": "cp", "date": "2022-03-04", "text": "' + GOOD + ' Réunion à Genève."}').encode("cp1252")

CODE_CASES = {
    # decoding
    "one Windows-1252 line in a UTF-8 JSONL file": Case(lambda d: [str(mixed(d, CP1252))], G2, r"mixed\.jsonl:2"),
    "truncated UTF-8 at the end of a text file":
        Case(lambda d: around(d, odd_file(d, GOOD.encode() + b" \xc3")), [*AB, "odd.txt"], r"odd\.txt"),
    "UTF-16 text with a BOM":
        Case(lambda d: around(d, odd_file(d, b"\xff\xfe" + GOOD.encode("utf-16-le"))), [*AB, "odd.txt"]),
    "UTF-8 text with a BOM": Case(lambda d: around(d, odd_file(d, b"\xef\xbb\xbf" + GOOD.encode())), [*AB, "odd.txt"]),
    # errors that used to end the run
    "a lone surrogate in a text":
        Case(lambda d: [str(mixed(d, b'{"id": "sur", "date": "2022-03-04", "text": "Kiev \\ud800 '
                                  + GOOD.encode() + b'"}'))], [*G2, "sur"]),
    "a 5,000-digit integer": Case(lambda d: [str(mixed(d, b'{"id": ' + b"7" * 5000 + b', "text": "x"}'))], G2,
                                  r"mixed\.jsonl:2"),
    "100,000-deep nesting":
        Case(lambda d: [str(mixed(d, b'{"id": "deep", "text": "x", "n": ' + b"[" * 100_000 + b"]" * 100_000
                                  + b"}"))], G2, r"mixed\.jsonl:2"),
    "a NUL byte in the first line's neighbour": Case(lambda d: [str(mixed(d, b'{"id": "nul", "text": "a\x00b"}'))],
                                                     G2, r"mixed\.jsonl:2"),
    "an impossible date (30 February)":
        Case(lambda d: [str(mixed(d, {"id": "feb30", "date": "2022-02-30", "text": GOOD}))], [*G2, "feb30"],
             r"mixed\.jsonl:2.*2022-02-30"),
    "a duplicated id": Case(lambda d: [str(mixed(d, {"id": "good-0", "date": "2022-03-04", "text": GOOD + " Ici."}))],
                            G2, r"(?i)duplicate id"),
    "Cyrillic text": Case(lambda d: [str(mixed(d, {"id": "ru", "text": "Россия нанесла удар по Харькову 3 марта."}))],
                          G2, r"(?i)mixed\.jsonl:2.*french"),
    "Arabic text": Case(lambda d: [str(mixed(d, {"id": "ar", "text": "قصفت روسيا مدينة خاركيف في الثالث من مارس"}))],
                        G2, r"(?i)mixed\.jsonl:2.*french"),
    "emoji only": Case(lambda d: [str(mixed(d, {"id": "emoji", "text": "🔥🔥 💥 🚀🚀🚀 😱"}))], G2, r"mixed\.jsonl:2"),
    "binary file among text files":
        Case(lambda d: around(d, odd_file(d, b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8, "image.txt")), AB,
             r"image\.txt"),
    # cost
    "a fifo given as input": Case(_fifo, AB, r"pipe\.txt"),
    "an article over max_chars": Case(_too_long, [*G2, "good-0"], r"mixed\.jsonl:2.*max_chars"),
    # folders
    "a folder with a broken symlink and a fifo": Case(_odd_folder, AB, r"dangling\.txt(.|\n)*pipe\.txt"),
    # bad settings and actor files: refused before any article is read
    "vigie.toml not UTF-8": Case(lambda d: _settings(d, b'[vigie]\nmodel = "caf\xe9"\n'), [], r"vigie\.toml", 2),
    "vigie.toml binary": Case(lambda d: _settings(d, bytes(range(256)) * 4), [], r"vigie\.toml", 2),
    "actor YAML not UTF-8": Case(lambda d: _actors(d, b"- name: Fran\xe7ois\n"), [], r"actors\.yaml", 2),
    "actor YAML binary": Case(lambda d: _actors(d, b"\x89PNG\r\n\x1a\n\x00" + bytes(range(256))), [],
                              r"actors\.yaml", 2),
}


@pytest.fixture
def vigie(engine, monkeypatch, capsys, tmp_path):
    """`vigie ARGS…` in this process with the session's engine (actor files get a real load, which reads
    them first): (exit code, stdout, stderr), with a deadline so a hang fails instead of blocking."""
    from vigie.engine import Engine

    real_load = Engine.load.__func__

    def load(cls, **kwargs):
        return real_load(cls, **kwargs) if kwargs.get("actor_files") else engine

    monkeypatch.setattr(Engine, "load", classmethod(load))
    monkeypatch.chdir(tmp_path)

    def timed_out(signum, frame):
        raise TimeoutError("vigie did not finish within its deadline")

    def invoke(*argv: str, seconds: int = 120):
        previous = signal.signal(signal.SIGALRM, timed_out)
        signal.alarm(seconds)
        try:
            code = cli.main(list(argv))
        finally:
            signal.alarm(0)
            signal.signal(signal.SIGALRM, previous)
        out, err = capsys.readouterr()
        assert "Traceback" not in err, err
        return code, out, err

    return invoke


def _doc_ids(out: str) -> list[str]:
    return [json.loads(line)["doc_id"] for line in out.splitlines() if line.strip()]


@pytest.mark.parametrize("name", list(CODE_CASES))
def test_code_keeps_every_good_article(vigie, tmp_path, name):
    case = CODE_CASES[name]
    code, out, err = vigie("code", *case.build(tmp_path), "--format", "jsonl", "--processes", "1")
    assert code == case.code, err
    assert set(case.coded) <= set(_doc_ids(out)), err
    assert re.search(case.message, err, re.S), err
    for event in map(json.loads, out.splitlines()):
        assert "Ã" not in event["sentence"], event["sentence"]      # nothing decoded as the wrong charset
    ids = [json.loads(line)["id"] for line in out.splitlines()]
    assert len(ids) == len(set(ids))                                 # event ids stay unique


def stored_ids(folder: Path) -> set[str]:
    from vigie.store import Store

    with Store.open(folder / "vigie.duckdb", read_only=True) as store:
        return {row[0] for row in store.fetchall("SELECT id FROM articles")}


def test_ingest_keeps_every_good_article_and_says_why_not_the_rest(vigie, tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "mixed.jsonl").write_bytes(lines(good(0), CP1252, good(1), b"{not json", {"id": "ru", "text": "Россия"}))
    odd_file(corpus, b"\x00\x01\x02" * 100, "junk.txt")
    code, _, err = vigie("ingest", str(corpus), "--processes", "1")
    assert code == 0, err
    for where in (r"mixed\.jsonl:2: .*UTF-8", r"mixed\.jsonl:4", r"mixed\.jsonl:5", r"junk\.txt"):
        assert re.search(where, err), (where, err)
    assert {*G2, "cp"} == stored_ids(tmp_path)


def test_ingest_strict_stores_the_good_and_fails(vigie, tmp_path):
    code, _, err = vigie("ingest", str(mixed(tmp_path, b"{not json")), "--processes", "1", "--strict")
    assert code == 1 and re.search(r"mixed\.jsonl:2", err), err
    assert set(G2) == stored_ids(tmp_path)


@pytest.mark.parametrize("date", ["9999-12-31", "0000-01-01"])
def test_dates_with_a_date_out_of_range(vigie, tmp_path, date):
    code, out, err = vigie("dates", str(mixed(tmp_path, {"id": "far", "date": date, "text": GOOD})),
                           "--format", "jsonl")
    assert code == 0 and set(G2) <= set(_doc_ids(out)), err
    assert re.search(r"mixed\.jsonl:2.*date", err), err


def test_date_flag_out_of_range_says_what_to_do(vigie, tmp_path):
    code, _, err = vigie("dates", str(odd_file(tmp_path, GOOD.encode())), "--date", "9999-12-31")
    assert code == 2 and "--date" in err, err


def test_a_huge_word_costs_linear_time_and_bounded_memory(vigie, tmp_path):
    """A 200,000-character word once made the time grammar backtrack for minutes."""
    word = "Le 3 mars 2022, " + "7b" * 100_000 + " a été vu. " + GOOD
    started = time.monotonic()
    tracemalloc.start()
    try:
        code, out, err = vigie("dates", *around(tmp_path, odd_file(tmp_path, word.encode())), "--format", "jsonl",
                               "--any-language", seconds=60)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert code == 0 and set([*AB, "odd.txt"]) <= set(_doc_ids(out)), err
    assert time.monotonic() - started < 30
    assert peak < 200 * 2**20                 # Python allocations: a few copies of the text, not quadratic


def test_an_article_longer_than_the_parser_limit_is_coded_in_chunks(vigie, tmp_path):
    """Past one chunk (100,000 characters) an article is cut at paragraphs; offsets stay true."""
    from vigie.chunks import CHUNK_CHARS

    paragraph = "Le conseil municipal a débattu du budget des écoles pendant trois heures hier soir."
    body = "\n\n".join([paragraph] * (CHUNK_CHARS // len(paragraph) + 20))
    text = body + "\n\n" + GOOD
    article = {"id": "huge", "date": "2022-03-04", "text": text}
    code, out, err = vigie("code", str(mixed(tmp_path, article)), "--format", "jsonl", "--processes", "1",
                           seconds=300)
    assert code == 0, err
    events = [json.loads(line) for line in out.splitlines()]
    assert {"huge", *G2} <= {event["doc_id"] for event in events}
    for event in (e for e in events if e["doc_id"] == "huge"):
        assert text[event["start"]:event["end"]] == event["sentence"]
        assert text[event["trigger_start"]:event["trigger_end"]] == event["trigger"]
