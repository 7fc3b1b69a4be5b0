"""Choosing the story grouping rules honestly: cross-validation over topics and clusters.

The labelled sets (ECB+ by topic, MMDS by cluster) and the single-outlet sets (FRANK's CNN/Daily Mail and
XSum texts, and the BBC texts of briefing_gold and bbc_gifts grouped together: one outlet's articles on
different happenings) are each cut into folds. Every set is grouped once
per rule set of `GRID` (the whole set: grouping learns nothing from labels, and a fold alone would be a much
smaller collection than a site). For every fold, the rules are ranked by their scores on the articles of the
other folds, the best is chosen, and it is scored on the held-out fold's articles; the mean held-out score is
the figure to trust. The best rules must keep the single-outlet training folds nearly unmerged
(`MAX_MERGED_SHARE`, with the outlet unknown); among those, the mean B-cubed F1 of the labelled sets decides.
A merge counts against rules unless a reader judged every pair of its story one happening
(tests/fixtures/judged_story_pairs.json: the BBC sets hold a few texts twice, and an outlet's update of its
own report): a merge nobody has read counts as wrong.
The floor for two articles of one outlet is not tuned here (the labelled sets barely constrain it): it comes
from the judged pairs of tests/fixtures/judged_story_pairs.json, and FRANK with its outlets is its check.

Some ECB+ and MMDS gold clusters are topics, not happenings (read by a reviewer; `TOPIC_CLUSTERS` says why):
their articles report different happenings, which grouping should keep apart. Scores are given over all
clusters and, beside them, without those clusters.

Run: `python -m builder.evaluation.story_tuning ECB+.jsonl MMDS.jsonl --single FRANK.jsonl ...`.
"""

from __future__ import annotations

import argparse
import itertools
import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from builder.core.model import Briefing
from builder.evaluation.stories import (
    FOLDS,
    TOPIC_CLUSTERS,
    b_cubed,
    fold_of,
    judged_pairs,
    load_dev_set,
    without_outlets,
)
from builder.stories.grouping import RULES, Candidates, Rules, group_indexes

MAX_MERGED_SHARE = 0.02  # of single-outlet articles put into multi-article stories
GRID = tuple(
    Rules(dated, undated, group, window, join, lone_floor=lone)
    for dated, undated, group, window, join, lone in itertools.product(
        (0.10, 0.12, 0.15),
        (0.18, 0.20, 0.22, 0.25, 0.28),
        (0.12, 0.14, 0.15, 0.18),
        (7, 30, 60),
        (0.10, 0.12),
        (0.12, 0.15, 0.18),
    )
)


@dataclass(frozen=True)
class DevSet:
    """Briefings of one dev set, each with its fold and, where labelled, its gold story."""

    name: str
    briefings: tuple[Briefing, ...]
    folds: dict[str, int]
    gold: dict[str, str] | None  # None: one outlet's articles on different happenings
    topics: frozenset[str] = frozenset()  # gold clusters that are topics rather than happenings
    same: frozenset[tuple[str, str]] = frozenset()  # pairs (ids sorted) a reader judged one happening

    def ids(self, folds: Iterable[int]) -> set[str]:
        keep = set(folds)
        return {i for i, f in self.folds.items() if f in keep}

    def event_ids(self, folds: Iterable[int]) -> set[str]:
        """The articles of the folds, without those of gold clusters that are topics."""
        return {i for i in self.ids(folds) if self.gold is None or self.gold[i] not in self.topics}


@dataclass(frozen=True)
class Score:
    """Grouping quality on some articles: B-cubed F1 (labelled), and how many sit in multi-article stories."""

    f1: float | None
    merged: int
    articles: int


Grouping = dict[str, tuple[int, int]]  # article id → (story number, story size)
Pairs = frozenset[tuple[str, str]]  # pairs of article ids, each sorted


