"""Group briefings into stories: articles about the same event, told apart from similar events.

1. Each article becomes a TF-IDF vector of words, actors, numbers and years (`grouping_features`).
2. Its *neighbourhood profile* is its own weight 1 plus the cosine similarities of its `NEIGHBOURS` most
   similar articles. Two articles are compared by the weighted Jaccard overlap of their profiles: articles on
   one event share their neighbours, while two similar events of one topic (two earthquakes, two rehab stays)
   each have their own, even where shared topic words make the events look alike to plain cosine.
3. Average-link agglomerative clustering merges groups while their mean overlap is at least `MERGE_AT`.

Articles dated more than `DATE_WINDOW_DAYS` apart are never linked directly. Everything runs over sparse pairs
found through inverted indexes, in sorted order, so the result is deterministic and near-linear in practice.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import heapq
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from builder.grouping_features import Vector, cosine_pairs, display_forms, features_of, tfidf
from builder.model import Briefing

NEIGHBOURS = 10  # size of an article's neighbourhood profile
NEIGHBOUR_FLOOR = 0.05  # cosine below this is not a neighbour at all
MERGE_AT = 0.2  # least mean profile overlap between two groups of one story
DATE_WINDOW_DAYS = 60  # dated articles further apart than this are different stories
KEY_TERMS = 6

Pairs = dict[tuple[int, int], float]


@dataclass(frozen=True)
class StoryGroup:
    """Articles about one event: a stable id, member article ids (by date, then id) and what it is about."""

    id: str
    article_ids: tuple[str, ...]
    key_terms: tuple[str, ...]
    first_date: str | None
    last_date: str | None

    @property
    def size(self) -> int:
        return len(self.article_ids)


def chronological(briefing: Briefing) -> tuple[bool, str, str]:
    """Sort key: dated articles first, by date, then by id."""
    date = briefing.article.date
    return (date is None, date or "", briefing.article.id)


def story_id(founder_id: str) -> str:
    """A stable story id from the id of its earliest article."""
    return "story-" + hashlib.sha1(founder_id.encode("utf-8")).hexdigest()[:10]


def too_far_apart(a: str | None, b: str | None) -> bool:
    """True when both dates are known and further apart than the window."""
    if a is None or b is None:
        return False
    gap = dt.date.fromisoformat(a) - dt.date.fromisoformat(b)
    return abs(gap.days) > DATE_WINDOW_DAYS


def neighbour_profiles(count: int, similar: Pairs) -> list[Vector]:
    """Each article's profile: itself at 1 plus its nearest neighbours with their similarity."""
    candidates: list[list[tuple[float, int]]] = [[] for _ in range(count)]
    for (i, j), s in similar.items():
        candidates[i].append((-s, j))
        candidates[j].append((-s, i))
    profiles = []
    for i, found in enumerate(candidates):
        nearest = heapq.nsmallest(NEIGHBOURS, found)
        profiles.append({str(i): 1.0, **{str(j): -negative for negative, j in nearest}})
    return profiles


def profile_overlap(profiles: Sequence[Vector]) -> Pairs:
    """Weighted Jaccard overlap (sum of minima / sum of maxima) of every pair of profiles sharing a key."""
    postings: dict[str, list[tuple[int, float]]] = defaultdict(list)
    for i, profile in enumerate(profiles):
        for key, weight in profile.items():
            postings[key].append((i, weight))
    minima: dict[tuple[int, int], float] = defaultdict(float)
    for entries in postings.values():
        for a, (i, wi) in enumerate(entries):
            for j, wj in entries[a + 1 :]:
                minima[i, j] += min(wi, wj)
    totals = [sum(p.values()) for p in profiles]
    return {(i, j): m / (totals[i] + totals[j] - m) for (i, j), m in minima.items()}


def average_link(count: int, similar: Pairs, threshold: float) -> list[list[int]]:
    """Average-link clustering over sparse similarities (missing pairs count as 0); groups of item indexes."""
    members = {i: [i] for i in range(count)}
    version = dict.fromkeys(range(count), 0)
    sums: dict[int, dict[int, float]] = defaultdict(dict)
    for (i, j), s in similar.items():
        sums[i][j] = sums[j][i] = s
    heap = [(-s, i, j, 0, 0) for (i, j), s in similar.items() if s >= threshold]
    heapq.heapify(heap)
    while heap:
        _, a, b, seen_a, seen_b = heapq.heappop(heap)
        if a not in members or b not in members or (version[a], version[b]) != (seen_a, seen_b):
            continue  # stale: one side has merged since this entry was pushed
        members[a] += members.pop(b)
        version[a] += 1
        for c, s in sums.pop(b).items():
            del sums[c][b]
            if c != a:
                sums[a][c] = sums[c][a] = sums[a].get(c, 0.0) + s
        for c, s in sums[a].items():
            mean = s / (len(members[a]) * len(members[c]))
            if mean >= threshold:
                low, high = min(a, c), max(a, c)
                heapq.heappush(heap, (-mean, low, high, version[low], version[high]))
    return sorted(sorted(group) for group in members.values())


def key_terms(vectors: Iterable[Vector], forms: dict[str, str]) -> tuple[str, ...]:
    """The group's heaviest actor names and words, for display."""
    total: dict[str, float] = defaultdict(float)
    for vector in vectors:
        for feature, weight in vector.items():
            if feature[:2] in {"e:", "w:"}:
                total[feature] += weight
    ranked = sorted(total.items(), key=lambda item: (-item[1], item[0]))
    name_words = {w for f in total if f.startswith("e:") for w in f[2:].split()}
    shown: dict[str, str] = {}
    for feature, _ in ranked:
        if feature.startswith("e:") or feature[2:] not in name_words:  # "putin" is shown as "Vladimir Putin"
            shown.setdefault(feature[2:], forms.get(feature, feature[2:]))
    return tuple(shown.values())[:KEY_TERMS]


def make_group(members: Sequence[Briefing], vectors: Sequence[Vector], forms: dict[str, str]) -> StoryGroup:
    """A StoryGroup of briefings already in chronological order."""
    dates = sorted(b.article.date for b in members if b.article.date)
    return StoryGroup(
        id=story_id(members[0].article.id),
        article_ids=tuple(b.article.id for b in members),
        key_terms=key_terms(vectors, forms),
        first_date=dates[0] if dates else None,
        last_date=dates[-1] if dates else None,
    )


def group_stories(briefings: Sequence[Briefing]) -> tuple[StoryGroup, ...]:
    """Stories of the briefings, in the chronological order of their founding articles."""
    ordered = sorted(briefings, key=chronological)
    vectors = tfidf([features_of(b) for b in ordered])
    dates = [b.article.date for b in ordered]
    similar = {
        (i, j): s
        for (i, j), s in cosine_pairs(vectors, NEIGHBOUR_FLOOR).items()
        if not too_far_apart(dates[i], dates[j])
    }
    overlap = profile_overlap(neighbour_profiles(len(ordered), similar))
    linked = {pair: s for pair, s in overlap.items() if not too_far_apart(dates[pair[0]], dates[pair[1]])}
    forms = display_forms(ordered)
    return tuple(
        make_group([ordered[i] for i in group], [vectors[i] for i in group], forms)
        for group in average_link(len(ordered), linked, MERGE_AT)
    )
