"""The build, top to bottom: read sources → extract briefings → render pages → write docs/ → MkDocs."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from builder.cache import BriefingCache
from builder.directory import build_directory
from builder.evaluation.harness import load_report
from builder.executors import Executor, SerialExecutor
from builder.extract.briefing import extract
from builder.feed import FEED_PATH, atom_feed, site_settings
from builder.grouping import group_stories
from builder.model import Article, Briefing, Problem
from builder.nlp import load_nlp, parse
from builder.readers import DEFAULT_MAX_BYTES, read_sources
from builder.render import render_site
from builder.render_base import Page
from builder.site import build_site
from builder.stories import Story, build_story
from builder.writer import WriteReport, write_pages

ASSETS = ("briefing.css",)
BATCH_SIZE = 32  # articles per nlp.pipe call in one worker
PARALLEL_MIN = 16  # below this many uncached articles, starting workers costs more than it saves


@dataclass(frozen=True)
class Settings:
    """Where sources come from, where pages and the site go, and how extraction runs."""

    seeds: Path = Path("seeds")
    docs: Path = Path("docs")
    site: Path = Path("site")
    config: Path = Path("mkdocs.yml")
    max_bytes: int = DEFAULT_MAX_BYTES
    cache: Path | None = Path(".cache/briefings")


@dataclass(frozen=True)
class BuildResult:
    """What one build did."""

    briefings: tuple[Briefing, ...]
    problems: tuple[Problem, ...]
    written: WriteReport
    site_warnings: tuple[str, ...] = ()
    extracted: int = 0


def extract_batch(articles: list[Article]) -> list[Briefing | Problem]:
    """Parse and extract a batch in one `nlp.pipe` call; an article that fails becomes a Problem."""
    nlp = load_nlp()
    too_long = [a for a in articles if len(a.text) > nlp.max_length]
    results: list[Briefing | Problem] = [
        Problem(a.path, f"is {len(a.text):,} characters, over the model's {nlp.max_length:,}; skipped")
        for a in too_long
    ]
    for article, doc in parse([a for a in articles if a not in too_long], nlp):
        try:
            results.append(extract(article, doc))
        except Exception as exc:  # one bad source must never stop the build
            results.append(Problem(article.path, f"extraction failed ({type(exc).__name__}: {exc}); skipped"))
    return results


def batches(items: list[Article], workers: int) -> list[list[Article]]:
    """Batches of at most BATCH_SIZE, at least one per worker."""
    size = max(1, min(BATCH_SIZE, -(-len(items) // max(1, workers))))
    return [items[i : i + size] for i in range(0, len(items), size)]


def extract_all(
    articles: Iterable[Article], executor: Executor | None = None, cache: BriefingCache | None = None
) -> tuple[list[Briefing], list[Problem], int]:
    """Briefings in article order (cached where possible), problems, and how many were extracted afresh."""
    articles = list(articles)
    found = {a.id: b for a in articles if cache and (b := cache.get(a))}
    missing = [a for a in articles if a.id not in found]
    if executor is None or len(missing) < PARALLEL_MIN:
        executor = SerialExecutor()
    problems: list[Problem] = []
    for batch in executor.map(extract_batch, batches(missing, getattr(executor, "workers", 1))):
        for result in batch:
            if isinstance(result, Problem):
                problems.append(result)
                continue
            found[result.article.id] = result
            if cache:
                cache.put(result)
    return [found[a.id] for a in articles if a.id in found], problems, len(missing)


def build_stories(briefings: list[Briefing]) -> list[Story]:
    """Group the briefings into stories and merge each group."""
    by_id = {b.article.id: b for b in briefings}
    return [build_story(g.id, [by_id[a] for a in g.article_ids]) for g in group_stories(briefings)]


def static_assets() -> list[Page]:
    """Stylesheets the generated pages rely on, written like any generated page."""
    folder = resources.files("builder.assets")
    return [Page(f"assets/{name}", folder.joinpath(name).read_text(encoding="utf-8")) for name in ASSETS]


def generate(settings: Settings, executor: Executor | None = None) -> BuildResult:
    """Read, extract, render and write; no MkDocs."""
    articles, problems = read_sources(settings.seeds, settings.max_bytes)
    cache = BriefingCache(settings.cache) if settings.cache else None
    briefings, failed, extracted = extract_all(articles, executor, cache)
    stories = build_stories(briefings)
    profiles = build_directory(briefings, stories)
    name, base = site_settings(settings.config)
    feed = Page(FEED_PATH, atom_feed(briefings, stories, name, base))
    pages = [*render_site(briefings, stories, profiles, load_report()), feed, *static_assets()]
    report = write_pages(pages, settings.docs)
    problems = tuple(problems + failed) + report.problems
    return BuildResult(tuple(briefings), problems, report, extracted=extracted)


def build(settings: Settings, executor: Executor | None = None, with_site: bool = True) -> BuildResult:
    """The whole pipeline, ending with `mkdocs build --strict`."""
    result = generate(settings, executor)
    if not with_site:
        return result
    warnings = build_site(settings.config, settings.docs, settings.site)
    return BuildResult(result.briefings, result.problems, result.written, tuple(warnings), result.extracted)
