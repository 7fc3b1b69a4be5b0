"""The `briefing` command line: a thin layer over builder.pipeline."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from builder import pipeline
from builder.core.errors import BriefingError
from builder.core.model import Problem
from builder.options import PATHS, cache_option, config_option, docs_option, require_config, seeds_option
from builder.runtime.executors import make_executor
from builder.runtime.jsonio import briefing_to_dict, story_to_dict
from builder.serve import serve
from builder.sources.check import check
from builder.sources.readers import DEFAULT_MAX_BYTES, SourceError, display_path, read_articles


def report_problems(problems: tuple[Problem, ...] | list[Problem]) -> None:
    for problem in problems:
        click.secho(str(problem), err=True, fg="red" if problem.severity == "error" else "yellow")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="briefing-builder")
def main() -> None:
    """Turn news articles into a briefing site (MkDocs + Material)."""


@main.command()
@seeds_option
@docs_option
@click.option("--site", type=PATHS, default=Path("site"), show_default=True, help="Where the site is built.")
@config_option
@click.option("--no-site", is_flag=True, help="Only generate the Markdown pages; skip MkDocs.")
@click.option("--strict", is_flag=True, help="Exit non-zero if any source had a problem.")
@click.option("--full", is_flag=True, help="Rebuild the whole site, even if an incremental build would do.")
@click.option(
    "--max-bytes", type=int, default=DEFAULT_MAX_BYTES, show_default=True, help="Size limit per source."
)
@cache_option
@click.option("--no-cache", is_flag=True, help="Extract every article afresh.")
@click.option(
    "--executor", default="local", show_default=True, help="local, serial, dask or tcp://HOST:PORT."
)
@click.option("--workers", type=int, default=None, help="Local worker processes (default: all cores).")
@click.option(
    "--history-days",
    type=click.IntRange(min=1),
    default=pipeline.DEFAULT_DAYS,
    show_default=True,
    help="Days of entries the build log (What's new) keeps.",
)
def build(
    seeds: Path,
    docs: Path,
    site: Path,
    config: Path,
    no_site: bool,
    strict: bool,
    full: bool,
    max_bytes: int,
    cache: Path,
    no_cache: bool,
    executor: str,
    workers: int | None,
    history_days: int,
) -> None:
    """Generate briefing pages from SEEDS into DOCS and build the site with `mkdocs build --strict`.

    Only pages whose Markdown changed are rebuilt, nothing at all when nothing changed; --full rebuilds all.
    """
    if not no_site:
        require_config(config)
    try:
        runner = make_executor(executor, workers)
    except (ValueError, ImportError) as exc:
        raise BriefingError(f"--executor {executor}: {exc}") from None
    settings = pipeline.Settings(
        seeds=seeds,
        docs=docs,
        site=site,
        config=config,
        max_bytes=max_bytes,
        cache=None if no_cache else cache,
        history_days=history_days,
    )
    result = pipeline.build(settings, runner, with_site=not no_site, full=full)
    report_problems(result.problems)
    w = result.written
    if result.up_to_date:
        click.echo(f"{docs} is up to date with {seeds}: nothing to extract or write")
    else:
        click.echo(
            f"{len(result.briefings)} briefings from {seeds} ({result.extracted} extracted, the rest "
            f"cached); pages: {len(w.written)} written, "
            f"{len(w.unchanged)} unchanged, {len(w.removed)} removed in {docs}"
        )
    if result.site is not None:
        click.echo(f"{result.site.describe()} in {site}")
    if strict and result.problems:
        raise BriefingError(f"{len(result.problems)} problem(s) with the sources (--strict)")


def _expand(paths: tuple[Path, ...]) -> list[tuple[Path, Path]]:
    """(file, root) pairs: files as given, folders expanded to their source files."""
    from builder.sources.readers import source_files

    pairs = []
    for path in paths:
        if path.is_dir():
            pairs.extend((f, path) for f in source_files(path))
        elif path.exists():
            pairs.append((path, path.parent))
        else:
            raise BriefingError(f"{path}: no such file or folder")
    return pairs


def _read_paths(paths: tuple[Path, ...]) -> tuple[list, list[Problem]]:
    """Articles from files and folders given on the command line, and the problems with the rest."""
    articles, problems = [], []
    for path, root in _expand(paths):
        try:
            articles.extend(read_articles(path, root)[0])  # a feed holds several articles
        except SourceError as exc:
            problems.append(Problem(display_path(path), str(exc)))
        except OSError as exc:
            problems.append(Problem(display_path(path), f"cannot be read: {exc.strerror or exc}"))
    return articles, problems


def _extract_paths(paths: tuple[Path, ...]) -> tuple[list, list[Problem]]:
    articles, problems = _read_paths(paths)
    briefings, failed, _ = pipeline.extract_all(articles)
    report_problems(problems + failed)
    return briefings, problems + failed


def _print_json(data: object) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


@main.command()
@click.argument("paths", nargs=-1, required=True, type=PATHS)
@click.option("--format", "fmt", type=click.Choice(["json"]), default="json", show_default=True)
def extract(paths: tuple[Path, ...], fmt: str) -> None:
    """Print the briefings of source files (or folders of them) as JSON; schema in the README."""
    briefings, problems = _extract_paths(paths)
    _print_json([briefing_to_dict(b) for b in briefings])
    if problems:
        sys.exit(1)


@main.command()
@click.argument("paths", nargs=-1, required=True, type=PATHS)
@click.option("--format", "fmt", type=click.Choice(["json"]), default="json", show_default=True)
def stories(paths: tuple[Path, ...], fmt: str) -> None:
    """Print how source files group into stories, with each story's merged gifts, as JSON."""
    briefings, problems = _extract_paths(paths)
    _print_json([story_to_dict(s) for s in pipeline.build_stories(briefings)])
    if problems:
        sys.exit(1)


