"""Rendering: Python builds escaped view objects, Jinja2 templates only loop and print."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping, Sequence
from functools import partial
from operator import attrgetter

from builder.stories.directory import ArticleRef, Profile, ThreadRef
from builder.site.escape import md_inline, yaml_string
from builder.stories.identity import Identity
from builder.core.model import Briefing
from builder.site.base import Page, meta_line, plain_summary, render
from builder.site.views.actor_view import profile_view
from builder.site.views.briefing_view import RESERVED_TAG_SLUGS, briefing_view, tags_of
from builder.site.indexes import BRIEFINGS_DIR, section_indexes
from builder.site.listings import unique_slugs
from builder.site.memo import PageMemo
from builder.site.views.story_view import (
    ACTORS_DIR,
    STORIES_DIR,
    Links,
    has_page,
    story_view,
    timeline_rows,
)
from builder.site.views.updates_view import WHATS_NEW_PATH, Updates
from builder.stories.merge import Story, threads_of
from builder.history.changes import BuildEntry

HOME_INTRO = (
    "Each briefing sums up one news article: the bottom line, who is involved, what changed hands, "
    "what worries whom, and what is still unknown. Every item links to the sentence it came from, "
    "so any claim can be checked in one click. Stories merge the articles about one event and show "
    "what the sources agree on, what only one of them says, and where they disagree."
)
HOME_LIMIT = 20  # latest stories and briefings on the home page; the section pages list all


def newest_first(briefings: Iterable[Briefing]) -> list[Briefing]:
    """Dated briefings newest first, then undated ones, ties broken by id for determinism."""
    items = sorted(briefings, key=lambda b: b.article.id)
    return sorted(items, key=lambda b: b.article.date or "", reverse=True)


def actor_links(names: Iterable[str], links: Links, prefix: str, limit: int = 4) -> str:
    """The first few actors of a briefing or story, linked to their pages."""
    return ", ".join(links.actor(n, prefix) for n in list(dict.fromkeys(names))[:limit])


def listing_row(briefing: Briefing, prefix: str, links: Links, actor_prefix: str = "") -> dict[str, str]:
    """A briefing as the home page lists it."""
    summary = briefing.summary
    people = [a.name for a in briefing.actors if a.kind != "place"]
    return {
        "actors": actor_links(people, links, actor_prefix),
        "title": md_inline(briefing.title),
        "link": f"{prefix}{briefing.article.slug}.md",
        "date": briefing.article.date or "undated",
        "meta_line": meta_line(briefing),
        "bottom_line": md_inline(plain_summary(briefing)),
        "first_line": md_inline(summary[0].text) if summary else "",
    }


def _gold_count(row: dict) -> str:
    """ "gold 43" for a count row (how many clusters the gold data has), else nothing."""
    target = str(row.get("target", ""))
    return target if target.startswith("gold ") else ""


def _report_value(row: dict, key: str = "value") -> str:
    """A percentage with one decimal; a count (clusters) or a large number without decimals; "" when absent."""
    value = row.get(key)
    if value is None:
        return ""
    if isinstance(value, int):  # a count (stories, articles merged) is a whole number, never "4.0"
        return f"{value:,}"
    return f"{value:,.0f}" if value >= 1000 or _gold_count(row) else f"{value:.1f}"


def about_view(report: dict[str, object] | None) -> dict[str, object]:
    """The accuracy report, escaped for the About page."""
    if not report:
        return {"rows": []}
    env = report.get("environment", {})
    rows = [
        {
            "task": md_inline(str(r["task"])),
            "metric": md_inline(str(r["metric"])),
            "value": _report_value(r),
            "halves": " / ".join(h for h in (_report_value(r, "tune"), _report_value(r, "check")) if h),
            "baseline": md_inline(str(r.get("baseline") or _gold_count(r))),
            "data": md_inline(str(r.get("data", ""))),
        }
        for r in report.get("rows", [])
        if r["task"] != "speed"
    ]
    return {
        "rows": rows,
        "measured": md_inline(str(report.get("measured", ""))),
        "python": md_inline(str(env.get("python", ""))),
        "spacy": md_inline(str(env.get("spacy", ""))),
        "model": str(env.get("model", "")).replace("`", ""),
    }


def story_row(story: Story, links: Links, actor_prefix: str = "") -> dict[str, object]:
    return {
        "actors": actor_links((a.name for a in story.actors if a.kind != "place"), links, actor_prefix),
        "title": md_inline(story.title),
        "link": f"{STORIES_DIR}/{story.slug}.md",
        "date": story.date or "undated",
        "sources": story.independent_sources(),
        "bottom_line": md_inline(" ".join(c.text for c in story.summary)),
        "first_line": md_inline(story.summary[0].text) if story.summary else "",
    }


def make_links(
    briefings: list[Briefing], stories: list[Story], profiles: list[Profile], who: Identity | None = None
) -> Links:
    who = who or Identity(briefings)
    return Links(
        who=who,
        actor_slugs={who.key(p.name): p.slug for p in profiles},
        story_of={aid: (s.slug, s.title) for s in stories for aid in s.article_ids},
        tag_slugs=unique_slugs([t for b in briefings for t in tags_of(b)], RESERVED_TAG_SLUGS),
    )


def item_places(briefings: Iterable[Briefing]) -> dict[int, tuple[str, str, str, int]]:
    """Every gift and concern object of the briefings → (article id, content hash, kind, position)."""
    places: dict[int, tuple[str, str, str, int]] = {}
    for b in briefings:
        a = b.article
        places.update((id(g), (a.id, a.content_hash, "gift", i)) for i, g in enumerate(b.gifts))
        places.update((id(c), (a.id, a.content_hash, "concern", i)) for i, c in enumerate(b.concerns))
    return places


def _fields_of(cls: type) -> attrgetter:
    """A dataclass instance's fields as a plain tuple, whose repr is made in C (a dataclass's in Python)."""
    return attrgetter(*(f.name for f in dataclasses.fields(cls)))


ARTICLE_REF_FIELDS = _fields_of(ArticleRef)
THREAD_REF_FIELDS = _fields_of(ThreadRef)


def profile_inputs(profile: Profile, places: Mapping[int, tuple[str, str, str, int]]) -> tuple:
    """What an actor's page is made from, for the page memo: the profile, with each gift or concern named by
    its place in its briefing (the briefing is a function of its article, as `memo.canonical` says) instead of
    its whole text; an item from elsewhere stays itself. Article and thread references are plain tuples of
    their fields: some 40,000 of them at 5,000 articles, repr'd for the memo's key in every build."""
    items = tuple(
        tuple((places.get(id(item), item), ARTICLE_REF_FIELDS(where)) for item, where in kind)
        for kind in (
            profile.gifts_given,
            profile.gifts_received,
            profile.concerns_raised,
            profile.concerns_about,
        )
    )
    p = profile
    return (
        "profile",
        p.slug,
        p.name,
        p.kind,
        p.aliases,
        p.roles,
        p.mentions,
        tuple(map(ARTICLE_REF_FIELDS, p.articles)),
        p.stories,
        tuple(map(THREAD_REF_FIELDS, p.threads)),
        items,
    )


def story_page_view(story: Story, changes: dict[str, object], links: Links) -> dict[str, object]:
    """A story page's view: the story, and its own changes from the build log."""
    return story_view(story, links) | changes


