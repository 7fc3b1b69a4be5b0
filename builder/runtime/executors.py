"""Where extraction runs: in this process, a local process pool, or a Dask cluster.

Extraction is a pure map from a batch of articles to their briefings, so any engine that can map a picklable
function over a list can run it. The spaCy model is loaded lazily and cached per process (`load_nlp`), so
every worker process loads it at most once and keeps it for every later batch; a forked local worker inherits
the parent's model instead (`ProcessExecutor.inherits_parent`).
"""

from __future__ import annotations

import multiprocessing
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from typing import Any, Protocol, TypeVar

T = TypeVar("T")
R = TypeVar("R")


class Executor(Protocol):
    """Maps a function over items, yielding results in input order."""

    def map(self, fn: Callable[[T], R], items: Iterable[T]) -> Iterator[R]: ...


class SerialExecutor:
    """Everything in this process (small inputs, tests, debugging)."""

    workers = 1

    def map(self, fn: Callable[[T], R], items: Iterable[T]) -> Iterator[R]:
        """Apply fn to each item in turn."""
        return map(fn, items)


class ProcessExecutor:
    """A local process pool; worker processes live for one map call, which is one build's extraction.

    Where the platform can fork (Linux), workers are forked, so they inherit whatever the parent has loaded
    (`inherits_parent`): the pipeline loads the spaCy model once, before the pool starts, and every worker
    shares it copy-on-write instead of loading its own.
    """

    def __init__(self, workers: int | None = None, initializer: Callable[[], Any] | None = None) -> None:
        self.workers = workers or os.cpu_count() or 1
        self.initializer = initializer
        methods = multiprocessing.get_all_start_methods()
        self.context = (
            multiprocessing.get_context("fork") if sys.platform == "linux" and "fork" in methods else None
        )
        self.inherits_parent = self.context is not None

    def map(self, fn: Callable[[T], R], items: Iterable[T]) -> Iterator[R]:
        """Apply fn in up to `workers` processes, one item per task so the load stays balanced."""
        items = list(items)
        if not items:
            return
        size = min(self.workers, len(items))
        pool = ProcessPoolExecutor(max_workers=size, mp_context=self.context, initializer=self.initializer)
        with pool:
            yield from pool.map(fn, items)


class DaskExecutor:
    """A `dask.distributed` cluster: pass a client, a scheduler address, or nothing for a local cluster."""

    def __init__(self, address: str | None = None, client: Any | None = None) -> None:
        from dask.distributed import Client  # optional dependency: pip install 'briefing-builder[dask]'

        self.owns_client = client is None
        if client is not None:
            self.client = client
        elif address:
            self.client = Client(address)
        else:
            self.client = Client(processes=True)
        self.workers = max(1, sum(self.client.nthreads().values()))

    def map(self, fn: Callable[[T], R], items: Iterable[T]) -> Iterator[R]:
        """Submit every item at once and yield the results in input order."""
        futures = self.client.map(fn, list(items), pure=False)
        yield from self.client.gather(futures)

    def close(self) -> None:
        """Close the client if this executor created it; a client passed in stays the caller's to close."""
        if self.owns_client:
            self.client.close()


def make_executor(spec: str | None, workers: int | None = None) -> Executor:
    """`local` (default), `serial`, or `dask` / `dask://HOST:PORT` / `tcp://HOST:PORT`."""
    spec = (spec or "local").strip()
    if spec == "serial" or (spec == "local" and workers == 1):
        return SerialExecutor()
    if spec == "local":
        return ProcessExecutor(workers)
    if spec == "dask":
        return DaskExecutor()
    if spec.startswith(("dask://", "tcp://")):
        return DaskExecutor(spec.replace("dask://", "tcp://", 1))
    raise ValueError(f"unknown executor {spec!r}; use local, serial, dask or tcp://HOST:PORT")
