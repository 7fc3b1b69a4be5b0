"""Story grouping with the last build's candidate pairs kept (`kept.reuse`) groups exactly as grouping
from nothing, through additions, an edit and removals of real news texts (ECB+ dev documents, read from
../shared/eval, which the tests never copy), and weighs again only the pairs a change can move."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from builder.core.model import Briefing
from builder.evaluation.metrics import read_jsonl
from builder.evaluation.stories import article_of
from builder.pipeline import extract_all
from builder.runtime.derived import PairCache
from builder.stories import grouping, threads
from builder.stories.grouping import RULES, facts_of, group_stories, last_groups
from builder.stories.linking import Spans
from builder.stories.similarity.kept import (
    UNWEIGHED,
    Kept,
    KeptGroups,
    KeptLinks,
    dirty_spans,
    reuse,
    rules_of,
)
from builder.stories.similarity.weights import collection_size, weigh
from builder.stories.threads import best_earlier
from tests.conftest import ROOT

EVAL = ROOT.parent / "shared" / "eval" / "ecbplus" / "ecbplus_docs_dev.jsonl"
TOPICS = 4  # the first topics of the dev set: 2-4 happenings of one kind each (rehab stays, shootings, …)


@pytest.fixture(scope="module")
def pool(nlp: object) -> list[Briefing]:
    """The documents of the first topics, extracted for real; every other one placed on the timeline (the
    two sub-topics of a topic, two happenings, a month apart), so both undated and dated rules are used."""
    if not EVAL.is_file():
        pytest.skip(f"the dev sets are not at {EVAL}")
    records = [r for r in read_jsonl(EVAL) if int(r["topic"]) <= TOPICS]
    articles = []
    for n, record in enumerate(sorted(records, key=lambda r: str(r["id"]))):
        article = article_of(record)
        if n % 2:
            month = 2 * int(record["topic"]) + (record["subtopic"] == "ecbplus")
            article = dataclasses.replace(article, date=f"2020-{month:02d}-{10 + n % 5:02d}")
        articles.append(article)
    briefings, failed, _ = extract_all(articles)
    assert failed == [] and len(briefings) > 40
    return briefings


def edited(briefing: Briefing) -> Briefing:
    """The briefing of an edited article: another text (its last sentence dropped), another content hash."""
    article = dataclasses.replace(
        briefing.article, paragraphs=briefing.article.paragraphs[:-1], content_hash="edited"
    )
    (again,), _, _ = extract_all([article])
    return again


def test_kept_pairs_group_as_a_cold_grouping_through_additions_an_edit_and_removals(
    tmp_path, pool, monkeypatch
):
    reused: list[tuple[int, int] | None] = []  # per build: articles weighed again, of all (None: every one)

    def counting(*args):
        found = reuse(*args)
        reused.append(None if found is None else (int(found.dirty.sum()), len(found.dirty)))
        return found

    monkeypatch.setattr(grouping, "reuse", counting)
    taken: list[tuple[int, int]] = []  # per build: groups whose key features and link were taken over, of all

    def groups_taken(candidates, indexes):
        found = last_groups(candidates, indexes)
        taken.append((sum(x is not None for x in found), len(found)))
        return found

    monkeypatch.setattr(grouping, "last_groups", groups_taken)
    weighed: list[int] = []  # per build: articles whose thread link was weighed again

    def links_weighed(items, related, vectors):
        weighed.append(len(items))
        return best_earlier(items, related, vectors)

    monkeypatch.setattr(threads, "best_earlier", links_weighed)
    facts = {}

    def facts_once(b: Briefing):
        key = (b.article.id, b.article.content_hash)
        if key not in facts:
            facts[key] = facts_of(b)
        return facts[key]

    count = len(pool) - 8
    change = dict(enumerate(pool))
    steps = {
        "first build": range(count),
        "one added": range(count + 1),
        "five added": range(count + 6),
        "one edited": range(count + 6),
        "two removed": [n for n in range(count + 6) if n not in (3, count // 2)],
        "one back": [n for n in range(count + 6) if n != 3],
        "all": range(len(pool)),
    }
    sizes = set()
    for step, chosen in steps.items():
        if step == "one edited":
            change[7] = edited(change[7])
        briefings = [change[n] for n in chosen]
        store = PairCache(tmp_path, "code")
        kept = group_stories(briefings, facts=facts_once, store=store)
        store.save()
        assert kept == group_stories(briefings, facts=facts_once), step
        sizes |= {len(g.article_ids) for g in kept}
    assert reused[0] is None  # nothing kept yet
    assert all(n is not None for n in reused[1:]), reused  # the count of articles stays on its step
    assert any(n[0] < n[1] / 2 for n in reused[1:]), reused  # and some builds weigh less than half again
    # Each build groups twice (with the record, then from nothing): the first takes groups over.
    assert [t for t, _ in taken[1::2]] == [0] * len(steps)  # from nothing
    assert taken[0][0] == 0 and any(t > 0 for t, _ in taken[2::2]), taken
    # Links are taken over from the last build, whatever happened to the pairs: only those after a change
    # are weighed (the first build and each build from nothing weigh every article's).
    assert len(weighed) == 2 * len(steps) and weighed[0] == weighed[1] == count, weighed
    assert all(w < len(pool) for w in weighed[2::2]) and min(weighed[2::2]) < count / 2, weighed
    assert len(sizes) > 2


def kept_of(keys: tuple[str, ...], features: tuple[str, ...], df: np.ndarray) -> Kept:
    """A record of articles without candidate pairs."""
    none, no = np.zeros(0, dtype=np.int64), np.zeros(0, dtype=bool)
    return Kept(rules_of(RULES), keys, features, df, none, none, np.zeros(0), no, no)


def test_the_count_of_articles_crossing_a_power_of_two_weighs_everything_again():
    counts = [{"w:a": 1.0, "w:b": 1.0}] * 8
    kept = kept_of(tuple(f"k{n}" for n in range(8)), ("w:a", "w:b"), np.array([8, 8]))
    keys = tuple(f"k{n}" for n in range(16))
    assert collection_size(15) == collection_size(8) != collection_size(16) != collection_size(7)
    assert reuse(kept, keys[:15], weigh((counts * 2)[:15]), rules_of(RULES))
    assert reuse(kept, keys, weigh(counts * 2), rules_of(RULES)) is None
    assert reuse(kept, keys[:7], weigh(counts[:7]), rules_of(RULES)) is None  # 7 rounds down to 4: another N
    other_rules = rules_of(dataclasses.replace(RULES, dated_floor=0.2))
    assert reuse(kept, keys[:8], weigh(counts), other_rules) is None


def test_articles_holding_a_feature_whose_rounded_count_moves_are_weighed_again():
    """Eight articles hold "w:a", two "w:b": one more holder of "w:b" moves its rounded count (2 → 2.83), so
    its two old holders are dirty; "w:a" (8 → 9) stays on its step, and the others are clean."""
    counts = [{"w:a": 1.0, "w:c": 1.0}] * 6 + [{"w:a": 1.0, "w:b": 1.0}] * 2
    before = weigh(counts)
    kept = kept_of(tuple(f"k{n}" for n in range(8)), tuple(before.features), before.df)
    keys = (*kept.keys[:6], "new", *kept.keys[6:])
    found = reuse(kept, keys, weigh([*counts[:6], {"w:b": 1.0}, *counts[6:]]), rules_of(RULES))
    assert found is not None
    assert found.dirty.tolist() == [False] * 6 + [True] * 3


def test_dirty_spans_are_the_pairs_of_the_spans_with_a_dirty_article():
    spans = Spans.merged(np.array([1, 2, 3, 4, 4]), np.array([0, 0, 1, 0, 2]), np.array([1, 2, 3, 1, 4]))
    dirty = np.array([False, True, False, False, False])
    every = {(i, j) for j in range(5) for i in range(j) if (i, j) in spans}
    wanted = {(i, j) for i, j in every if dirty[i] or dirty[j]}
    found = dirty_spans(spans, dirty)
    assert {(i, j) for j in range(5) for i in range(j) if (i, j) in found} == wanted


@pytest.mark.parametrize("damage", [b"", b"\x93\x01\x02", b"garbage", None])
def test_an_unreadable_or_foreign_pairs_file_is_no_record(tmp_path, damage):
    store = PairCache(tmp_path, "code")
    if damage is None:  # a record of other code
        other = PairCache(tmp_path, "other code")
        other.keep(kept_of(("k",), ("w:a",), np.array([1])))
        other.save()
        assert other.load() is not None
    else:
        store.path.write_bytes(damage)
    assert store.load() is None


def test_the_groups_and_links_are_read_back_as_kept_and_a_record_that_does_not_fit_keeps_none(tmp_path):
    groups = KeptGroups(np.array([0, 2, 1]), np.array([2, 1]), (("t:ada brun", "w:port"), ("w:loan",)))
    links = KeptLinks(
        (("ada brun",), (), ()), (("ada brun", "norland"), ("norland",), ()), np.array([-1, 0, UNWEIGHED]),
        np.array([0.0, 0.25, 0.0]),
    )  # fmt: skip
    store = PairCache(tmp_path, "code")
    kept = kept_of(("k0", "k1", "k2"), ("w:a",), np.array([3]))
    store.keep(dataclasses.replace(kept, groups=groups, links=links))
    store.save()
    read = store.load()
    assert read is not None and read.groups is not None and read.links is not None
    for record, wanted_record in ((read.groups, groups), (read.links, links)):
        for field in dataclasses.fields(wanted_record):
            found, wanted = getattr(record, field.name), getattr(wanted_record, field.name)
            assert np.array_equal(found, wanted) if isinstance(wanted, np.ndarray) else found == wanted, field
    for targets in ([-1, 1, -1], [-1, 0, 2], [-3, 0, 1], [-1, 0]):  # to itself or later, malformed, short
        store.keep(
            dataclasses.replace(store.kept, links=dataclasses.replace(links, targets=np.array(targets)))
        )
        store.save()
        found = store.load()
        assert found is not None and found.links is None and found.groups is not None
    store.keep(dataclasses.replace(kept, groups=dataclasses.replace(groups, members=np.array([0, 3, 1]))))
    store.save()
    assert store.load().groups is None
