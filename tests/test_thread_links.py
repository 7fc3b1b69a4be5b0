"""Threads found with arrays are exactly those of comparing every related pair of stories one by one."""

from __future__ import annotations

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


@pytest.mark.parametrize("seed", range(8))
def test_random_stories_with_ties_and_shared_actors_link_as_one_by_one(seed):
    rng = random.Random(seed)
    names = [("Ada Brun", "person"), ("Olu Kane", "person"), ("Port Board", "organisation"),
             ("Norland", "country"), ("Estia", "country"), ("Ivo Marsh", "person")]  # fmt: skip
    shapes = [unit({f"w:{rng.randrange(12)}": rng.choice((1.0, 2.0)) for _ in range(rng.randrange(1, 5))})
              for _ in range(10)]  # fmt: skip
    briefings, vectors = [], []
    for i in range(80):
        picked = rng.sample(names, rng.randrange(0, 4))
        actors = [(n, kind, 2, (), 1) for n, kind in picked]
        briefings.append(briefing(f"t{i:03d}", "Text.", date=f"2024-01-{1 + i % 28:02d}", actors=actors))
        vectors.append(dict(rng.choice(shapes)))  # the same vector again and again: exact ties
    groups, start = [], 0
    while start < len(briefings):
        size = rng.choice((1, 1, 2, 3))
        groups.append(list(range(start, min(start + size, len(briefings)))))
        start += size
    assert threads.thread_labels(groups, briefings, vectors) == one_by_one(groups, briefings, vectors)


def test_synthetic_stories_thread_as_one_by_one():
    candidates = Candidates.of(synthetic_briefings(600))
    groups = group_indexes(candidates)
    found = threads.thread_labels(groups, candidates.briefings, candidates.vectors)
    assert found == one_by_one(groups, candidates.briefings, candidates.vectors)
    assert len(set(found)) < len(groups)  # some stories do thread
