"""The builder after grouping, and the site step, at scale: `.venv/bin/python benchmarks/after_grouping.py`.

Everything `briefing build` does except reading, extraction and story grouping, on synthetic briefings
(tests/factories.py: no spaCy): the real `pipeline.generate` with those three stages replaced (stories are
consecutive threes, ten stories a thread), then the real site step. Steps, each in a fresh process, CPU
seconds per stage:

    after_grouping.py --work /tmp/ag --size 5000 cold       # first build (full MkDocs: minutes at 5,000)
    after_grouping.py --work /tmp/ag --size 5000 add        # one more article, the newest
    after_grouping.py --work /tmp/ag --size 5000 same       # nothing changed
    after_grouping.py --work /tmp/ag --size 5000 add --time builder.publish.site:link_tree

`add` adds article number N+k for the k-th call (dated after all others; it joins the last story of three or
starts one), so it can be repeated; `--no-site` skips the site step; `--time module:attr` adds a timer around
any function (CPU seconds, summed); `--profile FILE` writes a cProfile (CPU clock; it inflates call-heavy code
2-3x, so read it for where, and the timers for how much).
"""

from __future__ import annotations

import argparse
import cProfile
import dataclasses
import gc
import importlib
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:0] = [str(ROOT)]

from builder import pipeline  # noqa: E402
from builder.core.collector import cyclic_gc  # noqa: E402
from builder.stories.merge import build_story, with_threads  # noqa: E402
from builder.stories.threads import thread_id  # noqa: E402
from tests.factories import synthetic_briefings  # noqa: E402

STORY = 3  # articles a story
THREAD = 10  # stories a thread
STAGES = {
    "profiles": ("build_directory",),
    "history": ("record_build", "save_history"),
    "render": ("render_site", "atom_feed"),
    "write": ("write_pages",),
    "site": ("build_site",),
}


def settings(work: Path, date: str) -> pipeline.Settings:
    return pipeline.Settings(
        seeds=work / "seeds",
        docs=work / "docs",
        site=work / "site",
        config=work / "mkdocs.yml",
        cache=work / "cache",
        build_date=date,
    )


def install(size: int, count: int, clock: dict[str, float]) -> None:
    """Replace reading, extraction and grouping in `pipeline` by synthetic ones; time the other stages."""
    briefings = synthetic_briefings(count)
    for n in range(size, count):  # an added article is the newest, as news is
        article = dataclasses.replace(briefings[n].article, date=f"2026-11-{1 + (n - size) % 28:02d}")
        briefings[n] = dataclasses.replace(briefings[n], article=article)
    by_id = {b.article.id: b for b in briefings}

    def read_sources(*args: Any, **kwargs: Any) -> tuple[list, list]:
        return [b.article for b in briefings], []

    def extract_all(articles: list, *args: Any, **kwargs: Any) -> tuple[list, list, int]:
        return [by_id[a.id] for a in articles], [], 0

    def build_stories(found: list, cache: Any = None, *unused: Any, **also_unused: Any) -> list:
        # the real one's facts, pairs and identity are grouping's, which this replaces
        stories, threads = [], {}
        for n, start in enumerate(range(0, len(found), STORY)):
            members = found[start : start + STORY]
            story_id = f"story-{start:05d}"
            story = (
                build_story(story_id, members)
                if cache is None
                else cache.get_or_build(story_id, members, lambda m=members, s=story_id: build_story(s, m))
            )
            stories.append(story)
            threads[story_id] = thread_id(f"story-{n // THREAD * THREAD * STORY:05d}")
        if cache is not None:
            cache.save()
        return with_threads(stories, threads)

    pipeline.read_sources = read_sources
    pipeline.extract_all = extract_all
    pipeline.build_stories = build_stories
    for stage, names in STAGES.items():
        for name in names:
            setattr(pipeline, name, timed(stage, getattr(pipeline, name), clock))


def timed(stage: str, fn: Callable[..., Any], clock: dict[str, float]) -> Callable[..., Any]:
    def run(*args: Any, **kwargs: Any) -> Any:
        start = time.process_time()
        try:
            return fn(*args, **kwargs)
        finally:
            clock[stage] = clock.get(stage, 0.0) + time.process_time() - start

    return run


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("step", choices=("cold", "add", "same"))
    parser.add_argument("--work", type=Path, required=True)
    parser.add_argument("--size", type=int, default=5000)
    parser.add_argument("--no-site", action="store_true")
    parser.add_argument(
        "--site-builder",
        help="Tell the site step this builder id, not the code's fingerprint: code changes that leave docs/ "
        "as it was then keep the site incremental.",
    )
    parser.add_argument("--site-gc", choices=("on", "off"), default="on", help="Cyclic GC in the site step.")
    parser.add_argument("--time", action="append", default=[], help="Also time module:attr (dotted attr).")
    parser.add_argument("--profile", type=Path, help="Write a cProfile of the build here.")
    args = parser.parse_args(argv)
    state_file = args.work / "after_grouping.json"
    state = json.loads(state_file.read_text()) if state_file.exists() else {"added": 0}
    if args.step == "cold":
        args.work.mkdir(parents=True, exist_ok=True)
        (args.work / "mkdocs.yml").write_text((ROOT / "mkdocs.yml").read_text())
        state = {"added": 0}
    elif args.step == "add":
        state["added"] += 1
    count = args.size + state["added"]
    clock: dict[str, float] = {}
    start_cpu, start_wall = time.process_time(), time.perf_counter()
    install(args.size, count, clock)
    clock["setup"] = time.process_time() - start_cpu
    if args.site_builder or args.site_gc == "off":
        site_step = pipeline.build_site

        def build_site(*a: Any, **k: Any) -> Any:
            k["builder"] = args.site_builder or k.get("builder", "")
            with cyclic_gc(args.site_gc == "on"):
                return site_step(*a, **k)

        pipeline.build_site = build_site
    for spec in args.time:
        module, attr = spec.split(":")
        owner = importlib.import_module(module)
        *path, name = attr.split(".")
        for part in path:
            owner = getattr(owner, part)
        setattr(owner, name, timed(spec.split(":")[1], getattr(owner, name), clock))
    gc_started: list[float] = []

    def gc_clock(phase: str, info: dict[str, int]) -> None:  # CPU time in cyclic collections
        if phase == "start":
            gc_started.append(time.process_time())
        elif gc_started:
            clock["gc"] = clock.get("gc", 0.0) + time.process_time() - gc_started.pop()

    gc.callbacks.append(gc_clock)
    date = f"2026-12-{1 + state['added'] % 28:02d}"
    profile = cProfile.Profile(time.process_time) if args.profile else None
    start_cpu, start_wall = time.process_time(), time.perf_counter()
    if profile:
        profile.enable()
    result = pipeline.build(settings(args.work, date), with_site=not args.no_site)
    if profile:
        profile.disable()
        profile.dump_stats(args.profile)
    cpu, wall = time.process_time() - start_cpu, time.perf_counter() - start_wall
    state_file.write_text(json.dumps(state))
    (args.work / "written.txt").write_text("".join(f"{p}\n" for p in result.written.written))
    site = result.site.describe() if result.site else "no site step"
    shown = ", ".join(f"{k} {v:.2f}" for k, v in clock.items())
    print(f"{args.step} ({count} articles): {cpu:.2f} s CPU, {wall:.2f} s wall; {shown}")
    print(f"  written {len(result.written.written)}, up to date {result.up_to_date}; {site}")


if __name__ == "__main__":
    main()
