"""Thread links: each article's link to the earlier article most like it, in weights as of its arrival. Found
with arrays they are those of comparing every related pair one by one; taken over from the last build they are
those found from nothing; and an article added after the others changes no other story's thread."""

from __future__ import annotations

import dataclasses
import random

import numpy as np
import pytest

from builder.stories import threads
from builder.stories.grouping import Candidates, group_indexes, group_stories
from builder.stories.identity import Identity
from builder.stories.similarity.weights import arrival_vectors, tfidf_one_by_one, weigh
from tests.factories import briefing, synthetic_briefings


def one_by_one(groups, briefings, counts):
    """The threads as the rule says them: each article's vector is `tfidf` of the articles up to it; it links
    to the most similar related earlier article (the earliest on a tie) where their cosine reaches the floor;
    stories linked by their articles are one thread."""
    who = Identity(briefings)
    actors = [threads.principal_actors([b], who) for b in briefings]
    vectors = [tfidf_one_by_one(counts[: n + 1])[n] for n in range(len(counts))]
    group_of = {i: n for n, g in enumerate(groups) for i in g}
    pairs = []
    for later in range(len(briefings)):
        earlier = [e for e in range(later) if threads.related(actors[e], actors[later])]
        best = max(((threads.cosine(vectors[e], vectors[later]), -e) for e in earlier), default=(0.0, 0))
        if best[0] >= threads.THREAD_FLOOR and group_of[-best[1]] != group_of[later]:
            pairs.append((group_of[-best[1]], group_of[later]))
    return threads.linked_components(len(groups), sorted(pairs), lambda a, b: True)


NAMES = [("Ada Brun", "person"), ("Olu Kane", "person"), ("Port Board", "organisation"),
         ("Norland", "country"), ("Estia", "country"), ("Ivo Marsh", "person")]  # fmt: skip


def random_articles(rng, count=80):
    """Articles naming a few of six actors, with word counts drawn from ten shapes (exact ties) over a small
    vocabulary (document frequencies cross their steps as articles come), in groups of one to three."""
    shapes = [{f"w:{rng.randrange(12)}": rng.choice((1.0, 2.0)) for _ in range(rng.randrange(1, 5))}
              for _ in range(10)]  # fmt: skip
    briefings = [named(i, rng.sample(NAMES, rng.randrange(0, 4))) for i in range(count)]
    counts = [dict(rng.choice(shapes)) for _ in range(count)]
    return briefings, counts, shapes


def in_groups(rng, count):
    groups, start = [], 0
    while start < count:
        size = rng.choice((1, 1, 2, 3))
        groups.append(list(range(start, min(start + size, count))))
        start += size
    return groups


def named(i, picked):
    actors = [(n, kind, 2, (), 1) for n, kind in picked]
    return briefing(f"t{i:03d}", "Text.", date=f"2024-01-{1 + i % 28:02d}", actors=actors)


@pytest.mark.parametrize("seed", range(8))
def test_random_stories_with_ties_and_shared_actors_link_as_one_by_one(seed):
    rng = random.Random(seed)
    briefings, counts, _ = random_articles(rng)
    groups = in_groups(rng, len(briefings))
    found = threads.thread_labels(groups, briefings, weigh(counts))
    assert found == one_by_one(groups, briefings, counts)
    assert len(set(found)) < len(groups) / 2  # most stories thread


