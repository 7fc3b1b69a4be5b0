"""`briefing eval`: run the extractors on gold data, print a table, refresh the published report."""

from __future__ import annotations

import datetime as dt
import functools
import json
import platform
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

import spacy

from builder.data import load_report, report_path
from builder.evaluation.metrics import combine, read_jsonl, split_half
from builder.nlp.spacy_model import MODEL_NAME

DEV_FILES = {
    "actors": "conll2003/conll2003_valid_docs.jsonl",
    "summaries": "frank/cnndm_frank_dev.jsonl",
    "hedges": "szeged_uncertainty/szeged_factbank_sentences_dev.jsonl",
    "gifts": "gifts_written/gift_passages_dev.jsonl",
    "rams": "rams/rams_gift_events_dev.jsonl",
    "stories": "ecbplus/ecbplus_docs_dev.jsonl",
    "mmds": "mmds2025_clusters/mmds2025_dev_en_articles.jsonl",
    "briefing_gold": "briefing_gold/gold.jsonl",
    "gifts_real": "bbc_gifts/gold.jsonl",
    "frank": "frank",
    "bbc": "briefing_gold/articles.jsonl",
}
# One outlet's articles on different happenings, counted against merges when tuning: FRANK's two files and
# the BBC texts of briefing_gold with those of bbc_gifts (`stories.same_outlet_sets`) as one set.
CV_AGAINST = ("frank", "bbc")
# Gold annotated for this project on texts of the dev sets, kept as ids and offsets (never as text).
PROJECT_GOLD = Path(__file__).resolve().parents[2] / "tests" / "gold"
PROJECT_FILES = {"gifts_news": "gifts_real_news.jsonl", "briefing_news": "briefing_news.jsonl"}


@dataclass(frozen=True)
class Row:
    """One measured number with what it means and what to compare it with.

    `tune` and `check` are the same measure on the two halves of the data (split by a hash of each document's
    id): rules are tuned looking at the first half only, so a check half far below the tune half shows a rule
    that fits the data rather than the language.
    """

    task: str
    metric: str
    value: float
    baseline: str = ""
    target: str = ""
    data: str = ""
    tune: float | None = None
    check: float | None = None

    def as_dict(self) -> dict[str, Any]:
        data = {**asdict(self), "value": round(self.value, 2)}
        for half in ("tune", "check"):
            data[half] = None if data[half] is None else round(data[half], 2)
        return data


def prf_rows(task: str, label: str, score: Any, data: str, baseline: str = "", target: str = "") -> list[Row]:
    """Precision, recall and F1 rows of any score object with those three attributes."""
    return [
        Row(task, f"{label} precision", score.precision, data=data),
        Row(task, f"{label} recall", score.recall, data=data),
        Row(task, f"{label} F1", score.f1, baseline, target, data),
    ]


def actor_score(records: list[dict[str, Any]], path: Path) -> Any:
    from builder.evaluation.actors import score_actor_records

    return score_actor_records(records)


def actor_rows(scores: Any, path: Path) -> list[Row]:
    rows = [Row("actors", f"{t} mention F1", s.f1, data=path.name) for t, s in scores.mentions.items()]
    rows += prf_rows("actors", "PER+ORG+LOC typed mention", scores.overall, path.name, "64.5", "≥ 82")
    key = scores.key_actors
    return [
        *rows,
        Row("actors", "key actors per doc precision", key.precision, "67.7", "≥ 85", path.name),
        Row("actors", "key actors per doc recall", key.recall, data=path.name),
        Row("actors", "key actors per doc F1", key.f1, "63.5", "≥ 78", path.name),
    ]


def summary_score(records: list[dict[str, Any]], path: Path) -> Any:
    from builder.evaluation.summaries import score_summary_records

    return score_summary_records(records)


