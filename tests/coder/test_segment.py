import pytest


@pytest.mark.parametrize("text, expected", [
    ("Le ministre est arrivé. Il a parlé.", ["Le ministre est arrivé.", "Il a parlé."]),
    ("M. Lavrov a parlé. Mme Baerbock aussi.", ["M. Lavrov a parlé.", "Mme Baerbock aussi."]),
    ("Titre du jour\n\nLe texte commence ici.", ["Titre du jour", "Le texte commence ici."]),
    ("Le ministre français Jean-Yves Le Drian est attendu à Kiev.",
     ["Le ministre français Jean-Yves Le Drian est attendu à Kiev."]),
    ("« Nous exhortons la Russie à reculer. » Le dirigeant a conclu.",
     ["« Nous exhortons la Russie à reculer. »", "Le dirigeant a conclu."]),
    ("Le 1er février, J. Chirac a parlé.", ["Le 1er février, J. Chirac a parlé."]),
])
def test_sentences(nlp, text, expected):
    doc = nlp(text)
    assert [s.text.strip() for s in doc.sents] == expected


def test_parser_respects_paragraphs(nlp):
    doc = nlp("Moscou réclame des garanties\n\nWashington refuse")
    assert len(list(doc.sents)) == 2
    for sent in doc.sents:
        assert all(t.head.i >= sent.start and t.head.i < sent.end for t in sent)


@pytest.mark.parametrize("text, dateline", [
    ("PARIS, 20 mars 2011 - Des avions ont décollé.", "PARIS, 20 mars 2011 -"),
    ("KIEV – Les sirènes ont retenti.", "KIEV –"),
    ("AKCAKALE (Turquie), 1er octobre 2019 (AFP) - L'armée a tiré.", "AKCAKALE (Turquie), 1er octobre 2019 (AFP) -"),
    ("Titre\n\nN'DJAMENA, 3 mai 2021 - Le président est mort.", "N'DJAMENA, 3 mai 2021 -"),
])
def test_a_dateline_is_a_sentence_of_its_own(nlp, text, dateline):
    doc = nlp(text)
    sents = [s.text.strip() for s in doc.sents]
    assert dateline in sents
    [(start, end)] = doc.user_data["vigie_datelines"]
    assert doc[start:end].text == dateline


@pytest.mark.parametrize("text", [
    "L'ONU - et la France - ont réagi.",  # a dash aside, not a dateline
    "Le président a parlé. OTAN - Les alliés ont réagi.",  # not at a paragraph's start
    "Paris, 20 mars - Le ministre a parlé.",  # a place not in capitals
])
def test_no_dateline(nlp, text):
    assert nlp(text).user_data["vigie_datelines"] == []
