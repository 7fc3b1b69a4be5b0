"""When two articles can report one happening: their places on the timeline, the window, references back.

An article is placed on the timeline by its own date, else by a full date its lead states (`placed_date`).
Two placed articles further apart than the window report different happenings, unless the later one refers
back to the earlier one's date ("the mother of 12 killed on Oct. 21, 2011"). Undated articles are not ruled
out by time, but their leads must not name different years ("in April 2019" against "in September 2023").

The window comes from ECB+, the dev set with dates (in 178 of its leads): of the 744 pairs of dated articles
on one event, 73% are at most a day apart, 83.5% at most 7 days, 84.3% at most 30 and 95.3% at most 60; of
the 35 pairs further apart, 11 refer back. Two events of one ECB+ topic are at least 1,549 days apart. The
pairs one to two months apart are follow-ups that ECB+ counts as the same event (charges filed weeks after an
arrest); cross-validation over 7, 30 and 60 days chose 60 on every fold (`builder.evaluation.story_tuning`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from builder.core.model import Briefing
from builder.stories.dates import When, placed_date, referenced_dates, refers_to

WINDOW_DAYS = 60
YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def lead_years(briefing: Briefing) -> frozenset[str]:
    """The years named in the title and first sentence: when the event happened, as the lead states it."""
    texts = [briefing.article.title or "", *(s.text for s in briefing.sentences[:1])]
    return frozenset(year for text in texts for year in YEAR.findall(text))


def years_disagree(a: frozenset[str], b: frozenset[str]) -> bool:
    """True when both leads name years and none of them is shared."""
    return bool(a and b and not a & b)


def days_apart(a: str, b: str) -> int:
    """Whole days between two ISO dates."""
    return abs((dt.date.fromisoformat(a) - dt.date.fromisoformat(b)).days)


class Timing:
    """The time rules between the briefings of one grouping, by index; reference checks are remembered."""

    def __init__(self, briefings: Sequence[Briefing], window_days: int = WINDOW_DAYS) -> None:
        self.briefings = briefings
        self.window = window_days
        self.dates = [placed_date(b) for b in briefings]
        self.days = [dt.date.fromisoformat(d).toordinal() if d else None for d in self.dates]  # parsed once
        self.years = [lead_years(b) for b in briefings]
        # Whether an article refers back to a day, by (article, day): many earlier articles share a day, and
        # most pairs of a large collection are further apart than the window.
        self.memo: dict[tuple[int, str], bool] = {}
        self.references: dict[int, tuple[When, ...]] = {}  # dates an article refers to, resolved once

    def points_back(self, later: int, day: str) -> bool:
        """The later article names a date of the earlier day's happening (`dates.points_back`, remembered)."""
        if later not in self.references:
            self.references[later] = tuple(referenced_dates(self.briefings[later]))
        return any(refers_to(when, day, self.window) for when in self.references[later])

    def dated(self, i: int, j: int) -> bool:
        """Both articles are placed on the timeline."""
        return self.dates[i] is not None and self.dates[j] is not None

    def compatible(self, i: int, j: int) -> bool:
        """The two articles may report one happening: their leads do not name different years, and their dates
        are close or the later one refers back."""
        return not years_disagree(self.years[i], self.years[j]) and self.close_in_time(i, j)

    def close_in_time(self, i: int, j: int) -> bool:
        """Undated, or within the window of each other, or the later one refers back to the earlier's date."""
        a, b = self.days[i], self.days[j]
        if a is None or b is None or abs(a - b) <= self.window:
            return True
        later, earlier = (i, j) if a > b else (j, i)  # more than the window apart: never the same day
        if later not in self.references:
            self.references[later] = tuple(referenced_dates(self.briefings[later]))
        if not self.references[later]:  # most articles refer to no date at all
            return False
        key = (later, self.dates[earlier])
        if key not in self.memo:
            self.memo[key] = self.points_back(later, self.dates[earlier])
        return self.memo[key]

    def groups_compatible(self, a: Sequence[int], b: Sequence[int]) -> bool:
        """No dated article of one group is too far from one of the other (a story is one happening in time).

        Years named in leads only keep two articles from linking directly: within one event's coverage, a lead
        may name the year of an earlier happening it recalls.
        """
        return all(self.close_in_time(i, j) for i in a for j in b)
