"""Counterparts inferred for interactions whose target the sentence leaves unstated (rules.yaml infer_target)."""

from __future__ import annotations

import pytest

from .context_table import describe

pytestmark = pytest.mark.slow

ARTICLE = ("Le Burkina Faso a de nouveau accusé le Mali de soutenir les rebelles à sa frontière. Le Mali a "
           "démenti. Les ministres maliens jugent ces accusations absurdes. {sentence}")


@pytest.mark.parametrize("sentence, root, source", [
    ("L'armée burkinabée a bombardé des positions dans la nuit.", "19", "BFA"),
    ("Le Burkina Faso a placé ses troupes en état d'alerte.", "15", "BFA"),
    ("Le président burkinabé a salué la décision.", "05", "BFA"),
])
def test_an_untargeted_interaction_is_aimed_at_the_main_counterpart(engine, sentence, root, source):
    events = engine.code_text(ARTICLE.format(sentence=sentence), date="2023-06-15")
    last = [e for e in events if e.root == root and e.source and e.source.country == source
            and e.start >= len(ARTICLE) - 10 - len("{sentence}")]
    assert last and last[0].target is not None and last[0].target.country == "MLI", describe(events)
    assert last[0].extra.get("target_inferred")


@pytest.mark.parametrize("sentence", [
    "Le Burkina Faso a livré du carburant à ses habitants.",  # 07: aid goes to whom the text says
    "Le Burkina Faso a exigé des excuses.",  # 10: a demand names whom it is made to
])
def test_aid_and_demands_keep_an_unstated_target_unstated(targetless_engine, sentence):
    """Read with a coder that keeps target-less acts (the default one drops them), so that the act is
    there and one can see its target was not inferred."""
    events = targetless_engine.code_text(ARTICLE.format(sentence=sentence), date="2023-06-15")
    last = [e for e in events if e.start >= len(ARTICLE) - 10 - len("{sentence}") and e.root in ("07", "10")]
    assert last and not any(e.extra.get("target_inferred") for e in last), describe(events)


def test_places_count_for_the_counterpart(engine):
    text = ("Des explosions ont secoué Kharkiv dans la nuit. Les habitants d'Odessa et de Kherson sont restés "
            "dans les abris. Moscou a menacé de nouvelles frappes.")
    events = [e for e in engine.code_text(text, date="2023-06-15") if e.root == "13"]
    assert events and events[0].target is not None and events[0].target.country == "UKR", describe(events)
    assert events[0].extra.get("target_inferred")


def test_a_dateline_city_is_no_counterpart(targetless_engine):
    text = ("LONDRES, 3 mars 2015 - Le Kremlin a dénoncé les manœuvres. La Russie a menacé de riposter. "
            "Moscou a ensuite salué la décision.")
    events = [e for e in targetless_engine.code_text(text, date="2015-03-03") if e.root == "05"]
    assert events and not any(e.target and e.target.country == "GBR" for e in events), describe(events)


@pytest.mark.parametrize("phrase", ["les deux pays", "les belligérants"])
def test_the_two_sides_are_each_a_target(engine, phrase):
    text = ("Les combats ont repris entre le Soudan et le Soudan du Sud. L'armée soudanaise a accusé Juba "
            f"de soutenir les rebelles. Le Soudan du Sud a démenti. Le Kenya a appelé {phrase} à la retenue.")
    events = [e for e in engine.code_text(text, date="2023-06-15") if e.root == "02"]
    assert {e.target.country for e in events if e.target} == {"SDN", "SSD"}, describe(events)
    assert all(e.extra.get("target_inferred") for e in events)


def test_a_guessed_side_takes_the_country_where_it_acts(engine):
    text = ("Les États-Unis ont annoncé des sanctions. Washington a accusé Belgrade de complicité. "
            "Des milliers de manifestants se sont rassemblés samedi à Belgrade.")
    events = [e for e in engine.code_text(text, date="1999-03-27") if e.root == "14"]
    assert events and all(e.source.country == "SRB" for e in events), describe(events)
