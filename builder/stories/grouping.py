"""Group briefings into stories: the articles that report one happening, told apart from similar ones.

1. Each article becomes a TF-IDF vector of words, named things, numbers and years (`features`).
2. Time rules out pairs first (`timing`): articles placed more than a few days apart whose leads tell other
   acts (a bid and its rejection: a thread, not a story) or that are more than the window apart, unless the
   later one refers back to the earlier one's date; undated articles whose leads name different years or
   months; and leads that name different occasions of one kind (two award ceremonies, two summits), or
   that tell an occasion as weeks away and one of its kind as at hand (`timing.lead_ahead`); and an
   article that tells the other's news as its own past ("Last week … said in a statement") or as a side
   happening ("Meanwhile …"), as an outlet's report of the next happening in a row does (`timing.recounts`).
3. First-neighbour rounds (after FINCH, Sarfraz et al., CVPR 2019): every article is linked to its single
   most similar article, and then every group to its most similar group (mean cosine over their article
   pairs). Nearest neighbours tell two similar events of one topic apart (two earthquakes, two rehab stays)
   where absolute similarity cannot: an article's nearest neighbour almost always reports its own event.
   Time counts toward nearness: two articles placed within a few days of each other are nearer by a small
   bonus (`time_ranked`), so that a report joins those of its own days before an alike one of another year.
4. Articles from one outlet link only as near-duplicates (`Rules.same_outlet_floor`): an outlet updates its
   report of a happening rather than writing a second one, and its articles on the next happening of a
   campaign or a row reuse its own background paragraphs, which makes them look alike (BBC's election
   coverage, Daily Mail's football previews). Two such articles can still be one story through other
   outlets' reports.
5. A link also needs absolute similarity (`Rules`). Where both articles are placed on the timeline within the
   window, a modest cosine will do; where either is undated, the floor is higher, since nothing rules out a
   report of the same kind of happening months away (a second rate decision, another recall). Between
   that floor and the unanchored floor, an undated pair must also share a specific anchor (`anchored`): a
   name both leads give and a second one, or two uncommon lead words, or details no other article holds;
   one outlet's two articles on two happenings of a subject share its background, one name and one word
   of the lead, and reach the undated floor as two outlets' reports of one happening do. Groups join
   only when their mean cosine reaches the group floor and their closest pair reaches its own floor, and a
   join never puts two articles together that time rules out.
6. A group of three or more articles shows what its happening is (`SHOWN`): a lone article joins it at the
   lower join floor, and also when its nearest article is in it at the lone floor, though the mean over a
   large group is low (one outlet's brief among eleven reports of an arson). A group of two does not: a
   lone article joins a pair only at its own floor, as it would join another lone article. Two articles on
   one subject are as alike as two reports of one happening, so a third on the subject joined them at the
   join floor (an outlet's campaign coverage: the chancellor's newspaper article, an analysis of a rival
   party's tax plans and two reports of his conference speech became one story). After the groups have
   joined, an article still alone joins the group of SHOWN or more that holds its two nearest articles
   (`settle_lone`): the round's lone joins saw the groups before they joined.
7. Two articles alone, not both placed on the timeline, are one story only where their leads tell the same
   thing (`shown_pairs`): sharing names and background is what two articles on one subject do too.

The floors were chosen by cross-validation over the topics of ECB+ and the clusters of MMDS, with one
outlet's coverage of different happenings (FRANK's CNN/Daily Mail and BBC texts) counted against merges;
`builder.evaluation.stories` reproduces the numbers. Everything runs over sparse pairs in sorted order, so the
result does not depend on the order of the input.
"""

from __future__ import annotations

import functools
import hashlib
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from operator import itemgetter

import numpy as np

from builder.core.model import Briefing
from builder.stories.dates import lead_months, placed_date, referenced_dates
from builder.stories.features import (
    NAMED_LABELS,
    acts_of,
    distinct_names,
    features_of,
    lead_event_words,
    lead_names,
    name_key,
    parties_of,
)
from builder.stories.identity import Identity
from builder.stories.linking import (
    Similar,
    Spans,
    first_neighbours,
    group_means,
    linked_components,
    neighbour_links,
)
from builder.stories.outlets import Outlet, outlet_of
from builder.stories.similarity.cosines import cosine_pairs, span_cosines
from builder.stories.similarity.kept import (
    Kept,
    KeptGroups,
    KeptLinks,
    PairStore,
    combined,
    dirty_spans,
    involved,
    reuse,
    rules_of,
)
from builder.stories.similarity.weights import Vector, Weights, arrival_vectors, weigh
from builder.stories.threads import article_actors, article_links, kept_links, thread_id, thread_starts
from builder.stories.timing import (
    FEW_DAYS,
    WINDOW_DAYS,
    Occasion,
    Text,
    Timing,
    lead_ahead,
    lead_at_hand,
    lead_occasions,
    lead_years,
    pair_keys,
    per_distinct_pair,
    recounting_sentences,
    recounts,
    side_from,
    tells_aside,
)

