"""Stories from the pack decode their body (gifts, concerns, questions, conflicts) only when it is read, and
are then the stories merged afresh; builds through the pack write the pages and site of builds without a
cache."""

from __future__ import annotations

import copy
import dataclasses
from pathlib import Path

import pytest

from builder import pipeline as pipeline_module
from builder.pipeline import Settings, build, build_stories
from builder.runtime import packing
from builder.runtime.derived import StoryCache
from builder.runtime.lazy_stories import BODY_FIELDS, HEAD_FIELDS, LazyStory, PackedStory, StoryBody
from builder.stories.merge import Story
from builder.stories.threads import ThreadPlace
from tests.conftest import ROOT
from tests.test_lazy_briefings import ARTICLES, STEPS, files_of


@pytest.fixture(scope="module")
def stories(seed_briefings):
    return build_stories(list(seed_briefings.values()))


@pytest.fixture()
def story(stories):
    """The seed story with the most merged items."""
    return max(stories, key=lambda s: (len(s.gifts) + len(s.concerns) + len(s.questions), s.id))


def packed_again(tmp_path: Path, story: Story, build=None) -> Story:
    """The story as a later build's cache gives it: read from the pack."""
    store = StoryCache(tmp_path, "code")
    store.get_or_build(story.id, [], lambda: story)
    store.save()
    return StoryCache(tmp_path, "code").get_or_build(story.id, [], build or (lambda: 1 / 0))


def unopened(s: Story) -> bool:
    return type(s) is LazyStory and "_body" in s.__dict__


def test_head_and_body_are_every_field_of_a_story_with_its_type():
    hints = {f.name: f.type for f in dataclasses.fields(Story)}
    parts = [*dataclasses.fields(PackedStory), *dataclasses.fields(StoryBody)]
    assert sorted(HEAD_FIELDS + BODY_FIELDS) == sorted(hints)
    assert {f.name: f.type for f in parts if f.name != "body"} == hints
    assert all(isinstance(getattr(LazyStory, name), property) for name in BODY_FIELDS)


def test_a_packed_story_reads_its_head_without_decoding_its_body(tmp_path, story):
    assert story.concerns or story.gifts or story.questions
    lazy = packed_again(tmp_path, story)
    assert unopened(lazy) and isinstance(lazy, Story)
    assert [getattr(lazy, name) for name in HEAD_FIELDS] == [getattr(story, name) for name in HEAD_FIELDS]
    assert lazy.independent_sources() == story.independent_sources() and lazy.article_ids == story.article_ids
    assert unopened(lazy)
    assert lazy.concerns == story.concerns  # reading a body field opens it
    assert type(lazy) is Story and "_body" not in lazy.__dict__ and "_build" not in lazy.__dict__
    assert lazy == story and lazy.__dict__ == story.__dict__


@pytest.mark.parametrize("op", ["eq", "reflected", "hash", "replace", "copy", "repr"])
def test_an_unopened_story_behaves_as_the_story(tmp_path, story, op):
    lazy = packed_again(tmp_path, story)
    if op == "eq":
        assert lazy == story
        assert not lazy != story  # noqa: SIM202 (__ne__ too)
    elif op == "reflected":
        assert story == lazy and lazy == packed_again(tmp_path / "other", story)
    elif op == "hash":
        assert hash(lazy) == hash(story) and story in {lazy}
    elif op == "replace":
        assert dataclasses.replace(lazy, title="Other") == dataclasses.replace(story, title="Other")
    elif op == "copy":
        assert copy.deepcopy(lazy) == story
    else:
        assert repr(lazy) == repr(story)


def test_a_story_placed_in_its_thread_keeps_its_body_packed(tmp_path, story):
    place = ThreadPlace("a-thread", "A thread", (), ())
    lazy = packed_again(tmp_path, story)
    placed = lazy.with_thread(place)
    assert unopened(placed) and placed.thread == place and lazy.thread == story.thread
    assert placed == story.with_thread(place) == dataclasses.replace(story, thread=place)
    assert story.with_thread(place) == lazy.open().with_thread(place)


