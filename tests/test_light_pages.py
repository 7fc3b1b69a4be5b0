"""Index pages stay light at scale, and every briefing, story, actor and tag can be reached from them."""

from __future__ import annotations

import dataclasses
import posixpath
import re

import pytest

from builder.site.listings import OVERVIEW_ROWS, PAGE_ROWS, Column, Listing, listing_pages, rel
from builder.site.memo import PageMemo
from builder.site.render import render_site
from builder.site.writer import digest
from builder.stories.directory import build_directory
from builder.stories.merge import build_story
from tests.factories import synthetic_briefings

SIZE = 2000
# benchmarks/page_sizes.py, 1,000 synthetic briefings, real MkDocs + Material: the theme's part of a page is
# about 13 KB (404.html) and the body is at most 2.6 times the Markdown (an actor table: short cells, many
# links), so 90 KB of Markdown stays under 13 + 2.6 * 90 = 247 KB of HTML, within 300 KB.
MARKDOWN_LIMIT = 90 * 1024
ENTRY_POINTS = ("briefings/index.md", "stories/index.md", "actors/index.md", "tags/index.md")
LINK = re.compile(r"\]\(([^)#\s]+\.md)(?:#[^)]*)?\)")


@pytest.fixture(scope="module")
def pages() -> dict[str, str]:
    briefings = synthetic_briefings(SIZE)
    stories = [build_story(f"story-{i}", briefings[i : i + 3]) for i in range(0, SIZE, 3)]
    return {p.path: p.content for p in render_site(briefings, stories, build_directory(briefings, stories))}


def is_listing(path: str) -> bool:
    """Index pages and their numbered pages (a tag's page lists its briefings)."""
    return path.endswith("index.md") or "/all/" in path or "/kinds/" in path or path.startswith("tags/")


def links_of(path: str, content: str) -> set[str]:
    here = posixpath.dirname(path)
    return {posixpath.normpath(posixpath.join(here, target)) for target in LINK.findall(content)}


def test_the_synthetic_site_is_big_enough_to_need_splitting(pages):
    for base in ("briefings/all", "stories/all", "tags/all", "actors/kinds/person"):
        assert f"{base}/2.md" in pages, base
    assert any(re.fullmatch(r"tags/[^/]+/2\.md", p) and not p.startswith("tags/all/") for p in pages)


def test_every_generated_page_stays_small(pages):
    sizes = {path: len(content.encode()) for path, content in pages.items()}
    too_big = {path: size for path, size in sizes.items() if size > MARKDOWN_LIMIT}
    assert not too_big


def test_every_briefing_story_actor_and_tag_is_reachable_from_the_indexes(pages):
    reached, todo = set(ENTRY_POINTS), list(ENTRY_POINTS)
    while todo:
        path = todo.pop()
        for target in links_of(path, pages[path]):
            assert target in pages, f"{path} links to a missing page {target}"
            if target not in reached:
                reached.add(target)
                if is_listing(target):
                    todo.append(target)
    for section in ("briefings/", "stories/", "actors/", "tags/"):
        unreached = {p for p in pages if p.startswith(section) and p not in reached}
        assert not unreached, (
            f"{len(unreached)} pages under {section} not reachable, e.g. {sorted(unreached)[:3]}"
        )


def test_a_hub_actor_page_lists_its_latest_articles_and_says_how_many_more(pages):
    hub = pages["actors/amara-okafor.md"]
    assert "earlier articles" in hub and "[the tag page](../tags/amara-okafor.md)" in hub


def numbers(count: int) -> Listing[int]:
    return Listing(
        path="n/index.md", base="n/all", title="Numbers", description="d", intro="Numbers.",
        columns=(Column("N", numeric=True),), items=list(range(count)),
        row=lambda n, here: [str(n)], span=str,
    )  # fmt: skip


def test_a_list_that_fits_is_one_page():
    pages = listing_pages(numbers(PAGE_ROWS))
    assert [p.path for p in pages] == ["n/index.md"]
    assert pages[0].content.count("\n| ") == PAGE_ROWS + 1  # the header and every row


def test_a_longer_list_gets_an_overview_and_numbered_pages_linked_both_ways():
    pages = {p.path: p.content for p in listing_pages(numbers(PAGE_ROWS + 1))}
    assert list(pages) == ["n/index.md", "n/all/1.md", "n/all/2.md"]
    overview = pages["n/index.md"]
    assert overview.count("\n| ") == OVERVIEW_ROWS + 1
    assert f"[Page 1](all/1.md): 0 – {PAGE_ROWS - 1} ({PAGE_ROWS})" in overview
    assert f"[Page 2](all/2.md): {PAGE_ROWS} (1)" in overview
    assert "[next →](2.md)" in pages["n/all/1.md"] and "[overview](../index.md)" in pages["n/all/1.md"]
    assert "[← previous](1.md)" in pages["n/all/2.md"] and "next" not in pages["n/all/2.md"]
    assert pages["n/all/2.md"].count("\n| ") == 2