CANDIDATE_FLOOR = 0.05  # cosine below this is not worth keeping as a pair at all
KEY_TERMS = 6
SHOWN = 3  # a group of this many articles shows what its happening is
# Of two alike articles, the one placed within NEAR_DAYS is the likelier report of the same happening: nearest
# neighbours are chosen with NEAR_BONUS added to the cosine of such pairs (`time_ranked`).
NEAR_DAYS = 3
NEAR_BONUS = 0.06
# An undated pair is specific (`anchored`) where features no other article holds give this share of its cosine
EXCLUSIVE_SHARE = 0.1


# What grouping reads from each briefing is gathered once per briefing (`Facts`), so that builds can keep it:
# grouping weighs every article against the whole collection, so each build needs these facts of every
# article; each is a function of its briefing alone (features, dates, what its lead names, its outlet), and
# gathering them again for 5,000 articles costs seconds of regular expressions. `runtime.derived.FactsCache`
# keeps them between builds, keyed by the article and the builder's code; a new or edited article is read
# afresh.


@dataclass(frozen=True)
class Facts:
    """One briefing as story grouping sees it. Sets are stored as sorted tuples; order matters only where
    said."""

    names: tuple[str, ...]  # its features (`features.features_of`), in the order they were counted …
    counts: tuple[float, ...]  # … and their counts: that order is the order a vector's norm is summed in
    placed: str | None  # where it sits on the timeline (`dates.placed_date`)
    years: tuple[str, ...]  # years its lead names (`timing.lead_years`)
    months: tuple[int, ...]  # months its lead names (`dates.lead_months`)
    occasions: tuple[tuple[str, tuple[str, ...]], ...]  # occasions its lead names (`timing.lead_occasions`)
    references: tuple[str, ...]  # the dates its text refers to, as ISO text (`dates.referenced_dates`)
    forms: tuple[tuple[str, str], ...]  # name feature → how its terms first write it, in term order
    outlet: tuple[str, tuple[str, ...]] | None  # who published it, name and keys (`outlets.outlet_of`)
    recounting: tuple[int, ...] = ()  # its sentences that recount its past (`timing.recounting_sentences`)
    side_from: int = 0  # where it tells a side happening, or 0 (`timing.side_from`)
    lead_words: tuple[str, ...] = ()  # what its lead says happened (`features.lead_event_words`)
    acts: tuple[str, ...] = ()  # the acts its lead tells (`features.acts_of`)
    parties: tuple[str, ...] = ()  # whom each act befell (`features.parties_of`)
    ahead: tuple[str, ...] = ()  # kinds of occasion its lead tells as weeks away (`timing.lead_ahead`)
    at_hand: tuple[str, ...] = ()  # kinds of occasion its lead tells as at hand (`timing.lead_at_hand`)
    names_led: tuple[str, ...] = ()  # the named things its lead names (`features.lead_names`)

    def features(self) -> dict[str, float]:
        return dict(zip(self.names, self.counts, strict=True))

    def occasion_set(self) -> frozenset[Occasion]:
        return frozenset((kind, frozenset(words)) for kind, words in self.occasions)

    def outlet_of(self) -> Outlet | None:
        return None if self.outlet is None else Outlet(self.outlet[0], frozenset(self.outlet[1]))


def facts_of(briefing: Briefing) -> Facts:
    """Everything grouping reads from one briefing."""
    counts = features_of(briefing)
    forms: dict[str, str] = {}
    for term in briefing.terms:
        if term.label in NAMED_LABELS:
            forms.setdefault(f"t:{name_key(term.text)}", " ".join(term.text.split()))
    outlet = outlet_of(briefing.article)
    placed = placed_date(briefing)
    references = tuple(when.iso for when in referenced_dates(briefing))
    return Facts(
        names=tuple(counts),
        counts=tuple(float(c) for c in counts.values()),
        placed=placed,
        years=tuple(sorted(lead_years(briefing))),
        months=tuple(sorted(lead_months(briefing))),
        occasions=tuple(sorted((kind, tuple(sorted(words))) for kind, words in lead_occasions(briefing))),
        references=references,
        forms=tuple(forms.items()),
        outlet=None if outlet is None else (outlet.name, tuple(sorted(outlet.keys))),
        recounting=recounting_sentences(briefing),
        side_from=side_from(briefing),
        lead_words=lead_event_words(briefing),
        acts=acts_of(briefing),
        parties=parties_of(briefing),
        ahead=tuple(sorted(lead_ahead(briefing, placed, references))),
        at_hand=tuple(sorted(lead_at_hand(briefing))),
        names_led=lead_names(briefing),
    )


