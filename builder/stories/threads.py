"""Threads: stories about the same actors and subject across different happenings, in date order.

A story is one happening; a takeover battle, a series of summits or an award season is a thread of them.
Threads grow as a stream of articles would grow them (`article_links`): each article, as it comes, links to
the most similar earlier article that shares one of its principal people or organisations (or two of any
kind) and is about the same subject (the cosine of their word vectors, weighed as of the article's arrival,
reaches `THREAD_FLOOR`); two stories linked by an article are one thread. A later article never changes an
earlier link, so an unrelated new article leaves every thread as it was. Threads only link stories: their
facts are never merged.

What pages show of a thread is bounded, so that a story joining a thread changes few pages: a story's page
names only its `NEIGHBOURS` nearest stories on either side in date order (`ThreadPlace`, with nothing that
changes when an unrelated story of the thread grows) and links to the thread's own page, which lists the
whole thread (`Thread`).
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from builder.core.model import Briefing
from builder.stories.identity import Identity
from builder.stories.linking import linked_components
from builder.stories.similarity.kept import UNWEIGHED, KeptLinks
from builder.stories.similarity.weights import Vector, Weights, arrival_vectors

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
    """An article's link to the most similar earlier article it is `related` to."""

    target: int  # the earlier article (-1: none reaches THREAD_FLOOR)
    cosine: float  # the cosine of their vectors as of arrival (0.0 with none)


Actors = tuple[frozenset[str], frozenset[str]]  # an article's principal actors (`principal_actors`)


def article_actors(briefings: Sequence[Briefing], who: Identity) -> list[Actors]:
    """Each article's principal actors."""
    return [principal_actors([b], who) for b in briefings]


def thread_labels(
    groups: Sequence[Sequence[int]],
    briefings: Sequence[Briefing],
    weights: Weights,
    streams: Sequence[int] = (),
) -> list[int]:
    """For each group (in chronological order of their first articles), the group that starts its thread."""
    actors = article_actors(briefings, Identity(briefings))
    links = article_links(range(len(briefings)), actors, lambda: arrival_vectors(weights, streams))
    return thread_starts(groups, links)


def thread_starts(groups: Sequence[Sequence[int]], links: Mapping[int, Link]) -> list[int]:
    """For each group, the group that starts its thread: the earliest of the groups that its articles' links
    join (each article's link joins its story and the story of the article it links to)."""
    group_of = {item: n for n, g in enumerate(groups) for item in g}
    pairs = sorted(
        (group_of[link.target], group_of[item])
        for item, link in links.items()
        if link.target >= 0 and group_of[link.target] != group_of[item]
    )
    return linked_components(len(groups), pairs, lambda a, b: True)


def article_links(
    items: Sequence[int],
    actors: Sequence[Actors],
    arrival: Callable[[], Sequence[Vector]],
    keys: Sequence[str] = (),
    last: tuple[Sequence[str], KeptLinks] | None = None,
) -> dict[int, Link]:
    """The link of each of some articles to the earlier article most like it.

    Articles join threads as a stream would join them: when they come. Each article links to the most
    similar earlier article (ties to the earliest) it is `related` to, where their cosine reaches
    THREAD_FLOOR, in the articles' vectors as of their arrival (`arrival`); where that article is in another
    story, the two stories are one thread (`thread_starts`). Nothing an article's link depends on comes after
    it in chronological order: the facts and principal actors of the articles up to it. So a later article
    (the usual new one) leaves every link as it was: only its own link is new, and a thread changes only
    where that link joins it (the story the article starts or joins joins a thread, or joins two). No thread
    splits, joins or is renamed because of an unrelated story, which comparing whole stories in corpus-wide
    weights did (at 5,000 benchmark articles one addition moved a document frequency a step, 23 links
    swapped between near-equal cosines and 46 stories changed threads). An article filed among older ones
    does move the links after it, as a cold build of the same articles would.

    Undated articles come after every dated one (`grouping.chronological`), so a dated article added comes
    before them: their links are weighed again (one may now go to the new article), but their vectors are
    weighed as a stream of their own (`grouping.group_stories`), so the new article moves none of them.

    `keys` are the articles' keys and `last` the last build's keys and links (`KeptLinks`): a link whose
    article and every article before it have the same key and principal actors as then is taken over; the
    others are weighed. The links are those found from nothing. `actors`: each article's (`article_actors`).
    """
    found: dict[int, Link] = {}
    if last is not None and keys:
        same = unchanged_prefix(keys, actors, *last)
        targets, cosines = last[1].targets, last[1].cosines
        for item in items:
            if item < same and targets[item] != UNWEIGHED:
                found[item] = Link(int(targets[item]), float(cosines[item]))
    redo = [item for item in items if item not in found]
    if redo:
        related = related_before(actors, redo)
        vectors = arrival()
        for item, (value, negated) in zip(redo, best_earlier(redo, related, vectors), strict=True):
            found[item] = Link(-negated, value) if value >= THREAD_FLOOR else Link(-1, 0.0)
    return found


