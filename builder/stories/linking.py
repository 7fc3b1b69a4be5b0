"""First-neighbour linking over a sparse similarity graph (after FINCH, Sarfraz et al., CVPR 2019).

Items are article indexes, or group labels; similarities are given as a dict of pairs (i < j).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence

Pairs = dict[tuple[int, int], float]


def first_neighbours(similar: Pairs) -> dict[int, int]:
    """Each item's most similar item (ties go to the lower index); items without pairs have none."""
    best: dict[int, tuple[float, int]] = {}
    for (i, j), s in similar.items():
        for a, b in ((i, j), (j, i)):
            if a not in best or (s, -b) > (best[a][0], -best[a][1]):
                best[a] = (s, b)
    return {a: b for a, (_, b) in best.items()}


def group_means(labels: Sequence[int], similar: Pairs) -> Pairs:
    """Mean similarity between every two groups with a pair (missing pairs count as 0), by group label."""
    sizes = Counter(labels)
    sums: dict[tuple[int, int], float] = defaultdict(float)
    for (i, j), s in similar.items():
        a, b = sorted((labels[i], labels[j]))
        if a != b:
            sums[a, b] += s
    return {(a, b): total / (sizes[a] * sizes[b]) for (a, b), total in sums.items()}


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


def strongest_first(links: Iterable[tuple[int, int]], similar: Pairs) -> list[tuple[int, int]]:
    """Links (as ordered pairs i < j) by falling similarity, ties by index: the order unions are tried in."""
    pairs = {(min(a, b), max(a, b)) for a, b in links}
    return sorted(pairs, key=lambda p: (-similar[p], p))
