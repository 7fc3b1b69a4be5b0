"""The cosine similarities of the briefings' weighted features (`weights.tfidf`): of every pair reaching a
floor, or of the pairs grouping's time rules allow, as arrays, and one by one for the tests."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from builder.stories.linking import Similar, Spans
from builder.stories.similarity.weights import Vector


def postings(vectors: Sequence[Vector]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Every weight of a feature carried by two or more articles, ordered by the feature's name, then by
    article: the feature's number (in name order), the article's index and the weight (float32)."""
    names = [f for v in vectors for f in v]
    numbers = {f: n for n, f in enumerate(sorted(set(names)))}
    feature = np.fromiter(map(numbers.__getitem__, names), dtype=np.int64, count=len(names))
    article = np.repeat(np.arange(len(vectors), dtype=np.int64), [len(v) for v in vectors])
    weight = np.array([w for v in vectors for w in v.values()], dtype=np.float64).astype(np.float32)
    shared = np.bincount(feature, minlength=len(numbers))[feature] > 1
    feature, article, weight = feature[shared], article[shared], weight[shared]
    order = np.lexsort((article, feature))
    return feature[order], article[order], weight[order]


def cosine_pairs(vectors: Sequence[Vector], floor: float, spans: Spans | None = None) -> Similar:
    """Cosine of every pair (i < j) reaching `floor`, in (i, j) order; with `spans`, of at least their pairs.

    Each cosine is a float32 sum of float32 products, feature by feature in the order of their names, as
    `cosine_one_by_one` sums it, to the bit. Grouping asks only for the pairs its time rules can allow
    (`timing.Timing.spans`): in date order a band along the diagonal, at 5,000 benchmark articles 0.3M of
    12.5M pairs. Those are weighed pair by pair (`span_cosines`); when the spans hold most pairs (undated
    articles pair with every other), every pair is weighed in dense blocks (`every_cosine`), which costs
    less per pair.
    """
    count = len(vectors)
    if spans is None or 2 * spans.base[-1] > count * (count - 1) // 2:
        return every_cosine(vectors, floor)
    return span_cosines(vectors, floor, spans)


def every_cosine(vectors: Sequence[Vector], floor: float) -> Similar:
    """`cosine_pairs` of every pair, over blocks of rows of the similarity matrix: a block holds the columns
    from its first row on (only pairs i < j are kept), and adds each feature's products in name order."""
    feature, article, weight = postings(vectors)
    cuts = np.flatnonzero(np.diff(feature)) + 1  # one run of the postings per feature
    runs_ = list(zip(np.split(article, cuts), np.split(weight, cuts), strict=True)) if len(feature) else []
    firsts, seconds, values = [], [], []
    for start in range(0, len(vectors), BLOCK_ROWS):
        end = min(start + BLOCK_ROWS, len(vectors))
        block = np.zeros((end - start, len(vectors) - start), dtype=np.float32)
        for rows, weights in runs_:
            low, high = np.searchsorted(rows, (start, end))
            if low < high:
                block[np.ix_(rows[low:high] - start, rows[low:] - start)] += np.outer(
                    weights[low:high], weights[low:]
                )
        i, j = np.nonzero(block >= floor)
        above = j > i
        i, j = i[above], j[above]
        firsts.append(i + start)
        seconds.append(j + start)
        values.append(block[i, j].astype(np.float64))
    return similar_of(firsts, seconds, values)


