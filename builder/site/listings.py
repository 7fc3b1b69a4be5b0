"""Index pages that stay light at any size: long lists split into numbered pages behind a small overview.

A page listing every briefing, actor or tag grows with the corpus (at 1,000 articles the tags plugin's single
page was 2.4 MB of HTML, which a phone will not open). Every table here holds at most PAGE_ROWS rows: a list
that fits is printed whole on its index page; a longer one gets an overview (its first rows and a link to every
numbered page, with what each page spans) and numbered pages `<base>/1.md`, `<base>/2.md`, …, each linking to
its neighbours. Rows are made for the page they are printed on (links relative to it), so one row function
serves the overview and the numbered pages.

A list shown newest first (briefings, stories, a tag's briefings) is cut into pages from its oldest end
(`newest_first`): page 1 holds the oldest rows, and only full pages are numbered; the newest rows that do not
fill a page (fewer than PAGE_ROWS) are shown on the overview alone, above the links (at least its usual
OVERVIEW_ROWS rows, so some may also be on the last numbered page). A new item then changes the overview only,
and once every PAGE_ROWS items also makes a numbered page (and the page before it gains a "next" link): not
every numbered page (as cutting from the newest end would, by shifting each page's rows by one), nor the
newest numbered page on every addition (each changed page costs the site step a rebuild). The overview links
the pages newest first; rows on every page stay newest first. A numbered page does not say how many pages
there are (its overview does): with "page 3 of 26" every numbered page would change whenever the count of
pages does.
"""

from __future__ import annotations

import functools
import posixpath
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from builder.core.slug import slugify
from builder.site.base import Page, render
from builder.site.escape import md_inline, yaml_string

T = TypeVar("T")
PAGE_ROWS = 200  # rows per table: a briefing row is ~0.5 KB of HTML, so a page stays near 100 KB with the theme
OVERVIEW_ROWS = 30  # rows an overview shows above the links to its numbered pages
TEMPLATE = "listing.md.j2"


def rel(here: str, target: str) -> str:
    """A link from the page `here` to the page `target`, both relative to the docs folder."""
    return relative(posixpath.dirname(here), target)


@functools.lru_cache(maxsize=1 << 16)
def relative(folder: str, target: str) -> str:
    """`posixpath.relpath(target, folder or ".")`, without its two calls to `os.getcwd` when both are plain.

    Plain: relative, normalised paths ("tags/x.md", not "/x", "a//b", "./a" or "../a"), as generated pages
    have; the common prefix is then the same as between their absolute forms, whose cwd parts cancel.
    """
    start, path = folder.split("/") if folder else [], target.split("/")
    if not all(part not in {"", ".", ".."} for part in (*start, *path)):
        return posixpath.relpath(target, folder or ".")
    common = 0
    for a, b in zip(start, path, strict=False):
        if a != b:
            break
        common += 1
    parts = [".."] * (len(start) - common) + path[common:]
    return "/".join(parts) if parts else "."


@dataclass(frozen=True)
class Column:
    title: str
    numeric: bool = False


@dataclass(frozen=True)
class Listing(Generic[T]):
    """A list of items shown as a table on an index page, split into numbered pages when long."""

    path: str  # the index page ("briefings/index.md")
    base: str  # numbered pages are base/1.md, base/2.md, … ("briefings/all")
    title: str
    description: str
    intro: str  # Markdown, escaped
    columns: tuple[Column, ...]
    items: Sequence[T]
    row: Callable[[T, str], list[str]]  # an item's cells on the page at the given path (for relative links)
    span: Callable[[T], str]  # what an item adds to a page's span on the overview ("2024-03-02", "Kim")
    empty: str = "*Nothing yet.*"
    top_heading: str = "First"  # over the overview's first rows, when the list is paged
    all_heading: str = "Everything, page by page"  # over the links to the numbered pages; may use {total}
    sections: tuple[dict[str, Any], ...] = field(default=())  # more tables above the list, on the overview
    newest_first: bool = False  # items run newest first: cut the pages from the oldest end (see above)
    # What an item's row is made from (every value `row` reads but the page's path), for the page memo: with
    # it, a page whose rows and headings are made from the same values is not rendered again (`listing_pages`)
    key: Callable[[T], object] | None = None


def numbered_path(base: str, number: int) -> str:
    return f"{base}/{number}.md"


def chunks(items: Sequence[T], size: int = PAGE_ROWS, from_end: bool = False) -> list[Sequence[T]]:
    """Runs of `size` items from the start; `from_end`: from the end (the first run holds the last items)."""
    if from_end:
        return [items[max(0, end - size) : end] for end in range(len(items), 0, -size)]
    return [items[i : i + size] for i in range(0, len(items), size)]


def table(listing: Listing[T], items: Sequence[T], path: str) -> dict[str, Any]:
    return {
        "header": "| " + " | ".join(c.title for c in listing.columns) + " |",
        "rule": "|" + "|".join("---:" if c.numeric else "---" for c in listing.columns) + "|",
        "rows": ["| " + " | ".join(listing.row(item, path)) + " |" for item in items],
    }