def newest_first(count: int) -> Listing[int]:
    """Items count-1 … 0: the newest (highest) first, as the briefings index lists briefings."""
    return dataclasses.replace(numbers(count), items=list(range(count - 1, -1, -1)), newest_first=True)


def test_a_newest_first_list_numbers_full_pages_from_its_oldest_end_and_a_new_item_changes_the_overview():
    before = {p.path: p.content for p in listing_pages(newest_first(2 * PAGE_ROWS + 5))}
    after = {p.path: p.content for p in listing_pages(newest_first(2 * PAGE_ROWS + 6))}
    assert list(after) == ["n/index.md", "n/all/1.md", "n/all/2.md"]  # the newest six fill no page
    assert "\n| 0 |" in after["n/all/1.md"] and after["n/all/1.md"].count("\n| ") == PAGE_ROWS + 1
    newest_page = after["n/all/2.md"]
    assert newest_page.index(f"| {2 * PAGE_ROWS - 1} |") < newest_page.index(f"| {PAGE_ROWS} |")
    assert [p for p in after if after[p] != before[p]] == ["n/index.md"]
    overview = after["n/index.md"]
    assert overview.count("\n| ") == OVERVIEW_ROWS + 1  # at least its usual rows, the newest first
    assert overview.index("| 405 |") < overview.index("| 400 |") < overview.index("| 399 |")
    assert "- Newest, above: 405 – 400 (6)" in overview
    assert overview.index("Newest, above") < overview.index("[Page 2]") < overview.index("[Page 1]")


def test_every_item_of_a_newest_first_list_is_on_its_overview_or_a_numbered_page():
    for count in (PAGE_ROWS + 1, 2 * PAGE_ROWS - 1, 2 * PAGE_ROWS, 2 * PAGE_ROWS + 40):
        pages = listing_pages(newest_first(count))
        shown = [int(n) for p in pages for n in re.findall(r"^\| (\d+) \|$", p.content, re.MULTILINE)]
        assert set(shown) == set(range(count))
        overview = pages[0].content
        assert overview.count("\n| ") == max(OVERVIEW_ROWS, count % PAGE_ROWS) + 1


def test_a_new_page_at_the_newest_end_changes_only_the_overview_the_new_page_and_the_page_before_it():
    """A numbered page does not name the count of pages: a list growing onto a new page leaves the others."""
    before = {p.path: p.content for p in listing_pages(newest_first(2 * PAGE_ROWS - 1))}
    after = {p.path: p.content for p in listing_pages(newest_first(2 * PAGE_ROWS))}
    assert [p for p in after if after[p] != before.get(p)] == ["n/index.md", "n/all/1.md", "n/all/2.md"]
    assert "[next →](2.md)" in after["n/all/1.md"] and "next" not in before["n/all/1.md"]
    assert "Newest, above" not in after["n/index.md"]


def through_memo(listing: Listing[int], memo: PageMemo, before: dict[str, str]) -> dict[str, str]:
    """The listing's pages through the memo, a reused page read from `before` (as docs/ would hold it)."""
    pages = listing_pages(listing, memo.made)
    return {p.path: before[p.path] if p.content is None else p.content for p in pages}


@pytest.mark.parametrize("grown", [5, 6, 200, 201])
def test_pages_through_the_memo_are_the_pages_made_afresh_and_only_changed_ones_are_made(grown):
    keyed = dataclasses.replace(newest_first(2 * PAGE_ROWS + 5), key=lambda n: n)
    memo = PageMemo({}, lambda path, d: False)
    before = through_memo(keyed, memo, {})
    later = dataclasses.replace(keyed, items=list(range(2 * PAGE_ROWS + grown - 1, -1, -1)))
    on_disk = {path: digest(content) for path, content in before.items()}
    again = PageMemo(dict(memo.used), lambda path, d: on_disk.get(path) == d)
    after = through_memo(later, again, before)
    assert after == {p.path: p.content for p in listing_pages(later)}
    assert again.reused == sum(1 for path in after if after[path] == before.get(path))
    assert again.reused >= 1  # the oldest page (200 rows) is not made again


def test_a_listing_without_keys_is_made_afresh_through_the_memo():
    memo = PageMemo({}, lambda path, d: True)
    pages = listing_pages(numbers(3), memo.made)
    assert all(p.content is not None for p in pages) and not memo.used


PAGE_PATHS = ("index.md", "tags/index.md", "tags/kim.md", "tags/kim/2.md", "briefings/all/1.md", "a/b/c/d.md")


@pytest.mark.parametrize("here", PAGE_PATHS)
@pytest.mark.parametrize("target", [*PAGE_PATHS, "tags", "../up.md", "/abs.md", "./tags/x.md", "tags//x.md"])
def test_relative_links_are_the_ones_posixpath_gives(here, target):
    assert rel(here, target) == posixpath.relpath(target, posixpath.dirname(here) or ".")
