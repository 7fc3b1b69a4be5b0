"""Threads: stories about the same actors and subject across different happenings, in date order.

A story is one happening; a takeover battle, a series of summits or an award season is a thread of them. A
story joins a thread when an earlier story shares one of its principal people or organisations (or two of
any kind) and is about the same subject (the cosine of their word vectors reaches `THREAD_FLOOR`); it links to
the most similar such story, and linked stories form one thread. Threads only link stories: their facts are
never merged.

What pages show of a thread is bounded, so that a story joining a thread changes few pages: a story's page
names only its `NEIGHBOURS` nearest stories on either side in date order (`ThreadPlace`, with nothing that
changes when an unrelated story of the thread grows) and links to the thread's own page, which lists the
whole thread (`Thread`).
"""

from __future__ import annotations

import hashlib
import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from builder.core.model import Briefing
from builder.stories.identity import Identity
from builder.stories.linking import linked_components
from builder.stories.similarity.weights import Vector

THREAD_FLOOR = 0.2  # least cosine between the word vectors of two stories of one thread
PRINCIPAL_RANK = 3  # an article's first three people, organisations or countries are its principal actors
ACTOR_KINDS = ("person", "organisation", "country")
NEIGHBOURS = 3  # stories of its thread a story's page names on either side of it, nearest first


@dataclass(frozen=True)
class ThreadEntry:
    """A story of a thread, as another page lists it."""

    story_id: str
    title: str
    date: str | None
    slug: str
    first_article_slug: str  # the page of a one-article story is its briefing
    articles: int

    @property
    def order(self) -> tuple[bool, str, str]:
        """Date order, undated stories last, ties by id."""
        return (self.date is None, self.date or "", self.story_id)


@dataclass(frozen=True)
class Neighbour:
    """A story of the thread as a neighbour's page names it: no article count, which grows with the story."""

    story_id: str
    title: str
    date: str | None
    slug: str
    first_article_slug: str
    has_page: bool  # told by two or more articles: it has a story page, else its page is its briefing


@dataclass(frozen=True)
class ThreadPlace:
    """Where a story stands in its thread: the thread's page, and the nearest dated stories on either side."""

    slug: str  # the thread's page is threads/<slug>.md
    title: str
    earlier: tuple[Neighbour, ...]  # in date order, the nearest last
    later: tuple[Neighbour, ...]  # in date order, the nearest first


@dataclass(frozen=True)
class Thread:
    """A thread of two or more stories: its page's slug and title, every story in date order (undated last).

    The page is named after the story that started the thread (the one its id is made from), whose slug is
    unique among stories and stays while that story keeps its first article.
    """

    slug: str
    title: str
    stories: tuple[ThreadEntry, ...]

    @property
    def last_date(self) -> str | None:
        return max((e.date for e in self.stories if e.date), default=None)


def neighbour(entry: ThreadEntry) -> Neighbour:
    return Neighbour(
        entry.story_id, entry.title, entry.date, entry.slug, entry.first_article_slug, entry.articles > 1
    )


def place_in(thread: Thread, entry: ThreadEntry) -> ThreadPlace:
    """A story's place in its thread: up to NEIGHBOURS dated stories on either side (none if undated)."""
    dated = [e for e in thread.stories if e.date is not None and e.story_id != entry.story_id]
    if entry.date is None:
        dated = []
    at = sum(1 for e in dated if e.order < entry.order)
    earlier = dated[max(0, at - NEIGHBOURS) : at]
    later = dated[at : at + NEIGHBOURS]
    return ThreadPlace(
        thread.slug, thread.title, tuple(map(neighbour, earlier)), tuple(map(neighbour, later))
    )


def places_in(thread: Thread) -> dict[str, ThreadPlace]:
    """`place_in` for every story of the thread (its stories in date order), by story id, in one pass: a
    thread of a large collection holds hundreds of stories, and finding each one's neighbours anew cost
    0.7 s a build at 5,000 benchmark articles."""
    dated = [e for e in thread.stories if e.date is not None]
    shown = [neighbour(e) for e in dated]
    at = {e.story_id: n for n, e in enumerate(dated)}
    places = {}
    for e in thread.stories:
        n = at.get(e.story_id)
        earlier, later = (
            ((), ()) if n is None else (shown[max(0, n - NEIGHBOURS) : n], shown[n + 1 : n + 1 + NEIGHBOURS])
        )
        places[e.story_id] = ThreadPlace(thread.slug, thread.title, tuple(earlier), tuple(later))
    return places


def centroid(vectors: Sequence[Vector]) -> Vector:
    """The unit-length sum of some vectors."""
    total: dict[str, float] = defaultdict(float)
    for vector in vectors:
        for feature, weight in vector.items():
            total[feature] += weight
    norm = math.sqrt(sum(w * w for w in total.values())) or 1.0
    return {f: w / norm for f, w in total.items()}


