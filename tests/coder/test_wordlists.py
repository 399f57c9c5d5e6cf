"""The parse reader's word lists: the shipped file loads, and a bad record names its file and line."""

from __future__ import annotations

import pytest

from vigie.coder.wordlists import LISTS, load_context_lists, word_lists
from vigie.errors import DataError


def test_the_shipped_lists_are_all_there():
    words = word_lists()
    assert set(words.lists) == set(LISTS)
    assert "dont" in words["list_introducers"]
    assert ("à", "savoir") in words.phrases("list_introducers")


@pytest.mark.parametrize("text, problem", [
    ("- name: nowhere\n  words: [a]\n", ":1: name:"),
    ("- name: list_introducers\n  words: [Dont]\n", ":1: words:"),
    ("- name: list_introducers\n  words: [dont]\n- name: list_introducers\n  words: [dont]\n", ":3: name:"),
    ("- name: list_introducers\n  words: dont\n  colour: red\n", ":1: colour:"),
    ("- name: list_introducers\n  words: [dont]\n", "missing lists"),
])
def test_a_bad_record_fails_at_load_with_its_line(tmp_path, text, problem):
    path = tmp_path / "words.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DataError) as err:
        load_context_lists(path)
    assert str(path) in str(err.value) and problem in str(err.value)
