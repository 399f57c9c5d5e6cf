"""Anchor inference for articles dated only by their month, and the anchor an article gets."""

from __future__ import annotations

import datetime as dt

from vigie.articles import parse_text
from vigie.time import CONFIDENT, article_anchor, infer_anchor


def test_seed_article_is_of_1_february(seed_path):
    article = parse_text(seed_path.read_text(encoding="utf-8"), "seed", str(seed_path), None)
    assert article.date == "2022-02"
    guess = infer_anchor(article.text, 2022, 2)
    assert guess is not None
    assert guess.date == dt.date(2022, 2, 1)
    assert guess.confidence >= CONFIDENT
    assert "mardi 1er février" in guess.evidence


def test_upcoming_day_in_next_month_leaves_several_days():
    # ahead, named with its weekday: the article is within the days before it, in January
    guess = infer_anchor("Le ministre doit s'entretenir mardi 1er février avec son homologue.", 2022, 1)
    assert guess is not None
    assert dt.date(2022, 1, 26) <= guess.date <= dt.date(2022, 1, 31)
    assert guess.confidence < CONFIDENT


def test_past_and_future_days_bound_the_article():
    text = ("La conférence, qui s'est ouverte lundi 14 mars, doit s'achever vendredi 18 mars. "
            "Aujourd'hui mercredi, les délégués discutent du texte final.")
    guess = infer_anchor(text, 2022, 3)
    assert guess is not None
    assert guess.date == dt.date(2022, 3, 16)
    assert guess.confidence >= CONFIDENT


def test_bounds_alone_are_not_confident():
    text = "La conférence, qui s'est ouverte lundi 14 mars, doit s'achever vendredi 18 mars."
    guess = infer_anchor(text, 2022, 3)
    assert guess is not None
    assert dt.date(2022, 3, 14) <= guess.date <= dt.date(2022, 3, 18)
    assert guess.confidence < CONFIDENT


def test_this_day_is_the_article_day():
    guess = infer_anchor("Le Parlement vote ce mardi 1er mars le budget rectificatif.", 2022, 3)
    assert guess is not None
    assert guess.date == dt.date(2022, 3, 1)
    assert guess.confidence >= CONFIDENT


def test_yesterday_with_weekday_gives_the_weekday():
    guess = infer_anchor("Le ministre a démissionné hier lundi, a annoncé l'Élysée.", 2022, 3)
    assert guess is not None
    assert guess.date.isoweekday() == 2  # a Tuesday: yesterday was Monday
    assert guess.confidence < CONFIDENT  # five Tuesdays in March 2022


def test_weekday_that_does_not_fit_the_year_is_ignored():
    # 1er février 2022 is a Tuesday, not a Friday: no usable cue
    assert infer_anchor("Le vote doit avoir lieu vendredi 1er février.", 2022, 2) is None


def test_no_cue_no_guess():
    assert infer_anchor("Les Occidentaux accusent Moscou de masser des troupes.", 2022, 2) is None


def test_article_anchor_full_date():
    anchor = article_anchor("2022-02-03", "texte sans date")
    assert anchor.day == dt.date(2022, 2, 3)
    assert anchor.year_month == (2022, 2)
    assert anchor.guess is None


def test_article_anchor_month_only_without_cue_keeps_the_month():
    anchor = article_anchor("2022-02", "Les Occidentaux accusent Moscou.")
    assert anchor.day is None
    assert anchor.year_month == (2022, 2)


def test_article_anchor_month_only_uses_a_confident_guess(seed_path):
    article = parse_text(seed_path.read_text(encoding="utf-8"), "seed", str(seed_path), None)
    anchor = article_anchor(article.date, article.text)
    assert anchor.day == dt.date(2022, 2, 1)


def test_article_anchor_impossible_day_falls_back_to_the_month():
    anchor = article_anchor("2022-02-30", "Les Occidentaux accusent Moscou.")
    assert anchor.day is None and anchor.year_month == (2022, 2)


def test_article_anchor_no_date():
    assert article_anchor(None, "texte").day is None
    assert article_anchor(None, "texte").year_month is None


def test_month_anchor_resolves_month_and_year_expressions(tagger):
    text = "L'an dernier, la crise a éclaté en septembre dernier ; hier, le ministre a parlé."
    values = {t.text: t.value for t in tagger.tag(text, None, month=(2022, 2))}
    assert values["L'an dernier"] == "2021"
    assert values["septembre dernier"] == "2021-09"
    assert values["hier"] is None
