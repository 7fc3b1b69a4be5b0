"""The site-wide timeline: the newest events of every story, made only for the rows it shows."""

from __future__ import annotations

import dataclasses

from builder.site.views.story_view import Links, _evidence_cite, md_inline, story_page_link, timeline_rows
from builder.stories.compare import TimelineEvent
from builder.stories.identity import Identity
from builder.stories.merge import build_story
from tests.factories import briefing

TEXT = "Ana Ruiz met Leo Park in Lisbon on Monday.\nThe talks ran late.\nA deal may follow."


def every_row_sorted(stories, limit):
    """The timeline as it was made before: a row for every event, sorted newest first, then cut."""
    rows = []
    for story in stories:
        labels = {s.article_id: chr(65 + i) for i, s in enumerate(story.sources)}
        for e in story.timeline:
            cite = _evidence_cite(e.evidence, story, labels) if e.evidence else ""
            rows.append(
                {
                    "sort": (e.when, story.id, e.text),
                    "when": ("≈ " if e.approximate else "") + e.when,
                    "story": md_inline(story.title),
                    "link": story_page_link(story),
                    "text": md_inline(e.text),
                    "cite": cite.replace("../briefings/", "briefings/"),
                }
            )
    rows.sort(key=lambda r: r["sort"], reverse=True)
    return [{k: v for k, v in r.items() if k != "sort"} for r in rows[:limit]]


def stories_with_ties():
    """Stories whose events share dates, texts and even story ids, in an order that is not the timeline's."""
    a = briefing("a", TEXT, date="2024-03-02", source="Wire One")
    b = briefing("b", TEXT, date="2024-03-04", source="Wire Two")
    base = build_story("story-1", [a, b])
    stories = []
    for n in range(12):
        events = tuple(
            TimelineEvent(
                f"2024-03-0{(n + k) % 4 + 1}", k % 2 == 0, f"Event {k % 3}", a.summary[0] if k else None, "a"
            )
            for k in range(5)
        )
        stories.append(dataclasses.replace(base, id=f"story-{n % 5}", title=f"Story {n}", timeline=events))
    return stories


def test_the_newest_rows_are_those_and_in_the_order_of_sorting_every_row():
    stories = stories_with_ties()
    links = Links(Identity([]), {}, {})
    for limit in (0, 1, 7, 23, 60, 300):
        assert timeline_rows(stories, links, limit) == every_row_sorted(stories, limit)
