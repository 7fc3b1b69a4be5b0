"""Group briefings into stories: the articles that report one happening, told apart from similar ones.

1. Each article becomes a TF-IDF vector of words, named things, numbers and years (`features`).
2. Time rules out pairs first (`timing`): articles placed more than the window apart, unless the later one
   refers back to the earlier one's date; undated articles whose leads name different years or months; and
   leads that name different occasions of one kind (two award ceremonies, two summits).
3. First-neighbour rounds (after FINCH, Sarfraz et al., CVPR 2019): every article is linked to its single
   most similar article, and then every group to its most similar group (mean cosine over their article
   pairs). Nearest neighbours tell two similar events of one topic apart (two earthquakes, two rehab stays)
   where absolute similarity cannot: an article's nearest neighbour almost always reports its own event.
4. Articles from one outlet link only as near-duplicates (`Rules.same_outlet_floor`): an outlet updates its
   report of a happening rather than writing a second one, and its articles on the next happening of a
   campaign or a row reuse its own background paragraphs, which makes them look alike (BBC's election
   coverage, Daily Mail's football previews). Two such articles can still be one story through other
   outlets' reports.
5. A link also needs absolute similarity (`Rules`). Where both articles are placed on the timeline within the
   window, a modest cosine will do; where either is undated, the floor is higher, since nothing rules out a
   report of the same kind of happening months away (a second rate decision, another recall). Groups join
   only when their mean cosine reaches the group floor and their closest pair reaches its own floor, and a
   join never puts two articles together that time rules out.

The floors were chosen by cross-validation over the topics of ECB+ and the clusters of MMDS, with one
outlet's coverage of different happenings (FRANK's CNN/Daily Mail and BBC texts) counted against merges;
`builder.evaluation.stories` reproduces the numbers. Everything runs over sparse pairs in sorted order, so the
result does not depend on the order of the input.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

import numpy as np

from builder.core.model import Briefing
from builder.stories.dates import placed_date
from builder.stories.features import Vector, cosine_pairs, display_forms, features_of, tfidf
from builder.stories.linking import Similar, group_means, linked_components, neighbour_links
from builder.stories.outlets import Outlet, outlet_of
from builder.stories.threads import thread_id, thread_labels
from builder.stories.timing import WINDOW_DAYS, Timing, per_distinct_pair

FeaturesOf = Callable[[Briefing], Mapping[str, float]]  # `features_of`, or a cache of its results
CANDIDATE_FLOOR = 0.05  # cosine below this is not worth keeping as a pair at all
KEY_TERMS = 6


@dataclass(frozen=True)
class Rules:
    """How similar two articles, or two groups, must be to be one story; how far apart in time they may be."""

    dated_floor: float = 0.10  # both placed on the timeline, within the window of each other
    undated_floor: float = 0.22  # either one undated
    group_floor: float = 0.15  # mean cosine between two groups
    window_days: int = WINDOW_DAYS
    join_floor: float = 0.10  # the closest pair, when a group of two or more is joined
    same_outlet_floor: float = 0.8  # two articles of one outlet: near-duplicates only (an update)

    def floor(self, dated: bool) -> float:
        """The least cosine of an article link."""
        return self.dated_floor if dated else self.undated_floor


RULES = Rules()


@dataclass(frozen=True)
class StoryGroup:
    """Articles about one event: a stable id, member article ids (by date, then id) and what it is about."""

    id: str
    article_ids: tuple[str, ...]
    key_terms: tuple[str, ...]
    first_date: str | None
    last_date: str | None
    thread: str = ""  # the thread the story belongs to (stories of other happenings, same actors and subject)

    @property
    def size(self) -> int:
        return len(self.article_ids)


def chronological(briefing: Briefing) -> tuple[bool, str, str]:
    """Sort key: articles placed on the timeline first, by date, then by id."""
    date = placed_date(briefing)
    return (date is None, date or "", briefing.article.id)


def story_id(founder_id: str) -> str:
    """A stable story id from the id of its earliest article."""
    return "story-" + hashlib.sha1(founder_id.encode("utf-8")).hexdigest()[:10]


def key_terms(vectors: Iterable[Vector], forms: dict[str, str]) -> tuple[str, ...]:
    """The group's heaviest names and words, for display."""
    total: dict[str, float] = defaultdict(float)
    for vector in vectors:
        for feature, weight in vector.items():
            if feature[:2] in {"t:", "w:"}:
                total[feature] += weight
    ranked = sorted(total.items(), key=lambda item: (-item[1], item[0]))
    name_words = {w for f in total if f.startswith("t:") for w in f[2:].split()}
    shown: dict[str, str] = {}
    for feature, _ in ranked:
        if feature.startswith("t:") or feature[2:] not in name_words:  # "putin" is shown as "Vladimir Putin"
            shown.setdefault(feature[2:], forms.get(feature, feature[2:]))
    return tuple(shown.values())[:KEY_TERMS]


