from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from builder import pipeline
from builder.nlp.spacy_model import load_nlp
from builder.runtime.executors import DaskExecutor, ProcessExecutor, SerialExecutor, make_executor
from builder.sources.readers import read_sources

ROOT = Path(__file__).resolve().parent.parent


def worker_identity(_: int) -> tuple[int, int]:
    """The worker's pid and the identity of its spaCy model; sleeps so every worker gets a task."""
    time.sleep(0.3)
    return os.getpid(), id(load_nlp())


def square(x: int) -> int:
    return x * x


@pytest.fixture()
def articles():
    found, problems = read_sources(ROOT / "seeds")
    assert problems == []
    return found


@pytest.fixture()
def always_parallel(monkeypatch):
    """Use the executor even for the two seed articles (normally below PARALLEL_MIN)."""
    monkeypatch.setattr(pipeline, "PARALLEL_MIN", 0)


def test_serial_executor_keeps_order():
    assert list(SerialExecutor().map(square, [3, 1, 2])) == [9, 1, 4]


def test_process_executor_keeps_order_and_handles_nothing():
    executor = ProcessExecutor(2)
    assert list(executor.map(square, range(10))) == [x * x for x in range(10)]
    assert list(executor.map(square, [])) == []


def test_process_executor_runs_two_workers_each_with_one_model(nlp):
    results = list(ProcessExecutor(2).map(worker_identity, range(6)))
    models_by_worker: dict[int, set[int]] = {}
    for pid, model in results:
        models_by_worker.setdefault(pid, set()).add(model)
    assert len(models_by_worker) == 2
    assert os.getpid() not in models_by_worker
    assert all(len(models) == 1 for models in models_by_worker.values())


def test_process_pool_extraction_equals_serial(articles, seed_briefings, always_parallel):
    briefings, problems, extracted = pipeline.extract_all(articles, ProcessExecutor(2))
    assert problems == []
    assert extracted == len(articles)
    assert {b.article.id: b for b in briefings} == seed_briefings


def test_batches_give_every_worker_work_and_respect_the_batch_size():
    items = list(range(1000))
    sizes = [len(b) for b in pipeline.batches(items, 2)]  # type: ignore[arg-type]
    assert sum(sizes) == 1000 and max(sizes) == pipeline.BATCH_SIZE
    assert sizes == sorted(sizes, reverse=True), "batches shrink towards the end"
    assert sizes[-2] <= pipeline.TAIL_BATCH, "the tail is small, so no worker waits long for another"
    assert [x for b in pipeline.batches(items, 2) for x in b] == items  # type: ignore[arg-type]
    assert len(pipeline.batches(items[:10], 2)) >= 2  # type: ignore[arg-type]
    assert pipeline.batches([], 2) == []


def test_forked_workers_share_the_parents_model(nlp):
    executor = ProcessExecutor(2)
    assert executor.inherits_parent
    results = list(executor.map(worker_identity, range(4)))
    assert {model for _, model in results} == {id(load_nlp())}


@pytest.mark.parametrize(
    ("spec", "workers", "kind"),
    [
        (None, None, ProcessExecutor),
        ("local", 2, ProcessExecutor),
        ("local", 1, SerialExecutor),
        ("serial", None, SerialExecutor),
        (" serial ", 4, SerialExecutor),
    ],
)
def test_make_executor(spec, workers, kind):
    executor = make_executor(spec, workers)
    assert isinstance(executor, kind)
    if workers and kind is ProcessExecutor:
        assert executor.workers == workers


def test_make_executor_rejects_an_unknown_engine():
    with pytest.raises(ValueError, match="unknown executor 'spark'"):
        make_executor("spark")


def test_dask_local_cluster_extraction_equals_serial(articles, seed_briefings, always_parallel):
    distributed = pytest.importorskip("dask.distributed")
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        executor = DaskExecutor(client=client)
        assert executor.client is client
        assert executor.workers == 2
        briefings, problems, extracted = pipeline.extract_all(articles, executor)
        executor.close()  # a client passed in stays open: it is the caller's
        assert client.status == "running"
    assert problems == []
    assert extracted == len(articles)
    assert {b.article.id: b for b in briefings} == seed_briefings
