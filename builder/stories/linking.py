"""First-neighbour linking over a sparse similarity graph (after FINCH, Sarfraz et al., CVPR 2019).

Items are article indexes, or group labels; similarities are given as a dict of pairs (i < j).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

Pairs = dict[tuple[int, int], float]


def first_neighbours(similar: Pairs) -> dict[int, int]:
    """Each item's most similar item (ties go to the lower index); items without pairs have none."""
    best: dict[int, tuple[float, int]] = {}
    for (i, j), s in similar.items():
        for a, b in ((i, j), (j, i)):
            if a not in best or (s, -b) > (best[a][0], -best[a][1]):
                best[a] = (s, b)
    return {a: b for a, (_, b) in best.items()}


def connected(count: int, links: Iterable[tuple[int, int]]) -> list[int]:
    """The component of each item, named by its lowest item (union-find)."""
    parent = list(range(count))

    def root(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in links:
        low, high = sorted((root(a), root(b)))
        parent[high] = low
    return [root(x) for x in range(count)]


def group_means(labels: Sequence[int], similar: Pairs) -> Pairs:
    """Mean similarity between every two groups with a pair (missing pairs count as 0), by group label."""
    sizes = Counter(labels)
    sums: dict[tuple[int, int], float] = defaultdict(float)
    for (i, j), s in similar.items():
        a, b = sorted((labels[i], labels[j]))
        if a != b:
            sums[a, b] += s
    return {(a, b): total / (sizes[a] * sizes[b]) for (a, b), total in sums.items()}


def first_neighbour_round(labels: Sequence[int], similar: Pairs, floor: float) -> list[int]:
    """New labels after linking every group to its most similar group, where they are alike enough."""
    means = group_means(labels, similar)
    links = [(a, b) for a, b in first_neighbours(means).items() if means[min(a, b), max(a, b)] >= floor]
    component = connected(len(labels), links)
    return [component[label] for label in labels]


def first_neighbour_groups(count: int, similar: Pairs, floors: Sequence[float]) -> list[list[int]]:
    """Groups of item indexes after a first-neighbour round per floor (each item starts as its own group)."""
    labels = list(range(count))
    for floor in floors:
        labels = first_neighbour_round(labels, similar, floor)
    members: dict[int, list[int]] = defaultdict(list)
    for item, label in enumerate(labels):
        members[label].append(item)
    return sorted(members.values())
