"""Pausing Python's cyclic garbage collector around work that makes many long-lived objects."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def cyclic_gc(enabled: bool) -> Iterator[None]:
    """Run a block with Python's cyclic garbage collector on or off, then restore its state.

    Building pages from cached briefings (or unpickling them) allocates millions of small objects that live
    until the build ends and form almost no cycles (66 unreachable objects on 1,000 articles); every full
    collection would scan them all again, which made the build after extraction about 40% slower and loading
    a pickle 3x slower. Reference counting still frees everything that is not cyclic, and extraction (spaCy)
    runs with the collector on.
    """
    was = gc.isenabled()
    gc.enable() if enabled else gc.disable()
    try:
        yield
    finally:
        gc.enable() if was else gc.disable()
