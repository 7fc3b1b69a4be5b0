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


# Invented: a shooting reported on its day (0) and two days on (1); eighteen months later two reports of the
# trial (2, 3), the first naming the shooting's day. Report 2 is more alike to the shooting's report (same
# names, same scene) than to the other trial report.
FAR_PLACED = ["2011-10-21", "2011-10-23", "2013-04-12", "2013-04-12"]
FAR_REFERENCES = [(), ("2011-10-21",), ("2011-10-21", "2013-04-11"), ("2013-04-11",)]
FAR_PAIRS = {(0, 1): 0.28, (0, 2): 0.57, (0, 3): 0.43, (1, 2): 0.29, (1, 3): 0.24, (2, 3): 0.44}


def test_a_report_of_other_days_is_nearest_only_without_one_of_its_own_days() -> None:
    placed = zip(FAR_PLACED, FAR_REFERENCES, strict=True)
    found = [Facts((), (), p, (), (), (), refs, (), None) for p, refs in placed]
    timing = Timing(found, RULES.window_days)
    first, second = rounds(Similar.of(FAR_PAIRS), timing)
    assert grouped(first) == {frozenset({0, 1}), frozenset({2, 3})}
    assert grouped(second) == {frozenset({0, 1}), frozenset({2, 3})}
    # Alone with the shooting's reports, the trial report that names its day still links to them.
    alone = Similar.of({pair: v for pair, v in FAR_PAIRS.items() if 3 not in pair})
    first, _ = rounds(alone, Timing(found[:3], RULES.window_days))
    assert grouped(first) == {frozenset({0, 1, 2})}
