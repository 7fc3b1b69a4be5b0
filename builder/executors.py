"""Where extraction runs: in this process, a local process pool, or a Dask cluster.

Extraction is a pure map from a batch of articles to their briefings, so any engine that can map a picklable
function over a list can run it.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from typing import Protocol, TypeVar

T = TypeVar("T")
R = TypeVar("R")


class Executor(Protocol):
    """Maps a function over items, yielding results in input order."""

    def map(self, fn: Callable[[T], R], items: Iterable[T]) -> Iterator[R]: ...


class SerialExecutor:
    """Everything in this process (small inputs, tests, debugging)."""

    workers = 1

    def map(self, fn: Callable[[T], R], items: Iterable[T]) -> Iterator[R]:
        return map(fn, items)


class ProcessExecutor:
    """A local process pool; each worker loads its own spaCy model once."""

    def __init__(self, workers: int | None = None) -> None:
        self.workers = workers or os.cpu_count() or 1

    def map(self, fn: Callable[[T], R], items: Iterable[T]) -> Iterator[R]:
        with ProcessPoolExecutor(max_workers=self.workers) as pool:
            yield from pool.map(fn, items)


class DaskExecutor:
    """A `dask.distributed` cluster: pass a scheduler address, or nothing for a local cluster."""

    def __init__(self, address: str | None = None, client: object | None = None) -> None:
        from dask.distributed import Client  # optional dependency: pip install 'briefing-builder[dask]'

        self.client = client or Client(address) if address or client else Client(processes=True)
        self.workers = max(1, len(self.client.scheduler_info().get("workers", {})))

    def map(self, fn: Callable[[T], R], items: Iterable[T]) -> Iterator[R]:
        futures = self.client.map(fn, list(items), pure=False)
        yield from self.client.gather(futures)


def make_executor(spec: str | None, workers: int | None = None) -> Executor:
    """`local` (default), `serial`, or `dask` / `dask://HOST:PORT` / `tcp://HOST:PORT`."""
    spec = (spec or "local").strip()
    if spec == "serial" or workers == 1:
        return SerialExecutor()
    if spec == "local":
        return ProcessExecutor(workers)
    if spec == "dask":
        return DaskExecutor()
    if spec.startswith(("dask://", "tcp://")):
        return DaskExecutor(spec.replace("dask://", "tcp://", 1))
    raise ValueError(f"unknown executor {spec!r}; use local, serial, dask or tcp://HOST:PORT")
