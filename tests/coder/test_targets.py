"""Acts done to someone need a target: an event whose code is not one-sided (`one_sided` rule of
ontology/rules.yaml) is dropped when no target is read or inferred, unless the coder is asked to keep it
(`require_target=False`, `keep_targetless`). Sentences written for these tests."""

from __future__ import annotations

import pytest

from vigie.ontology import CodingRules, Ontology

pytestmark = pytest.mark.slow


def coded(engine, text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.code[:2], e.source and e.source.country, e.target and e.target.country)
            for e in engine.code_text(text, date="2023-06-14")]


def test_one_sided_codes_are_data() -> None:
    rules = CodingRules.load(Ontology.load())
    assert all(code in rules.one_sided for code in ("016", "141", "154", "1723", "202"))
    assert not any(code in rules.one_sided for code in ("010", "020", "111", "130", "163", "190"))


@pytest.mark.parametrize("text", [
    "Le Premier ministre hongrois a vivement critiqué la décision.",  # a criticism of no one named
    "Le président kényan a promis une aide d'urgence.",  # aid to no one named
    "Le ministre chilien a fait une déclaration mardi.",  # a plain statement with no addressee
])
def test_an_act_with_no_target_is_dropped(engine, targetless_engine, text: str) -> None:
    assert coded(targetless_engine, text), "the sentence must give an event when targets are not required"
    assert not coded(engine, text)


@pytest.mark.parametrize(("text", "root"), [
    ("Le gouvernement nigérian a démenti toute implication dans l'attentat.", "01"),  # a denial (016)
    ("L'armée grecque a mobilisé ses réservistes.", "15"),  # a mobilisation
])
def test_a_one_sided_act_needs_no_target(engine, text: str, root: str) -> None:
    assert any(r == root and target is None for r, _, target in coded(engine, text))


def test_an_addressee_or_an_inferred_target_counts(engine) -> None:
    said = coded(engine, "« Nous resterons vigilants », a déclaré le ministre chilien à son homologue argentin.")
    assert ("01", "CHL", "ARG") in said
    text = ("L'Inde a massé des troupes près du Pakistan. Des soldats indiens patrouillent à la frontière. "
            "Le Pakistan a dénoncé une provocation. New Delhi a lancé un avertissement sévère.")
    events = engine.code_text(text, date="2023-06-14")
    assert any(e.root == "11" and e.source.country == "PAK" and e.extra.get("target_inferred") for e in events)


def test_keep_targetless_reaches_the_engine() -> None:
    from vigie.parallel import EngineSpec
    from vigie.settings import Settings

    assert EngineSpec.from_settings(Settings.load(env={})).require_target is True
    assert EngineSpec.from_settings(Settings.load(env={}, overrides={"keep_targetless": True})).require_target is False