FactsOf = Callable[[Briefing], Facts]  # `facts_of`, or a cache of its results


@dataclass(frozen=True)
class Rules:
    """How similar two articles, or two groups, must be to be one story; how far apart in time they may be."""

    dated_floor: float = 0.10  # both placed on the timeline, within the window of each other
    undated_floor: float = 0.22  # either one undated
    group_floor: float = 0.14  # mean cosine between two groups
    window_days: int = WINDOW_DAYS
    join_floor: float = 0.10  # the closest pair, when a group of two or more is joined
    same_outlet_floor: float = 0.8  # two articles of one outlet: near-duplicates only (an update)
    lone_floor: float = 0.12  # a lone article and its nearest article, in a group of SHOWN or more
    unanchored_floor: float = 0.25  # either one undated, and nothing specific shared (`anchored`)

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


def chronological(facts: Facts, briefing: Briefing) -> tuple[bool, str, str]:
    """Sort key: articles placed on the timeline first, by date, then by id."""
    return (facts.placed is None, facts.placed or "", briefing.article.id)


def story_id(founder_id: str) -> str:
    """A stable story id from the id of its earliest article."""
    return "story-" + hashlib.sha1(founder_id.encode("utf-8")).hexdigest()[:10]


def key_terms(vectors: Iterable[Vector], forms: dict[str, str]) -> tuple[str, ...]:
    """The group's heaviest names and words, for display."""
    return shown_terms(key_features(vectors), forms)


def key_features(vectors: Iterable[Vector]) -> tuple[str, ...]:
    """The features of the group's heaviest names and words, one for each word or name shown."""
    total: dict[str, float] = defaultdict(float)
    for vector in vectors:
        for feature, weight in vector.items():
            if feature[:2] in {"t:", "w:"}:
                total[feature] += weight
    # Heaviest first, ties by name: sorted by name, then stably by weight, falling (two sorts in C).
    ranked = sorted(sorted(total.items(), key=itemgetter(0)), key=itemgetter(1), reverse=True)
    name_words = {w for f in total if f.startswith("t:") for w in f[2:].split()}
    shown: dict[str, str] = {}
    for feature, _ in ranked:
        if feature.startswith("t:") or feature[2:] not in name_words:  # "putin" is shown as "Vladimir Putin"
            shown.setdefault(feature[2:], feature)
            if len(shown) == KEY_TERMS:  # later features only add after these, never before
                break
    return tuple(shown.values())


def shown_terms(features: Iterable[str], forms: dict[str, str]) -> tuple[str, ...]:
    """Key features as shown: a name as first written in a term of the collection, a word as it is."""
    return tuple(forms.get(feature, feature[2:]) for feature in features)


def make_group(members: Sequence[Briefing], facts: Sequence[Facts], key_terms: tuple[str, ...]) -> StoryGroup:
    """A StoryGroup of briefings already in chronological order."""
    dates = sorted(f.placed for f in facts if f.placed)
    return StoryGroup(
        id=story_id(members[0].article.id),
        article_ids=tuple(b.article.id for b in members),
        key_terms=key_terms,
        first_date=dates[0] if dates else None,
        last_date=dates[-1] if dates else None,
    )


def time_ranked(similar: Similar, timing: Timing) -> Similar:
    """The similarities nearest neighbours are chosen by: the cosine, raised by NEAR_BONUS where both articles
    are placed within NEAR_DAYS of each other (after the timestamp features of Miranda et al., EMNLP 2018).
    An article written the same days as another is the likelier report of its happening than a slightly more
    alike one of another time (a software maker's emergency patch, and its emergency patch five years
    before, undated). Floors still read the cosine."""
    near = timing.near_pairs(similar.first, similar.second, NEAR_DAYS)
    if not near.any():
        return similar
    return Similar(similar.first, similar.second, similar.value + NEAR_BONUS * near)


