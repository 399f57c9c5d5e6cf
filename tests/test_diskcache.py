"""The disk cache of built indexes: hit, miss on any change of what they are built from, never an error."""

from __future__ import annotations

import pytest

from vigie import diskcache


@pytest.fixture
def folder(tmp_path, monkeypatch):
    monkeypatch.setenv("VIGIE_CACHE", str(tmp_path / "cache"))
    return tmp_path / "cache"


def counting(value):
    calls = []

    def build():
        calls.append(1)
        return value

    build.calls = calls
    return build


def test_a_second_load_reads_the_entry_instead_of_building(folder):
    build = counting({"a": [1, 2]})
    key = diskcache.key_for()
    assert diskcache.cached("index", key, build) == {"a": [1, 2]}
    assert diskcache.cached("index", key, build) == {"a": [1, 2]}
    assert len(build.calls) == 1 and len(list(folder.glob("index-*.pickle"))) == 1


def test_a_changed_user_file_makes_a_new_key(folder, tmp_path):
    actors = tmp_path / "mine.yaml"
    actors.write_text("- name: A\n", encoding="utf-8")
    before = diskcache.key_for([actors])
    actors.write_text("- name: B\n", encoding="utf-8")
    assert diskcache.key_for([actors]) != before != diskcache.key_for()
    assert diskcache.key_for([tmp_path / "missing.yaml"]) is None   # the build will say what is wrong


def test_a_broken_entry_is_rebuilt_and_replaced(folder):
    key = diskcache.key_for()
    diskcache.cached("index", key, counting(1))
    (entry,) = folder.glob("index-*.pickle")
    entry.write_bytes(b"\x80\x05 not a pickle")
    build = counting(2)
    assert diskcache.cached("index", key, build) == 2 and build.calls
    assert diskcache.cached("index", key, counting(3)) == 2


def test_an_unwritable_cache_only_costs_the_build(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("VIGIE_CACHE", str(blocker / "cache"))
    build = counting(5)
    assert diskcache.cached("index", diskcache.key_for(), build) == 5
    assert diskcache.cached("index", diskcache.key_for(), build) == 5 and len(build.calls) == 2


def test_off_means_always_built(monkeypatch):
    monkeypatch.setenv("VIGIE_CACHE", "off")
    build = counting(7)
    diskcache.cached("index", "k", build)
    diskcache.cached("index", "k", build)
    assert len(build.calls) == 2


def test_old_entries_are_pruned(folder):
    for n in range(diskcache.KEEP + 3):
        diskcache.cached("index", f"key{n}", counting(n))
    assert len(list(folder.glob("index-*.pickle"))) == diskcache.KEEP


def test_cached_actor_index_resolves_as_a_fresh_one(folder):
    import datetime

    from vigie.actors import ActorResolver

    when = datetime.date(2015, 6, 1)
    fresh = ActorResolver.load()
    build = counting(fresh)
    key = diskcache.key_for()
    diskcache.cached("actors", key, build)
    loaded = diskcache.cached("actors", key, build)
    assert loaded is not fresh and len(build.calls) == 1
    for phrase in ("le président russe", "la chancelière allemande", "le Hamas", "les autorités de Kiev"):
        assert loaded.resolve(phrase, when) == fresh.resolve(phrase, when)