def page(listing: Listing[T], path: str, title: str, **view: Any) -> Page:
    content = {
        "title": md_inline(title),
        "title_yaml": yaml_string(title),
        "description_yaml": yaml_string(listing.description),
        "intro": listing.intro,
        "empty": listing.empty,
        "sections": [],
        "table": None,
        "pages": [],
        "pager": None,
        "top_heading": md_inline(listing.top_heading),
        "all_heading": md_inline(listing.all_heading.format(total=f"{len(listing.items):,}")),
        **view,
    }
    return Page(path, render(TEMPLATE, content))


# A page memo (`site.memo.PageMemo.made`): (path, everything the page is made from, make it) → the page, made
# now or reused from docs/ when made from the same inputs before.
Made = Callable[[str, object, Callable[[], Page]], Page]


def headings(listing: Listing[T]) -> tuple[object, ...]:
    """Everything an index page prints besides its rows and the links to numbered pages."""
    return (
        listing.path,
        listing.base,
        listing.title,
        listing.description,
        listing.intro,
        listing.columns,
        listing.empty,
        listing.top_heading,
        listing.all_heading,
        listing.newest_first,
        len(listing.items),
        listing.sections,
    )


def remembered(
    listing: Listing[T],
    made: Made | None,
    path: str,
    context: object,
    rows: Sequence[T],
    make: Callable[[], Page],
) -> Page:
    """`make()`, or through the memo when the listing says what its rows are made from: keyed by `context`
    (everything else the page prints) and the keys of the items whose rows it shows."""
    if made is None or listing.key is None:
        return make()
    return made(path, (context, tuple(map(listing.key, rows))), make)


def listing_pages(listing: Listing[T], made: Made | None = None) -> list[Page]:
    """The index page, and the numbered pages when the list is longer than one page (through the memo `made`:
    a new article changes the overview of the briefings list, not its 25 numbered pages)."""
    groups = chunks(listing.items, from_end=listing.newest_first)
    if len(groups) <= 1:

        def whole_page() -> Page:
            whole = table(listing, listing.items, listing.path) if listing.items else None
            return page(listing, listing.path, listing.title, sections=list(listing.sections), table=whole)

        return [remembered(listing, made, listing.path, headings(listing), listing.items, whole_page)]
    newest: Sequence[T] = ()
    if listing.newest_first and len(groups[-1]) < PAGE_ROWS:
        newest = groups.pop()  # the rows no full page holds: on the overview only
    ranges = []
    if newest:
        first, last = listing.span(newest[0]), listing.span(newest[-1])
        span = md_inline(first if first == last else f"{first} – {last}")
        ranges.append({"link": "", "number": 0, "count": len(newest), "span": span})
    for number, group in enumerate(groups, 1):
        first, last = listing.span(group[0]), listing.span(group[-1])
        ranges.append(
            {
                "link": rel(listing.path, numbered_path(listing.base, number)),
                "number": number,
                "count": len(group),
                "span": md_inline(first if first == last else f"{first} – {last}"),
            }
        )
    shown = listing.items[: max(OVERVIEW_ROWS, len(newest))]
    overview = remembered(
        listing,
        made,
        listing.path,
        (headings(listing), ranges),
        shown,
        lambda: page(
            listing,
            listing.path,
            listing.title,
            sections=list(listing.sections),
            table=table(listing, shown, listing.path),
            pages=ranges[:1] + ranges[:0:-1] if newest else ranges[::-1] if listing.newest_first else ranges,
        ),
    )
    return [overview] + [
        remembered(
            listing,
            made,
            numbered_path(listing.base, number),
            # what a numbered page prints besides its rows (listing.md.j2: no intro, no totals)
            (listing.title, listing.description, listing.columns, number, number < len(groups)),
            group,
            functools.partial(numbered_page, listing, number, group, len(groups)),
        )
        for number, group in enumerate(groups, 1)
    ]


def numbered_page(listing: Listing[T], number: int, group: Sequence[T], count: int) -> Page:
    """A numbered page: its rows between links to its neighbours (what it prints: see `listing_pages`)."""
    path = numbered_path(listing.base, number)
    pager = {
        "position": f"Page {number}",
        "overview": rel(path, listing.path),
        "previous": rel(path, numbered_path(listing.base, number - 1)) if number > 1 else "",
        "next": rel(path, numbered_path(listing.base, number + 1)) if number < count else "",
    }
    title = f"{listing.title}, page {number}"
    return page(listing, path, title, table=table(listing, group, path), pager=pager)


def unique_slugs(names: Sequence[str], reserved: set[str]) -> dict[str, str]:
    """A slug for each name, unique among them and outside `reserved`, whatever the order of the names."""
    taken = set(reserved)
    out = {}
    for name in sorted(set(names), key=lambda n: (slugify(n, "tag"), n)):
        base = slugify(name, "tag")
        slug, n = base, 2
        while slug in taken:
            slug, n = f"{base}-{n}", n + 1
        taken.add(slug)
        out[name] = slug
    return out