def article_round(similar: Similar, floors: np.ndarray, timing: Timing) -> list[int]:
    """Groups after linking every article to its nearest article (`time_ranked`), where similar enough.

    Two placed articles more than a few days apart (time allows them only as the same act, or because the
    later names the earlier's day) are nearest only where neither has a report of its own days alike enough
    to link: a trial's report that names the day of the shooting is more alike to the shooting's report
    (same names, same scene) than to another report of the trial, but it is the trial's news."""
    count = len(timing.dates)
    ranked = time_ranked(similar, timing)
    reach = similar.value >= floors
    near = timing.near_pairs(similar.first, similar.second, FEW_DAYS) & reach
    has_near = np.zeros(count, dtype=bool)
    has_near[similar.first[near]] = True
    has_near[similar.second[near]] = True
    placed = timing.dated_pairs(similar.first, similar.second)
    far = placed & ~timing.near_pairs(similar.first, similar.second, FEW_DAYS)
    demote = far & has_near[similar.first] & has_near[similar.second]
    if demote.any():  # below every pair of cosines (at most 1 + NEAR_BONUS) that is not demoted
        ranked = Similar(ranked.first, ranked.second, ranked.value - 2.0 * demote)
    links = neighbour_links(count, ranked, reach)
    return linked_components(count, links, timing.groups_compatible)


def group_round(
    labels: list[int], similar: Similar, floors: np.ndarray, timing: Timing, rules: Rules
) -> list[int]:
    """Groups after linking every group to its nearest group (by mean `time_ranked` similarity), where alike
    enough, and time allows.

    A lone article still needs its own floor to join another lone article or a pair; a group of SHOWN or
    more shows what its happening is, so an article or group joins it when the closest pair reaches the join
    floor (and two groups of two join so). A lone article also joins the group of SHOWN or more that holds
    its nearest article when that pair reaches the lone floor, whatever the mean over the group.
    """
    label_of = np.array(labels, dtype=np.int64)
    means, entry = group_means(label_of, similar)
    sizes = np.bincount(label_of, minlength=len(labels))
    sizes_first, sizes_second = sizes[label_of[similar.first]], sizes[label_of[similar.second]]
    lone = (np.minimum(sizes_first, sizes_second) == 1) & (np.maximum(sizes_first, sizes_second) < SHOWN)
    least = np.where(lone, floors, np.minimum(floors, rules.join_floor))
    close_pairs = (entry >= 0) & (similar.value >= least)
    close = np.zeros(len(means), dtype=bool)
    close[entry[close_pairs]] = True
    ranked = time_ranked(similar, timing)
    nearest = means if ranked is similar else group_means(label_of, ranked)[0]
    links = neighbour_links(len(labels), nearest, (means.value >= rules.group_floor) & close)
    if len(joining := lone_joins(label_of, sizes, similar, entry, rules.lone_floor, ranked)):
        links = strongest_first(set(links) | set(pairs_at(nearest, joining)), nearest)
    return join_compatible(labels, links, timing)


def join_compatible(labels: list[int], links: Iterable[tuple[int, int]], timing: Timing) -> list[int]:
    """Labels after joining the linked groups in the order given, where time allows the joined groups."""
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


def lone_joins(
    label_of: np.ndarray,
    sizes: np.ndarray,
    similar: Similar,
    entry: np.ndarray,
    floor: float,
    ranked: Similar,
) -> np.ndarray:
    """The group pairs (positions in the group means) that join a lone article to the group of SHOWN or more
    holding its nearest article (by `ranked`, the pairs of `similar` as `time_ranked` ranks them), where that
    pair's cosine reaches the floor."""
    at = first_neighbours(len(label_of), ranked)
    items = np.flatnonzero(at >= 0)
    pairs = at[items]
    others = np.where(similar.first[pairs] == items, similar.second[pairs], similar.first[pairs])
    keep = (sizes[label_of[items]] == 1) & (sizes[label_of[others]] >= SHOWN)
    return np.unique(entry[pairs[keep & (similar.value[pairs] >= floor)]])


def settle_lone(
    labels: list[int], similar: Similar, ranked: Similar, floor: float, timing: Timing
) -> list[int]:
    """Groups after each article still alone joins the group of SHOWN or more that holds its two nearest
    articles (by `ranked`), where the nearer pair's cosine reaches the lone floor and time allows.

    The group round's lone joins (`lone_joins`) see the groups of the article round, before groups join: an
    article whose nearest report sat in a pair then stays alone when that pair becomes part of a large
    group. An undated report with a short lead ("the actor has been cast as the next Doctor") is then left
    out of its happening's twelve reports: its nearest pair lacks an anchor of its own (`anchored`), but the
    group shows the happening. Both nearest articles must be in the group: an article whose neighbours sit
    in two groups (a second election of one country, alike to both the first's reports and its own) is
    left alone."""
    label_of = np.array(labels, dtype=np.int64)
    sizes = np.bincount(label_of, minlength=len(labels))
    joins = lone_settling(label_of, sizes, similar, ranked, floor)
    if not joins:
        return labels
    return join_compatible(labels, joins, timing)


