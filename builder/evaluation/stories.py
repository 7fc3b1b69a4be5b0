"""Story grouping quality: B-cubed precision / recall / F1 on ECB+- and MMDS-shaped JSONL.

Each record becomes an `Article`, the real pipeline extracts its briefing, `group_stories` groups the
briefings, and the predicted groups are scored against the gold `cluster_id`.

Run: `python -m builder.evaluation.stories FILE.jsonl [FILE.jsonl ...]`; with `--errors`, each file's B-cubed
errors are printed too, story by story, costliest first (`--folds 0,1,2`: only those touching the tuning folds
of `story_tuning.fold_of`, the ones to read when choosing a rule).
"""

from __future__ import annotations

import argparse
import functools
import hashlib
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass, replace
from itertools import combinations
from pathlib import Path
from typing import Any

from builder.core.model import Article, Briefing
from builder.evaluation.metrics import read_jsonl
from builder.pipeline import extract_all
from builder.runtime.cache import BriefingCache
from builder.runtime.executors import Executor
from builder.sources.readers import lines_to_paragraphs
from builder.stories.grouping import group_stories

EVAL_CACHE = Path("/tmp/briefing-eval-cache")  # extractions of the dev sets, kept between runs
# Dev sets whose records name no outlet, but whose READMEs say who published every text: grouping is told,
# as a site is told by a source's front matter (FRANK's records carry their addresses).
SET_OUTLETS = {"briefing_gold": "BBC News", "bbc_gifts": "BBC News"}
FOLDS = 5
# Gold clusters of a labelled set (by file stem) whose articles report different happenings, with why.
# ECB+'s were read in the tuning folds 0-2 only (`fold_of`; folds 3 and 4 unread): each holds one
# happening's reports and the reports of others, weeks or months apart, that ECB+ counts as its event.
TOPIC_CLUSTERS: dict[str, dict[str, str]] = {
    "ecbplus_docs_dev": {
        "1_ecbplus": "an actress checking into a rehab centre, and leaving it for another six weeks later",
        "5_ecbplus": "a coach fired, his successor hired; an NCAA ruling days before; a signing months on",
        "11_ecbplus": "elections announced on a two-party basis; a UN seminar; districts set a week later",
        "13_ecbplus": "a dairy building's fire; an opinion piece months later; an indictment a year on",
        "35_ecbplus": "a player's drink-driving arrest, and the city attorney weighing charges two months on",
        "45_ecbplus": "a not-guilty plea in January, and the conviction at trial in September",
    },
    "mmds2025_dev_en_articles": {
        "18": "a central bank article on rate reform, and the monthly loan prime rate fixing",
        "19": "six happenings of the war in Ukraine (a battle, a prisoner swap, referendum plans …)",
        "21": "two decisions of the EU court: an adviser's opinion on Meta, a ruling on data retention",
        "30": "two trading days on Wall Street (Monday's close higher, Tuesday's fall)",
        "36": "a feature on green companies, and a new scheme of workshops",
        "47": "a photo-award feature on the Amazon, and Brazil's fire figures",
        "167": "a pension coalition's climate pledge, and Norway's fund's net-zero policy",
    },
}
# Pairs of dev articles a reader judged (one happening or two), kept as ids: the regression test's fixture.
JUDGED_PAIRS = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "judged_story_pairs.json"

# Light detokenisation of PTB-style token streams ("said , `` we ''" -> "said, "we"").
DETOKENISE = (
    (re.compile(r"``\s*"), '"'),
    (re.compile(r"\s*''"), '"'),
    (re.compile(r"\s+([.,;:!?%)\]}])"), r"\1"),
    (re.compile(r"([(\[{$])\s+"), r"\1"),
    (re.compile(r"\s+(n't|'s|'re|'ve|'ll|'m|'d)\b", re.IGNORECASE), r"\1"),
)


@dataclass(frozen=True)
class BCubed:
    """B-cubed precision and recall summed over items, with P / R / F1 in percent."""

    items: int
    precision_sum: float
    recall_sum: float
    predicted_clusters: int
    gold_clusters: int

    @property
    def precision(self) -> float:
        return 100.0 * self.precision_sum / self.items if self.items else 0.0

    @property
    def recall(self) -> float:
        return 100.0 * self.recall_sum / self.items if self.items else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {
            "precision": round(self.precision, 2),
            "recall": round(self.recall, 2),
            "f1": round(self.f1, 2),
            "items": self.items,
            "predicted_clusters": self.predicted_clusters,
            "gold_clusters": self.gold_clusters,
        }


def b_cubed(predicted: Mapping[str, Hashable], gold: Mapping[str, Hashable]) -> BCubed:
    """B-cubed scores of a predicted labelling against a gold one, over the items both label."""
    items = sorted(set(predicted) & set(gold))
    pairs = Counter((predicted[i], gold[i]) for i in items)
    predicted_sizes = Counter(predicted[i] for i in items)
    gold_sizes = Counter(gold[i] for i in items)
    precision = sum(n * n / predicted_sizes[p] for (p, _), n in pairs.items())
    recall = sum(n * n / gold_sizes[g] for (_, g), n in pairs.items())
    return BCubed(len(items), precision, recall, len(predicted_sizes), len(gold_sizes))


