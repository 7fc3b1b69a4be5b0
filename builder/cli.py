"""The `briefing` command line: a thin layer over builder.pipeline."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from builder import pipeline
from builder.errors import BriefingError
from builder.jsonio import briefing_to_dict
from builder.model import Problem
from builder.readers import DEFAULT_MAX_BYTES, read_article, SourceError

PATHS = click.Path(path_type=Path)


def report_problems(problems: tuple[Problem, ...] | list[Problem]) -> None:
    for problem in problems:
        click.secho(str(problem), err=True, fg="red" if problem.severity == "error" else "yellow")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="briefing-builder")
def main() -> None:
    """Turn news articles into a briefing site (MkDocs + Material)."""


@main.command()
@click.option("--seeds", type=PATHS, default=Path("seeds"), show_default=True, help="Folder of source articles.")
@click.option("--docs", type=PATHS, default=Path("docs"), show_default=True, help="Where pages are generated.")
@click.option("--site", type=PATHS, default=Path("site"), show_default=True, help="Where the site is built.")
@click.option("--config", type=PATHS, default=Path("mkdocs.yml"), show_default=True, help="MkDocs config.")
@click.option("--no-site", is_flag=True, help="Only generate the Markdown pages; skip MkDocs.")
@click.option("--strict", is_flag=True, help="Exit non-zero if any source had a problem.")
@click.option("--max-bytes", type=int, default=DEFAULT_MAX_BYTES, show_default=True, help="Size limit per source.")
def build(seeds: Path, docs: Path, site: Path, config: Path, no_site: bool, strict: bool, max_bytes: int) -> None:
    """Generate briefing pages from SEEDS into DOCS and build the site with `mkdocs build --strict`."""
    if not no_site and not config.is_file():
        raise BriefingError(f"{config}: MkDocs config not found; pass --config or run from the project folder")
    settings = pipeline.Settings(seeds=seeds, docs=docs, site=site, config=config, max_bytes=max_bytes)
    result = pipeline.build(settings, with_site=not no_site)
    report_problems(result.problems)
    w = result.written
    click.echo(
        f"{len(result.briefings)} briefings from {seeds}; pages: {len(w.written)} written, "
        f"{len(w.unchanged)} unchanged, {len(w.removed)} removed in {docs}"
    )
    if not no_site:
        click.echo(f"Site built into {site}")
    if strict and result.problems:
        raise BriefingError(f"{len(result.problems)} problem(s) with the sources (--strict)")


def _expand(paths: tuple[Path, ...]) -> list[tuple[Path, Path]]:
    """(file, root) pairs: files as given, folders expanded to their source files."""
    from builder.readers import source_files

    pairs = []
    for path in paths:
        if path.is_dir():
            pairs.extend((f, path) for f in source_files(path))
        elif path.exists():
            pairs.append((path, path.parent))
        else:
            raise BriefingError(f"{path}: no such file or folder")
    return pairs


@main.command()
@click.argument("paths", nargs=-1, required=True, type=PATHS)
@click.option("--format", "fmt", type=click.Choice(["json"]), default="json", show_default=True)
def extract(paths: tuple[Path, ...], fmt: str) -> None:
    """Print the briefings of source files (or folders of them) as JSON; schema in the README."""
    articles, problems = [], []
    for path, root in _expand(paths):
        try:
            articles.append(read_article(path, root)[0])
        except SourceError as exc:
            problems.append(Problem(str(path), str(exc)))
    briefings, failed = pipeline.extract_all(articles)
    report_problems(problems + failed)
    json.dump([briefing_to_dict(b) for b in briefings], sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    if problems or failed:
        sys.exit(1)
