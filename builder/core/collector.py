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


@contextmanager
def existing_frozen() -> Iterator[None]:
    """Run a block with every object that exists now left out of cyclic collections (`gc.freeze`).

    For work that needs the collector (MkDocs' pages and Markdown parsers form cycles) after the build made
    millions of objects that live on: a full collection meanwhile would scan them all (0.45 s at 5,000
    articles, in the site step of one new article) and find nothing to free. Objects a caller froze stay so.
    """
    thaw = gc.get_freeze_count() == 0
    gc.freeze()
    try:
        yield
    finally:
        if thaw:
            gc.unfreeze()
