"""`vigie dates`: the command module, driven through its own parser."""

from __future__ import annotations

import argparse
import json

import pytest

from vigie.commands import dates


def run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="vigie")
    dates.register(parser.add_subparsers(dest="command"))
    return dates.run(parser.parse_args(["dates", *argv]))


def test_jsonl_of_a_jsonl_corpus(tmp_path, capsys):
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(
        json.dumps({"id": "a1", "date": "2022-02-01", "text": "Le ministre a déclaré lundi qu'il viendrait."},
                   ensure_ascii=False) + "\n" + "not json\n"
        + json.dumps({"id": "a2", "date": "2003-02-13", "text": "Le sommet a lieu le 13 février 2003 ici."},
                     ensure_ascii=False) + "\n", encoding="utf-8")
    assert run([str(corpus), "--format", "jsonl"]) == 0
    out, err = capsys.readouterr()
    records = [json.loads(line) for line in out.splitlines()]
    assert records[0] == {"doc_id": "a1", "start": 22, "end": 27, "text": "lundi", "type": "DATE",
                          "value": "2022-01-31"}
    assert records[1]["doc_id"] == "a2" and records[1]["value"] == "2003-02-13"
    assert "corpus.jsonl:2" in err  # the bad line is reported, the rest is read


def test_table_of_the_seed_infers_its_day(seed_path, capsys):
    assert run([str(seed_path)]) == 0
    out, err = capsys.readouterr()
    assert "mardi 1er" in out and "2022-02-01" in out and "2022-01-31" in out
    assert "2022-02-01 inferred" in err


def test_date_option_dates_plain_text(tmp_path, capsys):
    article = tmp_path / "article.txt"
    article.write_text("Le président s'est entretenu hier avec son homologue.", encoding="utf-8")
    assert run([str(article), "--date", "2022-02-01", "--format", "jsonl"]) == 0
    record = json.loads(capsys.readouterr().out.splitlines()[0])
    assert record["text"] == "hier" and record["value"] == "2022-01-31"


def test_undated_text_leaves_relative_values_unresolved(tmp_path, capsys):
    article = tmp_path / "article.txt"
    article.write_text("Le président s'est entretenu hier avec son homologue, le 13 février 2003.",
                       encoding="utf-8")
    assert run([str(article), "--format", "jsonl"]) == 0
    values = {r["text"]: r["value"] for r in map(json.loads, capsys.readouterr().out.splitlines())}
    assert values == {"hier": None, "le 13 février 2003": "2003-02-13"}


def test_nothing_read_is_an_error(tmp_path, capsys):
    assert run([str(tmp_path / "missing.txt")]) == 1
    assert "missing.txt" in capsys.readouterr().err


def test_bad_date_option():
    from vigie.errors import ConfigError

    with pytest.raises(ConfigError, match="--date"):
        run(["-", "--date", "demain"])