def test_arrival_vectors_are_tfidf_of_the_articles_up_to_each():
    rng = random.Random(3)
    _, counts, _ = random_articles(rng, 300)  # N passes powers of two, the stop-word limit its first steps
    found = arrival_vectors(weigh(counts))
    assert all(found[n] == tfidf_one_by_one(counts[: n + 1])[n] for n in range(len(counts)))
    streams = [n % 3 // 2 for n in range(len(counts))]  # every third article in a stream of its own
    found = arrival_vectors(weigh(counts), streams)
    for n in range(len(counts)):
        own = [c for m, c in enumerate(counts[: n + 1]) if streams[m] == streams[n]]
        assert found[n] == tfidf_one_by_one(own)[-1]


def keys_of(briefings, counts):
    pairs = zip(briefings, counts, strict=True)
    return tuple(f"{b.article.id}:{sorted(c.items())}:{[a.name for a in b.actors]}" for b, c in pairs)


@pytest.mark.parametrize("seed", range(12))
def test_links_kept_from_the_last_build_are_the_links_found_afresh(seed):
    """The next build: articles are added at the end and among the others, some are edited, some name other
    actors (as when actor identity merges names anew), one goes; the last build's links are taken over where
    they hold, and the links are those found from nothing."""
    rng = random.Random(seed)
    briefings, counts, shapes = random_articles(rng)
    who = Identity(briefings)
    actors = threads.article_actors(briefings, who)
    before = threads.article_links(range(len(briefings)), actors, lambda: arrival_vectors(weigh(counts)))
    last = (keys_of(briefings, counts), threads.kept_links(before, actors, keys_of(briefings, counts), None))
    changes = rng.choice(["end", "middle", "edit", "actors", "remove"])
    at = 60 + rng.randrange(15)
    if changes == "end":
        briefings, counts = [*briefings, named(80, rng.sample(NAMES, 2))], [*counts, dict(rng.choice(shapes))]
    elif changes == "middle":
        briefings.insert(at, named(at, rng.sample(NAMES, 2)))
        counts.insert(at, dict(rng.choice(shapes)))
    elif changes == "edit":
        counts[at] = dict(rng.choice(shapes))
    elif changes == "actors":
        briefings[at] = named(at, rng.sample(NAMES, 3))
    else:
        del briefings[at], counts[at]
    actors = threads.article_actors(briefings, Identity(briefings))
    keys = keys_of(briefings, counts)
    weighed = []
    original = threads.best_earlier

    def counting(items, related, vectors):
        weighed.extend(items)
        return original(items, related, vectors)

    threads.best_earlier = counting
    try:
        kept = threads.article_links(
            range(len(briefings)), actors, lambda: arrival_vectors(weigh(counts)), keys, last
        )
    finally:
        threads.best_earlier = original
    assert kept == threads.article_links(
        range(len(briefings)), actors, lambda: arrival_vectors(weigh(counts))
    )
    assert weighed and min(weighed) >= 60  # the links of the articles before the change are taken over


def test_adding_an_article_after_the_others_changes_no_other_storys_thread():
    """Articles come one after another: each addition moves document frequencies across their steps (older
    articles' weights in the collection's terms move: the old thread links, made in those terms, swapped
    between near-equal stories), yet every story keeps its thread and its thread's stories, but where the
    new article's own link joins its story's thread to another."""
    rng = random.Random(11)
    briefings, counts, _ = random_articles(rng, 120)
    groups = in_groups(rng, 120)
    moved = 0
    for n in range(100, 120):
        before = threads.thread_labels(groups[: len_of(groups, n)], briefings[:n], weigh(counts[:n]))
        upto = len_of(groups, n + 1)
        after = threads.thread_labels(groups[:upto], briefings[: n + 1], weigh(counts[: n + 1]))
        own = next(s for s, g in enumerate(groups[:upto]) if n in g)  # the new article's story
        for story, start in enumerate(before):
            members = {s for s, t in enumerate(before) if t == start}
            assert {s for s, t in enumerate(after) if t == after[story]} >= members - {own}
            if after[story] != start:  # the new article linked its story's thread to an earlier one
                assert own < len(before) and after[story] == after[own] != before[own]
        was = by_centroids(groups[: len_of(groups, n)], briefings[:n], weigh(counts[:n]).vectors)
        now = by_centroids(groups[:upto], briefings[: n + 1], weigh(counts[: n + 1]).vectors)
        moved += sum(a != b for s, (a, b) in enumerate(zip(was, now, strict=False)) if s != own)
    assert moved > 10  # whole stories compared in the collection's weights: other stories changed threads


def by_centroids(groups, briefings, vectors):
    """The threads as the builder made them before: each story linked to the earlier story whose centroid in
    the collection's weights is most similar, the stories' principal actors taken together."""
    who = Identity(briefings)
    actors = [threads.principal_actors([briefings[i] for i in g if i < len(briefings)], who) for g in groups]
    centres = [unit_sum([vectors[i] for i in g if i < len(vectors)]) for g in groups]
    pairs = []
    for later in range(len(groups)):
        earlier = [e for e in range(later) if threads.related(actors[e], actors[later])]
        best = max(((threads.cosine(centres[e], centres[later]), -e) for e in earlier), default=(0.0, 0))
        if best[0] >= threads.THREAD_FLOOR:
            pairs.append((-best[1], later))
    return threads.linked_components(len(groups), pairs, lambda a, b: True)


def unit_sum(vectors):
    total = {}
    for vector in vectors:
        for feature, weight in vector.items():
            total[feature] = total.get(feature, 0.0) + weight
    norm = sum(w * w for w in total.values()) ** 0.5 or 1.0
    return {f: w / norm for f, w in total.items()}


def len_of(groups, count):
    """How many of the groups have articles among the first `count`: groups are in order."""
    return sum(1 for g in groups if g[0] < count)


def test_synthetic_stories_thread_as_one_by_one():
    candidates = Candidates.of(synthetic_briefings(300))
    groups = group_indexes(candidates)
    counts = [f.features() for f in candidates.facts]
    assert candidates.weights is not None
    found = threads.thread_labels(groups, candidates.briefings, candidates.weights)
    assert found == one_by_one(groups, candidates.briefings, counts)
    assert len(set(found)) < len(groups)  # some stories do thread


def test_a_later_synthetic_article_leaves_every_other_storys_thread():
    """Group stories as a build does, then add one more article dated after the others."""
    base = synthetic_briefings(300)
    extra = synthetic_briefings(303)[300:]

    def threads_of(stories):
        members: dict[str, set[str]] = {}
        for s in stories:
            members.setdefault(s.thread, set()).add(s.id)
        return {s.id: (s.thread, members[s.thread]) for s in stories}

    before = threads_of(group_stories(base))
    for day, added in enumerate(extra, 1):
        later = dataclasses.replace(
            added, article=dataclasses.replace(added.article, date=f"2030-01-{day:02d}")
        )
        after = threads_of(group_stories([*base, later]))
        new = set(after) - set(before)
        assert len(new) <= 1
        for story, (thread, members) in before.items():
            assert after[story][0] == thread and after[story][1] - new == members


def test_principal_actors_of_an_article_are_its_first_three():
    b = named(0, NAMES[:5])
    named_keys, every = threads.principal_actors([b], Identity([b]))
    assert len(every) == threads.PRINCIPAL_RANK and len(named_keys) == 3


def test_related_before_finds_the_earlier_articles_sharing_a_person_or_two_actors():
    actors = [
        (frozenset({"a"}), frozenset({"a", "x"})),
        (frozenset(), frozenset({"x", "y"})),
        (frozenset({"a"}), frozenset({"a"})),
        (frozenset(), frozenset({"x", "y", "z"})),
    ]
    found = threads.related_before(actors, range(4))
    assert {k: v.tolist() for k, v in found.items()} == {0: [], 1: [], 2: [0], 3: [1]}
    assert np.array_equal(found[3], threads.related_before(actors, [3])[3])
