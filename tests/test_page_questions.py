"""Remembered pages on disk name their lookups by place in one table of questions (`site.memo.Asked`): a page
is reused through the file exactly when it would be through the lookups themselves."""

from __future__ import annotations

import msgpack
import pytest

from builder.runtime.derived import PageCache
from builder.site.memo import Asked, PageMemo
from builder.site.views.story_view import Links
from builder.site.writer import digest as page_digest
from builder.stories.identity import Identity


@pytest.fixture()
def briefings(seed_briefings):
    return [seed_briefings[k] for k in sorted(seed_briefings)]


def links_of(briefings, actor_slugs=None, story_of=None, tag_slugs=None) -> Links:
    return Links(
        who=Identity(briefings),
        actor_slugs=actor_slugs or {},
        story_of=story_of or {},
        tag_slugs=tag_slugs or {},
    )


class Site:
    """Pages rendered or reused through a page cache on disk, build after build."""

    def __init__(self, tmp_path, briefings):
        self.cache = tmp_path / "cache"
        self.written: dict[str, str] = {}
        self.briefings = briefings

    def stored(self, path: str, digest: str) -> bool:
        return path in self.written and page_digest(self.written[path]) == digest

    def view(self, b):
        def view(links):
            names = [links.actor(a.name, "../") for a in b.actors[:3]]
            tag = links.tag_slugs.get(b.article.id[:3])
            return {
                "rows": [],
                "title": " ".join(names),
                "story": links.story_of.get(b.article.id),
                "tag": tag,
            }

        return view

    def build(self, links: Links) -> list[str]:
        """One build of every page (and a listing made without lookups); the paths rendered again."""
        store = PageCache(self.cache, "code")
        memo = PageMemo(store.load(), self.stored, asked=store.asked)
        rendered = []
        for b in self.briefings:
            path = f"{b.article.slug}.md"
            page = memo.page(path, "about.md.j2", b, self.view(b), links)
            if page.content is not None:
                self.written[path] = page.content
                rendered.append(path)
        listing = memo.made("list.md", ("rows", 3), lambda: _listing())
        if listing.content is not None:
            self.written["list.md"] = listing.content
            rendered.append("list.md")
        store.save(store.load(), memo.used)
        return rendered


def _listing():
    from builder.site.base import Page

    return Page("list.md", "# All\n")


def test_pages_are_reused_through_the_file_until_a_question_they_asked_changes(tmp_path, briefings):
    site = Site(tmp_path, briefings)
    links = links_of(briefings)
    assert len(site.build(links)) == len(briefings) + 1
    assert site.build(links) == []
    assert site.build(links_of(briefings)) == []  # other links, the same answers
    first, second = briefings[0], briefings[1]
    key = Identity(briefings).key(first.actors[0].name)
    asking = [
        b.article.slug + ".md"
        for b in briefings
        if key in {Identity(briefings).key(a.name) for a in b.actors[:3]}
    ]
    assert site.build(links_of(briefings, actor_slugs={key: "someone"})) == asking
    assert site.build(links_of(briefings, actor_slugs={key: "someone"})) == []
    story = {second.article.id: ("a-story", "A story")}
    moved = links_of(briefings, actor_slugs={key: "someone"}, story_of=story)
    assert site.build(moved) == [second.article.slug + ".md"]
    assert site.build(moved) == []


def test_the_table_keeps_only_the_questions_of_the_pages_kept(tmp_path, briefings):
    site = Site(tmp_path, briefings)
    site.build(links_of(briefings))
    full = msgpack.unpackb((tmp_path / "cache" / PageCache.FILE).read_bytes())
    site.briefings = briefings[:1]
    site.build(links_of(briefings))
    kept = msgpack.unpackb((tmp_path / "cache" / PageCache.FILE).read_bytes())
    assert len(kept["pages"]) == 2 and len(kept["questions"]) < len(full["questions"])
    assert len(kept["questions"]) == len({i for p in kept["pages"].values() for i in p["asks"]})


@pytest.mark.parametrize(
    "asks",
    [None, "0", [-1], [10**6], ["0"], [0.5]],
    ids=["none", "text", "negative", "beyond", "texts", "float"],
)
def test_a_malformed_list_of_questions_is_a_miss(briefings, asks):
    asked = Asked([["story", briefings[0].article.id]], [None])
    links = links_of(briefings)
    assert asked.valid([0], links) and asked.valid([], links)
    assert not asked.valid(asks, links)


@pytest.mark.parametrize(
    "question",
    [["story"], ["weather", "today"], "story", [["story"], "x"], ["actor", "Someone", "../", "extra"]],
)
def test_a_malformed_question_has_always_changed(briefings, question):
    asked = Asked([question], [None])
    assert not asked.valid([0], links_of(briefings))


@pytest.mark.parametrize(
    "data",
    [
        {"questions": [["story", "x"]], "answers": []},
        {"questions": None, "answers": None},
        {"answers": []},
    ],
)
def test_a_page_cache_without_a_table_that_fits_is_empty(tmp_path, data):
    store = PageCache(tmp_path, "code")
    page = {"p.md": {"asks": [], "digest": "x"}}
    (tmp_path / PageCache.FILE).write_bytes(
        msgpack.packb({"version": PageCache.VERSION, "code": "code", "pages": page, "files": {}, **data})
    )
    assert store.load() == {}
