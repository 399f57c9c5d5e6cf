import pytest

from vigie.coder.arguments import expand, slot_tokens, subjects
from vigie.coder.syntax import np_text


def head(doc, lemma):
    return next(t for t in doc if t.lemma_ == lemma or t.text == lemma)


@pytest.mark.parametrize("text, verb, expected", [
    ("Le ministre doit rencontrer son homologue.", "rencontrer", "Le ministre"),
    ("Les Occidentaux accusent les Russes d'avoir massé des troupes.", "massé", "les Russes"),
    ("Les troupes massées par Moscou inquiètent Kiev.", "massées", "Moscou"),
    ("Il a vu le dirigeant britannique, qui espère rencontrer Poutine.", "rencontrer", "le dirigeant britannique"),
    ("La Russie a été condamnée par l'ONU.", "condamnée", "l'ONU"),
])
def test_subjects(nlp, text, verb, expected):
    doc = nlp(text)
    found = [np_text(t) for t in subjects(head(doc, verb))]
    assert expected in found


def test_compound_subject_splits(nlp):
    doc = nlp("Les États-Unis et l'Otan ont rejeté ces demandes.")
    members = [np_text(t) for t in expand(slot_tokens("subj", head(doc, "rejeté")))]
    assert members == ["Les États-Unis", "l'Otan"]


def test_oblique_with_preposition(nlp):
    doc = nlp("Le ministre s'est entretenu avec son homologue russe.")
    found = [np_text(t) for t in slot_tokens("obl:avec", head(doc, "entretenu"))]
    assert found == ["son homologue russe"]


def test_passive_object(nlp):
    doc = nlp("Trois soldats ont été tués par les rebelles.")
    verb = head(doc, "tués")
    assert [np_text(t) for t in slot_tokens("obj", verb)] == ["Trois soldats"]
    assert [np_text(t) for t in slot_tokens("subj", verb)] == ["les rebelles"]


def test_infinitive_hung_on_a_date_takes_the_clause_subject(nlp):
    doc = nlp("Le Premier ministre arménien a annoncé lundi 9 novembre avoir signé un accord.")
    assert [np_text(t) for t in subjects(head(doc, "signé"))] == ["Le Premier ministre arménien"]


def test_perfect_infinitive_is_not_passive(nlp):
    from vigie.coder.syntax import is_passive

    doc = nlp("Le ministre a annoncé lundi 9 novembre avoir signé un accord.")
    assert not is_passive(head(doc, "signé"))


@pytest.mark.parametrize("text, verb, expected", [
    ("Le président russe Vladimir Poutine a signé un traité.", "signé", "Le président russe Vladimir Poutine"),
    ("Le gouvernement du Premier ministre Atal Bihari Vajpayee a annoncé des essais.", "annoncé",
     "Le gouvernement du Premier ministre Atal Bihari Vajpayee"),
    ("Le régime de Bachar al-Assad a bombardé la ville.", "bombardé", "Le régime de Bachar al-Assad"),
])
def test_a_name_the_parser_cut_is_one_subject(nlp, text, verb, expected):
    doc = nlp(text)
    assert [np_text(t) for t in subjects(head(doc, verb))] == [expected]


def test_an_acronym_before_a_name_is_no_part_of_it(nlp):
    doc = nlp("Le représentant de l'ONU Ibrahim Gambari a rencontré le général.")
    assert not any(np_text(t).endswith("ONU Ibrahim") for t in doc if t.pos_ in ("NOUN", "PROPN"))


@pytest.mark.parametrize("text, verb, expected", [
    ("Les forces russes ont bombardé jeudi des positions ukrainiennes.", "bombardé", "positions ukrainiennes"),
    ("L'Union européenne a annoncé lundi de nouvelles sanctions contre la Russie.", "annoncé", "sanctions"),
])
def test_an_object_the_parser_hung_on_the_day_is_the_object(nlp, text, verb, expected):
    doc = nlp(text)
    found = [np_text(t) for t in slot_tokens("obj", head(doc, verb))]
    assert any(expected in f for f in found), found


def test_a_word_the_parser_labels_punct_stays_in_its_phrase(nlp):
    doc = nlp("Le président sud-africain Jacob Zuma a indiqué s'être entretenu avec M. Mugabe.")
    assert any(np_text(t).startswith("Le président sud-africain") for t in subjects(head(doc, "indiqué")))
