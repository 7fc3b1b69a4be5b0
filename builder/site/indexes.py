"""The section index pages (briefings, stories, actors, tags), each split so that no page grows with the corpus.

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
from builder.site.listings import OVERVIEW_ROWS, PAGE_ROWS, Column, Listing, listing_pages, rel, table
from builder.site.base import Page
from builder.site.views.briefing_view import tag_path, tags_of
from builder.site.views.story_view import ACTORS_DIR, STORIES_DIR, TAGS_DIR, Links
from builder.stories.directory import Profile
from builder.stories.merge import Story

BRIEFINGS_DIR = "briefings"
KIND_NAMES = {"person": "People", "organisation": "Organisations", "country": "Countries", "place": "Places"}
DATED = (Column("Date"),)


def briefing_cells(b: Briefing, here: str) -> list[str]:
    first = md_inline(b.summary[0].text) if b.summary else ""
    link = f"[{md_inline(b.title)}]({rel(here, f'{BRIEFINGS_DIR}/{b.article.slug}.md')})"
    return [b.article.date or "undated", link, first]


def briefing_date(b: Briefing) -> str:
    return b.article.date or "undated"


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
    )


def story_cells(s: Story, here: str) -> list[str]:
    first = md_inline(s.summary[0].text) if s.summary else ""
    link = f"[{md_inline(s.title)}]({rel(here, f'{STORIES_DIR}/{s.slug}.md')})"
    return [s.date or "undated", link, str(s.independent_sources()), first]


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
    )


def actor_cells(p: Profile, here: str, with_kind: bool = True) -> list[str]:
    name = f"[{md_inline(p.name)}]({rel(here, f'{ACTORS_DIR}/{p.slug}.md')})"
    kind = [p.kind] if with_kind else []
    return [name, *kind, str(len(p.articles)), str(p.mentions)]


ACTOR_COLUMNS = (Column("Actor"), Column("Kind"), Column("Articles", True), Column("Mentions", True))
ACTORS_INTRO = "People, organisations and countries that are principal in a briefing or named in more than one article."


def actors_pages(profiles: Sequence[Profile]) -> list[Page]:
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
    )
    if len(ranked) <= PAGE_ROWS:
        return listing_pages(whole)
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
    pages = listing_pages(dataclasses.replace(whole, items=(), sections=(kinds, top)))
    for listing in by_kind:
        pages += listing_pages(listing)
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
    )


def tagged(ordered: Sequence[Briefing]) -> dict[str, list[Briefing]]:
    """Each tag with its briefings, newest first."""
    out: dict[str, list[Briefing]] = {}
    for b in ordered:
        for tag in tags_of(b):
            out.setdefault(tag, []).append(b)
    return out


def tags_pages(ordered: Sequence[Briefing], links: Links) -> list[Page]:
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
    )
    pages = listing_pages(index)
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
                row=lambda b, here: briefing_cells(b, here)[:2],
                span=briefing_date,
                top_heading="Newest",
                all_heading="All {total}, newest first",
            )
        )
    return pages


def section_indexes(
    ordered: Sequence[Briefing], stories: Sequence[Story], profiles: Sequence[Profile], links: Links
) -> list[Page]:
    """Every index page of the briefings, stories, actors and tags sections."""
    return [
        *listing_pages(briefings_listing(ordered)),
        *listing_pages(stories_listing(stories)),
        *actors_pages(profiles),
        *tags_pages(ordered, links),
    ]