def cosine(a: Vector, b: Vector) -> float:
    """The cosine of two unit-length vectors."""
    if len(a) > len(b):
        a, b = b, a
    return sum(w * b.get(f, 0.0) for f, w in a.items())


def principal_actors(members: Sequence[Briefing], who: Identity) -> tuple[frozenset[str], frozenset[str]]:
    """The principal actors of a story: people and organisations, and all kinds, as identity keys."""
    ranked = [a for b in members for a in [x for x in b.actors if x.kind in ACTOR_KINDS][:PRINCIPAL_RANK]]
    named = frozenset(who.key(a.name) for a in ranked if a.kind != "country")
    return named, frozenset(who.key(a.name) for a in ranked)


def related(a: tuple[frozenset[str], frozenset[str]], b: tuple[frozenset[str], frozenset[str]]) -> bool:
    """Stories share a principal person or organisation, or two principal actors of any kind."""
    return bool(a[0] & b[0]) or len(a[1] & b[1]) >= 2


@dataclass(frozen=True)
class Link:
    """A group's link to the most similar earlier group it is `related` to, and what the link depends on
    besides the groups' vectors: the group's principal actors, as identity keys (`principal_actors`)."""

    target: int  # the earlier group (-1: none reaches THREAD_FLOOR; in a kept link, -2: that group is gone)
    cosine: float  # the cosine of their centroids (0.0 with none)
    named: frozenset[str]  # principal people and organisations …
    every: frozenset[str]  # … and principal actors of every kind


def thread_labels(
    groups: Sequence[Sequence[int]], briefings: Sequence[Briefing], vectors: Sequence[Vector]
) -> list[int]:
    """For each group (in chronological order of their first articles), the group that starts its thread."""
    return thread_starts(thread_links(groups, briefings, vectors))


def thread_starts(links: Sequence[Link]) -> list[int]:
    """For each group, the group that starts its thread: the earliest of the groups its links join."""
    pairs = [(link.target, later) for later, link in enumerate(links) if link.target >= 0]
    return linked_components(len(links), pairs, lambda a, b: True)


def thread_links(
    groups: Sequence[Sequence[int]],
    briefings: Sequence[Briefing],
    vectors: Sequence[Vector],
    kept: Sequence[Link | None] = (),
    who: Identity | None = None,
) -> list[Link]:
    """Each group's link to the earlier group of its thread.

    Each group links to the most similar earlier group it is `related` to (ties to the earliest), where their
    cosine reaches THREAD_FLOOR. Principal actors recur (a country's leader is in a fifth of its stories), so
    related pairs grow with the square of the collection: they are found with arrays (`related_earlier`) and
    their cosines estimated with arrays (`Centres.estimates`); only pairs whose estimate comes within
    `ESTIMATE_SLACK` of both the floor and the best estimate have their cosine computed as before (`cosine`),
    and the choice is made on those exact values, so the links are exactly those of comparing every related
    pair one by one.

    `kept` gives, per group, its link in the last build where the group was the same (the same articles,
    none of whose vectors moved: its centroid is the same to the bit), renumbered to these groups, else None.
    A group is *settled* when it is the same with the same principal actors: the cosine of two settled groups
    and whether they are related are as they were. A settled group whose last link went to a settled group, or
    nowhere, keeps it unless an earlier related group that is not settled beats it, so only those pairs are
    weighed; the others weigh all their related earlier groups. `who`: the identity of the briefings, if
    already known.
    """
    who = who or Identity(briefings)
    actors = [principal_actors([briefings[i] for i in g], who) for g in groups]
    kept = list(kept) or [None] * len(groups)
    settled = [k is not None and (k.named, k.every) == a for k, a in zip(kept, actors, strict=True)]
    # The last link still holds against every settled group: to a settled group, or to none.
    holds = [
        k is not None and settled[later] and (k.target == -1 or (k.target >= 0 and settled[k.target]))
        for later, k in enumerate(kept)
    ]
    centres = Centroids(groups, vectors)
    related = related_earlier(actors)
    redo = [later for later, held in enumerate(holds) if not held]
    best = dict(zip(redo, best_earlier(redo, related, centres), strict=True))
    links = []
    for later, (named, every) in enumerate(actors):
        found = best.get(later)
        if found is None:  # the last link holds: only groups that are not settled can beat it
            k = kept[later]
            assert k is not None
            found = (k.cosine, -k.target) if k.target >= 0 else (0.0, 0)
            for e in related[later].tolist():
                if not settled[e]:
                    found = max(found, (cosine(centres[e], centres[later]), -e))
        target = -found[1] if found[0] >= THREAD_FLOOR else -1
        links.append(Link(target, found[0] if target >= 0 else 0.0, named, every))
    return links


