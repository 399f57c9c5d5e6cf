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
