"""event_date, the lexicon file's checks, French numbers, calendar helpers."""

from __future__ import annotations

import datetime as dt

import pytest

from vigie.errors import DataError
from vigie.time import calendar as cal
from vigie.time import event_date
from vigie.time.lexicon import load_lexicon


@pytest.mark.parametrize(("value", "date"), [
    ("2022-02-01", "2022-02-01"),
    ("2022-01-31TEV", "2022-01-31"),
    ("2022-01-31T14:30", "2022-01-31"),
    ("2022-W05", "2022-W05"),
    ("2022-W04-WE", "2022-W04"),
    ("2022-01", "2022-01"),
    ("2022", None),
    ("2022-SU", None),
    ("P4D", None),
    ("PRESENT_REF", None),
    ("XXXX-09-26", None),
    ("XXXX-WXX-3", None),
    ("196X", None),
    (None, None),
])
def test_event_date(value, date):
    assert event_date(value) == date


@pytest.mark.parametrize(("words", "number"), [
    ("trois", 3), ("dix-huit", 18), ("vingt-quatre", 24), ("vingt et un", 21), ("soixante-dix", 70),
    ("quatre-vingts", 80), ("quatre-vingt-dix", 90), ("deux cents", 200), ("trois mille", 3000),
    ("30,4", 30.4), ("12", 12),
])
def test_french_numbers(tagger, words, number):
    assert tagger.lexicon.number(words) == number


def test_not_a_number(tagger):
    assert tagger.lexicon.number("plusieurs") is None


def test_lexicon_errors_name_file_line_and_field(tmp_path):
    bad = tmp_path / "lexicon.yaml"
    bad.write_text("- {kind: month, value: 1, forms: [janvier]}\n- {kind: month, value: 13, forms: [x]}\n",
                   encoding="utf-8")
    with pytest.raises(DataError) as err:
        load_lexicon(bad)
    assert str(err.value).startswith(f"{bad}:2: value:")


def test_lexicon_rejects_unknown_kind_and_fields(tmp_path):
    bad = tmp_path / "lexicon.yaml"
    bad.write_text("- {kind: planet, value: 1, forms: [mars]}\n", encoding="utf-8")
    with pytest.raises(DataError, match="kind"):
        load_lexicon(bad)
    bad.write_text("- {kind: month, value: 1, forms: [janvier], colour: red}\n", encoding="utf-8")
    with pytest.raises(DataError, match="colour"):
        load_lexicon(bad)


def test_lexicon_rejects_a_form_with_two_meanings(tmp_path):
    bad = tmp_path / "lexicon.yaml"
    bad.write_text("- {kind: month, value: 1, forms: [janvier]}\n"
                   "- {kind: month, value: 2, forms: [janvier]}\n",
                   encoding="utf-8")
    with pytest.raises(DataError, match="already means"):
        load_lexicon(bad)


def test_packaged_lexicon_loads():
    lexicon = load_lexicon()
    assert lexicon.value("month", "Février") == 2
    assert lexicon.value("weekday", "dimanche") == 7
    assert lexicon.value("holiday", "Pâques") == "EASTER+0"


@pytest.mark.parametrize(("year", "day"), [(2022, dt.date(2022, 4, 17)), (2003, dt.date(2003, 4, 20)),
                                           (2000, dt.date(2000, 4, 23))])
def test_easter(year, day):
    assert cal.easter(year) == day


def test_weekday_near():
    tuesday = dt.date(2022, 2, 1)
    assert cal.weekday_near(tuesday, 1, cal.PAST) == dt.date(2022, 1, 31)
    assert cal.weekday_near(tuesday, 2, cal.FUTURE) == tuesday
    assert cal.weekday_near(tuesday, 2, cal.FUTURE, strict=True) == dt.date(2022, 2, 8)
    assert cal.weekday_near(tuesday, 2, cal.PAST, strict=True) == dt.date(2022, 1, 25)
    assert cal.weekday_near(tuesday, 4, None) == dt.date(2022, 2, 3)


def test_two_digit_years():
    assert cal.two_digit_year(97, 1999) == 1997
    assert cal.two_digit_year(3, 2002) == 2003
    assert cal.two_digit_year(98, None) == 1998
