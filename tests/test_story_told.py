"""Where a lead stands to its occasion: told as weeks away (an announcement before it) or as at hand (the
occasion taking place, or just over). Invented reports; no spaCy needed."""

from __future__ import annotations

import pytest

from builder.stories.dates import date_line, days_in, lead_date
from builder.stories.grouping import facts_of
from builder.stories.timing import Timing, lead_ahead, lead_at_hand
from tests import factories


def lead(text: str, date: str | None = None):
    return factories.briefing("r1", text, date=date)


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Voters in Freedonia cast their ballots on Sunday in a parliamentary election.", {"election"}),
        ("The referendum is over in the island republic.", {"election"}),
        ("Polling in the regional election began this morning and voting ended at 8 pm.", {"election"}),
        ("The Baltic summit opened today in Riga with a call for closer grid links.", {"meeting"}),
        ("The tournament got under way yesterday with a win for the hosts.", {"contest"}),
        # Not at hand: the occasion ahead with no day of this week; no occasion; a weekday of another thing.
        ("Freedonia will hold parliamentary elections in the spring under new rules.", set()),
        ("The finance minister said on Sunday that spending would rise.", set()),
        ("The show opened on Friday to packed houses.", set()),  # "show": an everyday word, not counted
        ("The primary reason for the delay, officials said on Monday, was the weather.", set()),
        # The weekday is the saying's: the occasion is told as to come.
        ("The commission said on Friday that the election will be held in the spring.", set()),
    ],
)
def test_lead_at_hand(text: str, kinds: set[str]) -> None:
    assert lead_at_hand(lead(text)) == kinds


@pytest.mark.parametrize(
    ("text", "date", "kinds"),
    [
        # Told as to come, with a day weeks after the report's date.
        ("Freedonia to hold parliamentary elections on 3 May 2026.", "2026-02-10", {"election"}),
        ("The next climate summit will open on April 20 in Oslo, its hosts said.", "2026-03-01", {"meeting"}),
        ("Elections, scheduled for the 15th of December, will have two parties.", "2025-09-20", {"election"}),
        # The day is within two weeks: the occasion is at hand soon, no announcement weeks before it.
        ("Freedonia will hold parliamentary elections on 3 May 2026.", "2026-04-28", set()),
        # No date of the report, or no day ahead, or no telling ahead.
        ("Freedonia to hold parliamentary elections on 3 May 2026 under new rules.", None, set()),
        ("Freedonia will hold parliamentary elections in the spring.", "2026-02-10", set()),
        ("The election commission said turnout on 3 May 2026 was 71 percent.", "2026-02-10", set()),
        # Told both ways: the occasion at hand, and the next one ahead: at hand only.
        (
            "Voters cast ballots on Sunday in the election.\nThe next election will be held on 3 May 2031.",
            "2026-05-04",
            set(),
        ),
        # The lead read past its dateline (a date cut in pieces is no sentence of the lead).
        (
            "Districts drawn up in Freedonia\n4\nOctober 2025, 18:07 (GMT+01:00)\nThe election, scheduled"
            " for 14 December 2025, will fill 125 seats, the commission said on Friday.",
            "2025-10-04",
            {"election"},
        ),
    ],
)
def test_lead_ahead(text: str, date: str | None, kinds: set[str]) -> None:
    b = lead(text, date)
    f = facts_of(b)
    assert lead_ahead(b, date, f.references) == kinds


@pytest.mark.parametrize(
    ("text", "reference", "days"),
    [
        ("planned for November 9 of this year", "2024-08-01", ["2024-11-09"]),
        ("due on the 4th of January", "2025-12-20", ["2026-01-04"]),
        ("held on 9 November 2024, 10:00", "2024-08-01", ["2024-11-09"]),
        ("with no day at all, in November", "2024-08-01", []),
    ],
)
def test_days_in(text: str, reference: str, days: list[str]) -> None:
    assert sorted(set(days_in(text, reference))) == days


ANNOUNCED = (
    "Freedonia to hold parliamentary elections on 3 May 2026 under a law that lets a second party stand, the "
    "central election commission said.\nThe commission said 125 seats would be contested by the ruling party "
    "and a new party of industrialists."
)
HELD = (
    "Voters in Freedonia cast their ballots on Sunday in parliamentary elections for 125 seats, the central "
    "election commission said.\nThe ruling party and a party of industrialists contested the seats."
)
PREVIEW = (
    "Voters in Freedonia go to the polls on Sunday in parliamentary elections for 125 seats, the central "
    "election commission said.\nThe ruling party and a party of industrialists contest the seats."
)


def test_an_announcement_weeks_ahead_and_a_report_of_the_voting_are_two_happenings() -> None:
    """The undated report of the voting is as alike as a report of the same news, but it tells the election
    as at hand, and the dated announcement tells it as months away."""
    announced = factories.briefing("a1", ANNOUNCED, date="2026-02-10")
    held = factories.briefing("a2", HELD)
    timing = Timing([facts_of(announced), facts_of(held)])
    assert not timing.compatible(0, 1)
    assert not timing.groups_compatible([0], [1])


def test_an_announcement_days_ahead_and_a_preview_may_be_one_happening() -> None:
    """Five days before the voting, the announcement is no news from weeks before: time does not rule out
    the pair."""
    announced = factories.briefing("a1", ANNOUNCED, date="2026-04-28")
    preview = factories.briefing("a2", PREVIEW)
    assert Timing([facts_of(announced), facts_of(preview)]).compatible(0, 1)


def test_two_reports_of_the_announcement_may_be_one_happening() -> None:
    first = factories.briefing("a1", ANNOUNCED, date="2026-02-10")
    second = factories.briefing("a2", ANNOUNCED.replace("said.", "announced."), date="2026-02-11")
    assert Timing([facts_of(first), facts_of(second)]).compatible(0, 1)


@pytest.mark.parametrize(
    ("lines", "placed"),
    [
        # A dateline the sentence splitter cut in two is read as one date …
        (["Freedonia sets rules for its vote", "14", "March 2021, 08:30 (GMT+01:00)"], "2021-03-14"),
        # … and so is an ISO date written as tokens.
        (["Freedonia sets rules for its vote", "2021 - 03 - 14", "It said so."], "2021-03-14"),
        (["Freedonia sets rules for its vote", "2021-03-14", "It said so."], "2021-03-14"),
        # A date past the lead still places nothing.
        (["First line.", "Second line.", "Third line.", "Only the fourth names 14 March 2021."], None),
    ],
)
def test_a_dateline_across_a_sentence_break_places_the_article(lines: list[str], placed: str | None) -> None:
    b = factories.briefing("d1", "\n".join(lines))
    assert lead_date(b) == placed


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        ("14", True),
        ("March 2021, 08:30 (GMT+01:00)", True),
        ("Updated:", True),
        ("PUBLISHED: SUNDAY, MARCH 14, 2021, 8: 30 AM", True),
        ("Posted 14/03/2021 @ 08:30 pm", True),
        ("Voters cast ballots on Sunday.", False),
        ("May is here.", False),
        ("2,000 booths", False),
    ],
)
def test_date_line(text: str, dateline: bool) -> None:
    assert date_line(text) == dateline
