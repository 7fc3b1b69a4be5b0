"""Data-only packs: real briefings and stories come back equal, and a pack can never run code."""

from __future__ import annotations

import dataclasses
import pickle
from pathlib import Path
from typing import Literal

import msgpack
import pytest

from builder.core.model import Briefing
from builder.pipeline import build_stories
from builder.runtime import packing
from builder.runtime.cache import BriefingCache
from builder.runtime.derived import StoryCache
from builder.runtime.lazy_stories import PackedStory
from builder.stories.merge import Story, build_story, with_threads
from tests.factories import briefing

A_TEXT = (
    "Ana Ruiz gave Leo Park a signed atlas in Lisbon on 2 March.\nOfficials worried about the cost.\n"
    "It is unclear whether the ship carried 40 tonnes of grain."
)
B_TEXT = "Leo Park received an atlas signed by the author from Ruiz in Porto on 3 March.\nThe port was busy."
C_TEXT = "Leo Park opened a library in Porto.\nThe mayor may attend."


def invented() -> list[Briefing]:
    a = briefing(
        "a", A_TEXT, date="2024-03-02", source="Wire One",
        actors=[("Ana Ruiz", "person", 2, ("Ruiz",), 1), ("Leo Park", "person", 1, (), 1),
                ("Lisbon", "place", 1, (), 1)],
        gifts=[("Ana Ruiz", "a signed atlas", "Leo Park", 1)],
        concerns=[("Officials", "the cost of the visit", 2)],
        questions=[("How much grain did the ship carry?", 3)],
        terms=[("Lisbon", "GPE", 1), ("40 tonnes", "QUANTITY", 3)],
    )  # fmt: skip
    b = briefing(
        "b", B_TEXT, date="2024-03-03", source=None,
        actors=[("Ruiz", "person", 1, (), 1), ("Leo Park", "person", 2, (), 1)],
        gifts=[("Ruiz", "", "Leo Park", 1)],
        terms=[("Porto", "GPE", 1)],
    )  # fmt: skip
    c = briefing(
        "c", C_TEXT, date=None, source="Wire Two",
        actors=[("Leo Park", "person", 1, (), 1)], questions=[("Will the mayor attend?", 2)],
    )  # fmt: skip
    return [a, b, c]


def invented_stories() -> list[Story]:
    a, b, c = invented()
    stories = [build_story("story-1", [a, b]), build_story("story-2", [c])]
    return with_threads(stories, {"story-1": "t", "story-2": "t"})


def test_invented_stories_cover_every_kind_of_field():
    story = invented_stories()[0]
    assert story.conflicts and story.conflicts[0].sides  # tuples of (str, Evidence)
    assert any(e.evidence is None for e in story.timeline)  # Evidence | None
    assert story.thread and story.gifts[0].variants
    assert {s.outlet for s in story.sources} == {"Wire One", None}


@pytest.mark.parametrize("make", [invented, invented_stories], ids=["briefings", "stories"])
def test_invented_items_round_trip_equal(make):
    items = make()
    tp = type(items[0])
    entries = {str(i): item for i, item in enumerate(items)}
    assert packing.loads(packing.dumps("x", tp, entries), "x", tp) == entries


def test_seed_briefings_and_their_stories_round_trip_equal(seed_briefings):
    briefings = {b.article.id: b for b in seed_briefings.values()}
    stories = {s.id: s for s in build_stories(list(briefings.values()))}
    assert any(len(s.sources) > 1 for s in stories.values())
    assert packing.loads(packing.dumps("b", Briefing, briefings), "b", Briefing) == briefings
    assert packing.loads(packing.dumps("s", Story, stories), "s", Story) == stories


def test_equal_strings_and_leaf_values_are_stored_once_and_shared():
    a = invented()[0]
    data = packing.dumps("b", Briefing, {"a": a})
    assert data.count(A_TEXT.split("\n")[0].encode()) == 1  # a sentence, its evidence and the article text
    twice = dataclasses.replace(a, summary=(a.summary[0], dataclasses.replace(a.summary[0])))
    back = packing.loads(packing.dumps("b", Briefing, {"a": twice}), "b", Briefing)["a"]
    assert back == twice and back.summary[0] is back.summary[1]