def lone_settling(
    label_of: np.ndarray, sizes: np.ndarray, similar: Similar, ranked: Similar, floor: float
) -> list[tuple[int, int]]:
    """The links (lone article's label, group label; lower first) of `settle_lone`, strongest first (by the
    ranked similarity of the nearest pair; ties by label). Each article's nearest and second nearest are
    ranked by `ranked`, ties to the lower other article (`linking.first_neighbours`)."""
    count = len(label_of)
    at = first_neighbours(count, ranked)
    item = np.flatnonzero(at >= 0)
    pos = at[item]
    nearest = np.where(similar.first[pos] == item, similar.second[pos], similar.first[pos])
    group = label_of[nearest]
    ok = (sizes[label_of[item]] == 1) & (sizes[group] >= SHOWN) & (similar.value[pos] >= floor)
    item, pos, group = item[ok], pos[ok], group[ok]
    if not len(item):
        return []
    wanted = np.zeros(count, dtype=bool)
    wanted[item] = True
    sub = np.flatnonzero(wanted[similar.first] | wanted[similar.second])  # the pairs of these articles only
    items = np.concatenate([similar.first[sub], similar.second[sub]])
    others = np.concatenate([similar.second[sub], similar.first[sub]])
    values = np.concatenate([ranked.value[sub], ranked.value[sub]])
    places = np.concatenate([sub, sub])
    keep = wanted[items] & (places != at[items])  # every pair of theirs but the nearest
    items, others, values = items[keep], others[keep], values[keep]
    best = np.full(count, -np.inf)
    np.maximum.at(best, items, values)
    second = np.full(count, count, dtype=np.int64)
    top = values == best[items]
    np.minimum.at(second, items[top], others[top])
    found = second[item]
    joins = (found < count) & (label_of[np.minimum(found, count - 1)] == group)
    links = sorted(
        (-value, min(a, b), max(a, b))
        for value, a, b in zip(
            ranked.value[pos][joins].tolist(),
            label_of[item][joins].tolist(),
            group[joins].tolist(),
            strict=True,
        )
    )
    return [(a, b) for _, a, b in links]


def pairs_at(similar: Similar, at: np.ndarray) -> list[tuple[int, int]]:
    """The pairs at these positions."""
    return list(zip(similar.first[at].tolist(), similar.second[at].tolist(), strict=True))


def strongest_first(links: set[tuple[int, int]], similar: Similar) -> list[tuple[int, int]]:
    """Links by falling similarity, ties by index (the order `linking.neighbour_links` gives)."""
    strength = dict(zip(pairs_at(similar, np.arange(len(similar))), similar.value.tolist(), strict=True))
    return sorted(links, key=lambda link: (-strength[link], link))


@dataclass(frozen=True)
class Known:
    """Verdicts on candidate pairs taken over from the last build (`kept.reuse`), judged by `rules`: per
    pair, whether it is `fresh` (weighed in this build: no verdict kept), and the kept verdicts of the
    others."""

    rules: tuple
    fresh: np.ndarray
    allowed: np.ndarray
    apart: np.ndarray
    now: np.ndarray  # each article of the last build: its index now, -1 if it is gone or dirty
    groups: KeptGroups | None = None  # the last build's groups


