"""Dask scale-out: a LocalCluster of 2 workers codes what a local run codes, even when a worker dies."""

from __future__ import annotations

import pytest

distributed = pytest.importorskip("distributed")

from vigie.articles import Article  # noqa: E402
from vigie.parallel import EngineSpec  # noqa: E402
from vigie.scale.dask_engine import DaskEngine  # noqa: E402
from vigie.scale.shards import CRASH_ONCE_ENV  # noqa: E402
from vigie.store import Store, ingest  # noqa: E402

pytestmark = pytest.mark.slow

# Short articles written for these tests: a few clear events each, so that partitions are quick.
TEXTS = [
    "Le président sénégalais a rencontré mardi son homologue malien à Dakar.",
    "La France a condamné jeudi l'attaque menée par des rebelles contre un village du nord du Mali.",
    "Le gouvernement allemand a annoncé l'envoi d'une aide humanitaire au Soudan.",
    "Les manifestants ont dénoncé la hausse des prix devant le parlement tunisien.",
    "Le ministre des Affaires étrangères italien a appelé l'Égypte à libérer les journalistes détenus.",
    "L'armée nigériane a attaqué un camp de Boko Haram près de la frontière avec le Tchad.",
    "Le Maroc et l'Espagne ont signé un accord de coopération sur la pêche.",
    "Le Premier ministre belge a critiqué la décision de la Commission européenne.",
]


def articles() -> list[Article]:
    return [Article(id=f"scale-{i}", text=text, date="2024-03-0" + str(1 + i % 9)) for i, text in enumerate(TEXTS)]


def as_dicts(results) -> list[tuple[str, list[dict]]]:
    return [(article.id, [event.to_dict() for event in events]) for article, events in results]


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as one:
        yield one


@pytest.fixture(scope="module")
def local_results(engine):
    return as_dicts(engine.code(articles()))


def test_two_workers_code_what_a_local_run_codes(cluster, engine, local_results, tmp_path):
    with DaskEngine(EngineSpec(), scheduler=cluster.scheduler_address, partition_size=2,
                    shards=tmp_path / "shards") as dask_engine:
        assert as_dicts(dask_engine.code(articles())) == local_results
        assert len(list((tmp_path / "shards").glob("part-*.parquet"))) == 4
        # the store gets the same events as from a local ingest
        stores = {}
        for name, code in (("local", engine.code), ("dask", dask_engine.code)):
            store = Store.open(str(tmp_path / f"{name}.duckdb"))
            try:
                ingest(store, articles(), code, "test-coder")
                stores[name] = store.fetchall("SELECT * EXCLUDE (block) FROM events ORDER BY id")
            finally:
                store.close()
    assert stores["dask"] == stores["local"]
    assert stores["local"]


def test_a_worker_dying_mid_partition_loses_and_doubles_nothing(cluster, local_results, tmp_path):
    marker = tmp_path / "crashed"
    client = distributed.Client(cluster)
    try:
        client.run(_set_env, CRASH_ONCE_ENV, str(marker))
        with DaskEngine(EngineSpec(), scheduler=cluster.scheduler_address, partition_size=2,
                        shards=tmp_path / "shards") as dask_engine:
            results = as_dicts(dask_engine.code(articles()))
    finally:
        client.run(_unset_env, CRASH_ONCE_ENV)
        client.close()
    assert marker.exists(), "no worker died: the test did not test a crash"
    assert results == local_results
    shards = sorted(path.name for path in (tmp_path / "shards").iterdir())
    assert len(shards) == 4 and all(name.startswith("part-") for name in shards)  # no temporary file left


def _set_env(name: str, value: str) -> None:
    import os

    os.environ[name] = value


def _unset_env(name: str) -> None:
    import os

    os.environ.pop(name, None)