def dev_set(
    name: str,
    records: Sequence[dict[str, Any]],
    briefings: Sequence[Briefing],
    labelled: bool,
    folds: int = FOLDS,
) -> DevSet:
    """A dev set's briefings cut into folds, with gold stories when labelled.

    One outlet's articles are tuned against as if nothing named their outlet: the floors must keep such
    coverage apart on their own, since a site's sources often do not say who published them.
    """
    gold = {str(r["id"]): str(r["cluster_id"]) for r in records} if labelled else None
    topics = frozenset(TOPIC_CLUSTERS.get(name, {})) if labelled else frozenset()
    kept = tuple(briefings) if labelled else without_outlets(briefings)
    same = frozenset() if labelled else frozenset(pair for pair, one in judged_pairs().items() if one)
    return DevSet(name, kept, fold_of(records, folds), gold, topics, same)


def single_set(name: str, paths: Sequence[Path]) -> DevSet:
    """One outlet's articles from several files (`stories.same_outlet_sets`), as one unlabelled set: a site
    holding them all groups them together."""
    loaded = [load_dev_set(p) for p in paths]
    records = [r for found, _ in loaded for r in found]
    return dev_set(name, records, [b for _, found in loaded for b in found], labelled=False)


def grouping(candidates: Candidates, rules: Rules) -> Grouping:
    """Each article's story number and story size under the rules."""
    groups = group_indexes(candidates, rules)
    ids = [b.article.id for b in candidates.briefings]
    return {ids[i]: (n, len(g)) for n, g in enumerate(groups) for i in g}


def score(found: Grouping, ids: set[str], gold: dict[str, str] | None, same: Pairs = frozenset()) -> Score:
    """The grouping's score on some of its articles; unlabelled, the articles merged into stories not judged
    one happening pair by pair (`same`)."""
    merged = sum(1 for i in ids if found[i][1] > 1)
    if gold is None:
        return Score(None, merged - judged_one(found, ids, same), len(ids))
    return Score(b_cubed({i: found[i][0] for i in ids}, {i: gold[i] for i in ids}).f1, merged, len(ids))


def judged_one(found: Grouping, ids: set[str], same: Pairs) -> int:
    """How many of the articles sit in multi-article stories whose every pair was judged one happening."""
    if not same:
        return 0
    stories: dict[int, list[str]] = {}
    for i in sorted(found):
        if found[i][1] > 1:
            stories.setdefault(found[i][0], []).append(i)
    judged = {n for n, m in stories.items() if all(p in same for p in itertools.combinations(m, 2))}
    return sum(1 for i in ids if found[i][1] > 1 and found[i][0] in judged)


def objective(scores: Sequence[Score]) -> tuple[bool, float]:
    """Rules are ranked by keeping single-outlet sets nearly unmerged, then by the mean labelled F1."""
    merged = sum(s.merged for s in scores if s.f1 is None)
    articles = sum(s.articles for s in scores if s.f1 is None) or 1
    f1 = statistics.mean(s.f1 for s in scores if s.f1 is not None)
    within = merged / articles <= MAX_MERGED_SHARE
    return (within, f1 if within else -merged)


@dataclass
class Report:
    """Dev scores with the committed rules, the rules the full sets would choose, and held-out fold scores."""

    dev: dict[str, Score]
    chosen: Rules
    held_out: dict[str, list[Score]] = field(default_factory=dict)
    fold_rules: list[Rules] = field(default_factory=list)
    dev_events: dict[str, Score] = field(default_factory=dict)  # without topic clusters
    held_out_events: dict[str, list[Score]] = field(default_factory=dict)

    def mean_f1(self, name: str, events: bool = False) -> float:
        """Mean held-out F1 of a set (without its topic clusters when `events`)."""
        scores = (self.held_out_events if events else self.held_out)[name]
        return statistics.mean(s.f1 for s in scores if s.f1 is not None)

    def merged(self, name: str) -> int:
        return sum(s.merged for s in self.held_out[name])


