"""`briefing check`: validate sources and the MkDocs config without building, for pre-commit hooks and CI."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import click
from mkdocs.config import load_config
from mkdocs.exceptions import MkDocsException

from builder.core.model import Problem
from builder.sources.readers import DEFAULT_MAX_BYTES, read_sources

os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")  # Material 9.8's end-of-life banner
PATHS = click.Path(path_type=Path)
MISSING_DOCS = "Config value 'docs_dir': The path"  # docs/ is created by `briefing build`, so not a problem


class _Collect(logging.Handler):
    """MkDocs' own warnings and errors, as (severity, message)."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[tuple[str, str]] = []

    def emit(self, record: logging.LogRecord) -> None:
        severity = "error" if record.levelno >= logging.ERROR else "warning"
        self.records.append((severity, " ".join(record.getMessage().split())))


@contextmanager
def _mkdocs_messages() -> Iterator[_Collect]:
    collector = _Collect()
    logger = logging.getLogger("mkdocs")
    logger.addHandler(collector)
    try:
        yield collector
    finally:
        logger.removeHandler(collector)


def check_config(config: Path) -> list[Problem]:
    """Load the MkDocs config as `mkdocs build` would, without building; one Problem per message."""
    if not config.is_file():
        return [Problem(str(config), "MkDocs config not found; pass --config or run from the project folder")]
    problems: list[Problem] = []
    with _mkdocs_messages() as collector:
        try:
            load_config(config_file=str(config), strict=False)
        except MkDocsException as exc:  # unreadable YAML, or the errors collected below
            if not collector.records:
                problems.append(Problem(str(config), " ".join(str(exc).split())))
    for severity, message in collector.records:
        if (
            severity == "error"
            and message.startswith(MISSING_DOCS)
            and "isn't an existing directory" in message
        ):
            continue
        problems.append(Problem(str(config), message, "error" if severity == "error" else "warning"))
    return problems


def summary(articles: int, problems: list[Problem]) -> str:
    """One line: how many articles, errors and warnings."""
    errors = sum(p.severity == "error" for p in problems)
    return f"{articles} article(s) readable; {errors} error(s), {len(problems) - errors} warning(s)"


@click.command()
@click.option(
    "--seeds", type=PATHS, default=Path("seeds"), show_default=True, help="Folder of source articles."
)
@click.option("--config", type=PATHS, default=Path("mkdocs.yml"), show_default=True, help="MkDocs config.")
@click.option("--strict", is_flag=True, help="Exit 1 on warnings too, not only on errors.")
@click.option(
    "--max-bytes", type=int, default=DEFAULT_MAX_BYTES, show_default=True, help="Size limit per source."
)
def check(seeds: Path, config: Path, strict: bool, max_bytes: int) -> None:
    """Check every source in SEEDS and the MkDocs config without building; exit 1 if anything is wrong."""
    articles, problems = read_sources(seeds, max_bytes)
    if not articles and not problems:
        problems.append(Problem(str(seeds), "has no source files", "warning"))
    problems += check_config(config)
    for problem in problems:
        click.secho(str(problem), fg="red" if problem.severity == "error" else "yellow")
    click.echo(summary(len(articles), problems))
    if any(p.severity == "error" or strict for p in problems):
        raise click.exceptions.Exit(1)
