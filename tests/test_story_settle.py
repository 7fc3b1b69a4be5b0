"""An article left alone after the group round joins the group of SHOWN or more that holds its two nearest
articles (`grouping.settle_lone`, `grouping.lone_settling`).

Invented similarities: a large group of one happening's reports (0-3), a pair of another happening (4, 5),
and lone articles: a short report whose two nearest are in the large group (6); one whose nearest is in the
group and whose second is in the pair (7: a report of another election of one country); one whose two
nearest are in the pair (8: a pair does not show its happening); one whose nearest pair is below the lone
floor (9); one with a single neighbour (10)."""

from __future__ import annotations

import numpy as np
import pytest

from builder.stories.grouping import RULES, Facts, lone_settling, settle_lone
from builder.stories.linking import Similar
from builder.stories.timing import Timing

LABELS = [0, 0, 0, 0, 4, 4, 6, 7, 8, 9, 10]
PAIRS = {
    (0, 1): 0.40,
    (0, 2): 0.38,
    (1, 3): 0.36,
    (2, 3): 0.35,
    (4, 5): 0.45,
    (0, 6): 0.22,  # 6: nearest 0, then 1, both in the group of four
    (1, 6): 0.18,
    (4, 6): 0.10,
    (0, 7): 0.23,  # 7: nearest 0 (the group), then 4 (the pair)
    (4, 7): 0.21,
    (1, 7): 0.12,
    (4, 8): 0.30,  # 8: both nearest in the pair
    (5, 8): 0.28,
    (0, 9): 0.10,  # 9: both nearest in the group, nearest below the lone floor
    (2, 9): 0.09,
    (3, 10): 0.20,  # 10: one neighbour only
}


def similar() -> Similar:
    return Similar.of(PAIRS)


def test_lone_settling_links_only_an_article_whose_two_nearest_are_in_one_large_group() -> None:
    labels = np.array(LABELS, dtype=np.int64)
    sizes = np.bincount(labels, minlength=len(LABELS))
    assert lone_settling(labels, sizes, similar(), similar(), RULES.lone_floor) == [(0, 6)]


@pytest.mark.parametrize(
    ("placed", "joined"),
    [
        ([None] * len(LABELS), True),  # undated: time allows
        # the lone report placed months after the group's reports: time rules the join out
        (["2024-01-02"] * 6 + ["2024-09-01"] + [None] * 4, False),
    ],
)
def test_settle_lone_joins_where_time_allows(placed: list[str | None], joined: bool) -> None:
    facts = [Facts((), (), p, (), (), (), (), (), None) for p in placed]
    timing = Timing(facts, RULES.window_days)
    found = settle_lone(list(LABELS), similar(), similar(), RULES.lone_floor, timing)
    assert (found[6] == found[0]) is joined
    assert [found[i] for i in (7, 8, 9, 10)] == [7, 8, 9, 10]  # the others stay alone
    assert found[4] == found[5] != found[0]
