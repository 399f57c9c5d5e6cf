"""The coder's data files: word lists, coding rules and confidence weights, validated at load."""

from __future__ import annotations

import pytest

from vigie.coder.confidence import Weights, score
from vigie.coder.words import load_word_lists, word_list
from vigie.errors import DataError
from vigie.events import Event
from vigie.ontology import CodingRules, Ontology


def test_shipped_files_load() -> None:
    assert "nous" in word_list("pronouns") and "on" in word_list("pronouns")
    rules = CodingRules.load(Ontology.load())
    assert "0256" in rules.appeal_of.pairs.values() and "020" in rules.subsuming
    assert rules.demand_of.get("0871") == "107" and rules.demand_of.get("0841") == "1053"
    assert Weights.load().base > 0


@pytest.mark.parametrize(("text", "problem"), [
    ("- {name: a, words: [x, yes]}\n", "words: must be a list of non-empty strings"),
    ("- {name: a, words: [x]}\n- {name: a, words: [y]}\n", "name: 'a' is given twice"),
    ("- {name: a, words: [x], colour: red}\n", "colour: unknown field"),
])
def test_bad_word_list_names_file_and_line(tmp_path, text: str, problem: str) -> None:
    path = tmp_path / "words.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DataError, match=problem) as err:
        load_word_lists(path)
    assert str(path) in str(err.value)


@pytest.mark.parametrize(("record", "problem"), [
    ('- {rule: subsuming, codes: ["99"]}', "codes: '99' is not a CAMEO code"),
    ('- {rule: threat_of, map: {"19": 138}}', "write codes as quoted strings"),
    ('- {rule: nesting, codes: ["02"]}', "rule: 'nesting' is not one of"),
])
def test_bad_rule_names_file_and_line(tmp_path, record: str, problem: str) -> None:
    path = tmp_path / "rules.yaml"
    path.write_text("# rules\n" + record + "\n", encoding="utf-8")
    with pytest.raises(DataError, match=problem) as err:
        CodingRules.load(Ontology.load(), path)
    assert f"{path}:2:" in str(err.value)


def test_missing_rule_is_named(tmp_path) -> None:
    path = tmp_path / "rules.yaml"
    path.write_text('- {rule: subsuming, codes: ["02"]}\n', encoding="utf-8")
    with pytest.raises(DataError, match="missing rules: promising"):
        CodingRules.load(Ontology.load(), path)


def test_weights_multiply_and_stay_in_range(tmp_path) -> None:
    path = tmp_path / "confidence.yaml"
    path.write_text("- {name: base, weight: 0.8}\n- {name: no_target, weight: 0.5}\n"
                    "- {name: source_topic, weight: 0.5}\n", encoding="utf-8")
    weights = Weights.load(path)
    event = Event(doc_id="d", sentence="s", start=0, end=1, trigger="t", code="010", quad_class=1,
                  goldstein=0.0, plover=None, source=None, target=None, extra={"reading": ["source_topic"]})
    assert score(event, weights) == pytest.approx(0.2)
    event.extra["reading"] = []
    assert score(event, weights) == pytest.approx(0.4)
    path.write_text("- {name: base, weight: 1.5}\n", encoding="utf-8")
    with pytest.raises(DataError, match="weight: must be a number from 0 to 1"):
        Weights.load(path)


def test_factors_name_what_the_event_lacks_its_code_and_its_sentence() -> None:
    from vigie.coder.confidence import CROWDED, factors
    from vigie.events import Actor

    vague = Event(doc_id="d", sentence="s", start=0, end=1, trigger="t", code="190", quad_class=4,
                  goldstein=-10.0, plover=None, source=None, target=Actor(text="le Tchad", country="TCD"),
                  mode="planned")
    assert {"no_source", "unspecified_code", "root_19", "mode_planned"} <= set(factors(vague))
    assert "crowded_sentence" not in factors(vague) and "crowded_sentence" in factors(vague, CROWDED)
    precise = Event(doc_id="d", sentence="s", start=0, end=1, trigger="t", code="1823", quad_class=4,
                    goldstein=-10.0, plover=None, source=Actor(text="l'armée", country="TCD"), target=None)
    assert set(factors(precise)) == {"no_target", "root_18"}


def test_a_weight_for_no_factor_of_the_coder_is_refused(tmp_path) -> None:
    path = tmp_path / "confidence.yaml"
    path.write_text("- {name: base, weight: 0.8}\n- {name: root_21, weight: 0.5}\n", encoding="utf-8")
    with pytest.raises(DataError, match="name: 'root_21' is no factor") as err:
        Weights.load(path)
    assert f"{path}:2:" in str(err.value)