def summary_rows(results: Any, path: Path) -> list[Row]:
    ours, lead = results
    return [
        Row(
            "summaries",
            f"bottom line {metric} F1",
            getattr(ours, metric),
            f"Lead-3 {getattr(lead, metric):.1f} (same run)",
            "> Lead-3",
            path.name,
        )
        for metric in ("rouge1", "rouge2", "rougeLsum")
    ]


def hedge_score(records: list[dict[str, Any]], path: Path) -> Any:
    from builder.evaluation.hedges import predict, record_from_json, score

    gold = [record_from_json(r) for r in records]
    return score([g.uncertain for g in gold], predict(g.text for g in gold))


def hedge_rows(scores: Any, path: Path) -> list[Row]:
    return prf_rows("open questions", "uncertain sentence", scores, path.name, "68.6", "≥ 80, P ≥ 85")


def gift_score(records: list[dict[str, Any]], path: Path) -> Any:
    from builder.evaluation.gifts import score_gift_records

    return score_gift_records(records)


def gift_rows(score: Any, path: Path) -> list[Row]:
    rams = "rams" in path.name
    label = "giver/recipient" if rams else "gift triple"
    target = "≥ 70" if rams else "≥ 95"
    return prf_rows("gifts", label, score, path.name, "none", target)


def briefing_score(records: list[dict[str, Any]], path: Path) -> Any:
    from builder.evaluation.briefings import score_briefing_records

    return score_briefing_records(records, path)


def briefing_rows(counts: Any, path: Path) -> list[Row]:
    """All briefing measures on briefing_gold; only the gift ones on a gift-only set (bbc_gifts)."""
    data = f"{path.parent.name}/{path.name}"
    gifts = prf_rows("gifts", "gift on real news", counts.gifts, data, "none", "≥ 85, P ≥ 90")
    if not counts.key_all:
        return gifts
    return [*briefing_measure_rows(counts, data, baselines=True), *gifts]


def briefing_news_rows(counts: Any, path: Path) -> list[Row]:
    """Actors, concerns and questions on the project's FRANK news gold (no gifts are annotated there)."""
    return briefing_measure_rows(counts, f"{path.parent.name}/{path.name}", baselines=False)


def briefing_measure_rows(counts: Any, data: str, baselines: bool) -> list[Row]:
    """Actor, concern and open-question rows; the baselines were measured on briefing_gold only."""

    def base(value: str) -> str:
        return value if baselines else ""

    concerns = prf_rows("concerns", "concern sentence", counts.concerns, data, base("16.9"), "≥ 70")
    questions = prf_rows(
        "open questions", "open question sentence", counts.questions, data, base("33.2"), "≥ 65"
    )
    return [
        Row(
            "actors", "actor precision (whole briefings)", counts.actor_precision, base("78.9"), "≥ 90", data
        ),
        Row("actors", "key-actor recall (whole briefings)", counts.key_recall, base("90.5"), "≥ 90", data),
        *concerns,
        Row("concerns", "holder accuracy", counts.holder_accuracy, base("57"), "≥ 85", data),
        *questions,
    ]


def offset_score(records: list[dict[str, Any]], path: Path, dev: Path | None = None) -> Any:
    """Whole briefings scored on gold kept as ids and offsets into the dev sets (tests/gold/)."""
    from builder.evaluation.briefings import score_offset_records

    if dev is None:
        raise ValueError(f"{path.name} keeps offsets into the dev sets: pass --dev DIR to read the texts")
    return score_offset_records(records, dev)


def story_score(records: list[dict[str, Any]], path: Path) -> Any:
    from builder.evaluation.stories import b_cubed, load_dev_set
    from builder.stories.grouping import group_stories

    records, briefings = load_dev_set(path)  # extracted once per run, shared with the cross-validation
    predicted = {a: g.id for g in group_stories(briefings) for a in g.article_ids}
    return b_cubed(predicted, {str(r["id"]): str(r["cluster_id"]) for r in records})


