"""`vigie actor`, called through argparse as the `vigie` command does."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from vigie.commands import actor
from vigie.errors import ConfigError


def _run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="vigie")
    actor.register(parser.add_subparsers(dest="command"))
    return actor.run(parser.parse_args(["actor", *argv]))


def test_json_for_one_actor(capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(["le président russe", "--date", "1999-05-19", "--format", "json"]) == 0
    [row] = json.loads(capsys.readouterr().out)  # --format json is always a list
    assert {k: row[k] for k in ("name", "country", "role", "code")} == {
        "name": "Boris Eltsine", "country": "RUS", "role": "GOV", "code": "RUSGOV"}
    assert "wikidata" in row


def test_json_list_for_several(capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(["les chefs de la diplomatie américaine et russe", "--date", "2022-02-01",
                 "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["code"] for r in rows] == ["USAGOV", "RUSGOV"]


def test_table_and_no_actor(capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(["Vladimir Poutine", "--date", "2010-01-01"]) == 0
    out = capsys.readouterr().out
    assert "RUSGOV" in out and "Poutine" in out
    assert _run(["la frontière de l'Ukraine", "--format", "json"]) == 1
    assert json.loads(capsys.readouterr().out) == []


def test_actors_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "mine.yaml"
    path.write_text("- {type: name, text: la Grande Muette, country: FRA, role: MIL}\n", encoding="utf-8")
    assert _run(["la Grande Muette", "--actors", str(path), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["code"] == "FRAMIL"


def test_actors_flag_does_not_swallow_the_phrase(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "mine.yaml"
    path.write_text("- {type: name, text: la Grande Muette, country: FRA, role: MIL}\n", encoding="utf-8")
    assert _run(["--actors", str(path), "--actors", str(path), "la Grande Muette", "--format", "json"]) == 0
    assert [row["code"] for row in json.loads(capsys.readouterr().out)] == ["FRAMIL"]


def test_actors_from_the_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "mine.yaml"
    path.write_text("- {type: name, text: la Grande Muette, country: FRA, role: MIL}\n", encoding="utf-8")
    monkeypatch.setenv("VIGIE_ACTORS", str(path))
    assert _run(["la Grande Muette", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["code"] == "FRAMIL"
    monkeypatch.delenv("VIGIE_ACTORS")
    config = tmp_path / "vigie.toml"
    config.write_text(f'[vigie]\nactors = ["{path}"]\n', encoding="utf-8")
    assert _run(["la Grande Muette", "--config", str(config), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["code"] == "FRAMIL"


def test_a_month_is_a_date(capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(["le président russe", "--date", "1999-05", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["name"] == "Boris Eltsine"


def test_bad_date_and_missing_text() -> None:
    with pytest.raises(ConfigError, match="--date"):
        _run(["le président russe", "--date", "19/05/1999"])
    with pytest.raises(ConfigError, match="noun phrase"):
        _run([])


def test_check_reports_findings(capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(["--check"]) == 0
    assert "finding(s)" in capsys.readouterr().err