@dataclass(frozen=True)
class Candidates:
    """Briefings in chronological order, what grouping reads from each, their vectors and every pair similar
    enough to consider."""

    briefings: tuple[Briefing, ...]
    facts: tuple[Facts, ...]
    vectors: Sequence[Vector]  # made when first asked for (`weights.Vectors`)
    similar: Similar
    outlets: tuple[Outlet | None, ...] = ()
    window_days: int | None = None  # pairs time rules out under this window are left out (None: none are)
    weights: Weights | None = None  # what the vectors were weighed from (with `keys`: to be kept)
    keys: tuple[str, ...] = ()  # each article's key in a `PairStore`
    known: Known | None = None  # verdicts kept from the last build
    last_links: tuple[tuple[str, ...], KeptLinks] | None = None  # the last build's keys and thread links
    judged: dict[tuple, np.ndarray] = field(default_factory=dict, compare=False, repr=False)  # `allowed` memo
    # `anchored` of the pairs read so far (a memo: the same pairs are read under every rule set tried)
    anchors: dict[tuple[int, int], bool] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def of(
        cls,
        briefings: Iterable[Briefing],
        facts: FactsOf = facts_of,
        window_days: int | None = None,
        store: PairStore | None = None,
        rules: Rules | None = None,
    ) -> Candidates:
        """Sort the briefings, weigh their features across the collection and find the similar pairs.

        With `window_days`, only the pairs that the time rules with that window (or a shorter one) can allow
        are weighed: every other pair would be ruled out by `allowed` anyway, and in a large collection they
        are most pairs (at 5,000 benchmark articles, 0.3M of 12.5M). With a `store` of the last build's pairs
        (`kept.reuse`), only the pairs of articles that are new, edited or re-weighed are weighed again,
        and only they are judged by `rules` again.
        """
        found = sorted(((facts(b), b) for b in briefings), key=lambda fb: chronological(*fb))
        known = tuple(f for f, _ in found)
        weights = weigh([f.features() for f in known])
        vectors = weights.vectors
        outlets = tuple(f.outlet_of() for f in known)
        spans = None if window_days is None else Timing(known, window_days).spans()
        ordered = tuple(b for _, b in found)
        if store is None:
            similar = cosine_pairs(vectors, CANDIDATE_FLOOR, spans)
            return cls(ordered, known, vectors, similar, outlets, window_days, weights)
        keys = tuple(store.key(b) for b in ordered)
        judged_by = rules_of(rules or RULES)
        loaded = store.load()
        # Thread links hold whatever the pairs do (they read no collection-wide count): kept on their own.
        links = None if loaded is None or loaded.links is None else (loaded.keys, loaded.links)
        reused = reuse(loaded, keys, weights, judged_by)
        if reused is None:
            similar = cosine_pairs(vectors, CANDIDATE_FLOOR, spans)
            return cls(ordered, known, vectors, similar, outlets, window_days, weights, keys, None, links)
        pairs = dirty_spans(spans or Spans.every(len(vectors)), reused.dirty)
        weighed = involved(pairs, len(vectors))
        fresh = span_cosines([vectors[n] if w else {} for n, w in enumerate(weighed)], CANDIDATE_FLOOR, pairs)
        similar, is_fresh, kept_allowed, kept_apart = combined(reused, fresh)
        verdicts = Known(judged_by, is_fresh, kept_allowed, kept_apart, reused.now, reused.groups)
        return cls(ordered, known, vectors, similar, outlets, window_days, weights, keys, verdicts, links)

    @functools.cached_property
    def document_frequency(self) -> dict[str, int]:
        """How many articles hold each feature."""
        assert self.weights is not None
        return dict(zip(self.weights.features, self.weights.df.tolist(), strict=True))

    @functools.cached_property
    def apart(self) -> frozenset[tuple[int, int]]:
        """The similar pairs one of whose articles tells the other's news as something else
        (`recounting_pairs`)."""
        return recounting_pairs(self)

    def kept(self, rules: Rules, groups: KeptGroups | None = None, links: KeptLinks | None = None) -> Kept:
        """What the next build takes over: the pairs, and their verdicts under `rules` (`group_indexes` judged
        them), the groups and the thread links."""
        assert self.weights is not None
        similar = self.similar
        apart = np.zeros(len(similar), dtype=bool)
        if self.apart:
            apart = np.isin(pair_keys(similar.first, similar.second), pair_keys(*apart_arrays(self.apart)))
        return Kept(
            rules_of(rules), self.keys, tuple(self.weights.features), self.weights.df,
            similar.first, similar.second, similar.value, self.judged[rules_of(rules)], apart, groups, links,
        )  # fmt: skip


def apart_arrays(apart: frozenset[tuple[int, int]]) -> tuple[np.ndarray, np.ndarray]:
    """The pairs as two index arrays."""
    first, second = (np.array(side, dtype=np.int64) for side in zip(*sorted(apart), strict=True))
    return first, second


def allowed(candidates: Candidates, timing: Timing, rules: Rules) -> Similar:
    """The pairs that may link: time allows them, and a pair from one outlet is a near-duplicate. Verdicts
    kept from the last build under the same rules are taken over; only fresh pairs are judged."""
    similar, known = candidates.similar, candidates.known
    if known is not None and known.rules == rules_of(rules):
        keep = known.allowed.copy()
        at = np.flatnonzero(known.fresh)
    else:
        keep = np.zeros(len(similar), dtype=bool)
        at = np.arange(len(similar))
    first, second, value = similar.first[at], similar.second[at], similar.value[at]
    judged = value >= rules.same_outlet_floor
    judged[~judged] = ~per_distinct_pair(candidates.outlets, first[~judged], second[~judged], Outlet.same)
    judged[judged] = timing.compatible_pairs(first[judged], second[judged])
    keep[at] = judged
    candidates.judged[rules_of(rules)] = keep
    return similar.where(keep)