def story_rows(score: Any, path: Path) -> list[Row]:
    baseline, target = ("93.8", "≥ 96") if "mmds" in path.name else ("87.6", "≥ 95")
    gold = f"gold {score.gold_clusters}"
    clusters = Row("stories", "predicted clusters", score.predicted_clusters, target=gold, data=path.name)
    return [*prf_rows("stories", "B-cubed", score, path.name, baseline, target), clusters]


def jsonl_files(path: Path) -> list[Path]:
    """A JSONL file, or the JSONL files of a folder, sorted."""
    return sorted(path.glob("*.jsonl")) if path.is_dir() else [path]


def single_outlet_score(records: list[dict[str, Any]], path: Path) -> Any:
    """The stories grouping makes of one outlet's articles on different happenings: each file with its outlet
    known, and all of them together (with the other dev sets of that outlet) as plain files that name no
    outlet, as a user dropping .txt files would give them."""
    from builder.evaluation.stories import load_dev_set, single_outlet_merges

    known = [(file, single_outlet_merges(load_dev_set(file)[1])) for file in jsonl_files(path)]
    return (known, *together_score([path]))


def single_outlet_rows(found: Any, path: Path) -> list[Row]:
    """How many articles grouping merges in one outlet's coverage of different happenings (target: ~none),
    and with the outlet unknown, how many merged pairs a reader judged one happening."""
    known, collection, unknown = found
    rows = []
    for file, merges in known:
        target = f"≤ {max(1, round(0.02 * merges.articles))}, each judged one happening"
        name = f"{file.parent.name}/{file.name}"
        rows.append(Row("stories", "single outlet: multi-article stories", len(merges.stories), data=name))
        rows.append(Row("stories", "single outlet: articles merged", merges.merged, target=target, data=name))
    return rows + unknown_outlet_rows("outlet unknown", collection, unknown)


def unknown_outlet_rows(label: str, collection: Sequence[Path], unknown: Any) -> list[Row]:
    """Articles merged among files grouped as plain files naming no outlet, and how many of the merged
    pairs a reader judged one happening (tests/fixtures/judged_story_pairs.json)."""
    from builder.evaluation.stories import judge, judged_pairs

    name = " + ".join(f"{p.parent.name}/{p.name}" for p in collection) + f" ({unknown.articles} texts)"
    judged = judge(unknown, judged_pairs())
    pairs = judged.same + judged.different + judged.unjudged
    return [
        Row("stories", f"{label}: articles merged", unknown.merged, data=name),
        Row(
            "stories",
            f"{label}: merged pairs judged one happening",
            judged.same,
            baseline=f"of {pairs}: {judged.different} judged two happenings, {judged.unjudged} not judged",
            target="all pairs",
            data=name,
        ),
    ]


def together_score(paths: Sequence[Path]) -> tuple[list[Path], Any]:
    """The dev sets at `paths` (files or folders), with the other sets of their outlet, grouped as one site
    of plain files naming no outlet. With every single-outlet set (FRANK's CNN/DM and XSum, the BBC texts):
    a user who drops several outlets' coverage of different happenings into seeds/, where one set's articles
    can join another's, which no set alone shows."""
    from builder.evaluation.stories import (
        load_dev_set,
        same_outlet_sets,
        single_outlet_merges,
        without_outlets,
    )

    collection = sorted({p for path in paths for file in jsonl_files(path) for p in same_outlet_sets(file)})
    briefings = [b for file in collection for b in load_dev_set(file)[1]]
    return collection, single_outlet_merges(without_outlets(briefings))


