"""Largest pages of a big site: `.venv/bin/python benchmarks/page_sizes.py [--size 1000] [--no-mkdocs]`.

Renders the pages of `size` synthetic briefings (tests/factories.py: invented names and sentences, no spaCy),
stories of three articles each and the actor directory, writes them with the project's mkdocs.yml into a
temporary folder and runs a real `mkdocs build --strict`. Prints the largest Markdown and HTML page of each
section, so the claim "no generated page over 300 KB" can be checked at any size.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:0] = [str(ROOT)]

from builder.pipeline import static_assets  # noqa: E402
from builder.site.render import render_site  # noqa: E402
from builder.site.writer import write_pages  # noqa: E402
from builder.stories.directory import build_directory  # noqa: E402
from builder.stories.merge import build_story  # noqa: E402
from tests.factories import synthetic_briefings  # noqa: E402


def section(path: str) -> str:
    parts = path.split("/")
    return "/".join(parts[:2]) if len(parts) > 2 and parts[1] in {"all", "kinds"} else parts[0]


def largest(sizes: dict[str, int], count: int = 1) -> list[tuple[str, int]]:
    """The largest page of each section."""
    by_section: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for path, size in sizes.items():
        by_section[section(path)].append((size, path))
    return sorted(
        ((path, size) for found in by_section.values() for size, path in sorted(found)[-count:]),
        key=lambda item: -item[1],
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=1000, help="Synthetic briefings.")
    parser.add_argument("--no-mkdocs", action="store_true", help="Only render and measure the Markdown.")
    parser.add_argument("--work", type=Path, help="Build here (kept) instead of a temporary folder.")
    args = parser.parse_args(argv)
    work = args.work or Path(tempfile.mkdtemp(prefix="page-sizes-"))
    start = time.perf_counter()
    briefings = synthetic_briefings(args.size)
    stories = [build_story(f"story-{i}", briefings[i : i + 3]) for i in range(0, len(briefings), 3)]
    pages = render_site(briefings, stories, build_directory(briefings, stories))
    print(f"{args.size} briefings: {len(pages)} pages rendered in {time.perf_counter() - start:.1f} s")
    markdown = {p.path: len(p.content.encode()) for p in pages}
    print("largest Markdown page of each section:")
    for path, size in largest(markdown):
        print(f"  {size / 1024:7.1f} KB  {path}")
    if args.no_mkdocs:
        return
    write_pages([*pages, *static_assets()], work / "docs")
    shutil.copy(ROOT / "mkdocs.yml", work / "mkdocs.yml")
    start = time.perf_counter()
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-f", str(work / "mkdocs.yml")]
    subprocess.run(command, check=True)
    print(f"mkdocs build --strict: {time.perf_counter() - start:.1f} s")
    html = {str(p.relative_to(work / "site")): p.stat().st_size for p in (work / "site").rglob("*.html")}
    print(f"largest HTML page of each section ({len(html)} pages):")
    for path, size in largest(html):
        print(f"  {size / 1024:7.1f} KB  {path}")


if __name__ == "__main__":
    main()