def recounting_pairs(candidates: Candidates) -> frozenset[tuple[int, int]]:
    """The similar pairs (i < j) where one article tells the other's news as its own past or as a side
    happening (`timing.recounts`, `timing.tells_aside`): two happenings, never one story. Few articles do
    either, and only their pairs are read (and of those, only pairs weighed in this build where the last
    build's verdicts are kept)."""
    similar, facts = candidates.similar, candidates.facts
    kept: set[tuple[int, int]] = set()
    check = np.ones(len(similar), dtype=bool)
    if candidates.known is not None:
        check = candidates.known.fresh
        at = np.flatnonzero(candidates.known.apart)
        kept = set(zip(similar.first[at].tolist(), similar.second[at].tolist(), strict=True))
    marked = np.array([bool(f.recounting or f.side_from) for f in facts], dtype=bool)
    if not marked.any():
        return frozenset(kept)
    texts: dict[int, Text] = {}

    def text(item: int) -> Text:
        if item not in texts:
            texts[item] = Text(candidates.briefings[item], facts[item].recounting)
        return texts[item]

    def tells(a: int, b: int) -> bool:
        """Article a tells article b's news as something else."""
        past, side = facts[a].recounting, facts[a].side_from
        if not past and not side:
            return False
        return recounts(text(a), past, text(b)) or tells_aside(text(a), side, text(b))

    found = kept
    for at in np.flatnonzero(check & (marked[similar.first] | marked[similar.second])).tolist():
        i, j = int(similar.first[at]), int(similar.second[at])
        if tells(i, j) or tells(j, i):
            found.add((min(i, j), max(i, j)))
    return frozenset(found)


def group_indexes(candidates: Candidates, rules: Rules = RULES) -> list[list[int]]:
    """Groups of indexes into the candidates' briefings, each sorted, in the order of their first index."""
    if candidates.window_days is not None and rules.window_days > candidates.window_days:
        wanted, weighed = rules.window_days, candidates.window_days
        raise ValueError(f"candidates weighed for a window of {weighed} days, not {wanted}")
    timing = Timing(candidates.facts, rules.window_days, candidates.apart)
    similar = allowed(candidates, timing, rules)
    dated = timing.dated_pairs(similar.first, similar.second)
    floors = np.where(dated, rules.dated_floor, rules.undated_floor)
    floors = anchored_floors(candidates, similar, floors, dated, rules)
    labels = article_round(similar, floors, timing)
    labels = group_round(labels, similar, floors, timing, rules)
    labels = settle_lone(labels, similar, time_ranked(similar, timing), rules.lone_floor, timing)
    members: dict[int, list[int]] = defaultdict(list)
    for item, label in enumerate(labels):
        members[label].append(item)
    return sorted(part for group in members.values() for part in shown_pairs(group, candidates, timing))


def anchored_floors(
    candidates: Candidates, similar: Similar, floors: np.ndarray, dated: np.ndarray, rules: Rules
) -> np.ndarray:
    """The floors, with the undated floor raised to the unanchored floor for pairs that share no specific
    anchor of one happening (`anchored`): only the undated pairs between the two floors are read."""
    band = np.flatnonzero(
        ~dated & (similar.value >= rules.undated_floor) & (similar.value < rules.unanchored_floor)
    )
    if not len(band):
        return floors
    raised = floors.copy()
    for at in band.tolist():
        pair = (int(similar.first[at]), int(similar.second[at]))
        if (found := candidates.anchors.get(pair)) is None:
            found = candidates.anchors[pair] = anchored(candidates, *pair, candidates.document_frequency)
        if not found:
            raised[at] = rules.unanchored_floor
    return raised


def anchored(candidates: Candidates, i: int, j: int, df: dict[str, int]) -> bool:
    """Two articles share a specific anchor of one happening, not only a subject: their leads name one thing
    in common (`features.lead_names`: who or where), and besides it a second thing (`distinct_names`), or
    two content words that the collection does not treat as common (`lead_event_words`: "rate", "hike"),
    or the two share details that no other article of the collection holds (features of document frequency
    2 carry EXCLUSIVE_SHARE of their cosine).

    Two articles of one outlet on two happenings of a subject share its background and one name and one
    word of its lead (a party leader's tour and his remarks on trust; a club's relegation match and a
    player's cup hopes), or, in a collection holding little of their sport, only its words and names (a
    driver's win and a rival team's slump a year later), and reach the undated floor as two outlets'
    reports of one happening do.

    Details no other article holds are those of document frequency 2, the lowest step of the rounded counts
    the weights read (`weights.rounded_count`: a third holder moves a count of 2 to 2.83). So an added article
    changes the anchor of a pair only where it changes the pair's vectors too: one that shares no feature
    with either leaves their anchor as it leaves their similarity (`tests/test_story_anchors.py`). Without
    this arm MMDS fell from 92.86 to 90.60 B-cubed F1 (cross-validated 94.63 to 93.21): a funeral's report
    and the next day's share one lead name and details no other article holds."""
    a, b = candidates.facts[i], candidates.facts[j]
    names = distinct_names(set(a.names_led) & set(b.names_led))
    if not names:
        return False
    va, vb = candidates.vectors[i], candidates.vectors[j]
    if len(names) >= 2 or sum(1 for w in set(a.lead_words) & set(b.lead_words) if w in va and w in vb) >= 2:
        return True
    shared = [f for f in va if f in vb]
    cosine = sum(va[f] * vb[f] for f in shared)
    own = sum(va[f] * vb[f] for f in shared if df.get(f) == 2)
    return cosine > 0 and own >= EXCLUSIVE_SHARE * cosine


