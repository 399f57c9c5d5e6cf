"""What entries mean on spaCy's parse: head repairs, reflexives, requirements, slots (docs/lexicon.md)."""

from __future__ import annotations

import pytest

from vigie.lexicon import Lexicon
from vigie.lexicon.arguments import arguments, fillers
from vigie.lexicon.match import best, head_candidates, infinitives, is_passive, is_reflexive, preposition

pytestmark = pytest.mark.slow


def coded(nlp, lexicon: Lexicon, sentence: str) -> list[tuple[str, str, str | None, str | None]]:
    """(head word, code, first source word, first target word) for every predicate the sentence shows."""
    found = []
    for token in nlp(sentence):
        predicate = best(token, head_candidates(lexicon, token))
        if predicate is None:
            continue
        sources, targets = arguments(token, predicate, lexicon.support)
        first = [slots[0][1][0].text if slots else None for slots in (sources, targets)]
        found.append((token.text, predicate.code, first[0], first[1]))
    return found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # multiword expressions win over the plain verb
        (
            "Le ministre s'est entretenu par téléphone avec son homologue.",
            ("entretenu", "041", "ministre", "homologue"),
        ),
        ("Le ministre s'est entretenu avec son homologue.", ("entretenu", "040", "ministre", "homologue")),
        ("Paris a rappelé son ambassadeur à Rome.", ("rappelé", "161", "Paris", "Rome")),
        ("Israël a rappelé 300 000 réservistes.", ("rappelé", "154", "Israël", None)),
        ("Les rebelles ont pris en otage trois journalistes.", ("pris", "181", "rebelles", "journalistes")),
        ("L'ONG a attaqué l'État en justice.", ("attaqué", "115", "ONG", "État")),
        # passives: the agent is the source, the subject the target
        ("La ville a été bombardée par l'aviation russe.", ("bombardée", "195", "aviation", "ville")),
        ("Trois diplomates ont été expulsés par Moscou.", ("expulsés", "161", "Moscou", "diplomates")),
        # verbs conjugated with être are not passives
        (
            "Le président américain est arrivé mercredi à Varsovie.",
            ("arrivé", "042", "président", "Varsovie"),
        ),
        # spaCy's tag and lemma slips
        ("La justice française enquête sur la mort du journaliste.", ("enquête", "090", "justice", "mort")),
        (
            "L'Union européenne a gelé les avoirs de plusieurs oligarques.",
            ("gelé", "163", "Union", "oligarques"),
        ),
        ("Moscou réclame que l'Otan ferme sa porte à l'Ukraine.", ("réclame", "100", "Moscou", "Otan")),
        ("Les miliciens ont massacré des villageois.", ("massacré", "202", "miliciens", "villageois")),
        # object control: the infinitive's agent is the object of the governing verb
        ("Nous exhortons la Russie à reculer.", ("reculer", "080", "Russie", None)),
        # an infinitive under a noun takes the clause's subject
        ("Le Kremlin n'a pas l'intention d'attaquer l'Ukraine.", ("attaquer", "190", "Kremlin", "Ukraine")),
        # a relative pronoun stands for its antecedent, even when spaCy hangs the clause on the main verb
        (
            "« Nous exhortons la Russie à reculer », exhorte le dirigeant britannique, "
            "qui espère s'entretenir cette semaine avec Vladimir Poutine.",
            ("entretenir", "040", "dirigeant", "Vladimir"),
        ),
        # nouns take the subject of a support verb, not of any verb
        ("Le président a eu un entretien avec le roi de Jordanie.", ("entretien", "040", "président", "roi")),
        ("Une frappe israélienne a visé l'hôpital.", ("frappe", "195", "israélienne", "hôpital")),
        # complex prepositions
        ("Paris a pris des sanctions à l'encontre de Moscou.", ("pris", "163", "Paris", "Moscou")),
    ],
)
def test_sentence(nlp, lexicon: Lexicon, sentence: str, expected: tuple) -> None:
    assert expected in coded(nlp, lexicon, sentence)


def test_support_verbs_limit_noun_sources(nlp, lexicon: Lexicon) -> None:
    found = {
        code: (source, target)
        for _, code, source, target in coded(
            nlp, lexicon, "Les Occidentaux ont condamné l'attaque de la Russie contre l'Ukraine."
        )
    }
    assert found["111"] == ("Occidentaux", "attaque")
    assert found["190"][0] == "Russie", "the condemner is not the attacker"
    doc = nlp("Les Occidentaux ont condamné l'attaque contre l'Ukraine.")
    attack = next(t for t in doc if t.text == "attaque")
    assert fillers(attack, "gov:subj", "NOUN", lexicon.support) == []
    assert [t.text for t in fillers(attack, "gov:subj", "NOUN")] == ["Occidentaux"], (
        "no support table: any verb"
    )


def test_coordinated_subjects_hung_on_the_first(nlp, lexicon: Lexicon) -> None:
    doc = nlp("Les États-Unis et l'Otan ont rejeté ces demandes.")
    verb = next(t for t in doc if t.lemma_ == "rejeter")
    predicate = best(verb, head_candidates(lexicon, verb))
    sources, _ = arguments(verb, predicate, lexicon.support)
    assert [t.text for t in sources[0][1]] == ["États-Unis", "Otan"]


def test_reflexive_clitics(nlp) -> None:
    doc = nlp("Nous nous sommes entretenus avec eux. Il nous a reçus. Ils se sont rendus à Kiev.")
    verbs = {t.text: t for t in doc if t.pos_ == "VERB"}
    assert is_reflexive(verbs["entretenus"]) and not is_passive(verbs["entretenus"])
    assert not is_reflexive(verbs["reçus"])
    assert is_reflexive(verbs["rendus"])


def test_plain_entry_does_not_need_the_clitic_but_reflexive_one_does(nlp, lexicon: Lexicon) -> None:
    codes = {code for _, code, _, _ in coded(nlp, lexicon, "Les forces russes se sont retirées de Kherson.")}
    assert "0874" in codes
    codes = {code for _, code, _, _ in coded(nlp, lexicon, "Washington a retiré ses troupes d'Irak.")}
    assert codes == {"0874"}


def test_prepositions(nlp) -> None:
    doc = nlp("Ils ont parlé au téléphone et face à la Russie, des négociations entre Kiev et Moscou.")
    by_text = {t.text: t for t in doc}
    assert preposition(by_text["téléphone"]) == "à"
    assert preposition(by_text["Russie"]) == "face à"
    assert preposition(by_text["Kiev"]) == "entre", "spaCy lemmatises 'entre' as entrer: the text counts"


@pytest.mark.parametrize(
    ("form", "guesses"),
    [
        ("frappe", ["frapper"]),
        ("désarment", ["désarmer"]),
        ("massées", ["masser"]),
        ("réclame", ["réclamer"]),
        ("a", []),
    ],
)
def test_infinitives(form: str, guesses: list[str]) -> None:
    assert infinitives(form) == guesses


def test_idioms_are_general_entries(nlp, lexicon: Lexicon) -> None:
    sentence = "Londres veut frapper au portefeuille les proches du Kremlin."
    assert ("frapper", "1312", "Londres", "proches") in coded(nlp, lexicon, sentence)
    assert ("laissé", "036", "Moscou", None) in coded(
        nlp, lexicon, "Moscou a laissé la porte ouverte au dialogue."
    )
