"""Time in story grouping: dates from the lead, the window, references back, and undated leads' years."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import numpy as np
import pytest

from builder.core.model import Briefing
from builder.pipeline import build_stories, extract_all
from builder.site.base import render
from builder.site.escape import md_inline
from builder.site.views.story_view import Links, story_view, thread_view
from builder.sources.readers import read_sources
from builder.stories.assignment import assign, regroup
from builder.stories.dates import lead_date, placed_date
from builder.stories.grouping import facts_of, group_stories
from builder.stories.identity import Identity
from builder.stories.merge import threads_of
from builder.stories.threads import NEIGHBOURS, Thread, ThreadEntry, place_in, places_in
from builder.stories.timing import Timing, days_apart
from tests import factories
from tests.story_events import extracted, write_events


@pytest.fixture(scope="module")
def events(tmp_path_factory: pytest.TempPathFactory, nlp: object) -> dict[str, Briefing]:
    """Briefings of the six reports, extracted by the real pipeline."""
    folder = write_events(tmp_path_factory.mktemp("events"))
    return extracted(folder)


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
    assert points_back(later, "2023-09-13") is False  # it names no date of the happening
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
        ("The mother of two was killed on Oct. 11, 2011, in Brooklyn.", "2011-10-21", False),  # 10 days off
        # a month or a year names no happening: the later article may recall an earlier one of the same month
        ("The arrest came in October 2011 after a long search.", "2011-10-26", False),
        ("The arrest came in 2011 after a long search.", "2011-10-26", False),
    ],
)
def test_points_back(tmp_path: Path, nlp: object, text: str, day: str, back: bool) -> None:
    trial = brief(tmp_path, "trial", f"date 2013-04-11\nThe trial of two men opened in Brooklyn.\n{text}\n")
    assert points_back(trial, day) is back


def points_back(later: Briefing, day: str) -> bool:
    """Whether grouping's time rules (`Timing`) read the later article as naming the given day's happening."""
    return Timing([facts_of(later)]).points_back(0, day)


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
    timing = Timing([facts_of(b) for b in [sep, jun]])
    assert timing.compatible(0, 1) is False


def test_undated_articles_are_not_ruled_out_by_time(events: dict[str, Briefing]) -> None:
    timing = Timing([facts_of(undated(events["sep23-wire"])), facts_of(events["jun24-wire"])])
    assert timing.compatible(0, 1) is True
    assert timing.dated(0, 1) is False


def test_a_group_is_not_joined_across_the_window(events: dict[str, Briefing]) -> None:
    timing = Timing([facts_of(events[name]) for name in ("sep23-wire", "sep23-daily", "feb24-wire")])
    assert timing.groups_compatible([0, 1], [2]) is False
    assert timing.groups_compatible([0], [1]) is True
    assert days_apart("2023-09-13", "2024-02-18") == 158


def test_the_three_happenings_form_one_thread(events: dict[str, Briefing]) -> None:
    found = group_stories(list(events.values()))
    assert len(found) == 3
    assert len({g.thread for g in found}) == 1


def test_an_unrelated_story_is_not_in_the_thread(
    events: dict[str, Briefing], tmp_path: Path, nlp: object
) -> None:
    quake = brief(
        tmp_path,
        "quake",
        "date 2024-03-12\nA strong earthquake struck northern Chile on Tuesday, killing 12 people.\n"
        "Rescuers searched a collapsed hotel in Antofagasta, the disaster agency said.\n",
    )
    found = {g.article_ids[0]: g.thread for g in group_stories([*events.values(), quake])}
    assert found["quake"] != found["sep23-wire"] == found["feb24-wire"] == found["jun24-wire"]


def test_stories_list_their_thread_neighbours_and_pages_link_it(events: dict[str, Briefing]) -> None:
    stories = build_stories(list(events.values()))
    by_first = {s.sources[0].article_id: s for s in stories}
    feb = by_first["feb24-wire"]
    assert feb.thread is not None
    assert [e.date for e in feb.thread.earlier] == ["2023-09-14"]
    assert [e.date for e in feb.thread.later] == ["2024-06-20"]
    view = thread_view(feb)
    sep = by_first["sep23-wire"]
    assert view["earlier"][0] == {
        "date": "2023-09-14",
        "link": f"[{md_inline(sep.title)}](../stories/{sep.slug}.md)",
    }
    assert view["page"] == f"../threads/{sep.slug}.md"  # the thread's page is named after its first story
    page = render("story.md.j2", story_view(feb, Links(Identity([]), {}, {})))
    assert "**Earlier in this thread**" in page and "**Later in this thread**" in page
    assert f"(../stories/{sep.slug}.md)" in page and f"[The whole thread](../threads/{sep.slug}.md)" in page
    assert "2 articles" not in page.split("## Thread", 1)[1].split("## Key actors")[0]  # no counts that drift


def test_the_thread_page_lists_every_story_in_date_order(events: dict[str, Briefing]) -> None:
    stories = build_stories(list(events.values()))
    (thread,) = threads_of(stories)
    assert [e.date for e in thread.stories] == ["2023-09-14", "2024-02-19", "2024-06-20"]
    assert [e.articles for e in thread.stories] == [2, 2, 2]
    assert thread.slug == next(s.slug for s in stories if s.sources[0].article_id == "sep23-wire")


def entry(n: int, date: str | None, articles: int = 2) -> ThreadEntry:
    return ThreadEntry(f"story-{n:02d}", f"Happening {n}", date, f"happening-{n}", f"article-{n}", articles)


def test_a_story_page_names_only_its_nearest_neighbours_without_counts() -> None:
    dated = [entry(n, f"2024-{n:02d}-01") for n in range(1, 13)]
    thread = Thread("happening-1", "Happening 1", (*dated, entry(13, None)))
    place = place_in(thread, dated[5])  # June: five earlier, six later, one undated
    assert [e.date for e in place.earlier] == ["2024-03-01", "2024-04-01", "2024-05-01"]
    assert [e.date for e in place.later] == ["2024-07-01", "2024-08-01", "2024-09-01"]
    assert len(place.earlier) == len(place.later) == NEIGHBOURS
    grown = Thread(
        thread.slug,
        thread.title,
        tuple(entry(n, e.date, 9) if n == 1 else e for n, e in enumerate(thread.stories, 1)),
    )
    assert place_in(grown, dated[5]) == place  # a far story gaining articles leaves the page as it was
    assert place_in(thread, dated[0]).earlier == () and len(place_in(thread, dated[0]).later) == NEIGHBOURS
    assert place_in(thread, entry(13, None)) == dataclasses.replace(place, earlier=(), later=())
    for some in (thread, grown, Thread("t", "T", thread.stories[:2]), Thread("t", "T", thread.stories[-1:])):
        assert places_in(some) == {e.story_id: place_in(some, e) for e in some.stories}  # all in one pass


def test_regrouping_after_a_change_equals_grouping_from_scratch(events: dict[str, Briefing]) -> None:
    first = [b for name, b in events.items() if not name.startswith("jun24")]
    before, changes = regroup(None, first)
    assert len(changes.added) == 2 and changes.changed == changes.removed == ()
    after, changes = regroup(before, list(events.values()))
    assert after == assign(reversed(list(events.values())))  # the order articles arrive in does not matter
    june = after.story_of()["jun24-wire"]
    assert changes.added == (june,)
    assert set(changes.changed) == set(before.story_of().values())  # their thread gained a story
    assert changes.removed == () and changes.unchanged == ()


def test_regrouping_reports_a_story_that_lost_an_article(events: dict[str, Briefing]) -> None:
    before = assign(events.values())
    after, changes = regroup(before, [b for name, b in events.items() if name != "feb24-daily"])
    feb = before.story_of()["feb24-wire"]
    assert after.story_of()["feb24-wire"] == feb
    assert changes.changed == (feb,) and changes.added == changes.removed == ()
    _, changes = regroup(after, [b for name, b in events.items() if not name.startswith("feb24")])
    assert changes.removed == (feb,)


def test_undated_stories_of_a_thread_are_left_to_its_page(events: dict[str, Briefing]) -> None:
    briefings = [b if not name.startswith("jun24") else undated(b) for name, b in events.items()]
    stories = build_stories(briefings)
    feb = next(s for s in stories if s.sources[0].article_id == "feb24-wire")
    june = next(s for s in stories if "jun24-wire" in s.article_ids)
    assert june.date is None
    view = thread_view(feb)
    assert [e["date"] for e in view["earlier"]] == ["2023-09-14"] and view["later"] == []
    assert thread_view(june)["earlier"] == thread_view(june)["later"] == [] and thread_view(june)["undated"]
    (thread,) = threads_of(stories)
    assert [e.date for e in thread.stories] == ["2023-09-14", "2024-02-19", None]


def invented_leads() -> list[Briefing]:
    """Briefings that exercise every time rule: dates near and far, undated ones, years, months and occasions
    named in leads, and dates referred to (full dates, months, weekdays, bare years)."""
    leads = [
        "Ministers met on Tuesday.",
        "The G8 summit opened in March 2019.",
        "Talks at the Lisbon summit ended in 2023.",
        "Figures for January were weaker than expected.",
        "Figures for December were weaker than expected.",
        "The Golden Globes were handed out in 2019.",
        "The Spirit awards were handed out.",
    ]
    references = ["", "Oct. 21, 2011", "October 2011", "Tuesday", "2011"]
    dates = [None, "2011-10-20", "2011-10-25", "2011-12-30", "2012-03-01", "2013-04-11"]
    out = []
    for n in range(len(leads) * len(dates) * len(references)):  # every combination once
        lead, date, text = leads[n % 7], dates[n % 6], references[n % 5]
        terms = [(text, "DATE", 2)] if text else []
        body = f"{lead}\nIt was reported {text or 'later'}."
        out.append(factories.briefing(f"a{n:03d}", body, date=date, terms=terms))
    return out


@pytest.mark.parametrize("references", [True, False], ids=["dates referred to", "none referred to"])
def test_time_rules_over_arrays_agree_with_the_rules_pair_by_pair(references: bool) -> None:
    briefings = invented_leads()
    if not references:
        briefings = [dataclasses.replace(b, terms=()) for b in briefings]
    apart = frozenset({(0, 7), (2, 30), (5, 6)})  # told apart by what their texts recount (`recounts`)
    timing = Timing([facts_of(b) for b in briefings], window_days=60, apart=apart)
    pairs = [(i, j) for i in range(len(briefings)) for j in range(i + 1, len(briefings))]
    assert not any(timing.compatible(i, j) or timing.compatible(j, i) for i, j in apart)
    assert not timing.groups_compatible([0, 1], [7])
    first, second = (np.array(side, dtype=np.int64) for side in zip(*pairs, strict=True))
    assert timing.compatible_pairs(first, second).tolist() == [timing.compatible(i, j) for i, j in pairs]
    assert timing.close_pairs(first, second).tolist() == [timing.close_in_time(i, j) for i, j in pairs]
    assert timing.dated_pairs(first, second).tolist() == [timing.dated(i, j) for i, j in pairs]
    verdicts = timing.compatible_pairs(first, second)
    assert 0 < verdicts.sum() < len(pairs)  # the rules both allow and rule out pairs here
    assert 0 < timing.close_pairs(first, second).sum() < len(pairs)
    assert timing.compatible_pairs(first[:0], second[:0]).tolist() == []  # no pairs at all
