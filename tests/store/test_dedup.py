"""De-duplication rules on mentions written by hand: what merges, what stays apart, GDELT's counts."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from vigie.errors import DataError
from vigie.store.dedup import Mention, Rules, best_mention, cluster, counts, date_interval, lead_end


@pytest.fixture(scope="module")
def rules() -> Rules:
    return Rules.load()


def mention(key: str, article: str = "a1", outlet: str | None = None, code: str = "042", mode: str = "occurred",
            date: str | None = "2021-06-08", article_date: str | None = "2021-06-08", source_role: str | None = "GOV",
            target_role: str | None = "GOV", place: str | None = None, start: int = 0, lead: bool = False,
            confidence: float | None = None) -> Mention:
    return Mention(key, article, outlet or f"outlet-{article}", code, mode, date, article_date, source_role,
                   target_role, place, start, lead, confidence)


def groups(mentions, rules) -> list[list[str]]:
    return sorted(sorted(m.key for m in event.members) for event in cluster(mentions, rules))


@pytest.mark.parametrize(("value", "first", "last"), [
    ("2021-06-08", "2021-06-08", "2021-06-08"),
    ("2021-W23", "2021-06-07", "2021-06-13"),
    ("2021-02", "2021-02-01", "2021-02-28"),
    ("2024-02", "2024-02-01", "2024-02-29"),
])
def test_date_intervals(value: str, first: str, last: str) -> None:
    assert date_interval(value) == (dt.date.fromisoformat(first), dt.date.fromisoformat(last))


@pytest.mark.parametrize("value", [None, "", "2021-13-01", "2021-W60", "juin 2021", "2021-02-30"])
def test_not_a_date_interval(value) -> None:
    assert date_interval(value) is None


def test_reports_of_one_visit_in_three_outlets_are_one_event(rules: Rules) -> None:
    # a minister's visit told by a wire (day), a daily (same day), a weekly (only "cette semaine")
    reports = [mention("wire", "a1"), mention("daily", "a2", date="2021-06-08"),
               mention("weekly", "a3", date="2021-W23", article_date="2021-06-12")]
    [event] = cluster(reports, rules)
    assert counts(event) == (3, 3, 3)
    assert event.interval == (dt.date(2021, 6, 8), dt.date(2021, 6, 8))


def test_gdelt_counts_mentions_sources_articles(rules: Rules) -> None:
    # two sentences of one article, a second article of the same outlet, a third outlet
    reports = [mention("lead", "a1", outlet="wire", start=0), mention("later", "a1", outlet="wire", start=400),
               mention("update", "a2", outlet="wire"), mention("other", "a3", outlet="daily")]
    [event] = cluster(reports, rules)
    assert counts(event) == (4, 2, 3)


def test_a_month_dated_report_cannot_chain_two_days(rules: Rules) -> None:
    # strikes on the 3rd and on the 20th, and a monthly summary that overlaps both
    reports = [mention("third", "a1", code="190", date="2021-06-03"),
               mention("twentieth", "a2", code="190", date="2021-06-20"),
               mention("summary", "a3", code="190", date="2021-06")]
    assert groups(reports, rules) == [["summary", "third"], ["twentieth"]]


@pytest.mark.parametrize(("change", "merged"), [
    ({"code": "043"}, False),  # 042 and 043 differ at the base code's 3 digits
    ({"code": "04"}, True),  # a bare root matches any code under it
    ({"code": "0421"}, True),  # a finer code under the same base
    ({"code": "036"}, False),
    ({"mode": "alleged"}, True),  # a claim that it happened and a report that it did
    ({"mode": "planned"}, False),
    ({"mode": "negated"}, False),
    ({"source_role": None}, True),  # "Washington" and "the Secretary of State"
    ({"source_role": "MIL"}, False),
    ({"date": "2021-06-09", "article_date": "2021-06-09"}, False),
    ({"date": None, "article_date": "2021-06-08"}, True),  # undated: on its article's day
    ({"date": None, "article_date": "2021-06-10"}, False),
    ({"place": "FRA"}, True),  # the first report names no place
])
def test_what_is_compatible(rules: Rules, change: dict, merged: bool) -> None:
    reports = [mention("first", "a1"), mention("second", "a2", **change)]
    assert (len(cluster(reports, rules)) == 1) is merged


def test_places_in_two_countries_stay_apart(rules: Rules) -> None:
    reports = [mention("paris", "a1", place="FRA"), mention("rome", "a2", place="ITA")]
    assert len(cluster(reports, rules)) == 2


def test_undated_mentions_without_article_date_merge_only_within_their_article(rules: Rules) -> None:
    reports = [mention("x", "a1", date=None, article_date=None), mention("y", "a1", date=None, article_date=None,
                                                                           start=50),
               mention("z", "a2", date=None, article_date=None)]
    assert groups(reports, rules) == [["x", "y"], ["z"]]


def test_the_result_does_not_depend_on_the_order(rules: Rules) -> None:
    reports = [mention("d3", "a1", code="190", date="2021-06-03"), mention("d20", "a2", code="190", date="2021-06-20"),
               mention("m", "a3", code="190", date="2021-06"), mention("w", "a4", code="193", date="2021-W22"),
               mention("alleged", "a5", code="190", mode="alleged", date="2021-06-03")]
    expected = groups(reports, rules)
    ids = {tuple(sorted(m.key for m in e.members)): e.id() for e in cluster(reports, rules)}
    for order in itertools.permutations(reports):
        assert groups(list(order), rules) == expected
        assert {tuple(sorted(m.key for m in e.members)): e.id() for e in cluster(list(order), rules)} == ids


def test_best_mention_is_the_most_specific_and_assertive(rules: Rules) -> None:
    reports = [mention("vague", "a1", code="04"), mention("claim", "a2", code="042", mode="alleged"),
               mention("precise", "a3", code="042", confidence=0.9)]
    [event] = cluster(reports, rules)
    assert best_mention(event, rules).key == "precise"


def test_lead_is_the_first_real_paragraph() -> None:
    text = "Photo : le ministre à Rome.\n\n" + "Le ministre a rencontré son homologue. " * 8 + "\n\nLa suite."
    end = lead_end(text, 200)
    assert text[:end].endswith("homologue. ") and "suite" not in text[:end]
    assert lead_end("Une seule phrase courte.", 200) == len("Une seule phrase courte.")


@pytest.mark.parametrize(("body", "problem"), [
    ("base_code_digits: 5\n", "base_code_digits"),
    ("mode_groups: [[occurred, alleged], [planned]]\n", "missing"),
    ("mode_groups: [[occurred, rumoured]]\n", "rumoured"),
    ("surprise: 1\n", "unknown rule"),
])
def test_a_wrong_rules_file_names_file_line_and_field(tmp_path, body: str, problem: str) -> None:
    good = Rules.load().__dict__
    lines = {
        "base_code_digits": f"base_code_digits: {good['base_code_digits']}\n",
        "mode_groups": "mode_groups: [[occurred, alleged], [planned], [negated], [hypothetical]]\n",
        "mode_preference": "mode_preference: [occurred, alleged, planned, hypothetical, negated]\n",
        "undated_on_article_date": "undated_on_article_date: true\n",
        "lead_min_chars": "lead_min_chars: 200\n",
    }
    name = body.split(":")[0]
    lines[name] = body
    path = tmp_path / "dedup.yaml"
    path.write_text("".join(lines.values()), encoding="utf-8")
    with pytest.raises(DataError, match=problem) as err:
        Rules.load(path)
    assert str(err.value).startswith(f"{path}:")
