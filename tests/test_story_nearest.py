"""Nearest neighbours in story grouping prefer an article written the same days (`grouping.time_ranked`).

Invented similarities: two reports of a new happening, placed a day apart (0, 1), and two more of it (4, 5);
four undated reports of an older happening of the same kind (2, 3, 6, 7). Report 0 is a little more alike
to the old report 2 than to report 1, as two reports of two software patches years apart can be.
"""

from __future__ import annotations

import numpy as np
import pytest

from builder.stories import grouping
from builder.stories.grouping import RULES, Facts, article_round, group_round, time_ranked
from builder.stories.linking import Similar
from builder.stories.timing import Timing

PLACED = ["2025-03-03", "2025-03-04", None, None, "2025-03-03", "2025-03-04", None, None]
PAIRS = {
    (0, 1): 0.32,
    (0, 2): 0.34,  # the old happening's report, more alike than the same day's
    (0, 3): 0.30,
    (1, 2): 0.20,
    (1, 3): 0.20,
    (2, 3): 0.50,
    (0, 4): 0.22,
    (0, 5): 0.22,
    (1, 4): 0.22,
    (1, 5): 0.22,
    (4, 5): 0.40,
    (2, 6): 0.30,
    (2, 7): 0.30,
    (3, 6): 0.30,
    (3, 7): 0.30,
    (6, 7): 0.50,
}


def facts(placed: str | None) -> Facts:
    return Facts((), (), placed, (), (), (), (), (), None)


def grouped(labels: list[int]) -> set[frozenset[int]]:
    found: dict[int, set[int]] = {}
    for item, label in enumerate(labels):
        found.setdefault(label, set()).add(item)
    return {frozenset(g) for g in found.values()}


@pytest.fixture
def timing() -> Timing:
    return Timing([facts(p) for p in PLACED], RULES.window_days)


def rounds(similar: Similar, timing: Timing) -> tuple[list[int], list[int]]:
    dated = timing.dated_pairs(similar.first, similar.second)
    floors = np.where(dated, RULES.dated_floor, RULES.undated_floor)
    first = article_round(similar, floors, timing)
    return first, group_round(first, similar, floors, timing, RULES)


def test_only_pairs_placed_within_a_few_days_are_raised(timing: Timing) -> None:
    similar = Similar.of(PAIRS)
    ranked = time_ranked(similar, timing).as_dict()
    assert ranked[(0, 1)] == pytest.approx(0.32 + grouping.NEAR_BONUS)
    assert ranked[(0, 2)] == 0.34 and ranked[(2, 3)] == 0.50  # one or both undated: the cosine


def test_an_article_joins_the_reports_of_its_own_days(timing: Timing) -> None:
    first, second = rounds(Similar.of(PAIRS), timing)
    assert grouped(first) == {frozenset({0, 1}), frozenset({2, 3}), frozenset({4, 5}), frozenset({6, 7})}
    assert grouped(second) == {frozenset({0, 1, 4, 5}), frozenset({2, 3, 6, 7})}


def test_without_the_time_of_writing_the_new_happening_joins_the_old(
    timing: Timing, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(grouping, "NEAR_BONUS", 0.0)
    first, second = rounds(Similar.of(PAIRS), timing)
    assert frozenset({0, 1, 2, 3}) in grouped(first)
    assert grouped(second) == {frozenset({0, 1, 2, 3, 6, 7}), frozenset({4, 5})}
