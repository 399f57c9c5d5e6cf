"""The `vigie code` command end to end: formats, stdin, bad input, exit codes."""

from __future__ import annotations

import io
import json
import sys

import pytest

from vigie import cli


@pytest.fixture
def run(engine, monkeypatch, capsys):
    from vigie.engine import Engine

    monkeypatch.setattr(Engine, "load", classmethod(lambda cls, **kwargs: engine))

    def invoke(*argv: str, stdin: str | None = None):
        if stdin is not None:
            monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin.encode("utf-8"))))
        code = cli.main(list(argv))
        out, err = capsys.readouterr()
        return code, out, err

    return invoke


def test_jsonl_output_follows_the_contract(run, seed_path):
    code, out, err = run("code", str(seed_path), "--format", "jsonl")
    assert code == 0
    events = [json.loads(line) for line in out.splitlines()]
    assert events
    for event in events:
        assert {"id", "doc_id", "sentence", "start", "end", "trigger", "code", "root", "quad_class", "goldstein",
                "plover", "source", "target", "date", "date_text", "mode", "location"} <= set(event)
        assert event["doc_id"] == "seed_2022-02.txt" and event["root"] == event["code"][:2]
    assert "1 article(s) coded" in err


def test_table_output(run, seed_path):
    code, out, _ = run("code", str(seed_path))
    assert code == 0 and "s'entretenir par téléphone" in out and "RUSGOV" in out


def test_stdin_with_a_date(run):
    code, out, _ = run("code", "-", "--date", "2022-01-31", "--format", "jsonl",
                       stdin="Le ministre russe a rencontré mardi son homologue turc à Ankara.")
    events = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and any(e["source"]["country"] == "RUS" and e["target"]["country"] == "TUR" for e in events)


def test_bad_lines_are_named_and_the_rest_is_coded(run, tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text('{"id": "a", "date": "2022-03-01", "text": "La Russie a bombardé Kharkiv lundi."}\n'
                      '{"id": "b", "text": \n'
                      '{"id": "c", "date": "2022-03-01", "text": "   "}\n', encoding="utf-8")
    code, out, err = run("code", str(corpus), "--format", "jsonl")
    assert code == 0
    assert f"{corpus}:2" in err and f"{corpus}:3" in err
    assert {json.loads(line)["doc_id"] for line in out.splitlines()} == {"a"}


def test_nothing_readable_exits_non_zero(run, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    code, out, err = run("code", str(empty))
    assert code == 1 and "empty.txt" in err and "is empty" in err


def test_bad_date_flag_says_what_to_do(run, seed_path):
    code, _, err = run("code", str(seed_path), "--date", "31/01/2022")
    assert code == 2 and "YYYY-MM-DD" in err