def story_cv_rows(files: dict[str, Path | None]) -> list[Row]:
    """B-cubed F1 of rules chosen on the other folds, on each held-out fold (mean), beside the dev F1."""
    from builder.evaluation.stories import load_dev_set, same_outlet_sets
    from builder.evaluation.story_tuning import cross_validate, dev_set, single_set

    labelled = [p for t in ("stories", "mmds") if (p := files.get(t)) and p.is_file()]
    if len(labelled) < 2:
        return []
    frank, bbc = (files.get(name) for name in CV_AGAINST)
    sets = [dev_set(p.stem, *load_dev_set(p), True) for p in labelled]
    sets += [dev_set(p.stem, *load_dev_set(p), False) for p in (jsonl_files(frank) if frank else [])]
    if bbc and bbc.is_file():
        sets.append(single_set("bbc", same_outlet_sets(bbc)))
    report = cross_validate(sets)
    chosen = "; ".join(
        f"fold {k}: undated {r.undated_floor} group {r.group_floor} dated {r.dated_floor} window "
        f"{r.window_days} join {r.join_floor} lone {r.lone_floor}"
        for k, r in enumerate(report.fold_rules)
    )
    rows = [
        Row(
            "stories",
            "B-cubed F1, cross-validated (mean of held-out folds)",
            report.mean_f1(s.name),
            baseline=f"dev {report.dev[s.name].f1:.1f}; folds "
            + " ".join(f"{x.f1:.1f}" for x in report.held_out[s.name]),
            target="≥ 95, dev − CV ≤ 2",
            data=f"{p.name} (CV)",
        )
        for s, p in zip(sets, labelled, strict=False)
    ]
    rows += [
        Row(
            "stories",
            "CV: held-out articles merged, not judged one happening (outlet unknown)",
            report.merged(s.name),
            baseline=f"dev {report.dev[s.name].merged} of {report.dev[s.name].articles}",
            target="~0",
            data=f"{s.name} (CV)",
        )
        for s in sets[len(labelled) :]
    ]
    rows.append(Row("stories", "CV: rules chosen per fold", len(report.fold_rules), baseline=chosen))
    return rows


def speed_score(records: list[dict[str, Any]], path: Path) -> Any:
    """Words per second: plain spaCy `nlp.pipe` and the full extraction, on the same texts, same run."""
    from builder.core.model import Article
    from builder.extract.briefing import extract
    from builder.nlp.spacy_model import load_nlp
    from builder.sources.readers import lines_to_paragraphs

    texts = [r["text"] for r in records]
    words = sum(len(t.split()) for t in texts)
    plain = spacy.load(MODEL_NAME)
    list(plain.pipe(texts[:5]))  # warm-up
    start = time.perf_counter()
    list(plain.pipe(texts))
    plain_wps = words / (time.perf_counter() - start)
    nlp = load_nlp()
    articles = [
        Article(str(i), str(i), "", None, None, None, None, (), lines_to_paragraphs(t.splitlines()), "")
        for i, t in enumerate(texts)
    ]
    list(nlp.pipe(a.text for a in articles[:5]))
    start = time.perf_counter()
    for article, doc in zip(articles, nlp.pipe(a.text for a in articles), strict=True):
        extract(article, doc)
    return plain_wps, words / (time.perf_counter() - start)


def speed_rows(speeds: Any, path: Path) -> list[Row]:
    plain_wps, ours_wps = speeds
    return [
        Row("speed", "plain spaCy words/s", plain_wps, data=path.name),
        Row("speed", "full extraction words/s", ours_wps, data=path.name),
        Row("speed", "extraction / plain spaCy", ours_wps / plain_wps, target="close to 1", data=path.name),
    ]


@dataclass(frozen=True)
class Task:
    """How to score one kind of gold file, and how to put its result in rows.

    `split` says whether the two halves of the data can be scored apart and summed (counts that add up); group
    measures (story clusters) and timings are scored whole.
    """

    score: Callable[..., Any]  # (records, path) -> result; with `dev=` too when `reads_dev`
    rows: Callable[[Any, Path], list[Row]]
    split: bool = True
    reads_dev: bool = False  # the gold keeps offsets into texts of the dev-set folder


