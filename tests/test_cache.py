from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import pytest

from builder import pipeline as pipeline_module
from builder.pipeline import Settings, build_stories, generate
from builder.runtime import cache as cache_module
from builder.runtime import derived as derived_module
from builder.runtime.cache import (
    BriefingCache,
    extractor_fingerprint,
    from_cached,
    to_cached,
)
from builder.runtime.derived import FactsCache, StoryCache
from builder.stories.features import features_of
from builder.stories.grouping import facts_of
from builder.stories.similarity.weights import tfidf

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture()
def briefing(seed_briefings):
    """A real briefing of a seed article, with actors, gifts, concerns, questions and terms."""
    return seed_briefings[sorted(seed_briefings)[0]]


def test_every_seed_briefing_round_trips_exactly(seed_briefings):
    for b in seed_briefings.values():
        assert b.terms, "the round trip should cover terms too"
        assert from_cached(to_cached(b), b.article) == b


def test_a_cached_briefing_comes_back_equal(tmp_path, briefing):
    store = BriefingCache(tmp_path)
    store.put(briefing)
    assert store.get(briefing.article) == briefing


def test_an_empty_cache_misses(tmp_path, briefing):
    assert BriefingCache(tmp_path).get(briefing.article) is None


def test_a_changed_source_misses(tmp_path, briefing):
    store = BriefingCache(tmp_path)
    store.put(briefing)
    edited = dataclasses.replace(briefing.article, content_hash="0" * 64)
    assert store.get(edited) is None


def test_a_changed_extractor_fingerprint_misses(tmp_path, briefing, monkeypatch):
    store = BriefingCache(tmp_path)
    store.put(briefing)
    monkeypatch.setattr(cache_module, "extractor_fingerprint", lambda: "another-extractor")
    assert store.get(briefing.article) is None


def test_the_fingerprint_covers_the_pipeline_components_and_the_stored_form():
    assert {"runtime/jsonio.py", "core/model.py"} <= set(cache_module.FINGERPRINT_MODULES)
    assert {"nlp", "extract"} <= set(cache_module.FINGERPRINT_PACKAGES)
    assert extractor_fingerprint() == extractor_fingerprint()


@pytest.mark.parametrize(
    "content",
    [b"", b"{not json", b"\xff\xfe\x00garbage", b"[]", b'{"schema": 1}', b'{"title": 3, "sentences": "x"}'],
    ids=["empty", "truncated", "binary", "wrong-type", "missing-keys", "wrong-shapes"],
)
def test_an_unreadable_entry_is_a_miss_not_a_crash(tmp_path, briefing, content):
    store = BriefingCache(tmp_path)
    path = store.path(briefing.article)
    path.parent.mkdir(parents=True)
    path.write_bytes(content)
    assert store.get(briefing.article) is None


def test_a_folder_in_place_of_an_entry_is_a_miss(tmp_path, briefing):
    store = BriefingCache(tmp_path)
    store.path(briefing.article).mkdir(parents=True)
    assert store.get(briefing.article) is None


def test_an_unchanged_second_build_extracts_nothing_and_writes_nothing(tmp_path, nlp):
    seeds = tmp_path / "seeds"
    shutil.copytree(ROOT / "seeds", seeds)
    settings = Settings(
        seeds=seeds, docs=tmp_path / "docs", config=ROOT / "mkdocs.yml", cache=tmp_path / "cache"
    )
    first = generate(settings)
    assert first.extracted == len(list(seeds.iterdir()))
    assert first.written.written
    second = generate(settings)
    assert second.extracted == 0
    assert second.written.written == ()
    assert second.written.removed == ()
    assert set(second.written.unchanged) == set(first.written.written)


def test_the_pack_serves_a_briefing_without_its_json_entry(tmp_path, briefing):
    store = BriefingCache(tmp_path)
    store.put(briefing)
    store.save_pack()
    store.path(briefing.article).unlink()
    assert BriefingCache(tmp_path).get(briefing.article) == briefing


def test_the_pack_gives_back_the_current_article(tmp_path, briefing):
    store = BriefingCache(tmp_path)
    store.put(briefing)
    store.save_pack()
    moved = dataclasses.replace(briefing.article, path="elsewhere/" + briefing.article.path)
    assert BriefingCache(tmp_path).get(moved).article == moved


