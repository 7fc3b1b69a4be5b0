"""The section index pages (briefings, stories, threads, actors, tags), each split so no page grows with the corpus.

Threads: a page per thread lists its stories in date order (a story's own page names only its nearest
neighbours and links here), and the threads index lists the threads, latest first.

Tags: the builder writes a page per tag and the tags index itself, and the briefing pages show their tags as
chips linking to those pages; Material's tags plugin is not used. Its listing put every tagged page under every
tag on one page (2.4 MB of HTML at 1,000 articles), and an incremental `mkdocs build --dirty` shows the plugin
only the rebuilt pages, so its index would lose the others; the builder already knows every tag.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Sequence

from builder.core.model import Briefing
from builder.site.escape import md_inline
from builder.site.listings import OVERVIEW_ROWS, PAGE_ROWS, Column, Listing, Made, listing_pages, rel, table
from builder.site.base import Page
from builder.site.views.briefing_view import tag_path, tags_of
from builder.site.views.story_view import ACTORS_DIR, STORIES_DIR, TAGS_DIR, THREADS_DIR, Links
from builder.stories.directory import Profile
from builder.stories.merge import Story
from builder.stories.threads import Thread, ThreadEntry

BRIEFINGS_DIR = "briefings"
KIND_NAMES = {"person": "People", "organisation": "Organisations", "country": "Countries", "place": "Places"}
DATED = (Column("Date"),)


def briefing_link_cells(b: Briefing, here: str) -> list[str]:
    link = f"[{md_inline(b.title)}]({rel(here, f'{BRIEFINGS_DIR}/{b.article.slug}.md')})"
    return [b.article.date or "undated", link]


def briefing_cells(b: Briefing, here: str) -> list[str]:
    first = md_inline(b.summary[0].text) if b.summary else ""
    return [*briefing_link_cells(b, here), first]


def briefing_date(b: Briefing) -> str:
    return b.article.date or "undated"


def briefing_link_key(b: Briefing) -> tuple[str, str | None, str]:
    """What a briefing's link row is made from (`briefing_link_cells`), for the page memo."""
    return (b.article.slug, b.article.date, b.title)


def briefing_key(b: Briefing) -> tuple[str, str | None, str, str | None]:
    """What a briefing's row is made from (`briefing_cells`), for the page memo."""
    return (b.article.slug, b.article.date, b.title, b.summary[0].text if b.summary else None)


def briefings_listing(ordered: Sequence[Briefing]) -> Listing[Briefing]:
    return Listing(
        path=f"{BRIEFINGS_DIR}/index.md",
        base=f"{BRIEFINGS_DIR}/all",
        title="All briefings",
        description="Every article briefing, newest first.",
        intro=f"Every article briefing, newest first: {len(ordered):,} in all.",
        columns=(*DATED, Column("Briefing"), Column("Bottom line")),
        items=ordered,
        row=briefing_cells,
        span=briefing_date,
        empty="*No briefings yet.*",
        top_heading="Newest",
        all_heading="All {total} briefings, newest first",
        newest_first=True,
        key=briefing_key,
    )


def story_cells(s: Story, here: str) -> list[str]:
    first = md_inline(s.summary[0].text) if s.summary else ""
    link = f"[{md_inline(s.title)}]({rel(here, f'{STORIES_DIR}/{s.slug}.md')})"
    return [s.date or "undated", link, str(s.independent_sources()), first]


def story_key(s: Story) -> tuple[str, str | None, str, int, str | None]:
    """What a story's row is made from (`story_cells`), for the page memo."""
    return (s.slug, s.date, s.title, s.independent_sources(), s.summary[0].text if s.summary else None)


def stories_listing(stories: Sequence[Story]) -> Listing[Story]:
    return Listing(
        path=f"{STORIES_DIR}/index.md",
        base=f"{STORIES_DIR}/all",
        title="Stories",
        description="Articles about the same event, merged into one story briefing each, newest first.",
        intro=(
            "Articles about the same event are merged into one story: what all sources agree on, what only "
            "one source says, and where they disagree."
        ),
        columns=(*DATED, Column("Story"), Column("Sources", numeric=True), Column("Bottom line")),
        items=stories,
        row=story_cells,
        span=lambda s: s.date or "undated",
        empty="*No stories yet.*",
        top_heading="Newest",
        all_heading="All {total} stories, newest first",
        newest_first=True,
        key=story_key,
    )


