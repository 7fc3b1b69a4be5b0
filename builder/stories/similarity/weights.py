"""The weights of the briefings' features (`features.features_of`): TF-IDF with sublinear term frequency,
the collection's counts rounded to steps so that adding an article does not move other articles' weights
(`tfidf`); features carried by a large share of the collection are treated as stop words, which also keeps
pair generation near-linear.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

COMMON_SHARE = 0.1  # features in more than this share of articles are corpus stop words (`common_limit`) …
COMMON_MIN = 20  # … but only once that share is above this many articles

Vector = dict[str, float]


def sublinear(count: float) -> float:
    """Term frequency damped so that repetition counts less than breadth."""
    return 1 + math.log(count) if count >= 1 else count


def rounded_count(count: int) -> float:
    """A count rounded down to a power of √2 (1, 2, 2.83, 4, 5.66, 8 …), from the bits of its square."""
    return 2 ** (((count * count).bit_length() - 1) / 2)


def collection_size(count: int) -> int:
    """The N of idf: the count of articles rounded down to a power of two."""
    return 1 << (count.bit_length() - 1)


def common_limit(count: int) -> float:
    """Features in more articles than this are corpus stop words: COMMON_SHARE of the count of articles
    rounded UP to a power of √2, so never below the share of the exact count (no feature the exact share
    keeps is dropped) and at most √2 times it."""
    return max(COMMON_MIN, COMMON_SHARE * 2 ** ((count * count - 1).bit_length() / 2))


def tfidf(counts: Sequence[Mapping[str, float]]) -> list[Vector]:
    """Unit-length TF-IDF vectors (sublinear tf, idf = ln(1 + N / df)), without corpus stop words, with N and
    every document frequency df rounded down to steps (`collection_size`, `rounded_count`).

    The steps keep a weight still while the collection grows. With exact counts every article added moved
    every weight a little (N grows, and the df of each word it holds), so two articles whose similarity sat
    near a floor joined and left one story as unrelated articles came in: four articles of the 5,000-article
    benchmark corpus switched stories on almost every addition, and on the 1,000-article corpus three
    additions (one of them on other countries, a story of its own) changed the stories of 7, 24 and 8 other
    articles, and at 5,000 three additions those of 0, 9 and 10. Rounded, a weight changes only when its
    feature's df reaches the next step (a feature held by d articles reaches one after about 0.4 d more
    articles holding it) or when the count of articles passes a power of two (N) or of √2 (the stop-word
    limit); an article that shares no feature with two others leaves their vectors, and their similarity,
    exactly as they were. A step is one way (counts only grow as articles are added), so a pair does not swing
    back and forth. The same additions now change the stories of 0, 0 and 5 articles at 1,000 (the third new
    article names their country and leader, and becomes their nearest neighbour) and at 5,000 of 0, 0 and 4
    (the second new article had joined their story; the third, its twin, takes it into a story of the two).
    The weights stay a pure function of the set of articles: a cold build and a build step by step agree.

    The stop-word limit is a share of the count rounded UP (`common_limit`), so it never drops a feature that
    the share of the exact count keeps (rounded down, ECB+ fell from 96.2 to 89.5 B-cubed F1), in steps of
    √2 (in steps of 2, at 5,000 benchmark articles the limit was 16% of the articles instead of 10%: template
    words kept made topic-wide stories, and an addition changed the stories of 27 others). A fixed
    reference table of word counts from other texts, instead of the collection's own, would make every
    weight independent of the collection; measured with the counts of 2,473 other dev texts (CoNLL, RAMS,
    Szeged) and rejected: ECB+ fell to 91.9 dev / 91.6 CV and the 84 BBC texts merged 40 articles (an
    election's coverage into two stories), because the words common to one site's subject ("election",
    "labour") are rare in a general collection and weigh as a happening's own words.

    Weighed as arrays over every (article, feature) at once, with the arithmetic of weighing them one by one:
    `math.log` of each distinct rounded df and count, products and quotients in doubles, and each norm a sum
    of squares in the article's own order (`np.bincount` adds in order), so the weights are those of
    `tfidf_one_by_one` to the bit (`tests/test_grouping.py`).
    """
    return list(weigh(counts).vectors)


class Vectors(Sequence[Vector]):
    """Each article's vector, made into a dict when first asked for: the weights are reckoned for every
    article at once (as arrays), but a build that keeps the last one's pairs and groups (`kept.reuse`) looks
    at the vectors of the few articles and groups a change touches, and making every dict cost 0.1 s at
    5,000 articles."""

    def __init__(self, names: list[str], weights: np.ndarray, kept: np.ndarray, starts: np.ndarray) -> None:
        self._names, self._weights, self._kept, self._starts = names, weights, kept, starts.tolist()
        self._made: dict[int, Vector] = {}

    def __len__(self) -> int:
        return len(self._starts) - 1

    def __getitem__(self, item: int) -> Vector:  # type: ignore[override]
        found = self._made.get(item)
        if found is None:
            start, end = self._starts[item], self._starts[item + 1]
            weights, kept = self._weights[start:end].tolist(), self._kept[start:end].tolist()
            found = self._made[item] = {
                f: w for f, w, k in zip(self._names[start:end], weights, kept, strict=True) if k
            }
        return found

    def __iter__(self) -> Iterator[Vector]:
        return map(self.__getitem__, range(len(self)))


@dataclass(frozen=True, eq=False)
class Weights:
    """`tfidf`'s vectors and what they were weighed from: each feature's document frequency (`features`, in
    order of first appearance, and `df`), and every (article, feature) entry (`article`, `feature`: numbers
    into `features`), so that a later build can tell which vectors a change of counts moves
    (`kept.reuse`)."""

    vectors: Sequence[Vector]
    features: list[str]
    df: np.ndarray
    article: np.ndarray
    feature: np.ndarray
    tf: np.ndarray = field(default_factory=lambda: np.zeros(0))  # each entry's sublinear count …
    names: list[str] = field(default_factory=list)  # … and feature, entry by entry
    starts: np.ndarray = field(default_factory=lambda: np.zeros(1, dtype=np.int64))  # articles' first entries


def weigh(counts: Sequence[Mapping[str, float]]) -> Weights:
    """`tfidf`, with the counts it read."""
    empty = np.zeros(0, dtype=np.int64)
    if not counts:
        return Weights([], [], empty, empty, empty)
    n = len(counts)
    size = collection_size(n)
    names = [f for c in counts for f in c]
    # Features numbered in order of first appearance, looked up by C-level `map` (a comprehension with
    # `setdefault` cost 0.1 s over the ~870,000 features of 5,000 benchmark articles).
    numbers = {f: n for n, f in enumerate(dict.fromkeys(names))}
    ids = np.fromiter(map(numbers.__getitem__, names), dtype=np.int64, count=len(names))
    df = np.bincount(ids, minlength=len(numbers))
    frequencies, at = np.unique(df, return_inverse=True)
    idf = np.array([math.log(1 + size / rounded_count(int(d))) for d in frequencies.tolist()])[at][ids]
    counted = np.array([v for c in counts for v in c.values()], dtype=np.float64)
    values, at = np.unique(counted, return_inverse=True)
    tf = np.array([sublinear(v) for v in values.tolist()])[at]
    raw = tf * idf
    lengths = [len(c) for c in counts]
    article = np.repeat(np.arange(n), lengths)
    norms = np.sqrt(np.bincount(article, weights=raw * raw, minlength=n))
    norms[norms == 0] = 1.0
    starts = np.concatenate([[0], np.cumsum(lengths)])
    vectors = Vectors(names, raw / norms[article], df[ids] <= common_limit(n), starts)
    return Weights(vectors, list(numbers), df, article, ids, tf, names, starts)


def arrival_vectors(weights: Weights, streams: Sequence[int] = ()) -> Vectors:
    """Each article's vector as `tfidf` weighed it when it was the newest of its stream: its N is its position
    in its stream + 1, and each document frequency counts it and the articles of its stream before it (the
    articles in the order given: chronological; `streams`: a number per article, all one stream by default).

    An article's vector depends only on the articles before it, so an article added after all others moves
    none of them: what compares articles in these terms (`threads`) decides as a stream would, when an
    article comes, and keeps its decision while later articles come in, yet stays a pure function of the
    articles in their order (a cold build and a build step by step agree). The arithmetic is
    `tfidf_one_by_one` of the articles of its stream up to each one (`tests/test_thread_links.py`).
    """
    ids, article = weights.feature, weights.article
    count = len(weights.starts) - 1
    if not len(ids):
        return Vectors([], np.zeros(0), np.zeros(0, dtype=bool), weights.starts)
    stream = np.array(streams, dtype=np.int64) if len(streams) else np.zeros(count, dtype=np.int64)
    kinds = int(stream.max()) + 1
    ranked = ids * kinds + stream[article]  # (feature, stream); entries are in article order …
    order = np.argsort(ranked, kind="stable")  # … so a stable sort lists each one's holders in order
    ranked = ranked[order]
    runs = np.flatnonzero(np.concatenate([[True], ranked[1:] != ranked[:-1]]))
    run_start = np.repeat(runs, np.diff(np.concatenate([runs, [len(ids)]])))
    df = np.empty_like(ids)
    df[order] = np.arange(len(ids)) - run_start + 1  # holders so far in its stream, this article included
    position = np.zeros(count, dtype=np.int64)  # each article's count of articles so far in its stream
    for number in range(kinds):
        members = np.flatnonzero(stream == number)
        position[members] = np.arange(1, len(members) + 1)
    limits = np.array([common_limit(n) for n in range(count + 1)])[position][article]
    # idf = ln(1 + N / rounded df): N a power of two (its bit length) and df's step (the bit length of its
    # square, as `rounded_count` reckons it) index one table
    size_bits = np_bit_length(position)[article]
    df_bits = np_bit_length(df * df)
    table = np.array(
        [
            [math.log(1 + (1 << (n - 1)) / 2 ** ((d - 1) / 2)) if n and d else 0.0 for d in range(64)]
            for n in range(64)
        ]
    )
    idf = table[size_bits, df_bits]
    raw = weights.tf * idf
    norms = np.sqrt(np.bincount(article, weights=raw * raw, minlength=count))
    norms[norms == 0] = 1.0
    return Vectors(weights.names, raw / norms[article], df <= limits, weights.starts)


def np_bit_length(numbers: np.ndarray) -> np.ndarray:
    """`int.bit_length` of each of some non-negative integers below 2**53."""
    return np.frexp(numbers.astype(np.float64))[1].astype(np.int64)


def tfidf_one_by_one(counts: Sequence[Mapping[str, float]]) -> list[Vector]:
    """`tfidf`, article by article: what the arrays must give (kept for the test that says they do)."""
    df = Counter(feature for c in counts for feature in c)
    size, limit = collection_size(len(counts) or 1), common_limit(len(counts) or 1)
    vectors = []
    for c in counts:
        raw = {f: sublinear(v) * math.log(1 + size / rounded_count(df[f])) for f, v in c.items()}
        norm = math.sqrt(sum(w * w for w in raw.values())) or 1.0
        vectors.append({f: w / norm for f, w in raw.items() if df[f] <= limit})
    return vectors