@dataclass(frozen=True)
class StoryError:
    """One B-cubed error: a predicted story holding articles of several gold stories ("merged"), or a gold
    story spread over several predicted stories ("split")."""

    kind: str  # "merged" or "split"
    parts: tuple[tuple[str, ...], ...]  # its article ids by gold story (merged) or predicted story (split)
    cost: float  # precision (merged) or recall (split) lost, in points of the whole labelling

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(i for part in self.parts for i in part)


def b_cubed_errors(predicted: Mapping[str, Hashable], gold: Mapping[str, Hashable]) -> list[StoryError]:
    """The errors behind `b_cubed`'s scores, costliest first (ties by first article id): each story of n
    articles whose parts hold k of them loses n - sum(k * k) / n of the sums, over the items both label."""
    items = sorted(set(predicted) & set(gold))
    errors = []
    for kind, outer, inner in (("merged", predicted, gold), ("split", gold, predicted)):
        stories: dict[Hashable, dict[Hashable, list[str]]] = {}
        for i in items:
            stories.setdefault(outer[i], {}).setdefault(inner[i], []).append(i)
        for parts in stories.values():
            if len(parts) < 2:
                continue
            ordered = sorted((tuple(p) for p in parts.values()), key=lambda p: (-len(p), p))
            n = sum(map(len, ordered))
            lost = n - sum(len(p) ** 2 for p in ordered) / n
            errors.append(StoryError(kind, tuple(ordered), 100.0 * lost / len(items)))
    return sorted(errors, key=lambda e: (-e.cost, min(e.ids), e.kind))


def detokenise(line: str) -> str:
    """A tokenised line ("Reid 's rep , Jack") made readable ("Reid's rep, Jack")."""
    for pattern, replacement in DETOKENISE:
        line = pattern.sub(replacement, line)
    return " ".join(line.split())


def article_of(record: dict[str, Any]) -> Article:
    """An undated Article from one ECB+-, MMDS- or FRANK-shaped record; ECB+ token streams are detokenised."""
    lines = str(record["text"]).splitlines()
    if "topic" in record:  # ECB+: tokens joined by spaces
        lines = [detokenise(line) for line in lines]
    paragraphs = lines_to_paragraphs(lines)
    identifier = str(record["id"])
    digest = hashlib.sha256("\n".join(paragraphs).encode()).hexdigest()
    title = " ".join(str(record.get("title") or "").split()) or None
    url = str(record.get("url") or "")
    url = url if url.startswith(("http://", "https://")) else None
    return Article(identifier, identifier, identifier, title, None, None, url, (), paragraphs, digest)


def extract_records(
    records: Sequence[dict[str, Any]], executor: Executor | None = None, cache: BriefingCache | None = None
) -> list[Briefing]:
    """Briefings of the records, extracted by the real pipeline (cached where a cache is given)."""
    briefings, _, _ = extract_all([article_of(r) for r in records], executor, cache)
    return briefings


def published_by(briefings: Sequence[Briefing], source: str | None) -> tuple[Briefing, ...]:
    """The briefings with their articles' source set (unchanged when None)."""
    if source is None:
        return tuple(briefings)
    return tuple(replace(b, article=replace(b.article, source=source)) for b in briefings)


def without_outlets(briefings: Sequence[Briefing]) -> tuple[Briefing, ...]:
    """The briefings as if no source named an outlet (no source, no address)."""
    return tuple(replace(b, article=replace(b.article, source=None, url=None)) for b in briefings)


def set_outlet(path: Path) -> str | None:
    """The one outlet of a dev set whose records do not name it (by its folder), else None."""
    return SET_OUTLETS.get(Path(path).parent.name)


def same_outlet_sets(path: Path) -> list[Path]:
    """The dev set's file and the articles of the other dev sets of its outlet beside it (the BBC texts of
    briefing_gold and bbc_gifts), or only the file when its outlet is not known."""
    path = Path(path)
    if (outlet := set_outlet(path)) is None:
        return [path]
    others = [path.parent.parent / name / "articles.jsonl" for name, o in SET_OUTLETS.items() if o == outlet]
    return sorted({path, *(p for p in others if p.is_file())})


@functools.lru_cache(maxsize=8)
def load_dev_set(path: Path) -> tuple[tuple[dict[str, Any], ...], tuple[Briefing, ...]]:
    """A dev set's records and their briefings, extracted once per run on all cores (and cached on disk)."""
    from builder.runtime.executors import ProcessExecutor

    records = tuple(read_jsonl(path))
    cache = BriefingCache(EVAL_CACHE)
    return records, published_by(extract_records(records, ProcessExecutor(), cache), set_outlet(path))


def score_story_records(
    records: Sequence[dict[str, Any]], executor: Executor | None = None, cache: BriefingCache | None = None
) -> BCubed:
    """Extract briefings with the real pipeline, group them, and score the groups against `cluster_id`."""
    briefings = extract_records(records, executor, cache)
    predicted = {a: g.id for g in group_stories(briefings) for a in g.article_ids}
    gold = {str(r["id"]): str(r["cluster_id"]) for r in records}
    return b_cubed(predicted, gold)