def test_a_pack_of_another_kind_layout_or_format_is_not_read(monkeypatch):
    entries = {"a": invented()[0]}
    data = packing.dumps("briefings", Briefing, entries)
    with pytest.raises(packing.PackError):
        packing.loads(data, "stories", Briefing)
    with pytest.raises(packing.PackError):
        packing.loads(data, "briefings", Story)
    monkeypatch.setattr(packing, "FORMAT", packing.FORMAT + 1)
    packing.layout.cache_clear()
    try:
        with pytest.raises(packing.PackError):
            packing.loads(data, "briefings", Briefing)
    finally:
        packing.layout.cache_clear()


def forged(rows: object, table: object = ("a",), values: object = None) -> bytes:
    """A pack with the right header and whatever else (by default, empty value tables)."""
    head = packing.header("briefings", Briefing)
    if values is None:
        values = [[] for _ in packing._leaves(Briefing)]
    return b"".join(msgpack.packb(part) for part in (head, table, values, rows))


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"garbage\x00\xff",
        msgpack.packb({"format": 1}),
        forged({"k": [1, 2]}),  # a row too short
        forged({"k": "text"}),  # not a row
        forged({"k": [0] * 10}, table=(1, 2)),  # a table that is not strings
        forged([1, 2, 3]),  # entries that are not a map
        forged({"k": [99] * 10}),  # strings past the end of the table
        forged({}, values=[]),  # value tables missing
        forged({}, values=[[[1, 2]]] * len(packing._leaves(Briefing))),  # rows of the wrong shape
    ],
    ids=[
        "empty",
        "garbage",
        "header-only",
        "short-row",
        "not-a-row",
        "bad-table",
        "not-a-map",
        "bad-index",
        "no-values",
        "bad-values",
    ],
)
def test_an_unreadable_pack_is_a_pack_error(data):
    with pytest.raises(packing.PackError):
        packing.loads(data, "briefings", Briefing)


class Touch:
    """Unpickling this creates a file: what a poisoned cache entry would do with a pickle."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self):
        return (Path.touch, (self.marker,))


def test_a_pickle_in_the_cache_runs_nothing_and_is_a_miss(tmp_path):
    marker = tmp_path / "pwned"
    payload = pickle.dumps({"key": Touch(marker)})
    pickle.loads(payload)  # the payload works: unpickling it does create the marker
    assert marker.is_file()
    marker.unlink()
    cache = tmp_path / "cache"
    cache.mkdir()
    for name in (BriefingCache.PACK, StoryCache.FILE, "briefings.pickle", "stories.pickle"):
        (cache / name).write_bytes(payload)
    a, b, c = invented()
    store = BriefingCache(cache)
    assert store.get(a.article) is None
    assert build_stories([a, b, c], StoryCache(cache, "code")) == build_stories([a, b, c])
    assert not marker.exists()


@pytest.mark.parametrize("content", [b"", b"\x93\x01\x02", b"\xc1" * 64], ids=["empty", "array", "invalid"])
def test_a_garbage_story_pack_is_merged_again_and_rewritten(tmp_path, content):
    (tmp_path / StoryCache.FILE).write_bytes(content)
    briefings = invented()
    assert build_stories(briefings, StoryCache(tmp_path, "code")) == build_stories(briefings)
    assert len(packing.read(tmp_path / StoryCache.FILE, StoryCache.KIND, PackedStory)) == 2


def test_writing_a_pack_removes_the_pickle_of_an_older_build(tmp_path):
    (tmp_path / "briefings.pickle").write_bytes(b"old")
    store = BriefingCache(tmp_path)
    store.put(invented()[0])
    store.save_pack()
    assert (tmp_path / BriefingCache.PACK).is_file()
    assert not (tmp_path / "briefings.pickle").exists()


@dataclasses.dataclass(frozen=True)
class Unsupported:
    counts: dict[str, int]


@dataclasses.dataclass(frozen=True)
class Numbered:
    level: Literal[1, 2]


@pytest.mark.parametrize("cls", [Unsupported, Numbered])
def test_a_field_type_the_codecs_do_not_know_is_refused_when_packing(cls):
    with pytest.raises(TypeError, match="cannot pack"):
        packing.dumps("x", cls, {})