def thread_path(thread: Thread) -> str:
    return f"{THREADS_DIR}/{thread.slug}.md"


def thread_cells(t: Thread, here: str) -> list[str]:
    first = next((e.date for e in t.stories if e.date), None)
    link = f"[{md_inline(t.title)}]({rel(here, thread_path(t))})"
    return [t.last_date or "undated", link, str(len(t.stories)), first or "undated"]


def thread_story_cells(e: ThreadEntry, here: str) -> list[str]:
    """A story of a thread: its story page, or the briefing of a one-article story."""
    target = f"{STORIES_DIR}/{e.slug}.md" if e.articles > 1 else f"{BRIEFINGS_DIR}/{e.first_article_slug}.md"
    return [e.date or "undated", f"[{md_inline(e.title)}]({rel(here, target)})", str(e.articles)]


THREAD_INTRO = (
    "Stories of different happenings with the same actors and subject, in date order (undated ones last): {n}. "
    "Each story has its own sources; a thread only links them and never merges their facts. "
    "[All threads](index.md)"
)


def threads_pages(threads: Sequence[Thread]) -> list[Page]:
    """The threads index (the latest first) and a page per thread listing its stories in date order."""
    ranked = sorted(threads, key=lambda t: (t.last_date or "", t.slug), reverse=True)
    index = Listing(
        path=f"{THREADS_DIR}/index.md",
        base=f"{THREADS_DIR}/all",
        title="Threads",
        description="Stories of different happenings with the same actors and subject, linked in date order.",
        intro=(
            "A thread links the stories of different happenings with the same actors and subject (a takeover "
            "battle, a series of summits); the threads with the latest story first."
        ),
        columns=(Column("Latest"), Column("Thread"), Column("Stories", numeric=True), Column("Since")),
        items=ranked,
        row=thread_cells,
        span=lambda t: t.last_date or "undated",
        empty="*No threads yet.*",
        top_heading="Latest",
        all_heading="All {total} threads, the latest first",
    )
    pages = listing_pages(index)
    for thread in threads:
        pages += listing_pages(
            Listing(
                path=thread_path(thread),
                base=f"{THREADS_DIR}/{thread.slug}",
                title=f"Thread: {thread.title}",
                description=f"Every story of the thread of {thread.title}, in date order.",
                intro=THREAD_INTRO.format(n=f"{len(thread.stories):,} stories"),
                columns=(*DATED, Column("Story"), Column("Articles", numeric=True)),
                items=thread.stories,
                row=thread_story_cells,
                span=lambda e: e.date or "undated",
                all_heading="All {total} stories, in date order",
            )
        )
    return pages


def actor_cells(p: Profile, here: str, with_kind: bool = True) -> list[str]:
    name = f"[{md_inline(p.name)}]({rel(here, f'{ACTORS_DIR}/{p.slug}.md')})"
    kind = [p.kind] if with_kind else []
    return [name, *kind, str(len(p.articles)), str(p.mentions)]


def actor_key(p: Profile) -> tuple[str, str, str, int, int]:
    """What an actor's row is made from (`actor_cells`), for the page memo."""
    return (p.name, p.slug, p.kind, len(p.articles), p.mentions)


ACTOR_COLUMNS = (Column("Actor"), Column("Kind"), Column("Articles", True), Column("Mentions", True))
ACTORS_INTRO = "People, organisations and countries that are principal in a briefing or named in more than one article."


def actors_pages(profiles: Sequence[Profile], made: Made | None = None) -> list[Page]:
    """One table while it fits; beyond that an overview (kinds, the most mentioned) and a list per kind."""
    ranked = sorted(profiles, key=lambda p: (-len(p.articles), -p.mentions, p.name))
    whole = Listing(
        path=f"{ACTORS_DIR}/index.md",
        base=f"{ACTORS_DIR}/all",
        title="Actors",
        description="People, organisations and countries across all briefings.",
        intro=ACTORS_INTRO,
        columns=ACTOR_COLUMNS,
        items=ranked,
        row=actor_cells,
        span=lambda p: p.name,
        empty="*No actors yet.*",
        key=actor_key,
    )
    if len(ranked) <= PAGE_ROWS:
        return listing_pages(whole, made)
    kinds = {kind: [p for p in ranked if p.kind == kind] for kind in sorted({p.kind for p in ranked})}
    by_kind = [kind_listing(kind, members) for kind, members in kinds.items()]
    here = whole.path
    kinds_table = {
        "header": "| Kind | Actors | Most mentioned |",
        "rule": "|---|---:|---|",
        "rows": [
            f"| [{md_inline(k.title)}]({rel(here, k.path)}) | {len(k.items):,} "
            f"| {', '.join(actor_cells(p, here)[0] for p in k.items[:3])} |"
            for k in by_kind
        ],
    }
    top = {"heading": "Most mentioned", "table": table(whole, ranked[:OVERVIEW_ROWS], whole.path)}
    kinds = {"heading": "By kind", "table": kinds_table}
    pages = listing_pages(dataclasses.replace(whole, items=(), sections=(kinds, top)), made)
    for listing in by_kind:
        pages += listing_pages(listing, made)
    return pages


