"""Cache packs, msgpack against pickle: `.venv/bin/python benchmarks/packs.py [--size 1000] [--work DIR]`.

Extracts a synthetic corpus (benchmarks/corpus.py; kept in WORK, so a second run skips extraction), groups
and merges its stories, then writes and reads the briefings pack and the stories pack both ways, alternating,
with the cyclic collector paused as the build does. Prints the median CPU time of each and the sizes. pickle
is used here only as the yardstick: the build no longer reads or writes it.
"""

from __future__ import annotations

import argparse
import pickle
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE)]

import corpus  # noqa: E402 - benchmarks/ is a folder of scripts, not a package

from builder import pipeline  # noqa: E402
from builder.core.collector import cyclic_gc  # noqa: E402
from builder.core.model import Briefing  # noqa: E402
from builder.runtime import packing  # noqa: E402
from builder.runtime.cache import BriefingCache  # noqa: E402
from builder.runtime.derived import StoryCache  # noqa: E402
from builder.runtime.executors import ProcessExecutor  # noqa: E402
from builder.sources.readers import read_sources  # noqa: E402
from builder.stories.merge import Story  # noqa: E402

WORKERS = 2


def entries(size: int, work: Path) -> tuple[dict[str, Briefing], dict[str, Story]]:
    """The briefings and merged stories of a corpus of `size` articles, as the caches pack them.

    The briefings are extracted afresh once and kept in WORK as a pickle: objects decoded from JSON share no
    strings and pickle twice as large, objects from a pack share every equal string; fresh extraction is what
    the old pickle pack held, so that is what both formats are timed on.
    """
    kept = work / f"extracted-{size}.pickle"
    if not kept.is_file():
        seeds = work / "seeds"
        shutil.rmtree(seeds, ignore_errors=True)
        corpus.write_corpus(seeds, size)
        articles, _ = read_sources(seeds)
        briefings, _, _ = pipeline.extract_all(articles, ProcessExecutor(WORKERS))
        kept.write_bytes(pickle.dumps(briefings, protocol=pickle.HIGHEST_PROTOCOL))
    briefings = pickle.loads(kept.read_bytes())
    cache = BriefingCache(work / "cache")
    stories = StoryCache(work / "stories", "benchmark")  # what the build packs: stories before their threads
    pipeline.build_stories(briefings, stories)
    return {cache.key(b.article): b for b in briefings}, stories.used


def timed_into(fn: Callable[[], object], runs: list[float]) -> None:
    """CPU time of one call, in ms: on a shared machine, waiting for a core is not the format's cost."""
    start = time.process_time()
    fn()
    runs.append((time.process_time() - start) * 1000)


def compare(kind: str, tp: type, items: dict, repeats: int) -> dict[str, float]:
    """Write and read times (ms, median) and sizes (bytes) of one pack, pickle against msgpack."""
    pickled = pickle.dumps(items, protocol=pickle.HIGHEST_PROTOCOL)
    packed = packing.dumps(kind, tp, items)
    assert packing.loads(packed, kind, tp) == items
    runs: dict[str, list[float]] = {k: [] for k in ("pickle write", "pickle read", "pack write", "pack read")}
    with cyclic_gc(False):
        for _ in range(repeats):  # alternating, so a busy spell on the machine hits both alike
            timed_into(lambda: pickle.dumps(items, protocol=pickle.HIGHEST_PROTOCOL), runs["pickle write"])
            timed_into(lambda: packing.dumps(kind, tp, items), runs["pack write"])
            timed_into(lambda: pickle.loads(pickled), runs["pickle read"])
            timed_into(lambda: packing.loads(packed, kind, tp), runs["pack read"])
    result = {k: statistics.median(v) for k, v in runs.items()}
    return {**result, "pickle bytes": len(pickled), "pack bytes": len(packed)}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=300, help="Articles in the synthetic corpus.")
    parser.add_argument("--repeats", type=int, default=21, help="Timed rounds (median reported).")
    parser.add_argument("--work", type=Path, help="Keep the corpus and its extraction cache here.")
    args = parser.parse_args(argv)
    work = args.work or Path(tempfile.mkdtemp(prefix="packs-"))
    briefings, stories = entries(args.size, work)
    print(f"{len(briefings)} briefings, {len(stories)} stories; median CPU time of {args.repeats} runs")
    print("| pack | pickle write | msgpack write | pickle read | msgpack read | pickle size | msgpack size |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for kind, tp, items in (("briefings", Briefing, briefings), ("stories", Story, stories)):
        r = compare(kind, tp, items, args.repeats)
        print(
            f"| {kind} | {r['pickle write']:.1f} ms | {r['pack write']:.1f} ms | {r['pickle read']:.1f} ms "
            f"| {r['pack read']:.1f} ms | {r['pickle bytes'] / 1e6:.2f} MB | {r['pack bytes'] / 1e6:.2f} MB |"
        )


if __name__ == "__main__":
    main()
