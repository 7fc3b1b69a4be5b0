"""Time in story grouping: dates from the lead, the window, references back, and undated leads' years.

The articles are short texts written for these tests. Putin and Kim met or exchanged gifts at three
different times (September 2023, February 2024, June 2024); each happening has two reports, from two outlets.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from builder.core.model import Briefing
from builder.pipeline import extract_all
from builder.sources.readers import read_sources
from builder.stories.dates import lead_date, placed_date, points_back
from builder.stories.grouping import group_stories
from builder.stories.timing import Timing, days_apart

EVENTS = {
    "sep23-wire": (
        "2023-09-13",
        "Wire One",
        """
Vladimir Putin welcomed Kim Jong Un to the Vostochny Cosmodrome in Russia's Amur region on Wednesday.
The two leaders toured the launch pads before holding talks that lasted several hours.
Putin said Russia was ready to help North Korea put satellites into orbit.
Kim promised his country's full support for Moscow, and the two men swapped hunting rifles as gifts.
""",
    ),
    "sep23-daily": (
        "2023-09-14",
        "Daily Two",
        """
Kim Jong Un's visit to the Vostochny Cosmodrome ended with an exchange of rifles, the Kremlin said.
Putin showed the North Korean leader around the space centre in the Amur region before their talks.
Officials in Seoul and Washington warned that any arms deal would breach United Nations sanctions.
Kim travelled to the cosmodrome on his armoured train and was expected to visit Vladivostok next.
""",
    ),
    "feb24-wire": (
        "2024-02-18",
        "Wire One",
        """
Vladimir Putin has given Kim Jong Un a Russian-made Aurus limousine, North Korean state media said on Sunday.
Kim's sister Kim Yo Jong thanked Moscow for the car and said it showed the special relations between the
two leaders.
The gift appears to breach a United Nations ban on sending luxury goods to Pyongyang.
""",
    ),
    "feb24-daily": (
        "2024-02-19",
        "Daily Two",
        """
North Korea says Kim Jong Un has received an Aurus car from Vladimir Putin as a personal present.
Kim Yo Jong passed on her brother's gratitude to the Russian leader, the KCNA agency reported.
Experts said the limousine was likely to violate sanctions on luxury exports to the North.
""",
    ),
    "jun24-wire": (
        "2024-06-19",
        "Wire One",
        """
Vladimir Putin and Kim Jong Un signed a mutual defence pact in Pyongyang on Wednesday.
The treaty commits each country to help the other if it is attacked, Kim told reporters.
Putin arrived before dawn for his first visit to North Korea in 24 years; Kim greeted him at the airport.
""",
    ),
    "jun24-daily": (
        "2024-06-20",
        "Daily Two",
        """
Russia and North Korea have promised to defend each other under a treaty Putin and Kim signed in Pyongyang.
Tens of thousands of people lined the streets of the North Korean capital for the Russian leader's visit.
Kim called the pact the strongest treaty the two countries have ever signed.
""",
    ),
}


def markdown(date: str, source: str, body: str) -> str:
    return f"---\ndate: {date}\nsource: {source}\n---\n\n" + "\n\n".join(body.strip().splitlines())


@pytest.fixture(scope="module")
def events(tmp_path_factory: pytest.TempPathFactory, nlp: object) -> dict[str, Briefing]:
    """Briefings of the six reports, extracted by the real pipeline."""
    folder = tmp_path_factory.mktemp("events")
    for name, (date, source, body) in EVENTS.items():
        (folder / f"{name}.md").write_text(markdown(date, source, body), encoding="utf-8")
    articles, problems = read_sources(folder)
    assert problems == []
    found, failed, _ = extract_all(articles)
    assert failed == []
    return {b.article.id: b for b in found}


def groups(briefings: list[Briefing]) -> set[frozenset[str]]:
    return {frozenset(s.article_ids) for s in group_stories(briefings)}


def undated(b: Briefing) -> Briefing:
    return dataclasses.replace(b, article=dataclasses.replace(b.article, date=None))


def test_three_happenings_of_the_same_leaders_are_three_stories(events: dict[str, Briefing]) -> None:
    assert groups(list(events.values())) == {
        frozenset({"sep23-wire", "sep23-daily"}),
        frozenset({"feb24-wire", "feb24-daily"}),
        frozenset({"jun24-wire", "jun24-daily"}),
    }


def test_reports_months_apart_are_never_one_story(events: dict[str, Briefing]) -> None:
    """Even the most similar reports of the two visits, four happenings' worth of words in common."""
    found = groups([events["sep23-wire"], events["jun24-wire"], events["jun24-daily"], events["sep23-daily"]])
    assert all(len({name[:5] for name in group}) == 1 for group in found)