def span_cosines(vectors: Sequence[Vector], floor: float, spans: Spans) -> Similar:
    """`cosine_pairs` of the pairs of the spans: each weight of a later article of a pair is multiplied by
    the weights of the same feature of the earlier articles of its spans (a run of the postings, which are
    ordered by feature and article), and the products are added into one float32 sum per pair, feature by
    feature (`np.add.at` adds in the order given)."""
    count = len(vectors)
    feature, article, weight = postings(vectors)
    keys = feature * count + article  # ascending
    base = spans.base
    first_span = np.searchsorted(spans.later, np.arange(count + 1))  # an article's spans: first_span[j] …
    firsts, seconds, values = [], [], []
    for start, end in runs(base[first_span], PAIRS_AT_ONCE):  # later articles whose pairs are summed together
        offset = base[first_span[start]]
        sums = np.zeros(base[first_span[end]] - offset, dtype=np.float32)
        at = np.flatnonzero((article >= start) & (article < end))  # weights of the later articles
        many = first_span[article[at] + 1] - first_span[article[at]]
        at = np.repeat(at, many)  # one row per weight and span of its article
        span = first_span[article[at]] + np.arange(len(at)) - np.repeat(np.cumsum(many) - many, many)
        low = np.searchsorted(keys, feature[at] * count + spans.low[span])  # the earlier articles' weights
        high = np.searchsorted(keys, feature[at] * count + spans.high[span])
        shift = base[span] - spans.low[span] - offset  # a pair's number in `sums`: earlier article + shift
        ends = np.concatenate([[0], np.cumsum(high - low)])
        for a, b in runs(ends, PRODUCTS_AT_ONCE):
            lengths = high[a:b] - low[a:b]
            earlier = np.arange(ends[a], ends[b]) - np.repeat(ends[a:b] - low[a:b], lengths)
            pair = np.repeat(shift[a:b], lengths) + article[earlier]
            np.add.at(sums, pair, weight[earlier] * np.repeat(weight[at[a:b]], lengths))
        hit = np.flatnonzero(sums >= floor)
        ranged = np.searchsorted(base, hit + offset, side="right") - 1
        firsts.append(spans.low[ranged] + hit + offset - base[ranged])
        seconds.append(spans.later[ranged])
        values.append(sums[hit].astype(np.float64))
    found = similar_of(firsts, seconds, values)
    order = np.lexsort((found.second, found.first))
    return Similar(found.first[order], found.second[order], found.value[order])


BLOCK_ROWS = 1024  # rows of the similarity matrix held in memory at once (at most 1024 x articles)
PAIRS_AT_ONCE = 1 << 22  # pairs whose sums are held at once (16 MB of float32)
PRODUCTS_AT_ONCE = 1 << 22  # products formed at once


def similar_of(firsts: list[np.ndarray], seconds: list[np.ndarray], values: list[np.ndarray]) -> Similar:
    """Pairs found in parts, as one `Similar` (in the parts' order)."""
    if not firsts:
        empty = np.zeros(0, dtype=np.int64)
        return Similar(empty, empty, np.zeros(0))
    first, second = (np.concatenate(side).astype(np.int64) for side in (firsts, seconds))
    return Similar(first, second, np.concatenate(values))


def runs(cumulative: np.ndarray, limit: int) -> list[tuple[int, int]]:
    """Consecutive runs [start, end) of items whose sizes add up to at most `limit` (an item larger than the
    limit alone), from the running totals of their sizes (`cumulative[k]`: the size of the items before k)."""
    out, start = [], 0
    items = len(cumulative) - 1
    while start < items:
        end = int(np.searchsorted(cumulative, cumulative[start] + limit, side="right")) - 1
        end = min(max(end, start + 1), items)
        out.append((start, end))
        start = end
    return out


def cosine_one_by_one(vectors: Sequence[Vector], floor: float) -> dict[tuple[int, int], float]:
    """`cosine_pairs` of every pair, pair by pair: what the arrays must give (kept for the test that says they
    do)."""
    names = [sorted(v) for v in vectors]
    out = {}
    for j in range(len(vectors)):
        for i in range(j):
            total = np.float32(0.0)
            for f in names[i]:
                if f in vectors[j]:
                    total = np.float32(total + np.float32(vectors[i][f]) * np.float32(vectors[j][f]))
            if total >= floor:
                out[(i, j)] = float(total)
    return out
