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
