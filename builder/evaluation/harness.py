"""`briefing eval`: run the extractors on gold data, print a table, refresh the published report."""

from __future__ import annotations

import datetime as dt
import json
import platform
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import spacy

from builder.data import load_report, report_path
from builder.evaluation.metrics import read_jsonl
from builder.nlp.spacy_model import MODEL_NAME

DEV_FILES = {
    "actors": "conll2003/conll2003_valid_docs.jsonl",
    "summaries": "frank/cnndm_frank_dev.jsonl",
    "hedges": "szeged_uncertainty/szeged_factbank_sentences_dev.jsonl",
    "gifts": "gifts_written/gift_passages_dev.jsonl",
    "rams": "rams/rams_gift_events_dev.jsonl",
    "stories": "ecbplus/ecbplus_docs_dev.jsonl",
    "mmds": "mmds2025_clusters/mmds2025_dev_en_articles.jsonl",
    "frank": "frank",
    "bbc": "briefing_gold/articles.jsonl",
}
CV_AGAINST = "frank"  # one outlet's articles on different happenings, counted against merges when tuning


@dataclass(frozen=True)
class Row:
    """One measured number with what it means and what to compare it with."""

    task: str
    metric: str
    value: float
    baseline: str = ""
    target: str = ""
    data: str = ""

    def as_dict(self) -> dict[str, Any]:
        return {**asdict(self), "value": round(self.value, 2)}


def prf_rows(task: str, label: str, score: Any, data: str, baseline: str = "", target: str = "") -> list[Row]:
    """Precision, recall and F1 rows of any score object with those three attributes."""
    return [
        Row(task, f"{label} precision", score.precision, data=data),
        Row(task, f"{label} recall", score.recall, data=data),
        Row(task, f"{label} F1", score.f1, baseline, target, data),
    ]


def actor_rows(path: Path) -> list[Row]:
    from builder.evaluation.actors import score_actors_file

    scores = score_actors_file(path)
    rows = [Row("actors", f"{t} mention F1", s.f1, data=path.name) for t, s in scores.mentions.items()]
    rows += prf_rows("actors", "PER+ORG+LOC typed mention", scores.overall, path.name, "64.5", "≥ 80")
    key = scores.key_actors
    return [
        *rows,
        Row("actors", "key actors per doc precision", key.precision, "67.7", "≥ 85", path.name),
        Row("actors", "key actors per doc recall", key.recall, data=path.name),
        Row("actors", "key actors per doc F1", key.f1, "63.5", "≥ 78", path.name),
    ]


def summary_rows(path: Path) -> list[Row]:
    from builder.evaluation.summaries import score_summaries_file

    ours, lead = score_summaries_file(path)
    rows = []
    for metric in ("rouge1", "rouge2", "rougeLsum"):
        reference = f"Lead-3 {getattr(lead, metric):.1f} (same run)"
        rows.append(
            Row(
                "summaries",
                f"bottom line {metric} F1",
                getattr(ours, metric),
                reference,
                "> Lead-3",
                path.name,
            )
        )
    return rows


def hedge_rows(path: Path) -> list[Row]:
    from builder.evaluation.hedges import score_hedges_file

    return prf_rows(
        "open questions", "uncertain sentence", score_hedges_file(path), path.name, "68.6", "≥ 80, P ≥ 85"
    )


def gift_rows(path: Path) -> list[Row]:
    from builder.evaluation.gifts import score_gifts_file

    rams = "rams" in path.name
    label = "giver/recipient" if rams else "gift triple"
    baseline, target = ("none", "≥ 70") if rams else ("none", "≥ 90")
    return prf_rows("gifts", label, score_gifts_file(path), path.name, baseline, target)


def story_rows(path: Path) -> list[Row]:
    from builder.evaluation.stories import b_cubed, load_dev_set
    from builder.stories.grouping import group_stories

    records, briefings = load_dev_set(path)
    predicted = {a: g.id for g in group_stories(briefings) for a in g.article_ids}
    score = b_cubed(predicted, {str(r["id"]): str(r["cluster_id"]) for r in records})
    baseline, target = ("93.8", "≥ 96") if "mmds" in path.name else ("87.6", "≥ 95")
    gold = f"gold {score.gold_clusters}"
    clusters = Row("stories", "predicted clusters", score.predicted_clusters, target=gold, data=path.name)
    return [*prf_rows("stories", "B-cubed", score, path.name, baseline, target), clusters]


