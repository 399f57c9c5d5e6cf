"""Modes on hand-built sentences: what the predicate's tense, negation, governors and modifiers make of it.
Coded without require_target (`targetless_engine`): some sentences name no target the coder reads, and
what is checked is the mode."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

CASES = [
    # text, root of the event to look at, expected mode
    ("L'armée russe a bombardé Kharkiv mardi.", "19", "occurred"),
    ("L'armée russe bombardera Kharkiv demain.", "19", "planned"),
    ("Le ministre turc doit se rendre jeudi à Bagdad.", "04", "planned"),
    ("Le président égyptien se rendra à Riyad la semaine prochaine.", "04", "planned"),
    ("Le chancelier allemand est attendu lundi à Varsovie.", "04", "planned"),
    ("Le Premier ministre prévoit de rencontrer son homologue japonais.", "04", "planned"),
    ("La Corée du Nord n'a pas attaqué le Japon.", "19", "negated"),
    ("L'Inde n'a jamais menacé le Pakistan.", "13", "negated"),
    ("Le Kremlin affirme ne pas avoir l'intention d'envahir la Géorgie.", "19", "negated"),
    ("Téhéran refuse de rencontrer les émissaires américains.", "12", "occurred"),  # 125: rejects a meeting
    ("Le gouvernement renonce à bombarder la ville rebelle.", "19", "negated"),
    ("La Chine pourrait sanctionner le Japon.", "16", "hypothetical"),
    ("Si l'Iran attaquait Israël, la situation changerait.", "19", "hypothetical"),
    ("Ankara accuse Damas d'avoir bombardé des civils.", "19", "alleged"),
    ("Le Maroc accuse l'Algérie d'avoir soutenu les rebelles.", "07", "alleged"),
    ("Washington condamne l'attaque russe contre l'Ukraine.", "11", "occurred"),
]


@pytest.mark.parametrize("text, root, mode", CASES)
def test_mode(targetless_engine, text, root, mode):
    events = targetless_engine.code_text(text, date="2023-06-14")
    found = [e for e in events if e.root == root]
    assert found, [(e.code, e.trigger, e.mode) for e in events]
    assert found[0].mode == mode, [(e.code, e.trigger, e.mode) for e in events]
