"""The build, top to bottom: read sources → extract briefings → render pages → write docs/ → MkDocs."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from spacy.language import Language

from builder.extract import extract
from builder.model import Article, Briefing, Problem
from builder.nlp import load_nlp, parse
from builder.readers import DEFAULT_MAX_BYTES, read_sources
from builder.render import Page, render_site
from builder.site import build_site
from builder.writer import WriteReport, write_pages

ASSETS = ("briefing.css",)


@dataclass(frozen=True)
class Settings:
    """Where sources come from and where pages and the site go."""

    seeds: Path = Path("seeds")
    docs: Path = Path("docs")
    site: Path = Path("site")
    config: Path = Path("mkdocs.yml")
    max_bytes: int = DEFAULT_MAX_BYTES


@dataclass(frozen=True)
class BuildResult:
    """What one build did."""

    briefings: tuple[Briefing, ...]
    problems: tuple[Problem, ...]
    written: WriteReport
    site_warnings: tuple[str, ...] = ()


def extract_all(articles: Iterable[Article], nlp: Language | None = None) -> tuple[list[Briefing], list[Problem]]:
    """Briefings for every article; an article that fails is reported, the others go on."""
    briefings, problems = [], []
    for article, doc in parse(articles, nlp or load_nlp()):
        try:
            briefings.append(extract(article, doc))
        except Exception as exc:  # one bad source must never stop the build
            problems.append(Problem(article.path, f"extraction failed ({type(exc).__name__}: {exc}); skipped"))
    return briefings, problems


def static_assets() -> list[Page]:
    """Stylesheets the generated pages rely on, written like any generated page."""
    folder = resources.files("builder.assets")
    return [Page(f"assets/{name}", folder.joinpath(name).read_text(encoding="utf-8")) for name in ASSETS]


def generate(settings: Settings, nlp: Language | None = None) -> BuildResult:
    """Read, extract, render and write; no MkDocs."""
    articles, problems = read_sources(settings.seeds, settings.max_bytes)
    briefings, failed = extract_all(articles, nlp)
    report = write_pages(render_site(briefings) + static_assets(), settings.docs)
    return BuildResult(tuple(briefings), tuple(problems + failed) + report.problems, report)


def build(settings: Settings, nlp: Language | None = None, with_site: bool = True) -> BuildResult:
    """The whole pipeline, ending with `mkdocs build --strict`."""
    result = generate(settings, nlp)
    if not with_site:
        return result
    warnings = build_site(settings.config, settings.docs, settings.site)
    return BuildResult(result.briefings, result.problems, result.written, tuple(warnings))
