"""The shipped lexicon, aliases, support verbs and modality markers load and hang together."""

from __future__ import annotations

from vigie.datafiles import read_jsonl
from vigie.lexicon import Lexicon, Modality
from vigie.lexicon.predicates import count_by_root
from vigie.ontology import Ontology


def test_lexicon_is_broad(lexicon: Lexicon) -> None:
    assert len(lexicon) >= 450
    counts = count_by_root(lexicon)
    assert sorted(counts) == [f"{n:02d}" for n in range(1, 21)], "every CAMEO root has entries"
    assert min(counts.values()) >= 8
    kinds = {(p.pos, p.reflexive, bool(p.requires)) for p in lexicon}
    assert {
        ("VERB", False, False),
        ("VERB", True, False),
        ("VERB", False, True),
        ("NOUN", False, False),
        ("NOUN", False, True),
        ("ADJ", False, True),
    } <= kinds


def test_every_code_is_in_the_ontology(lexicon: Lexicon, ontology: Ontology) -> None:
    assert all(p.code in ontology for p in lexicon)
    assert len({p.code for p in lexicon}) >= 150


def test_issue_list_is_covered(lexicon: Lexicon) -> None:
    triggers = {p.trigger for p in lexicon}
    wanted = [
        "s'entretenir avec",
        "s'entretenir par téléphone avec",
        "rencontrer",
        "se rendre à / en",
        "recevoir",
        "accueillir",
        "négocier",
        "signer un accord",
        "saluer",
        "soutenir",
        "aider",
        "exhorter",
        "appeler à",
        "réclamer",
        "exiger",
        "demander",
        "accuser",
        "condamner",
        "dénoncer",
        "critiquer",
        "rejeter",
        "refuser",
        "menacer",
        "avertir",
        "sanctionner",
        "geler les avoirs",
        "gel des avoirs",
        "expulser des diplomates",
        "rappeler son ambassadeur",
        "masser des troupes",
        "déployer des troupes",
        "bombarder",
        "frapper (militairement)",
        "attaquer",
        "tuer",
        "arrêter (une personne)",
        "enlever (une personne)",
        "prendre en otage",
        "libérer (des personnes)",
        "se retirer",
        "cessez-le-feu",
        "taper au portefeuille",
        "laisser la porte ouverte (à des négociations)",
        "juger inacceptable",
    ]
    assert [t for t in wanted if t not in triggers] == []


def test_candidates_most_specific_first(lexicon: Lexicon) -> None:
    entries = lexicon.candidates("entretenir", "VERB")
    assert [p.code for p in entries][:3] == ["041", "041", "041"]
    assert entries[-1].code == "040"
    specificity = [p.specificity for p in entries]
    assert specificity == sorted(specificity, reverse=True)
    assert lexicon.candidates("Entretenir", "VERB") == entries
    assert lexicon.candidates("entretenir", "NOUN") == []


def test_aliases_reach_lexicon_heads(lexicon: Lexicon) -> None:
    assert lexicon.candidates("parvenue", "ADJ") == lexicon.candidates("parvenir", "VERB") != []
    for (lemma, pos), target in lexicon.aliases.items():
        assert lexicon.candidates(*target), f"alias {lemma}/{pos} points to {target}, which has no entry"
    for key, targets in lexicon.conditional_aliases.items():
        for _, lemma, pos in targets:
            assert lexicon.candidates(lemma, pos), f"conditional alias {key} points to a missing head"


def test_support_verbs(lexicon: Lexicon) -> None:
    assert lexicon.support["avoir"] == "support" and lexicon.support["viser"] == "impact"
    assert "risquer" not in lexicon.support, "the subject of risquer undergoes the event"


def test_entries_are_unique_and_carry_examples(lexicon: Lexicon) -> None:
    keys = [(p.lemma, p.pos, p.reflexive, p.requires, p.exclude) for p in lexicon]
    assert len(keys) == len(set(keys))
    assert all(p.example.endswith((".", "!", "?")) and p.trigger for p in lexicon)
    assert all(p.where.endswith(f":{p.line}") for p in lexicon)


def test_lexicon_loads_several_files(tmp_path, ontology: Ontology) -> None:
    extra = tmp_path / "extra.jsonl"
    extra.write_text(
        '{"lemma": "pactiser", "pos": "VERB", "code": "050", "source": ["subj"], '
        '"target": ["obl:avec"], "trigger": "pactiser avec", "example": "Il pactise avec X."}\n',
        encoding="utf-8",
    )
    lexicon = Lexicon.load(ontology, [*Lexicon.default_paths(), extra])
    assert lexicon.candidates("pactiser", "VERB")[0].path == str(extra)


def test_modality_markers(modality: Modality) -> None:
    assert len(modality) >= 100
    assert modality.lookup("devoir", "VERB").mode == "planned"
    assert modality.lookup("pouvoir", "VERB").mode == "hypothetical"
    assert modality.lookup("refuser", "VERB").mode == "negated"
    assert modality.lookup("accuser", "VERB").mode == "alleged"
    assert modality.lookup("selon", "ADP").kind == "report"
    assert modality.lookup("possible", "ADJ").mode == "hypothetical"
    assert modality.lookup("imminent", "ADJ").mode == "planned"
    assert modality.lookup("intention", "NOUN").mode == "planned"
    assert modality.lookup("rumeur", "NOUN").mode == "alleged"
    assert modality.lookup("parler", "VERB") is None


def test_modality_kinds_and_forms(modality: Modality) -> None:
    assert {m.kind for m in modality.lookup_all("prévoir", "VERB")} == {"control", "expect"}
    assert modality.lookup("prévoir", "VERB", kind="expect").kind == "expect"
    assert modality.lookup("apprêter", "VERB").reflexive
    # spaCy keeps "tente" as its own lemma and tags "menace" as an adjective ("menac"): the form finds them
    assert modality.lookup("tente", "VERB") is None
    assert modality.lookup("tente", "VERB", form="tente").lemma == "tenter"
    assert modality.lookup("menac", "ADJ", form="menace").lemma == "menacer"


def test_shipped_files_have_no_blank_or_duplicate_lines() -> None:
    folder = Lexicon.default_paths()[0].parent.parent
    paths = [*Lexicon.default_paths(), *(folder / n for n in ("modality.jsonl", "lemmas.jsonl", "support.jsonl"))]
    for path in paths:
        lines = path.read_text(encoding="utf-8").splitlines()
        assert all(line.strip() for line in lines), path.name
        assert len(lines) == len(set(lines)) == len(list(read_jsonl(path))), path.name


def test_each_root_file_holds_its_own_root(lexicon: Lexicon) -> None:
    for predicate in lexicon:
        assert predicate.path.endswith(f"{predicate.root}.jsonl"), predicate.where
