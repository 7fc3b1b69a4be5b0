"""Threads found with arrays are exactly those of comparing every related pair of stories one by one."""

from __future__ import annotations

import dataclasses
import math
import random
from collections import defaultdict

import pytest

from builder.stories import threads
from builder.stories.grouping import Candidates, group_indexes
from builder.stories.identity import Identity
from tests.factories import briefing, synthetic_briefings


def one_by_one(groups, briefings, vectors):
    """The links as first written: every related earlier story's cosine, the best (the earliest on a tie)."""
    who = Identity(briefings)
    actors = [threads.principal_actors([briefings[i] for i in g], who) for g in groups]
    centres = [threads.centroid([vectors[i] for i in g]) for g in groups]
    seen, links = defaultdict(list), []
    for later, (_, every) in enumerate(actors):
        earlier = sorted({e for key in every for e in seen[key] if threads.related(actors[e], actors[later])})
        best = max(((threads.cosine(centres[e], centres[later]), -e) for e in earlier), default=(0.0, 0))
        if best[0] >= threads.THREAD_FLOOR:
            links.append((-best[1], later))
        for key in every:
            seen[key].append(later)
    return threads.linked_components(len(groups), links, lambda a, b: True)


def unit(vector):
    norm = math.sqrt(sum(w * w for w in vector.values())) or 1.0
    return {f: w / norm for f, w in vector.items()}


NAMES = [("Ada Brun", "person"), ("Olu Kane", "person"), ("Port Board", "organisation"),
         ("Norland", "country"), ("Estia", "country"), ("Ivo Marsh", "person")]  # fmt: skip


def random_stories(rng):
    """80 articles naming a few of six actors, with vectors drawn from ten shapes (exact ties), in groups of
    one to three."""
    shapes = [unit({f"w:{rng.randrange(12)}": rng.choice((1.0, 2.0)) for _ in range(rng.randrange(1, 5))})
              for _ in range(10)]  # fmt: skip
    briefings, vectors = [], []
    for i in range(80):
        briefings.append(named(i, rng.sample(NAMES, rng.randrange(0, 4))))
        vectors.append(dict(rng.choice(shapes)))  # the same vector again and again: exact ties
    groups, start = [], 0
    while start < len(briefings):
        size = rng.choice((1, 1, 2, 3))
        groups.append(list(range(start, min(start + size, len(briefings)))))
        start += size
    return briefings, vectors, groups, shapes


def named(i, picked):
    actors = [(n, kind, 2, (), 1) for n, kind in picked]
    return briefing(f"t{i:03d}", "Text.", date=f"2024-01-{1 + i % 28:02d}", actors=actors)


@pytest.mark.parametrize("seed", range(8))
def test_random_stories_with_ties_and_shared_actors_link_as_one_by_one(seed):
    briefings, vectors, groups, _ = random_stories(random.Random(seed))
    assert threads.thread_labels(groups, briefings, vectors) == one_by_one(groups, briefings, vectors)


@pytest.mark.parametrize("seed", range(12))
def test_links_kept_from_the_last_build_are_the_links_found_afresh(seed):
    """The next build: some articles' vectors move, some articles name other actors (as when actor identity
    merges names anew), a group splits, two join, one goes; the links of the groups that stay the same are
    given from the last build, and the links are those found from nothing."""
    rng = random.Random(seed)
    briefings, vectors, groups, shapes = random_stories(rng)
    before = threads.thread_links(groups, briefings, vectors)
    moved = set(rng.sample(range(len(vectors)), 5))
    vectors = [dict(rng.choice(shapes)) if i in moved else v for i, v in enumerate(vectors)]
    for i in rng.sample(range(len(briefings)), 3):
        briefings[i] = named(i, rng.sample(NAMES, rng.randrange(1, 4)))
    regrouped = [list(g) for g in groups]
    split = rng.choice([n for n, g in enumerate(regrouped) if len(g) > 1])
    regrouped[split : split + 1] = [[i] for i in regrouped[split]]
    join = rng.randrange(len(regrouped) - 1)
    regrouped[join : join + 2] = [regrouped[join] + regrouped[join + 1]]
    del regrouped[rng.randrange(len(regrouped))]
    was = {tuple(g): n for n, g in enumerate(groups) if not moved & set(g)}
    now = {was[tuple(g)]: n for n, g in enumerate(regrouped) if tuple(g) in was}
    kept = []
    for g in regrouped:
        link = before[was[tuple(g)]] if tuple(g) in was else None
        if link is not None and link.target >= 0:
            link = dataclasses.replace(link, target=now.get(link.target, -2))
        kept.append(link)
    found = threads.thread_links(regrouped, briefings, vectors, kept)
    assert found == threads.thread_links(regrouped, briefings, vectors)
    assert sum(k is not None for k in kept) > len(kept) / 2


def test_synthetic_stories_thread_as_one_by_one():
    candidates = Candidates.of(synthetic_briefings(600))
    groups = group_indexes(candidates)
    found = threads.thread_labels(groups, candidates.briefings, candidates.vectors)
    assert found == one_by_one(groups, candidates.briefings, candidates.vectors)
    assert len(set(found)) < len(groups)  # some stories do thread
