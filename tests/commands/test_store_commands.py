"""The store's commands end to end through `vigie`: ingest, events, timeline, actors, export, and the
conventions every command keeps."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from vigie import cli

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
MULTI_REPORT = FIXTURES / "multi_report.jsonl"


@pytest.fixture
def run(engine, monkeypatch, capsys, tmp_path):
    from vigie.engine import Engine

    loads = []

    def load(cls, **kwargs):
        loads.append(kwargs)
        return engine

    monkeypatch.setattr(Engine, "load", classmethod(load))
    monkeypatch.chdir(tmp_path)  # the default store, vigie.duckdb, goes here

    def invoke(*argv: str):
        code = cli.main(list(argv))
        out, err = capsys.readouterr()
        return code, out, err

    invoke.loads = loads
    return invoke


@pytest.fixture
def stored(run):
    code, _, err = run("ingest", str(MULTI_REPORT), str(FIXTURES / "seed_2022-02.txt"))
    assert code == 0, err
    return run


def test_vigie_alone_prints_help_and_exits_0(run) -> None:
    code, out, _ = run()
    assert code == 0 and "ingest" in out and "export" in out


def test_ingest_twice_adds_nothing_and_says_so(stored, tmp_path) -> None:
    assert (tmp_path / "vigie.duckdb").is_file()
    code, _, err = stored("ingest", str(MULTI_REPORT))
    assert code == 0 and "0 article(s) coded" in err and "11 already stored" in err


def test_ingest_reports_a_missing_input_before_the_model_loads(run, tmp_path) -> None:
    code, _, err = run("ingest", str(tmp_path / "nowhere.jsonl"))
    assert code == 1 and "nowhere.jsonl: does not exist" in err and run.loads == []


def test_ingest_names_bad_lines(run, tmp_path) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(MULTI_REPORT.read_text(encoding="utf-8").splitlines()[0] + "\nnot json\n", encoding="utf-8")
    code, _, err = run("ingest", str(corpus), "--db", str(tmp_path / "other.duckdb"))
    assert code == 0 and f"{corpus}:2" in err and "1 error(s)" in err


@pytest.mark.parametrize("command", ["ingest", "code"])
def test_strict_exits_1_on_any_bad_input_and_still_codes_the_rest(run, tmp_path, command) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(MULTI_REPORT.read_text(encoding="utf-8").splitlines()[0] + "\n{broken\n", encoding="utf-8")
    store = ("--db", str(tmp_path / "strict.duckdb")) if command == "ingest" else ("--format", "jsonl")
    lenient, out_lenient, _ = run(command, str(corpus), *store)
    if command == "ingest":
        store = ("--db", str(tmp_path / "strict2.duckdb"))
    strict, out_strict, err = run(command, str(corpus), *store, "--strict")
    assert (lenient, strict) == (0, 1)
    assert f"{corpus}:2" in err and "1 input error(s)" in err.replace("1 error(s)", "1 input error(s)")
    assert out_strict == out_lenient
    if command == "ingest":
        code, out, _ = run("events", "--db", str(tmp_path / "strict2.duckdb"), "--format", "jsonl")
        assert code == 0 and out.strip(), "the good article was stored despite --strict"


def test_events_formats(stored) -> None:
    code, out, _ = stored("events", "--source", "RUS", "--target", "TUR")
    assert code == 0 and "Ankara" in out and "3/3/3" in out
    code, out, _ = stored("events", "--dyad", "rus:tur", "--format", "jsonl")
    [line] = out.splitlines()
    assert json.loads(line)["num_articles"] == 3
    code, out, _ = stored("events", "--root", "16", "--source", "USA", "--format", "json")
    assert len(json.loads(out)) == 2
    code, out, _ = stored("events", "--root", "16", "--source", "USA", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert {row["date"] for row in rows} == {"2023-03-10", "2023-03-20"}
    code, out, _ = stored("events", "--text", "Ankara", "--format", "json", "--mentions")
    assert len(json.loads(out)[0]["mentions"]) >= 2


def test_events_month_bounds_and_empty_result(stored) -> None:
    code, out, _ = stored("events", "--since", "2023-03", "--until", "2023-03", "--format", "json")
    assert code == 0 and json.loads(out) and all(e["date_from"].startswith("2023-03") for e in json.loads(out))
    code, out, err = stored("events", "--source", "CHN")
    assert code == 1 and out == "" and "no event" in err
    code, out, _ = stored("events", "--source", "CHN", "--format", "json")
    assert json.loads(out) == []  # json is always a list


def test_timeline_actors_export(stored, tmp_path) -> None:
    code, out, _ = stored("timeline", "--dyad", "USA:IRN", "--by", "week", "--format", "json")
    assert code == 0 and [row["period"] for row in json.loads(out)] == ["2023-W10", "2023-W12"]
    code, out, _ = stored("timeline", "--dyad", "USA:IRN", "--by", "month")
    assert "2023-03" in out and "goldstein_mean" in out
    code, out, _ = stored("actors", "--top", "5", "--format", "json")
    assert code == 0 and len(json.loads(out)) == 5
    code, _, err = stored("export", "--format", "gdelt", "-o", str(tmp_path / "out"))
    assert code == 0 and "event(s) written" in err
    assert (tmp_path / "out" / "events.gdelt.tsv").stat().st_size > 0


def test_store_commands_say_what_is_wrong(run, tmp_path) -> None:
    code, _, err = run("events", "--db", str(tmp_path / "none.duckdb"))
    assert code == 2 and "vigie ingest" in err
    code, _, err = run("timeline", "--db", str(tmp_path / "none.duckdb"))
    assert code == 2 and "--dyad" in err


def test_db_is_a_setting(run, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("VIGIE_DB", str(tmp_path / "from-env.duckdb"))
    code, _, _ = run("ingest", str(FIXTURES / "seed_2022-02.txt"))
    assert code == 0 and (tmp_path / "from-env.duckdb").is_file()
    code, out, _ = run("events", "--format", "json")
    assert json.loads(out)


def test_reading_settings_reach_the_readers(run, tmp_path) -> None:
    long_text = "Le ministre a rencontré son homologue à Rome pour parler du commerce. " * 30   # ~2,100 characters
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("\n".join(json.dumps(record, ensure_ascii=False) for record in (
        {"id": "long", "date": "2021-05-04", "text": long_text},
        {"id": "ru", "date": "2021-05-04", "text": "Министр встретился с коллегой в Риме, чтобы обсудить торговлю."},
    )) + "\n", encoding="utf-8")
    (tmp_path / "vigie.toml").write_text("[vigie]\nmax_chars = 1000\n", encoding="utf-8")
    code, _, err = run("code", str(corpus), "--format", "jsonl")
    assert f"{corpus}:1" in err and "max_chars" in err and "French" in err
    (tmp_path / "vigie.toml").write_text("[vigie]\nlanguage_check = false\n", encoding="utf-8")
    code, _, err = run("code", str(corpus), "--format", "jsonl")
    assert "max_chars" not in err and "French" not in err and "2 article(s) coded" in err
