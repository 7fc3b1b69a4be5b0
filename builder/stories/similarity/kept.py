"""The last grouping's candidate pairs and groups, kept so that a build weighs only the pairs a change can
move (`reuse`)."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Protocol

import numpy as np

from builder.core.model import Briefing
from builder.stories.linking import Similar, Spans
from builder.stories.similarity.weights import Weights, collection_size, common_limit

# The last grouping's candidate pairs, kept so that a build weighs only the pairs a change can move.
#
# Grouping weighs every pair of articles that time may allow (`grouping.Candidates`): at 5,000 articles
# some 300,000, most of a second, and then judges each pair by the time and outlet rules. Both are functions
# of the two articles alone once their vectors are fixed, and a vector depends on the collection only
# through rounded counts (`weights.tfidf`): the count of articles rounded down to a power of two (N), each
# of its features' document frequency rounded down to a power of √2, and whether that frequency is over the
# stop-word limit.
#
# So a pair of two articles whose facts are unchanged (the same key: the same article, extractor and code)
# and none of whose features moved a step has, bit for bit, the cosine and the verdicts it had in the last
# build. Only the pairs with a *dirty* article are weighed and judged again: an article that is new or
# edited, or that holds a feature whose rounded frequency or stop-word standing changed (`reuse`). When N
# moves a step every weight moves: everything is weighed again, as it is without a usable record (none,
# another version, other code, other rules). The result is the one grouping from nothing gives
# (`tests/test_kept_pairs.py`). What is kept (`Kept`) is data only: the articles' keys in chronological
# order, every feature's document frequency, and the pairs as arrays (`runtime.derived.PairCache` stores it).


@dataclass(frozen=True, eq=False)
class Kept:
    """One grouping's candidate pairs and what they were weighed from."""

    rules: tuple  # the grouping rules the verdicts were judged by (`dataclasses.astuple` of `grouping.Rules`)
    keys: tuple[str, ...]  # each article's key, in chronological order (the items of the pairs)
    features: tuple[str, ...]  # every feature of the collection …
    df: np.ndarray  # … and the count of articles holding it
    first: np.ndarray  # the candidate pairs (first < second, sorted) …
    second: np.ndarray
    value: np.ndarray  # … their cosines (float32 sums, as float64) …
    allowed: np.ndarray  # … whether the rules let the pair link (`grouping.allowed`) …
    apart: np.ndarray  # … and whether one article tells the other's news as something else
    groups: KeptGroups | None = None  # the groups it made
    links: KeptLinks | None = None  # the thread links of its articles (`threads.article_links`)

    @property
    def similar(self) -> Similar:
        return Similar(self.first, self.second, self.value)


@dataclass(frozen=True, eq=False)
class KeptGroups:
    """One grouping's groups and what was found for each from its articles' vectors: its key features
    (`grouping.key_features`). A group of the same articles, none of whose vectors moved, has the same key
    features in the next build."""

    members: np.ndarray  # every group's articles (items of `Kept.keys`), group after group …
    sizes: np.ndarray  # … and how many each has
    terms: tuple[tuple[str, ...], ...]  # per group: its key features


@dataclass(frozen=True, eq=False)
class KeptLinks:
    """One build's thread links, by article (in the chronological order of `Kept.keys`), and what they were
    found from besides the articles' facts: each article's principal actors as identity keys. A link holds in
    the next build while its article and all before it are the same (`threads.article_links`)."""

    named: tuple[tuple[str, ...], ...]  # sorted
    every: tuple[tuple[str, ...], ...]
    targets: np.ndarray  # per article: its link's earlier article, -1 for none, UNWEIGHED where not found
    cosines: np.ndarray


UNWEIGHED = -2  # in `KeptLinks.targets`: the article's link was not looked for (it started no story)


class PairStore(Protocol):
    """Where builds keep their pairs (`runtime.derived.PairCache`)."""

    def key(self, briefing: Briefing) -> str: ...  # changes with anything that changes its grouping facts

    def load(self) -> Kept | None: ...

    def keep(self, kept: Kept) -> None: ...


@dataclass(frozen=True, eq=False)
class Reused:
    """What a build takes over from the last one: which articles must be weighed again, and the pairs of the
    others with their verdicts (items are this build's indexes)."""

    dirty: np.ndarray  # per article: its pairs are weighed and judged again
    similar: Similar  # the kept pairs of two clean articles
    allowed: np.ndarray
    apart: np.ndarray
    now: np.ndarray  # each kept article's index now, -1 if it is gone or dirty
    groups: KeptGroups | None  # the last build's groups