def unchanged_prefix(
    keys: Sequence[str], actors: Sequence[Actors], was: Sequence[str], links: KeptLinks
) -> int:
    """How many articles, from the first, have the same keys and principal actors as in the last build."""
    for n, (key, (named, every)) in enumerate(zip(keys, actors, strict=False)):
        if n >= len(was) or key != was[n] or sorted(named) != list(links.named[n]):
            return n
        if sorted(every) != list(links.every[n]):
            return n
    return min(len(keys), len(was))


def kept_links(
    links: Mapping[int, Link],
    actors: Sequence[Actors],
    keys: Sequence[str],
    last: tuple[Sequence[str], KeptLinks] | None,
) -> KeptLinks:
    """This build's links as the next build takes them over: the links found, and those of the last build
    that still hold (the articles before them unchanged), though their article starts no story now."""
    count = len(actors)
    targets = np.full(count, UNWEIGHED, dtype=np.int64)
    cosines = np.zeros(count, dtype=np.float64)
    if last is not None:
        same = unchanged_prefix(keys, actors, *last)
        targets[:same], cosines[:same] = last[1].targets[:same], last[1].cosines[:same]
    for item, link in links.items():
        targets[item], cosines[item] = link.target, link.cosine
    return KeptLinks(
        tuple(tuple(sorted(named)) for named, _ in actors),
        tuple(tuple(sorted(every)) for _, every in actors),
        targets,
        cosines,
    )


def best_earlier(
    items: Sequence[int], related: Mapping[int, np.ndarray], vectors: Sequence[Vector]
) -> list[tuple[float, int]]:
    """For each of some articles, its most similar related earlier article as (cosine, -article), (0.0, 0)
    for none, the cosines estimated with one matrix of the vectors involved and the close ones made exact."""
    involved = np.unique(np.concatenate([np.array(items, dtype=np.int64), *(related[i] for i in items)]))
    matrix = Centres([vectors[i] for i in involved.tolist()])
    out = []
    for later in items:
        earlier = related[later]
        if not len(earlier):
            out.append((0.0, 0))
            continue
        row, rows = np.searchsorted(involved, [later]), np.searchsorted(involved, earlier)
        estimates = matrix.estimates(int(row[0]), rows)
        least = max(THREAD_FLOOR, float(estimates.max())) - 2 * ESTIMATE_SLACK  # any of these may be the best
        close = earlier[estimates >= least]
        mine = vectors[later]
        out.append(max(((cosine(vectors[e], mine), -e) for e in close.tolist()), default=(0.0, 0)))
    return out


# Both the estimate and `cosine` sum at most a few thousand products of unit vectors' weights in doubles: each
# is within 1e-12 of the true cosine, far inside this slack.
ESTIMATE_SLACK = 1e-9


def related_before(actors: Sequence[Actors], items: Sequence[int]) -> dict[int, np.ndarray]:
    """For each of some articles, the earlier articles `related` to it, ascending (one array each)."""
    every: dict[str, list[int]] = defaultdict(list)  # actor key → the articles naming it, ascending
    named: dict[str, list[int]] = defaultdict(list)
    for item, (people, keys) in enumerate(actors):
        for key in keys:
            every[key].append(item)
        for key in people:
            named[key].append(item)
    arrays: dict[tuple[bool, str], np.ndarray] = {}

    def holders(person: bool, key: str) -> np.ndarray:
        found = arrays.get((person, key))
        if found is None:
            found = arrays[(person, key)] = np.array((named if person else every)[key], dtype=np.int64)
        return found

    empty = np.zeros(0, dtype=np.int64)
    out = {}
    for later in items:
        people, keys = actors[later]
        shared = [a[: np.searchsorted(a, later)] for key in keys if len(a := holders(False, key)) > 1]
        ids, counts = np.unique(np.concatenate(shared), return_counts=True) if shared else (empty, empty)
        same = [a[: np.searchsorted(a, later)] for key in people if len(a := holders(True, key)) > 1]
        out[later] = np.union1d(ids[counts >= 2], np.concatenate(same)) if same else ids[counts >= 2]
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
