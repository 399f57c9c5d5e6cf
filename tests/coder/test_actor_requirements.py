"""An entry that asks for a kind of actor as its subject or agent ("des missiles ont touché", "recherché
par la police") still reads that word as who acts: the requirement names the source, it does not use it
up (coder/reading.py). Sentences written for these tests."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "code", "source"), [
    ("Des roquettes syriennes ont touché un village turc.", "195", "SYR"),
    ("Un journaliste est recherché par la police algérienne.", "090", "DZA"),
])
def test_the_required_actor_is_the_source(targetless_engine, text, code, source):
    events = targetless_engine.code_text(text, date="2023-09-20")
    assert any(e.code == code and e.source and e.source.country == source for e in events), events


@pytest.mark.parametrize(("text", "code"), [
    ("La Corée du Nord a tiré des dizaines de missiles vers la mer.", "195"),
    ("Le Hezbollah a tiré des centaines de roquettes sur le nord d'Israël.", "195"),
])
def test_a_counted_object_satisfies_the_entry(targetless_engine, text, code):
    """"des dizaines de missiles": the quantity holds the object's slot, the counted noun is what the entry
    asks for (slot_quantifiers)."""
    assert code in {e.code for e in targetless_engine.code_text(text, date="2023-09-20")}


def test_a_target_hung_down_the_counted_object_is_found(engine):
    """"des dizaines de missiles de croisière sur la Syrie": the "sur" phrase hangs three nouns below the
    verb; it is still the target."""
    events = engine.code_text("Des navires turcs ont tiré des dizaines de missiles de croisière sur la Libye.",
                              date="2023-09-20")
    assert any(e.root == "19" and e.target and e.target.country == "LBY" for e in events), events