def rules_of(rules: object) -> tuple:
    """The rules as plain values, to tell whether kept verdicts were judged by the same ones."""
    return dataclasses.astuple(rules)  # type: ignore[call-overload]


def steps(counts: np.ndarray) -> np.ndarray:
    """The √2 step of each count (`weights.rounded_count`: the bits of its square), -1 for none."""
    distinct, at = np.unique(counts, return_inverse=True)
    table = np.array([(int(c) * int(c)).bit_length() if c > 0 else -1 for c in distinct.tolist()])
    return table[at] if len(counts) else np.zeros(0, dtype=np.int64)


def reuse(kept: Kept | None, keys: tuple[str, ...], weights: Weights, rules: tuple) -> Reused | None:
    """The part of the last grouping that holds for this collection, or None when nothing does."""
    count = len(keys)
    if kept is None or kept.rules != rules or not count or not kept.keys:
        return None
    if collection_size(count) != collection_size(len(kept.keys)):
        return None  # N moved a step: every weight moved
    previous = dict(zip(kept.features, kept.df.tolist(), strict=True))
    old = np.fromiter(map(previous.get, weights.features, [0] * len(weights.features)), dtype=np.int64)
    new = weights.df
    moved = steps(new) != steps(old)
    moved |= (new <= common_limit(count)) != (old <= common_limit(len(kept.keys)))
    dirty = np.zeros(count, dtype=bool)
    dirty[weights.article[moved[weights.feature]]] = True
    at = {key: n for n, key in enumerate(kept.keys)}
    now = np.full(len(kept.keys), -1, dtype=np.int64)  # each kept item's index now, -1 if gone or dirty
    for item, key in enumerate(keys):
        was = at.get(key)
        if was is None:
            dirty[item] = True
        elif not dirty[item]:
            now[was] = item
    a, b = now[kept.first], now[kept.second]
    clean = (a >= 0) & (b >= 0)  # clean articles keep their chronological order: a < b still
    similar = Similar(a[clean], b[clean], kept.value[clean])
    return Reused(dirty, similar, kept.allowed[clean], kept.apart[clean], now, kept.groups)


def dirty_spans(spans: Spans, dirty: np.ndarray) -> Spans:
    """The pairs of the spans with a dirty article: every range of a dirty later article, and the dirty
    articles inside the ranges of the others."""
    own = dirty[spans.later]
    items = np.flatnonzero(dirty)
    low, high = spans.low[~own], spans.high[~own]
    starts, ends = np.searchsorted(items, low), np.searchsorted(items, high)
    many = ends - starts
    at = np.arange(int(many.sum())) + np.repeat(starts - (np.cumsum(many) - many), many)
    inside = items[at]
    later = np.concatenate([spans.later[own], np.repeat(spans.later[~own], many)])
    lows = np.concatenate([spans.low[own], inside])
    highs = np.concatenate([spans.high[own], inside + 1])
    return Spans.merged(later, lows, highs)


def involved(spans: Spans, count: int) -> np.ndarray:
    """Per article: in a pair of the spans."""
    marks = np.zeros(count + 1, dtype=np.int64)
    np.add.at(marks, spans.low, 1)
    np.add.at(marks, spans.high, -1)
    inside = np.cumsum(marks[:-1]) > 0
    inside[spans.later] = True
    return inside


def combined(reused: Reused, fresh: Similar) -> tuple[Similar, np.ndarray, np.ndarray, np.ndarray]:
    """The kept pairs and the freshly weighed ones (no pair is both) in (first, second) order; for each,
    whether it is fresh, and the kept verdicts (False for fresh pairs)."""
    first = np.concatenate([reused.similar.first, fresh.first])
    second = np.concatenate([reused.similar.second, fresh.second])
    value = np.concatenate([reused.similar.value, fresh.value])
    none = np.zeros(len(fresh), dtype=bool)
    is_fresh = np.concatenate([np.zeros(len(reused.similar), dtype=bool), ~none])
    allowed, apart = np.concatenate([reused.allowed, none]), np.concatenate([reused.apart, none])
    order = np.lexsort((second, first))
    similar = Similar(first[order], second[order], value[order])
    return similar, is_fresh[order], allowed[order], apart[order]
