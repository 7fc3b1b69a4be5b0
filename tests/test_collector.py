"""Reading data with spaCy's helpers leaves the cyclic collector as the build set it."""

from __future__ import annotations

import gc

import pytest

from builder.core.collector import existing_frozen
from builder.nlp.names import common_nouns


@pytest.mark.parametrize("enabled", [False, True])
def test_reading_the_noun_tables_leaves_the_collector_as_it_was(enabled):
    was = gc.isenabled()
    common_nouns.cache_clear()
    try:
        gc.enable() if enabled else gc.disable()
        assert common_nouns()  # the model's lookups, read by msgpack (spaCy's srsly reader turned it on)
        assert gc.isenabled() is enabled
    finally:
        gc.enable() if was else gc.disable()


def test_objects_made_before_a_frozen_block_are_out_of_collections_in_it_and_back_after():
    if gc.get_freeze_count():
        pytest.skip("objects frozen by an earlier test")
    made = [[] for _ in range(1000)]
    with existing_frozen():
        assert gc.get_freeze_count() >= len(made)
        with existing_frozen():  # nested: the outer block thaws
            pass
        assert gc.get_freeze_count() >= len(made)
    assert gc.get_freeze_count() == 0