def best_rules(sets: Sequence[DevSet], found: dict[Rules, list[Grouping]], folds: Iterable[int]) -> Rules:
    """The rules that rank first on the articles of the given folds.

    Rules that score the same there are told apart without labels: the one that makes more stories of all the
    articles (merges less) goes first, then the earlier in the grid. The labelled folds often cannot tell two
    floors apart (the merge one of them makes lies in a held-out fold, or across two folds), and grouping
    should not merge on a guess.
    """
    parts = [s.ids(folds) for s in sets]

    def rank(rules: Rules) -> tuple[bool, float, int]:
        scores = [score(g, ids, s.gold, s.same) for s, g, ids in zip(sets, found[rules], parts, strict=True)]
        return (*objective(scores), stories(found[rules]))

    return max(found, key=rank)


def stories(groupings: Sequence[Grouping]) -> int:
    """How many stories the groupings make, over all their articles (no labels read)."""
    return sum(len({number for number, _ in g.values()}) for g in groupings)


def cross_validate(sets: Sequence[DevSet], grid: Sequence[Rules] = GRID, folds: int = FOLDS) -> Report:
    """Dev scores of the committed rules, and the mean held-out fold scores of rules chosen on the rest."""
    candidates = [Candidates.of(s.briefings) for s in sets]
    found = {r: [grouping(c, r) for c in candidates] for r in dict.fromkeys((*grid, RULES))}
    every = set(range(folds))
    dev = {s.name: score(g, s.ids(every), s.gold, s.same) for s, g in zip(sets, found[RULES], strict=True)}
    report = Report(dev, best_rules(sets, {r: found[r] for r in grid}, every))
    for s, g in zip(sets, found[RULES], strict=True):
        if s.topics:
            report.dev_events[s.name] = score(g, s.event_ids(every), s.gold)
    for k in range(folds):
        rules = best_rules(sets, {r: found[r] for r in grid}, every - {k})
        report.fold_rules.append(rules)
        for s, g in zip(sets, found[rules], strict=True):
            report.held_out.setdefault(s.name, []).append(score(g, s.ids([k]), s.gold, s.same))
            if s.topics:
                report.held_out_events.setdefault(s.name, []).append(score(g, s.event_ids([k]), s.gold))
    return report


def main(argv: Sequence[str] | None = None) -> None:
    """Print the dev and cross-validated scores of story grouping."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("labelled", nargs="+", type=Path)
    parser.add_argument("--single", nargs="*", type=Path, default=[])
    parser.add_argument("--together", nargs="*", type=Path, default=[], help="one outlet's files, as one set")
    args = parser.parse_args(argv)
    sets = [dev_set(p.stem, *load_dev_set(p), True) for p in args.labelled]
    sets += [dev_set(p.stem, *load_dev_set(p), False) for p in args.single]
    if args.together:
        sets.append(single_set("+".join(p.parent.name for p in args.together), args.together))
    report = cross_validate(sets)
    print(f"committed rules: {RULES}\nchosen on all folds: {report.chosen}")
    for rules in report.fold_rules:
        print(f"  fold rules: {rules}")
    for s in sets:
        dev = report.dev[s.name]
        held = report.held_out[s.name]
        if s.gold is None:
            print(
                f"{s.name}: dev {dev.merged}/{dev.articles} merged, not judged one happening, with the "
                f"outlet unknown; held-out folds {report.merged(s.name)}"
            )
        else:
            folds = ", ".join(f"{x.f1:.1f}" for x in held)
            print(f"{s.name}: dev F1 {dev.f1:.2f}; held-out mean {report.mean_f1(s.name):.2f} ({folds})")
        if s.name in report.dev_events:
            events = report.dev_events[s.name]
            print(
                f"  without its {len(s.topics)} topic clusters ({events.articles} articles): dev F1 "
                f"{events.f1:.2f}; held-out mean {report.mean_f1(s.name, events=True):.2f}"
            )


if __name__ == "__main__":
    main()