def score_stories_file(
    path: str | Path, executor: Executor | None = None, cache: BriefingCache | None = None
) -> BCubed:
    """B-cubed scores of story grouping on one JSONL file with a gold `cluster_id` per record."""
    return score_story_records(list(read_jsonl(path)), executor, cache)


@dataclass(frozen=True)
class Merges:
    """What grouping one outlet's articles on different happenings did: ideally nothing."""

    articles: int
    stories: tuple[tuple[str, ...], ...]  # the stories of two or more articles, by article id

    @property
    def merged(self) -> int:
        return sum(len(s) for s in self.stories)


def single_outlet_merges(briefings: Sequence[Briefing]) -> Merges:
    """The multi-article stories that grouping makes of one outlet's articles."""
    stories = tuple(g.article_ids for g in group_stories(briefings) if g.size > 1)
    return Merges(len(briefings), stories)


@dataclass(frozen=True)
class Judged:
    """Pairs of articles put into one story, by a reader's verdict (tests/fixtures/judged_story_pairs.json)"""

    same: int  # judged to report one happening
    different: int  # judged to report two
    unjudged: int


def judged_pairs(path: Path = JUDGED_PAIRS) -> dict[tuple[str, str], bool]:
    """Each judged pair (ids sorted) and whether it reports one happening; none when the file is missing."""
    if not path.is_file():
        return {}
    pairs = json.loads(path.read_text(encoding="utf-8"))["pairs"]
    return {tuple(sorted((p["a"], p["b"]))): bool(p["same"]) for p in pairs}


def judge(merges: Merges, verdicts: Mapping[tuple[str, str], bool]) -> Judged:
    """How many of the merged pairs a reader judged one happening, two, or has not judged."""
    pairs = [tuple(sorted(p)) for story in merges.stories for p in combinations(story, 2)]
    found = [verdicts.get(p) for p in pairs]
    return Judged(found.count(True), found.count(False), found.count(None))


def fold_of(records: Sequence[dict[str, Any]], folds: int = FOLDS) -> dict[str, int]:
    """Each record's fold: whole ECB+ topics or MMDS clusters go together; other records by id."""
    key = "topic" if "topic" in records[0] else "cluster_id" if "cluster_id" in records[0] else "id"
    units = sorted({str(r[key]) for r in records}, key=lambda u: (len(u), u))
    number = {unit: i % folds for i, unit in enumerate(units)}
    return {str(r["id"]): number[str(r[key])] for r in records}


def print_errors(path: Path, folds: set[int] | None) -> None:
    """Print the file's B-cubed errors with each article's gold and predicted story, date and lead; with
    `folds`, only errors touching an article of those folds (`story_tuning.fold_of`)."""
    from builder.stories.grouping import facts_of

    records, briefings = load_dev_set(path)
    gold = {str(r["id"]): str(r["cluster_id"]) for r in records}
    fold = fold_of(records)
    predicted = {a: g.id for g in group_stories(briefings) for a in g.article_ids}
    by_id = {b.article.id: b for b in briefings}
    topics = TOPIC_CLUSTERS.get(Path(path).stem, {})
    for error in b_cubed_errors(predicted, gold):
        if folds is not None and not any(fold[i] in folds for i in error.ids):
            continue
        sizes = "+".join(str(len(p)) for p in error.parts)
        marked = sorted({gold[i] for i in error.ids if gold[i] in topics})
        about = f"; topic clusters {', '.join(marked)} (story_tuning.TOPIC_CLUSTERS)" if marked else ""
        at = sorted({fold[i] for i in error.ids})
        print(f"  {error.kind} {sizes}: -{error.cost:.2f} points, folds {at}{about}")
        for part in error.parts:
            for i in part:
                b = by_id[i]
                lead = " ".join(" ".join([b.article.title or "", *b.article.paragraphs[:1]]).split())[:160]
                when = facts_of(b).placed or "undated"
                print(f"    {i} gold {gold[i]} story {predicted[i][-4:]} {when}: {lead}")


def main(argv: Sequence[str] | None = None) -> None:
    """Print the scores of each file (and with --errors, its errors); extraction runs in a local process pool
    and is cached in /tmp."""
    from builder.runtime.executors import ProcessExecutor

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+", type=Path)
    parser.add_argument("--errors", action="store_true", help="print each file's errors, costliest first")
    parser.add_argument("--folds", help="only errors touching these folds, e.g. 0,1,2 (with --errors)")
    args = parser.parse_args(argv)
    folds = None if args.folds is None else {int(k) for k in args.folds.split(",")}
    cache = BriefingCache(EVAL_CACHE)
    for path in args.paths:
        start = time.perf_counter()
        score = score_stories_file(path, ProcessExecutor(), cache)
        print(f"{path}: {score.as_dict()} ({time.perf_counter() - start:.1f} s)")
        if args.errors:
            print_errors(path, folds)


if __name__ == "__main__":
    main(sys.argv[1:])