def make_group(members: Sequence[Briefing], vectors: Sequence[Vector], forms: dict[str, str]) -> StoryGroup:
    """A StoryGroup of briefings already in chronological order."""
    dates = sorted(d for b in members if (d := placed_date(b)))
    return StoryGroup(
        id=story_id(members[0].article.id),
        article_ids=tuple(b.article.id for b in members),
        key_terms=key_terms(vectors, forms),
        first_date=dates[0] if dates else None,
        last_date=dates[-1] if dates else None,
    )


def article_round(similar: Similar, floors: np.ndarray, timing: Timing) -> list[int]:
    """Groups after linking every article to its most similar article, where similar enough."""
    count = len(timing.dates)
    links = neighbour_links(count, similar, similar.value >= floors)
    return linked_components(count, links, timing.groups_compatible)


def group_round(
    labels: list[int], similar: Similar, floors: np.ndarray, timing: Timing, rules: Rules
) -> list[int]:
    """Groups after linking every group to its most similar group, where alike enough, and time allows.

    Two lone articles still need their own floor; a group of two or more already shows what its happening
    is, so an article or group joins it when the closest pair reaches the join floor.
    """
    label_of = np.array(labels, dtype=np.int64)
    means, entry = group_means(label_of, similar)
    sizes = np.bincount(label_of, minlength=len(labels))
    lone = (sizes[label_of[similar.first]] == 1) & (sizes[label_of[similar.second]] == 1)
    least = np.where(lone, floors, np.minimum(floors, rules.join_floor))
    close_pairs = (entry >= 0) & (similar.value >= least)
    close = np.zeros(len(means), dtype=bool)
    close[entry[close_pairs]] = True
    links = neighbour_links(len(labels), means, (means.value >= rules.group_floor) & close)
    members: dict[int, list[int]] = defaultdict(list)
    for item, label in enumerate(labels):
        members[label].append(item)
    joined = linked_components(
        len(labels),
        links,
        lambda a, b: timing.groups_compatible(
            [m for x in a for m in members[x]], [m for x in b for m in members[x]]
        ),
    )
    return [joined[label] for label in labels]


@dataclass(frozen=True)
class Candidates:
    """Briefings in chronological order, their vectors and every pair similar enough to consider."""

    briefings: tuple[Briefing, ...]
    vectors: tuple[Vector, ...]
    similar: Similar
    outlets: tuple[Outlet | None, ...] = ()

    @classmethod
    def of(cls, briefings: Iterable[Briefing], features: FeaturesOf = features_of) -> Candidates:
        """Sort the briefings, weigh their features across the collection and find the similar pairs."""
        ordered = tuple(sorted(briefings, key=chronological))
        vectors = tuple(tfidf([features(b) for b in ordered]))
        outlets = tuple(outlet_of(b.article) for b in ordered)
        return cls(ordered, vectors, cosine_pairs(vectors, CANDIDATE_FLOOR), outlets)

    def same_outlet(self, i: int, j: int) -> bool:
        """Both articles are known to come from one outlet."""
        a, b = self.outlets[i], self.outlets[j]
        return a is not None and b is not None and a.same(b)


def allowed(candidates: Candidates, timing: Timing, rules: Rules) -> Similar:
    """The pairs that may link: time allows them, and a pair from one outlet is a near-duplicate."""
    similar = candidates.similar
    keep = similar.value >= rules.same_outlet_floor
    keep[~keep] = ~per_distinct_pair(
        candidates.outlets, similar.first[~keep], similar.second[~keep], Outlet.same
    )
    keep[keep] = timing.compatible_pairs(similar.first[keep], similar.second[keep])
    return similar.where(keep)


def group_indexes(candidates: Candidates, rules: Rules = RULES) -> list[list[int]]:
    """Groups of indexes into the candidates' briefings, each sorted, in the order of their first index."""
    timing = Timing(candidates.briefings, rules.window_days)
    similar = allowed(candidates, timing, rules)
    dated = timing.dated_pairs(similar.first, similar.second)
    floors = np.where(dated, rules.dated_floor, rules.undated_floor)
    labels = article_round(similar, floors, timing)
    labels = group_round(labels, similar, floors, timing, rules)
    members: dict[int, list[int]] = defaultdict(list)
    for item, label in enumerate(labels):
        members[label].append(item)
    return sorted(members.values())


def group_stories(
    briefings: Iterable[Briefing], rules: Rules = RULES, features: FeaturesOf = features_of
) -> tuple[StoryGroup, ...]:
    """Stories of the briefings, in the chronological order of their founding articles, with their threads.

    `features` gives each briefing's feature counts: `features_of`, or a cache of what it gave before.
    """
    candidates = Candidates.of(briefings, features)
    forms = display_forms(candidates.briefings)
    indexes = group_indexes(candidates, rules)
    groups = [
        make_group([candidates.briefings[i] for i in group], [candidates.vectors[i] for i in group], forms)
        for group in indexes
    ]
    starts = thread_labels(indexes, candidates.briefings, candidates.vectors)
    return tuple(replace(g, thread=thread_id(groups[s].id)) for g, s in zip(groups, starts, strict=True))