main.add_command(check)
main.add_command(serve)


def _eval_files(dev: Path | None, given: dict[str, Path | None]) -> dict[str, Path | None]:
    """Files per task: explicit options win; --dev fills the rest from the standard dev-set layout."""
    from builder.evaluation.harness import DEV_FILES, PROJECT_FILES, PROJECT_GOLD

    files = dict(given)
    if dev is not None:
        for task, rel in DEV_FILES.items():
            files[task] = files.get(task) or dev / rel
        for task, rel in PROJECT_FILES.items():
            files[task] = files.get(task) or PROJECT_GOLD / rel
        files["speed"] = files.get("speed") or files.get("summaries")
    return files


@main.command("eval")
@click.option("--dev", type=PATHS, help="Folder with the standard dev sets (fills every task below).")
@click.option("--actors", type=PATHS, help="CoNLL-2003-shaped JSONL: entity and key-actor scores.")
@click.option("--summaries", type=PATHS, help="CNN/DM-shaped JSONL: ROUGE of the bottom line vs Lead-3.")
@click.option("--hedges", type=PATHS, help="Szeged-shaped JSONL: uncertain-sentence P/R/F1.")
@click.option("--gifts", type=PATHS, help="gifts_written-shaped JSONL: gift triple P/R/F1.")
@click.option("--rams", type=PATHS, help="RAMS gift events JSONL: giver/recipient P/R/F1.")
@click.option("--stories", type=PATHS, help="ECB+-shaped JSONL: story grouping B-cubed P/R/F1.")
@click.option("--mmds", type=PATHS, help="MMDS-shaped JSONL: story grouping B-cubed P/R/F1.")
@click.option(
    "--frank",
    type=PATHS,
    help="FRANK JSONL (or its folder): one outlet's articles on different happenings; counts merges. "
    "With --stories and --mmds, story grouping is also cross-validated.",
)
@click.option("--bbc", type=PATHS, help="briefing_gold-shaped JSONL of one outlet: counts story merges.")
@click.option(
    "--briefing-gold",
    "briefing_gold",
    type=PATHS,
    help="briefing_gold gold.jsonl (articles.jsonl beside it): actors, concerns, questions, gifts.",
)
@click.option(
    "--gifts-real",
    "gifts_real",
    type=PATHS,
    help="bbc_gifts gold.jsonl (articles.jsonl beside it): gifts on real news, precision first.",
)
@click.option(
    "--gifts-news",
    "gifts_news",
    type=PATHS,
    help="Gift gold kept as ids and offsets into the dev sets (tests/gold/); needs --dev for the texts.",
)
@click.option(
    "--briefing-news",
    "briefing_news",
    type=PATHS,
    help="Actor, concern and question gold kept as ids and offsets into the FRANK dev texts (tests/gold/); "
    "needs --dev for the texts.",
)
@click.option("--speed", type=PATHS, help="Any JSONL with a `text` field: words per second vs plain spaCy.")
@click.option(
    "--only",
    "only",
    multiple=True,
    help="Run only these tasks (repeat; names as the options above, e.g. --only gifts_news).",
)
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
@click.option("--write-report", is_flag=True, help="Refresh the accuracy report published on the site.")
def evaluate(
    dev: Path | None, only: tuple[str, ...], as_json: bool, write_report: bool, **given: Path | None
) -> None:
    """Measure the extractors on gold data; missing files are skipped with a message."""
    from builder.evaluation import harness

    files = _eval_files(dev, given)
    unknown = sorted(set(only) - set(harness.TASKS))
    if unknown:
        raise BriefingError(f"unknown task {unknown[0]!r}; tasks: {', '.join(harness.TASKS)}")
    if only:
        files = {task: path for task, path in files.items() if task in only}
    if not any(files.values()):
        raise BriefingError("nothing to evaluate: pass --dev DIR or at least one data file option")
    rows = harness.run(files, lambda line: click.echo(line, err=True), dev)
    if as_json:
        json.dump([r.as_dict() for r in rows], sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        click.echo(harness.table(rows))
    if write_report and rows:
        click.echo(f"report written to {harness.write_report(rows)}", err=True)


if __name__ == "__main__":
    main()