def jsonl_files(path: Path) -> list[Path]:
    """A JSONL file, or the JSONL files of a folder, sorted."""
    return sorted(path.glob("*.jsonl")) if path.is_dir() else [path]


def single_outlet_rows(path: Path) -> list[Row]:
    """How many articles grouping merges in one outlet's coverage of different happenings (target: ~none)."""
    from builder.evaluation.stories import load_dev_set, single_outlet_merges

    rows = []
    for file in jsonl_files(path):
        merges = single_outlet_merges(load_dev_set(file)[1])
        target = f"≤ {max(1, round(0.02 * merges.articles))}, each judged one happening"
        name = f"{file.parent.name}/{file.name}"
        rows.append(Row("stories", "single outlet: multi-article stories", len(merges.stories), data=name))
        rows.append(Row("stories", "single outlet: articles merged", merges.merged, target=target, data=name))
    return rows


def story_cv_rows(files: dict[str, Path | None]) -> list[Row]:
    """B-cubed F1 of rules chosen on the other folds, on each held-out fold (mean), beside the dev F1."""
    from builder.evaluation.stories import load_dev_set
    from builder.evaluation.story_tuning import cross_validate, dev_set

    labelled = [files[t] for t in ("stories", "mmds") if files.get(t) and files[t].is_file()]
    against = files.get(CV_AGAINST)
    single = jsonl_files(against) if against and against.exists() else []
    if len(labelled) < 2:
        return []
    sets = [dev_set(p.stem, *load_dev_set(p), True) for p in labelled]
    sets += [dev_set(p.stem, *load_dev_set(p), False) for p in single]
    report = cross_validate(sets)
    return [
        Row(
            "stories",
            "B-cubed F1, cross-validated (mean of held-out folds)",
            report.mean_f1(s.name),
            baseline=f"dev {report.dev[s.name].f1:.1f}",
            target="≥ 95, dev − CV ≤ 2",
            data=p.name,
        )
        for s, p in zip(sets, labelled, strict=False)
    ]


def speed_rows(path: Path) -> list[Row]:
    """Words per second: plain spaCy `nlp.pipe` and the full extraction, on the same texts, same run."""
    from builder.core.model import Article
    from builder.extract.briefing import extract
    from builder.nlp.spacy_model import load_nlp
    from builder.sources.readers import lines_to_paragraphs

    texts = [r["text"] for r in read_jsonl(path)]
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
    ours_wps = words / (time.perf_counter() - start)
    return [
        Row("speed", "plain spaCy words/s", plain_wps, data=path.name),
        Row("speed", "full extraction words/s", ours_wps, data=path.name),
        Row("speed", "extraction / plain spaCy", ours_wps / plain_wps, target="close to 1", data=path.name),
    ]


TASKS: dict[str, Callable[[Path], list[Row]]] = {
    "actors": actor_rows,
    "summaries": summary_rows,
    "hedges": hedge_rows,
    "gifts": gift_rows,
    "rams": gift_rows,
    "stories": story_rows,
    "mmds": story_rows,
    "frank": single_outlet_rows,
    "bbc": single_outlet_rows,
    "speed": speed_rows,
}


def run(files: dict[str, Path | None], echo: Callable[[str], None]) -> list[Row]:
    """Run each task whose data file exists; say which were skipped and why."""
    rows: list[Row] = []
    for task, runner in TASKS.items():
        path = files.get(task)
        if path is None:
            continue
        if not path.exists():
            echo(f"skipped {task}: {path} not found")
            continue
        echo(f"running {task} on {path} …")
        rows += runner(path)
    if files.get("stories") and files.get("mmds"):
        echo("cross-validating story grouping …")
        rows += story_cv_rows(files)
    return rows


def table(rows: list[Row]) -> str:
    """A Markdown table of the rows."""
    lines = ["| task | metric | value | baseline | target | data |", "|---|---|---:|---|---|---|"]
    for r in rows:
        value = (
            f"{r.value:,.0f}" if r.value >= 1000 else f"{r.value:.2f}" if r.value < 10 else f"{r.value:.1f}"
        )
        lines.append(f"| {r.task} | {r.metric} | {value} | {r.baseline} | {r.target} | {r.data} |")
    return "\n".join(lines)


def report(rows: list[Row], previous: dict[str, Any] | None = None) -> dict[str, Any]:
    """The committed report: rows plus when and where they were measured; tasks not rerun are kept."""
    today = dt.date.today().isoformat()
    rerun = {r.task for r in rows}
    kept = [r for r in (previous or {}).get("rows", []) if r["task"] not in rerun]
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