def shown_pairs(group: list[int], candidates: Candidates, timing: Timing) -> list[list[int]]:
    """The group, or a pair as two lone articles where nothing shows that they report one happening.

    Two articles on one subject share names and background (an execution video and two women escaping the
    same militia; a league preview and a rival's injury the same weekend) and reach the floors as two
    reports of one happening do. A group of SHOWN shows what its happening is, and two articles placed on
    the timeline close enough for the time rules have time on their side; otherwise a pair must tell the
    same thing in its leads: a content word (not a name, not a word of when) that both write in lower case
    in their title and first sentences and that is not common across the collection ("shot", "loan").
    """
    if len(group) != 2:
        return [group]
    i, j = group
    if timing.dated(i, j) or shared_lead_word(candidates, i, j):
        return [group]
    return [[i], [j]]


def shared_lead_word(candidates: Candidates, i: int, j: int) -> bool:
    """Both leads write a content word that the collection does not treat as common (it is in a vector)."""
    words = set(candidates.facts[i].lead_words) & set(candidates.facts[j].lead_words)
    return any(w in candidates.vectors[i] and w in candidates.vectors[j] for w in words)


def group_stories(
    briefings: Iterable[Briefing],
    rules: Rules = RULES,
    facts: FactsOf = facts_of,
    store: PairStore | None = None,
    who: Identity | None = None,
) -> tuple[StoryGroup, ...]:
    """Stories of the briefings, in the chronological order of their founding articles, with their threads.

    `facts` gives what grouping reads from each briefing: `facts_of`, or a cache of what it gave before;
    `store` keeps the candidate pairs from one build to the next (`kept.reuse`): the stories are the same.
    """
    candidates = Candidates.of(briefings, facts, rules.window_days, store, rules)
    forms: dict[str, str] = {}  # how to show a name feature: as first written in a term
    for found in candidates.facts:
        for feature, form in found.forms:
            forms.setdefault(feature, form)
    indexes = group_indexes(candidates, rules)
    last = last_groups(candidates, indexes)
    terms = [
        key_features([candidates.vectors[i] for i in group]) if was is None else was
        for group, was in zip(indexes, last, strict=True)
    ]
    actors = article_actors(candidates.briefings, who or Identity(candidates.briefings))
    assert candidates.weights is not None
    last_links = candidates.last_links
    weights, undated = candidates.weights, [int(f.placed is None) for f in candidates.facts]
    links = article_links(
        range(len(actors)), actors, lambda: arrival_vectors(weights, undated), candidates.keys, last_links
    )
    if store is not None:
        kept = kept_links(links, actors, candidates.keys, last_links)
        store.keep(candidates.kept(rules, kept_groups(indexes, terms), kept))
    groups = [
        make_group(
            [candidates.briefings[i] for i in group],
            [candidates.facts[i] for i in group],
            shown_terms(features, forms),
        )
        for group, features in zip(indexes, terms, strict=True)
    ]
    starts = thread_starts(indexes, links)
    return tuple(replace(g, thread=thread_id(groups[s].id)) for g, s in zip(groups, starts, strict=True))


def last_groups(candidates: Candidates, indexes: Sequence[Sequence[int]]) -> list[tuple[str, ...] | None]:
    """For each group, the key features the last build found for the same group (the same articles, none of
    them dirty); None for any other group."""
    known = candidates.known
    if known is None or known.groups is None:
        return [None] * len(indexes)
    kept = known.groups
    items = known.now[kept.members].tolist()
    ends = np.cumsum(kept.sizes).tolist()
    was = {
        tuple(items[end - size : end]): n
        for n, (end, size) in enumerate(zip(ends, kept.sizes.tolist(), strict=True))
    }
    return [None if (n := was.get(tuple(group))) is None else kept.terms[n] for group in indexes]


def kept_groups(indexes: Sequence[Sequence[int]], terms: Sequence[tuple[str, ...]]) -> KeptGroups:
    """This build's groups as the next build takes them over (`last_groups`)."""
    members = np.array([i for group in indexes for i in group], dtype=np.int64)
    return KeptGroups(members, np.array([len(g) for g in indexes], dtype=np.int64), tuple(terms))