def render_site(
    briefings: Iterable[Briefing],
    stories: Iterable[Story] = (),
    profiles: Iterable[Profile] = (),
    report: dict[str, object] | None = None,
    history: Sequence[BuildEntry] = (),
    memo: PageMemo | None = None,
    story_keys: Mapping[str, str] | None = None,
    who: Identity | None = None,
) -> list[Page]:
    """Every generated page of the site, sorted by path (briefing, story and actor pages through `memo`).

    `story_keys` (story id → the story cache's key, which names the merged story exactly: its id, its members'
    articles and the code) lets the memo key a story page by that key and the story's thread instead of the
    text of the whole story (0.27 s for the stories of 5,000 articles). `who`: the identity of the briefings,
    if already known."""
    memo = memo or PageMemo.off()
    ordered = newest_first(briefings)
    every_story = sorted(stories, key=lambda s: (s.date or "", s.id), reverse=True)
    stories = [s for s in every_story if has_page(s)]
    profiles = list(profiles)
    links = make_links(ordered, stories, profiles, who)
    updates = Updates.of(history, every_story, ordered)
    pages = [
        memo.page(
            f"{BRIEFINGS_DIR}/{b.article.slug}.md", "briefing.md.j2", b, partial(briefing_view, b), links
        )
        for b in ordered
    ]
    for s in stories:
        changes = updates.for_story(s)
        view = partial(story_page_view, s, changes)
        key = story_keys.get(s.id) if story_keys else None
        inputs = (s, changes) if key is None else ("story", key, s.thread, changes)
        pages.append(memo.page(f"{STORIES_DIR}/{s.slug}.md", "story.md.j2", inputs, view, links))
    places = item_places(ordered)
    pages += [
        memo.page(
            f"{ACTORS_DIR}/{p.slug}.md",
            "actor.md.j2",
            profile_inputs(p, places),
            partial(profile_view, p),
            links,
        )
        for p in profiles
    ]
    home = {
        "intro": HOME_INTRO,
        "description_yaml": yaml_string(HOME_INTRO),
        "stories": [story_row(s, links) for s in stories[:HOME_LIMIT]],
        "briefings": [listing_row(b, f"{BRIEFINGS_DIR}/", links) for b in ordered[:HOME_LIMIT]],
    }
    pages.append(Page("index.md", render("home.md.j2", home)))
    pages += section_indexes(ordered, stories, profiles, links, threads_of(every_story), memo.made)
    pages.append(Page(WHATS_NEW_PATH, render("whats_new.md.j2", updates.whats_new())))
    pages.append(Page("about.md", render("about.md.j2", about_view(report))))
    pages.append(Page("timeline.md", render("timeline.md.j2", {"events": timeline_rows(every_story, links)})))
    return sorted(pages, key=lambda p: p.path)