def kind_listing(kind: str, members: Sequence[Profile]) -> Listing[Profile]:
    name = KIND_NAMES.get(kind, kind.title())
    return Listing(
        path=f"{ACTORS_DIR}/kinds/{kind}.md",
        base=f"{ACTORS_DIR}/kinds/{kind}",
        title=name,
        description=f"{name} across all briefings, the most mentioned first.",
        intro=f"{name} across all briefings ({len(members):,}), those in most articles first.",
        columns=(Column("Actor"), Column("Articles", True), Column("Mentions", True)),
        items=members,
        row=lambda p, here: actor_cells(p, here, with_kind=False),
        span=lambda p: p.name,
        top_heading="Most mentioned",
        all_heading=f"All {{total}} {name.lower()}, the most mentioned first",
        key=actor_key,
    )


def tagged(ordered: Sequence[Briefing]) -> dict[str, list[Briefing]]:
    """Each tag with its briefings, newest first."""
    out: dict[str, list[Briefing]] = {}
    for b in ordered:
        for tag in tags_of(b):
            out.setdefault(tag, []).append(b)
    return out


def tags_pages(ordered: Sequence[Briefing], links: Links, made: Made | None = None) -> list[Page]:
    """The tags index (most used first) and a page per tag listing its briefings."""
    by_tag = tagged(ordered)
    counts = Counter({t: len(bs) for t, bs in by_tag.items()})
    ranked = sorted(counts, key=lambda t: (-counts[t], t))

    def tag_cells(tag: str, here: str) -> list[str]:
        return [f"[{md_inline(tag)}]({rel(here, tag_path(links.tag_slugs[tag]))})", f"{counts[tag]:,}"]

    index = Listing(
        path=f"{TAGS_DIR}/index.md",
        base=f"{TAGS_DIR}/all",
        title="Tags",
        description="Briefings by the actors and places they are about.",
        intro="Each briefing is tagged with its principal actors and places; the most used tags first.",
        columns=(Column("Tag"), Column("Briefings", numeric=True)),
        items=ranked,
        row=tag_cells,
        span=lambda t: t,
        empty="*No tags yet.*",
        top_heading="Most used",
        all_heading="All {total} tags, the most used first",
        key=lambda tag: (tag, links.tag_slugs[tag], counts[tag]),
    )
    pages = listing_pages(index, made)
    for tag in ranked:
        slug = links.tag_slugs[tag]
        pages += listing_pages(
            Listing(
                path=tag_path(slug),
                base=f"{TAGS_DIR}/{slug}",
                title=tag,
                description=f"Briefings tagged {tag}, newest first.",
                intro=f"Briefings tagged *{md_inline(tag)}*, newest first ({counts[tag]:,}). [All tags](index.md)",
                columns=(*DATED, Column("Briefing")),
                items=by_tag[tag],
                row=briefing_link_cells,
                span=briefing_date,
                top_heading="Newest",
                all_heading="All {total}, newest first",
                newest_first=True,
                key=briefing_link_key,
            ),
            made,
        )
    return pages


def section_indexes(
    ordered: Sequence[Briefing],
    stories: Sequence[Story],
    profiles: Sequence[Profile],
    links: Links,
    threads: Sequence[Thread] = (),
    made: Made | None = None,
) -> list[Page]:
    """Every index page of the briefings, stories, threads, actors and tags sections, and the thread pages
    (through the page memo `made`, where given; the threads, a dozen pages, are made afresh)."""
    return [
        *listing_pages(briefings_listing(ordered), made),
        *listing_pages(stories_listing(stories), made),
        *threads_pages(threads),
        *actors_pages(profiles, made),
        *tags_pages(ordered, links, made),
    ]
