"""First-neighbour linking over a sparse similarity graph (after FINCH, Sarfraz et al., CVPR 2019).

Items are article indexes, or group labels. Similarities are `Similar`: arrays of pairs (i < j, in the order
(i, j)) and their values. At 5,000 articles some two million pairs are candidates, so the steps that look at
every pair work on whole arrays; the steps over links (at most one per item) stay plain Python. Each array
step gives what the plain loop over the pairs in (i, j) order gave, to the bit: maxima and minima do not
depend on order, and sums are taken in (i, j) order (`np.bincount` adds its weights one by one, in order).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True, eq=False)
class Similar:
    """Pairs of items (`first` < `second`, sorted by (first, second)) and their similarity (float64)."""

    first: np.ndarray
    second: np.ndarray
    value: np.ndarray

    @classmethod
    def of(cls, pairs: Mapping[tuple[int, int], float]) -> Similar:
        """From a map of pairs (i < j) to values, in (i, j) order."""
        items = sorted(pairs.items())
        first = np.array([i for (i, _), _ in items], dtype=np.int64)
        second = np.array([j for (_, j), _ in items], dtype=np.int64)
        return cls(first, second, np.array([s for _, s in items], dtype=np.float64))

    def where(self, keep: np.ndarray) -> Similar:
        """The pairs where `keep` is true, in the same order."""
        return Similar(self.first[keep], self.second[keep], self.value[keep])

    def as_dict(self) -> dict[tuple[int, int], float]:
        """A map of pairs to values (for tests and small sets)."""
        pairs = zip(self.first.tolist(), self.second.tolist(), strict=True)
        return dict(zip(pairs, self.value.tolist(), strict=True))

    def __len__(self) -> int:
        return len(self.value)


@dataclass(frozen=True, eq=False)
class Spans:
    """Which pairs of items to weigh: for some items (`later`, ascending), a range of earlier items each
    (`low` ≤ i < `high`, ranges of one item disjoint and ascending). Pair (i, j) is the pair of `later` j and
    each i of one of its ranges; pairs are numbered in that order, from `base`."""

    later: np.ndarray
    low: np.ndarray
    high: np.ndarray

    @classmethod
    def every(cls, count: int) -> Spans:
        """Every pair of `count` items."""
        later = np.arange(count, dtype=np.int64)
        return cls(later, np.zeros(count, dtype=np.int64), later)

    @classmethod
    def merged(cls, later: np.ndarray, low: np.ndarray, high: np.ndarray) -> Spans:
        """Ranges that may overlap or be empty, as disjoint ranges (overlapping ones of one item joined)."""
        keep = high > low
        later, low, high = later[keep], low[keep], high[keep]
        order = np.lexsort((low, later))
        later, low, high = later[order], low[order], high[order]
        if not len(later):
            return cls(later, low, high)
        # Within an item the ranges are sorted by start: a range starts a new one unless it begins before the
        # furthest end so far (offset by item, so that the running maximum restarts with each item).
        offset = later * (int(high.max()) + 1)
        reach = np.maximum.accumulate(high + offset) - offset
        starts = np.ones(len(later), dtype=bool)
        starts[1:] = (later[1:] != later[:-1]) | (low[1:] > reach[:-1])
        at = np.flatnonzero(starts)
        ends = np.append(at[1:], len(later)) - 1
        return cls(later[at], low[at], reach[ends])

    @property
    def base(self) -> np.ndarray:
        """The number of each range's first pair; the last entry is the number of pairs."""
        base = np.zeros(len(self.later) + 1, dtype=np.int64)
        np.cumsum(self.high - self.low, out=base[1:])
        return base

    def __contains__(self, pair: tuple[int, int]) -> bool:
        """Pair (i, j), i < j, is weighed (for tests)."""
        i, j = pair
        at = np.flatnonzero(self.later == j)
        return bool(((self.low[at] <= i) & (i < self.high[at])).any())


def first_neighbours(count: int, similar: Similar) -> np.ndarray:
    """For each of `count` items, the position in `similar` of the pair with its most similar item (ties go to
    the lower other item), or -1 for an item without pairs."""
    items = np.concatenate([similar.first, similar.second])
    others = np.concatenate([similar.second, similar.first])
    values = np.concatenate([similar.value, similar.value])
    best = np.full(count, -np.inf)
    np.maximum.at(best, items, values)
    top = values == best[items]
    nearest = np.full(count, count, dtype=np.int64)
    np.minimum.at(nearest, items[top], others[top])
    chosen = top & (others == nearest[items])  # one pair per item: a pair is never listed twice
    at = np.full(count, -1, dtype=np.int64)
    at[items[chosen]] = np.concatenate([np.arange(len(similar))] * 2)[chosen]
    return at


def neighbour_links(count: int, similar: Similar, keep: np.ndarray) -> list[tuple[int, int]]:
    """Each item's link to its most similar item, where `keep` (per pair) allows it, strongest first.

    Links are pairs (i < j) without repeats, by falling similarity, ties by index: the order unions are tried
    in (`linked_components`).
    """
    at = first_neighbours(count, similar)
    chosen = np.unique(at[at >= 0])
    chosen = chosen[keep[chosen]]
    first, second, value = similar.first[chosen], similar.second[chosen], similar.value[chosen]
    order = np.lexsort((second, first, -value))
    return list(zip(first[order].tolist(), second[order].tolist(), strict=True))


def group_means(labels: np.ndarray, similar: Similar) -> tuple[Similar, np.ndarray]:
    """Mean similarity between every two groups with a pair (missing pairs count as 0), by group label, and
    for each pair of `similar` the position of its two groups' entry (-1 for a pair inside one group)."""
    sizes = np.bincount(labels, minlength=len(labels))
    a, b = labels[similar.first], labels[similar.second]
    across = a != b
    low, high = np.minimum(a, b)[across], np.maximum(a, b)[across]
    codes, inverse = np.unique(low * len(labels) + high, return_inverse=True)
    sums = np.bincount(inverse, weights=similar.value[across], minlength=len(codes))  # in (i, j) order
    low, high = codes // len(labels), codes % len(labels)
    entry = np.full(len(similar), -1, dtype=np.int64)
    entry[across] = inverse
    return Similar(low, high, sums / (sizes[low] * sizes[high])), entry


def linked_components(
    count: int, links: Iterable[tuple[int, int]], compatible: Callable[[list[int], list[int]], bool]
) -> list[int]:
    """Components of the links taken in the order given, skipping a link that would join incompatible groups.

    Each component is named by its lowest item; `compatible` sees the members of the two groups a link joins.
    """
    members = {i: [i] for i in range(count)}
    root = list(range(count))
    for a, b in links:
        ra, rb = root[a], root[b]
        if ra == rb or not compatible(members[ra], members[rb]):
            continue
        low, high = sorted((ra, rb))
        for item in members[high]:
            root[item] = low
        members[low] += members.pop(high)
    return root