def test_packing_again_reuses_an_unopened_body_as_it_is(tmp_path, story):
    packed_again(tmp_path, story)
    before = (tmp_path / StoryCache.FILE).read_bytes()
    store = StoryCache(tmp_path, "code")
    lazy = store.get_or_build(story.id, [], lambda: 1 / 0)
    (tmp_path / StoryCache.FILE).unlink()
    store.loaded = None  # as if the pack were stale: it is written again
    store.save()
    assert unopened(lazy)
    assert (tmp_path / StoryCache.FILE).read_bytes() == before
    assert StoryCache(tmp_path, "code").get_or_build(story.id, [], lambda: 1 / 0) == story


def test_a_damaged_body_is_merged_again(tmp_path, story):
    merged = []
    lazy = packed_again(tmp_path, story, build=lambda: merged.append(1) or story)
    lazy.__dict__["_body"] = b"\xc1garbage"
    assert lazy.questions == story.questions and lazy == story and merged == [1]


def test_a_damaged_body_with_nothing_to_merge_it_again_says_to_delete_the_cache(tmp_path, story):
    lazy = packed_again(tmp_path, story)
    lazy.__dict__["_body"] = packing.dumps("something else", StoryBody, {})
    del lazy.__dict__["_build"]
    with pytest.raises(RuntimeError, match="delete the cache folder"):
        _ = lazy.gifts


def test_an_entry_whose_body_is_not_bytes_is_merged_again(tmp_path, story):
    packed_again(tmp_path, story)
    entries = packing.read(tmp_path / StoryCache.FILE, StoryCache.KIND, PackedStory)
    bad = {k: dataclasses.replace(v, body=7) for k, v in entries.items()}
    packing.write(tmp_path / StoryCache.FILE, StoryCache.KIND, PackedStory, bad)
    got = StoryCache(tmp_path, "code").get_or_build(story.id, [], lambda: story)
    assert got is story


def test_cached_stories_stay_packed_through_a_build_of_the_stories(tmp_path, seed_briefings, monkeypatch):
    briefings = list(seed_briefings.values())
    fresh = build_stories(briefings)
    build_stories(briefings, StoryCache(tmp_path, "code"))

    def no_merge(*args):
        raise AssertionError("an unchanged story was merged again")

    monkeypatch.setattr(pipeline_module, "build_story", no_merge)
    again = build_stories(briefings, StoryCache(tmp_path, "code"))
    assert all(unopened(s) for s in again)  # placing them in their threads opens none
    assert again == fresh
    assert [s.thread for s in again] == [s.thread for s in fresh]


@pytest.mark.slow
def test_builds_through_the_stories_pack_write_the_pages_and_site_of_builds_without_a_cache(
    tmp_path, nlp, monkeypatch
):
    opened = []
    real_open = LazyStory.open

    def counted(self):
        opened.append("_body" in self.__dict__)
        return real_open(self)

    monkeypatch.setattr(LazyStory, "open", counted)
    config = tmp_path / "mkdocs.yml"
    config.write_text(
        "site_url: https://briefings.example.org/\n" + (ROOT / "mkdocs.yml").read_text(encoding="utf-8"),
        encoding="utf-8",
    )
    projects = {}
    for name in ("packed", "fresh"):
        folder = tmp_path / name
        (folder / "seeds").mkdir(parents=True)
        for file, text in ARTICLES.items():
            (folder / "seeds" / file).write_text(text, encoding="utf-8")
        projects[name] = Settings(
            seeds=folder / "seeds", docs=folder / "docs", site=folder / "site", config=config,
            cache=folder / "cache" if name == "packed" else None, build_date="2026-03-09",
        )  # fmt: skip
    served = 0
    real_get = StoryCache.get_or_build

    def counted_get(self, *args):
        nonlocal served
        story = real_get(self, *args)
        served += type(story) is LazyStory
        return story

    monkeypatch.setattr(StoryCache, "get_or_build", counted_get)
    for step in (None, *STEPS):
        for settings in projects.values():
            if step is not None:
                file, text = step
                if text is None:
                    (settings.seeds / file).unlink()
                else:
                    (settings.seeds / file).write_text(text, encoding="utf-8")
            build(settings)
        packed, fresh = projects["packed"], projects["fresh"]
        assert files_of(packed.docs) == files_of(fresh.docs)
        assert files_of(packed.site) == files_of(fresh.site)
    assert served  # some stories came from the pack
    assert len(opened) < served  # … and not all of them were opened
