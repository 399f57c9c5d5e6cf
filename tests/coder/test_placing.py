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
def test_aid_and_demands_keep_an_unstated_target_unstated(engine, sentence):
    events = engine.code_text(ARTICLE.format(sentence=sentence), date="2023-06-15")
    last = [e for e in events if e.start >= len(ARTICLE) - 10 - len("{sentence}") and e.root in ("07", "10")]
    assert last and not any(e.extra.get("target_inferred") for e in last), describe(events)