def best_earlier(
    groups: Sequence[int], related: Sequence[np.ndarray], centres: Centroids
) -> list[tuple[float, int]]:
    """For each of some groups, its most similar related earlier group as (cosine, -group), (0.0, 0) for
    none, the cosines estimated with one matrix of the centroids involved and the close ones made exact."""
    involved = np.unique(np.concatenate([np.array(groups, dtype=np.int64), *(related[g] for g in groups)]))
    matrix = Centres([centres[g] for g in involved.tolist()])
    out = []
    for later in groups:
        earlier = related[later]
        if not len(earlier):
            out.append((0.0, 0))
            continue
        row, rows = np.searchsorted(involved, [later]), np.searchsorted(involved, earlier)
        estimates = matrix.estimates(int(row[0]), rows)
        least = max(THREAD_FLOOR, float(estimates.max())) - 2 * ESTIMATE_SLACK  # any of these may be the best
        close = earlier[estimates >= least]
        out.append(max(((cosine(centres[e], centres[later]), -e) for e in close.tolist()), default=(0.0, 0)))
    return out


class Centroids:
    """Each group's centroid (`centroid`), made when first asked for."""

    def __init__(self, groups: Sequence[Sequence[int]], vectors: Sequence[Vector]) -> None:
        self.groups, self.vectors = groups, vectors
        self.made: dict[int, Vector] = {}

    def __getitem__(self, group: int) -> Vector:
        found = self.made.get(group)
        if found is None:
            found = self.made[group] = centroid([self.vectors[i] for i in self.groups[group]])
        return found


# Both the estimate and `cosine` sum at most a few thousand products of unit vectors' weights in doubles: each
# is within 1e-12 of the true cosine, far inside this slack.
ESTIMATE_SLACK = 1e-9


def related_earlier(actors: Sequence[tuple[frozenset[str], frozenset[str]]]) -> list[np.ndarray]:
    """For each group, the earlier groups `related` to it, ascending (one array per group)."""
    every: dict[str, list[int]] = defaultdict(list)  # actor key → the groups naming it, ascending
    named: dict[str, list[int]] = defaultdict(list)
    for group, (people, keys) in enumerate(actors):
        for key in keys:
            every[key].append(group)
        for key in people:
            named[key].append(group)
    every_at = {key: np.array(groups, dtype=np.int64) for key, groups in every.items()}
    named_at = {key: np.array(groups, dtype=np.int64) for key, groups in named.items()}
    empty = np.zeros(0, dtype=np.int64)
    out = []
    for later, (people, keys) in enumerate(actors):
        shared = [a[: np.searchsorted(a, later)] for key in keys if len(a := every_at[key]) > 1]
        ids, counts = np.unique(np.concatenate(shared), return_counts=True) if shared else (empty, empty)
        same = [a[: np.searchsorted(a, later)] for key in people if len(a := named_at[key]) > 1]
        out.append(np.union1d(ids[counts >= 2], np.concatenate(same)) if same else ids[counts >= 2])
    return out


class Centres:
    """The groups' centroids as one sparse matrix (rows of feature numbers and weights), for many cosines."""

    def __init__(self, centres: Sequence[Vector]) -> None:
        numbers: dict[str, int] = {}
        columns = [numbers.setdefault(f, len(numbers)) for c in centres for f in c]
        self.columns = np.array(columns, dtype=np.int64)
        self.weights = np.array([w for c in centres for w in c.values()], dtype=np.float64)
        self.starts = np.zeros(len(centres) + 1, dtype=np.int64)
        np.cumsum([len(c) for c in centres], out=self.starts[1:])
        self.dense = np.zeros(len(numbers), dtype=np.float64)

    def estimates(self, row: int, others: np.ndarray) -> np.ndarray:
        """The cosine of one row with each of some other rows, summed in another order than `cosine`."""
        own = slice(self.starts[row], self.starts[row + 1])
        self.dense[self.columns[own]] = self.weights[own]
        firsts, lengths = self.starts[others], self.starts[others + 1] - self.starts[others]
        offsets = np.cumsum(lengths) - lengths
        at = np.arange(int(lengths.sum())) + np.repeat(firsts - offsets, lengths)
        products = self.weights[at] * self.dense[self.columns[at]]
        self.dense[self.columns[own]] = 0.0
        return np.bincount(np.repeat(np.arange(len(others)), lengths), products, minlength=len(others))


def thread_id(first_story_id: str) -> str:
    """A stable thread id from the id of its first story."""
    return "thread-" + hashlib.sha1(first_story_id.encode("utf-8")).hexdigest()[:10]
