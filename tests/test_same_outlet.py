"""One outlet's reports: linked only as near-duplicates, otherwise joined through other outlets."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from builder.core.model import Briefing
from builder.stories.grouping import RULES, Candidates, group_stories
from builder.stories.outlets import Outlet
from builder.stories.timing import per_distinct_pair
from tests.story_events import extracted, markdown, write_events

# A third report of the September 2023 visit, written for this test, from the first report's outlet.
FOLLOW_UP = """
Kim Jong Un left the Vostochny Cosmodrome on his armoured train after talks with Vladimir Putin.
North Korea's leader was heading for Vladivostok, where he was expected to see Russian warships.
Putin accepted an invitation to visit Pyongyang, the Kremlin said, after the two men exchanged rifles.
"""


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory, nlp: object) -> dict[str, Briefing]:
    """The reports of tests/story_events.py and a follow-up from Wire One, extracted by the real pipeline."""
    folder = write_events(tmp_path_factory.mktemp("outlets"))
    (folder / "sep23-wire-later.md").write_text(
        markdown("2023-09-14", "Wire One", FOLLOW_UP), encoding="utf-8"
    )
    return extracted(folder)


def from_outlet(briefing: Briefing, source: str, new_id: str | None = None) -> Briefing:
    """The briefing as if published by another outlet (and under another id)."""
    article = dataclasses.replace(briefing.article, source=source, id=new_id or briefing.article.id)
    return dataclasses.replace(briefing, article=article)


def unsourced(briefing: Briefing) -> Briefing:
    """The briefing as if its source named no outlet."""
    return dataclasses.replace(briefing, article=dataclasses.replace(briefing.article, source=None, url=None))


def stories(briefings: list[Briefing]) -> set[frozenset[str]]:
    return {frozenset(s.article_ids) for s in group_stories(briefings)}


def cosine(a: Briefing, b: Briefing) -> float:
    return next(iter(Candidates.of([a, b]).similar.value.tolist()), 0.0)


def test_two_reports_of_one_happening_from_two_outlets_are_one_story(reports: dict[str, Briefing]) -> None:
    assert stories([reports["sep23-wire"], reports["sep23-daily"]]) == {
        frozenset({"sep23-wire", "sep23-daily"})
    }


def test_two_different_reports_from_one_outlet_are_not_linked(reports: dict[str, Briefing]) -> None:
    wire, daily = reports["sep23-wire"], from_outlet(reports["sep23-daily"], "Wire One")
    assert 0.1 < cosine(wire, daily) < RULES.same_outlet_floor  # alike enough to link across outlets
    assert stories([wire, daily]) == {frozenset({"sep23-wire"}), frozenset({"sep23-daily"})}


def test_an_outlets_update_of_its_report_is_one_story(reports: dict[str, Briefing]) -> None:
    update = from_outlet(reports["sep23-wire"], "Wire One", "sep23-wire-update")
    assert stories([reports["sep23-wire"], update]) == {frozenset({"sep23-wire", "sep23-wire-update"})}


def test_one_outlets_reports_join_through_another_outlets_report(reports: dict[str, Briefing]) -> None:
    wire, later, daily = reports["sep23-wire"], reports["sep23-wire-later"], reports["sep23-daily"]
    assert stories([wire, later]) == {frozenset({"sep23-wire"}), frozenset({"sep23-wire-later"})}
    assert stories([wire, later, daily]) == {frozenset({"sep23-wire", "sep23-wire-later", "sep23-daily"})}


def test_articles_without_an_outlet_are_not_one_outlet(reports: dict[str, Briefing]) -> None:
    wire, daily = (unsourced(reports[k]) for k in ("sep23-wire", "sep23-daily"))
    candidates = Candidates.of([wire, daily])
    pair = np.array([0]), np.array([1])
    assert not per_distinct_pair(candidates.outlets, *pair, Outlet.same).any()  # what `allowed` asks
    assert stories([wire, daily]) == {frozenset({"sep23-wire", "sep23-daily"})}