TASKS: dict[str, Task] = {
    "actors": Task(actor_score, actor_rows),
    "summaries": Task(summary_score, summary_rows),
    "hedges": Task(hedge_score, hedge_rows),
    "gifts": Task(gift_score, gift_rows),
    "rams": Task(gift_score, gift_rows),
    "briefing_gold": Task(briefing_score, briefing_rows),
    "gifts_real": Task(briefing_score, briefing_rows),
    "gifts_news": Task(offset_score, briefing_rows, reads_dev=True),
    "briefing_news": Task(offset_score, briefing_news_rows, reads_dev=True),
    "stories": Task(story_score, story_rows, split=False),
    "mmds": Task(story_score, story_rows, split=False),
    "frank": Task(single_outlet_score, single_outlet_rows, split=False),
    "bbc": Task(single_outlet_score, single_outlet_rows, split=False),
    "speed": Task(speed_score, speed_rows, split=False),
}


def run(files: dict[str, Path | None], echo: Callable[[str], None], dev: Path | None = None) -> list[Row]:
    """Run each task whose data file exists; say which were skipped and why."""
    rows: list[Row] = []
    for name, task in TASKS.items():
        path = files.get(name)
        if path is None:
            continue
        if not path.exists():
            echo(f"skipped {name}: {path} not found")
            continue
        echo(f"running {name} on {path} …")
        rows += run_task(
            replace(task, score=functools.partial(task.score, dev=dev)) if task.reads_dev else task, path
        )
    together = [path for name in ("frank", "bbc") if (path := files.get(name)) is not None and path.exists()]
    if len(together) == 2:
        echo("grouping the single-outlet sets together …")
        label = "all single-outlet sets together, outlet unknown"
        rows += unknown_outlet_rows(label, *together_score(together))
    if files.get("stories") and files.get("mmds"):
        echo("cross-validating story grouping …")
        rows += story_cv_rows(files)
    return rows


def run_task(task: Task, path: Path) -> list[Row]:
    """The task's rows on the whole file and, where it splits, the same measures on each half."""
    records = list(read_jsonl(path)) if path.is_file() else []  # a folder's task reads its own files
    if not task.split:
        return task.rows(task.score(records, path), path)
    tune, check = split_half(records)
    tune_result, check_result = task.score(tune, path), task.score(check, path)
    whole = task.rows(combine(tune_result, check_result), path)
    by_half = zip(task.rows(tune_result, path), task.rows(check_result, path), strict=True)
    return [replace(row, tune=t.value, check=c.value) for row, (t, c) in zip(whole, by_half, strict=True)]


def table(rows: list[Row]) -> str:
    """A Markdown table of the rows, with the tune and check halves beside the whole-set value."""
    lines = [
        "| task | metric | value | tune half | check half | baseline | target | data |",
        "|---|---|---:|---:|---:|---|---|---|",
    ]
    for r in rows:
        tune, check = (number(v) if v is not None else "" for v in (r.tune, r.check))
        lines.append(
            f"| {r.task} | {r.metric} | {number(r.value)} | {tune} | {check} | {r.baseline} | {r.target} "
            f"| {r.data} |"
        )
    return "\n".join(lines)


def number(value: float) -> str:
    """Thousands without decimals, small ratios with two, percentages with one."""
    return f"{value:,.0f}" if value >= 1000 else f"{value:.2f}" if value < 10 else f"{value:.1f}"


def report(rows: list[Row], previous: dict[str, Any] | None = None) -> dict[str, Any]:
    """The committed report: rows plus when and where they were measured; measures not rerun are kept."""
    today = dt.date.today().isoformat()
    rerun = {(r.task, r.data) for r in rows}
    kept = [r for r in (previous or {}).get("rows", []) if (r["task"], r.get("data", "")) not in rerun]
    return {
        "measured": today,
        "environment": {
            "python": platform.python_version(),
            "spacy": spacy.__version__,
            "model": MODEL_NAME,
            "machine": platform.machine(),
        },
        "rows": kept + [{**r.as_dict(), "measured": today} for r in rows],
    }


def write_report(rows: list[Row]) -> Path:
    path = report_path()
    path.write_text(
        json.dumps(report(rows, load_report()), indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    return path