def test_a_later_report_that_refers_back_to_the_date_joins(events: dict[str, Briefing], nlp: object) -> None:
    later = dataclasses.replace(
        events["sep23-daily"],
        article=dataclasses.replace(events["sep23-daily"].article, id="sep23-later", date="2023-12-01"),
    )
    assert points_back(later, "2023-09-13", 60) is False  # it names no date of the happening
    found = groups([events["sep23-wire"], later])
    assert found == {frozenset({"sep23-wire"}), frozenset({"sep23-later"})}


def brief(folder: Path, name: str, text: str) -> Briefing:
    """The briefing of one invented .txt article (a leading `date YYYY-MM-DD` line dates it)."""
    (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    articles, problems = read_sources(folder)
    assert problems == []
    found, failed, _ = extract_all([a for a in articles if a.id == name])
    assert failed == []
    return found[0]


@pytest.mark.parametrize(
    ("text", "day", "back"),
    [
        ("The mother of two was killed on Oct. 21, 2011, in Brooklyn.", "2011-10-21", True),
        (
            "The mother of two was killed on Oct. 21, 2011, in Brooklyn.",
            "2011-10-25",
            True,
        ),  # within the window
        ("The mother of two was killed on Oct. 21, 2011, in Brooklyn.", "2013-04-11", False),
        ("The arrest came in October 2011 after a long search.", "2011-10-26", True),
        ("The arrest came in 2011 after a long search.", "2011-10-26", False),  # a year is not enough
    ],
)
def test_points_back(tmp_path: Path, nlp: object, text: str, day: str, back: bool) -> None:
    trial = brief(tmp_path, "trial", f"date 2013-04-11\nThe trial of two men opened in Brooklyn.\n{text}\n")
    assert points_back(trial, day, 7) is back


@pytest.mark.parametrize(
    ("text", "placed"),
    [
        ("PUBLISHED: THURSDAY, MAY 2, 2013\nThe actress checked into a clinic.", "2013-05-02"),
        ("The actress checked into a clinic on May 2, 2013, her lawyer said.", "2013-05-02"),
        ("BERLIN, 3 March 2024 - Train drivers began a strike.", "2024-03-03"),
        ("The actress checked into a clinic on Thursday.", None),  # a weekday alone places nothing
        ("First line.\nSecond line.\nThird line.\nOnly the fourth names May 2, 2013.", None),
    ],
)
def test_a_date_stated_in_the_lead_places_an_undated_article(
    tmp_path: Path, nlp: object, text: str, placed: str | None
) -> None:
    b = brief(tmp_path, "lead", text + "\n")
    assert (lead_date(b), placed_date(b)) == (placed, placed)


def test_the_article_date_comes_before_the_lead(tmp_path: Path, nlp: object) -> None:
    b = brief(tmp_path, "both", "date 2013-05-03\nThe actress checked into a clinic on May 2, 2013.\n")
    assert (lead_date(b), placed_date(b)) == ("2013-05-02", "2013-05-03")


def test_undated_reports_whose_leads_name_other_years_stay_apart(events: dict[str, Briefing]) -> None:
    sep, jun = undated(events["sep23-wire"]), undated(events["jun24-wire"])
    sep = dataclasses.replace(
        sep, article=dataclasses.replace(sep.article, title="Kim at the cosmodrome, September 2023")
    )
    jun = dataclasses.replace(
        jun, article=dataclasses.replace(jun.article, title="A defence pact in June 2024")
    )
    timing = Timing([sep, jun])
    assert timing.compatible(0, 1) is False


def test_undated_articles_are_not_ruled_out_by_time(events: dict[str, Briefing]) -> None:
    timing = Timing([undated(events["sep23-wire"]), events["jun24-wire"]])
    assert timing.compatible(0, 1) is True
    assert timing.dated(0, 1) is False


def test_a_group_is_not_joined_across_the_window(events: dict[str, Briefing]) -> None:
    timing = Timing([events["sep23-wire"], events["sep23-daily"], events["feb24-wire"]])
    assert timing.groups_compatible([0, 1], [2]) is False
    assert timing.groups_compatible([0], [1]) is True
    assert days_apart("2023-09-13", "2024-02-18") == 158
