"""Coordinated predicates and nested acts: each coordinated verb is its own event with the shared
subject; the governing act (appeal, order, demand, accusation, refusal, threat) is the event, in its own
mode, and the act it governs is an event only where the text asserts it (an accusation's content,
alleged). Sentences written for these tests."""

from __future__ import annotations

import pytest


def coded(engine, sentence: str) -> list[tuple[str, str | None, str | None, str]]:
    return [(e.code, e.source and e.source.country, e.target and e.target.country, e.mode)
            for e in engine.code_text(sentence, date="2023-05-10")]


@pytest.mark.parametrize(
    ("sentence", "roots"),
    [
        # two participles sharing one auxiliary and one subject
        ("Le Niger a fermement condamné l'embuscade et démenti toute responsabilité.", {"11", "01"}),
        # the second verb with its own auxiliary
        ("Le Tchad a démenti les rumeurs et a annoncé l'expulsion de l'ambassadeur français.", {"01", "16"}),
        # the second verb hung by the parser on the verb of a subordinate clause
        ("Le Sénégal a affirmé que son armée n'était pas impliquée et a appelé à un cessez-le-feu.", {"02"}),
        ("Le Hamas a rejeté le plan, qu'il juge humiliant, et appelé à poursuivre la lutte.", {"12", "02"}),
        # a refusal then an announcement: the announcement is not under the refusal
        ("Les ministres européens ont refusé d'avaliser le scrutin et annoncé des sanctions contre "
         "la Biélorussie.", {"12", "16"}),
    ],
)
def test_coordinated_predicates_are_each_coded(targetless_engine, sentence: str, roots: set[str]) -> None:
    """Coded without require_target: what is checked is that each coordinated verb is read."""
    events = coded(targetless_engine, sentence)
    assert roots <= {code[:2] for code, *_ in events}, events
    assert all(mode == "occurred" for *_, mode in events), events


def test_a_denial_beside_a_condemnation_is_not_dropped_as_a_plain_statement(engine) -> None:
    events = coded(engine, "Le Bénin a dénoncé l'incursion et nié tout rôle dans l'attaque.")
    assert any(code == "016" and source == "BEN" for code, source, _, _ in events), events


@pytest.mark.parametrize(
    ("sentence", "root", "mode"),
    [
        ("Le Kenya appelle les milices somaliennes à conclure une trêve.", "02", "occurred"),
        ("Le Kenya appellerait les milices somaliennes à conclure une trêve.", "02", "hypothetical"),
        ("Le Kenya n'a pas appelé les milices somaliennes à conclure une trêve.", "02", "negated"),
        ("Le président malien a ordonné aux gendarmes de libérer les détenus.", "10", "occurred"),
        ("Le président malien ordonnerait aux gendarmes de libérer les détenus.", "10", "hypothetical"),
        ("Le Japon a exigé que la Chine libère le journaliste.", "10", "occurred"),
        # demander is an appeal or a demand by its frame: either root is the request
        ("Le Japon a demandé à la Chine de libérer le journaliste.", "02|10", "occurred"),
        ("La Suède a refusé d'extrader le militant vers la Turquie.", "12", "occurred"),
    ],
)
def test_the_governing_act_is_the_event(engine, sentence: str, root: str, mode: str) -> None:
    events = coded(engine, sentence)
    roots = {code[:2] for code, *_ in events}
    # the act asked for, ordered or refused (a truce, a release, an extradition) is no event of its own
    assert roots and roots <= set(root.split("|")), events
    assert all(m == mode for *_, m in events), events


def test_an_appeal_takes_its_code_from_the_act_asked_for(engine) -> None:
    events = coded(engine, "Le Kenya appelle les milices somaliennes à conclure une trêve.")
    assert [(code, source, target) for code, source, target, _ in events] == [("0256", "KEN", "SOM")]


@pytest.mark.parametrize("verb", ["accuse", "accuserait"])
def test_an_accusation_keeps_its_content_as_an_alleged_act_of_the_accused(engine, verb: str) -> None:
    events = coded(engine, f"Le Burkina {verb} le Mali de soutenir les jihadistes.")
    assert any(code.startswith("11") and source == "BFA" and target == "MLI" for code, source, target, _ in events)
    assert any(source == "MLI" and mode == "alleged" for _, source, _, mode in events), events


@pytest.mark.parametrize("sentence", [
    "Des milliers d'étudiants chiliens ont manifesté mardi à Santiago pour exiger la démission du président.",
    "Des centaines de Kényans se sont rassemblés devant le Parlement pour dénoncer la réforme fiscale.",
])
def test_what_a_protest_is_for_is_its_content(targetless_engine, sentence: str) -> None:
    """The purpose of a protest (`purpose_covering` rule) is what it is about, not an event of its own."""
    roots = {code[:2] for code, *_ in coded(targetless_engine, sentence)}
    assert roots == {"14"}


def test_the_purpose_of_another_act_stays_an_event(engine) -> None:
    assert any(code.startswith("07") and target == "PER"
               for code, _, target, _ in coded(engine, "Le Chili a envoyé des troupes pour aider le Pérou."))


@pytest.mark.parametrize(("text", "root", "source"), [
    ("Les frappes turques ont tué trois civils dans le nord de la Syrie.", "19", "TUR"),
    ("Les bombardements russes ont détruit une école près de Kharkiv.", "19", "RUS"),
])
def test_an_act_that_is_the_subject_of_its_outcome_is_coded(engine, text, root, source):
    """An event noun that is the active subject of an event verb ("les frappes … ont tué") is an act of
    its own, not an argument the verb covers (as the object of "ont rejeté ces demandes" is)."""
    events = engine.code_text(text, date="2023-09-20")
    assert any(e.root == root and e.source and e.source.country == source for e in events), events