@pytest.mark.parametrize(
    "content", [b"", b"not a pickle", b"\x80\x05K\x01."], ids=["empty", "garbage", "int"]
)
def test_an_unreadable_pack_falls_back_to_the_json_entries(tmp_path, briefing, content):
    store = BriefingCache(tmp_path)
    store.put(briefing)
    (tmp_path / BriefingCache.PACK).write_bytes(content)
    assert BriefingCache(tmp_path).get(briefing.article) == briefing


def test_cached_stories_equal_fresh_ones_and_are_not_merged_again(tmp_path, seed_briefings, monkeypatch):
    briefings = list(seed_briefings.values())
    fresh = build_stories(briefings)
    first = StoryCache(tmp_path, "code")
    assert build_stories(briefings, first) == fresh
    assert (tmp_path / StoryCache.FILE).is_file()

    def no_merge(*args, **kwargs):
        raise AssertionError("an unchanged story was merged again")

    monkeypatch.setattr(pipeline_module, "build_story", no_merge)
    assert build_stories(briefings, StoryCache(tmp_path, "code")) == fresh
    with pytest.raises(AssertionError):
        build_stories(briefings, StoryCache(tmp_path, "other code"))


def test_a_changed_member_misses_the_story_cache(tmp_path, briefing):
    store = StoryCache(tmp_path, "code")
    edited = dataclasses.replace(
        briefing, article=dataclasses.replace(briefing.article, content_hash="0" * 64)
    )
    assert store.key("story-1", [briefing]) != store.key("story-1", [edited])
    assert store.key("story-1", [briefing]) != store.key("story-2", [briefing])


def test_an_unreadable_story_cache_is_merged_again(tmp_path, seed_briefings):
    (tmp_path / StoryCache.FILE).write_bytes(b"\x80\x05garbage")
    briefings = list(seed_briefings.values())
    assert build_stories(briefings, StoryCache(tmp_path, "code")) == build_stories(briefings)


def test_cached_facts_are_the_gathered_ones_features_in_their_order_and_not_gathered_again(
    tmp_path, seed_briefings, monkeypatch
):
    briefings = list(seed_briefings.values())
    gathered = [facts_of(b) for b in briefings]
    first = FactsCache(tmp_path, "code")
    assert [first.facts(b) for b in briefings] == gathered
    first.save()

    def no_gathering(briefing):
        raise AssertionError("the facts of an unchanged briefing were gathered again")

    monkeypatch.setattr(derived_module, "facts_of", no_gathering)
    again = [FactsCache(tmp_path, "code").facts(b) for b in briefings]
    assert again == gathered
    # the same counts in the same order: a vector's norm is summed in that order, so weights are bit-exact
    counted = [features_of(b) for b in briefings]
    assert [list(f.features().items()) for f in again] == [list(c.items()) for c in counted]
    assert tfidf([f.features() for f in again]) == tfidf(counted)
    assert build_stories(briefings, facts=FactsCache(tmp_path, "code")) == build_stories(briefings)
    with pytest.raises(AssertionError):
        FactsCache(tmp_path, "other code").facts(briefings[0])


@pytest.mark.parametrize(
    "content",
    [b"", b"garbage", b"\x94\x01\xa8features\xa4code\x81\xa1k\xa1v", b"\x80\x05K\x01."],
    ids=["empty", "garbage", "bad entry", "pickle"],
)
def test_an_unreadable_facts_pack_means_gathering_again(tmp_path, briefing, content):
    (tmp_path / FactsCache.FILE).write_bytes(content)
    store = FactsCache(tmp_path, "code")
    assert store.facts(briefing) == facts_of(briefing)
    store.save()
    assert FactsCache(tmp_path, "code")._entries() == {store.key(briefing): facts_of(briefing)}


def test_a_changed_article_misses_the_facts_cache(tmp_path, briefing):
    store = FactsCache(tmp_path, "code")
    edited = dataclasses.replace(
        briefing, article=dataclasses.replace(briefing.article, title="Another title")
    )
    assert store.key(edited) != store.key(briefing)
