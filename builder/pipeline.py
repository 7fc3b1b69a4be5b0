"""The build, top to bottom: read sources → extract briefings → render pages → write docs/ → MkDocs."""

from __future__ import annotations

import dataclasses
import functools
import gc
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from builder.core.collector import cyclic_gc, existing_frozen
from builder.core.files import atomic_write
from builder.core.model import Article, Briefing, Problem
from builder.data import load_report
from builder.history import build_date, record_build, save_history
from builder.history.log import DEFAULT_DAYS
from builder.nlp import import_spacy
from builder.publish.site import SiteReport, build_site
from builder.runtime.cache import BriefingCache, extractor_fingerprint
from builder.runtime.derived import FactsCache, PageCache, PairCache, StoryCache
from builder.runtime.executors import Executor, SerialExecutor
from builder.runtime.reads import ReadCache
from builder.site.base import Page
from builder.site.feed import FEED_PATH, atom_feed, site_settings
from builder.site.memo import PageMemo
from builder.site.render import render_site
from builder.site.writer import StoredPages, WriteReport, load_manifest, write_pages
from builder.sources.readers import DEFAULT_MAX_BYTES, read_sources
from builder.stories.directory import build_directory
from builder.stories.grouping import group_stories
from builder.stories.identity import Identity
from builder.stories.merge import Story, build_story, with_threads

ASSETS = ("briefing.css",)
BATCH_SIZE = 32  # articles per nlp.pipe call in one worker
TAIL_BATCH = 4  # the smallest batch while more articles are left
PARALLEL_MIN = 16  # below this many uncached articles, starting workers costs more than it saves
INPUTS_FILE = ".briefing-inputs"  # in docs/, beside the writer's manifest: what the pages were made from


@dataclass(frozen=True)
class Settings:
    """Where sources come from, where pages and the site go, and how extraction runs."""

    seeds: Path = Path("seeds")
    docs: Path = Path("docs")
    site: Path = Path("site")
    config: Path = Path("mkdocs.yml")
    max_bytes: int = DEFAULT_MAX_BYTES
    cache: Path | None = Path(".cache/briefings")
    history_days: int = DEFAULT_DAYS  # the build log keeps this many days of entries
    build_date: str | None = None  # YYYY-MM-DD; None: SOURCE_DATE_EPOCH, else today in UTC


@dataclass(frozen=True)
class BuildResult:
    """What one build did."""

    briefings: tuple[Briefing, ...]
    problems: tuple[Problem, ...]
    written: WriteReport
    site_warnings: tuple[str, ...] = ()
    extracted: int = 0
    site: SiteReport | None = None  # what the site step did (None with `with_site=False`)
    up_to_date: bool = False  # nothing changed since the last write, so nothing was done


def extract_batch(articles: list[Article]) -> list[Briefing | Problem]:
    """Parse and extract a batch in one `nlp.pipe` call; an article that fails becomes a Problem."""
    import_spacy()  # spaCy is imported only when something is extracted, and without its command line
    from builder.extract.briefing import extract
    from builder.nlp.spacy_model import load_nlp, parse

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
    """Batches of at most BATCH_SIZE, at least one per worker, shrinking towards the end (guided scheduling).

    A batch is at most an equal share of what is left between the workers (halved), so the last batches are
    small and no worker sits idle for long while another finishes a large one.
    """
    workers = max(1, workers)
    out: list[list[Article]] = []
    start = 0
    while start < len(items):
        left = len(items) - start
        share = max(TAIL_BATCH, -(-left // (2 * workers))) if out else -(-left // workers)
        size = min(BATCH_SIZE, share, left)
        out.append(items[start : start + size])
        start += size
    return out


def extract_all(
    articles: Iterable[Article], executor: Executor | None = None, cache: BriefingCache | None = None
) -> tuple[list[Briefing], list[Problem], int]:
    """Briefings in article order (cached where possible), problems, and how many were extracted afresh."""
    articles = list(articles)
    found = {a.id: b for a in articles if cache and (b := cache.get(a))}
    missing = [a for a in articles if a.id not in found]
    if executor is None or len(missing) < PARALLEL_MIN:
        executor = SerialExecutor()
    # The objects that exist now (every cached briefing: millions at 5,000 articles) stay out of the
    # collector's sight while the model loads and articles are extracted, where it is on: a full collection
    # would scan them all (0.3-0.4 s of a build with one new article), and none of them is garbage.
    frozen = bool(missing) and gc.get_freeze_count() == 0
    if frozen:
        gc.freeze()
    try:
        problems = _extract_missing(missing, found, executor, cache)
    finally:
        if frozen:
            gc.unfreeze()
    if cache:
        cache.save_pack()
    return [found[a.id] for a in articles if a.id in found], problems, len(missing)


def _extract_missing(
    missing: list[Article], found: dict[str, Briefing], executor: Executor, cache: BriefingCache | None
) -> list[Problem]:
    """Extract the articles not in the cache into `found` (and the cache); the problems of those that fail."""
    if missing and (isinstance(executor, SerialExecutor) or getattr(executor, "inherits_parent", False)):
        import_spacy()  # here: a build with nothing to extract never loads spaCy
        from builder.nlp.spacy_model import load_nlp

        # Once, here, with the caller's collector state (paused by `generate`, where a full collection would
        # scan every cached briefing while the model loads); forked workers share it, not load their own.
        with cyclic_gc(gc.isenabled()):  # loading the model turns the collector back on: restore its state
            load_nlp()
        if gc.get_freeze_count():  # the caller froze what existed: the model's objects join them
            gc.freeze()
    problems: list[Problem] = []
    with cyclic_gc(True):  # spaCy's objects do form cycles; forked workers inherit the collector's state
        for batch in executor.map(extract_batch, batches(missing, getattr(executor, "workers", 1))):
            for result in batch:
                if isinstance(result, Problem):
                    problems.append(result)
                    continue
                found[result.article.id] = result
                if cache:
                    cache.put(result)
    return problems


def build_stories(
    briefings: list[Briefing],
    cache: StoryCache | None = None,
    facts: FactsCache | None = None,
    pairs: PairCache | None = None,
    who: Identity | None = None,
) -> list[Story]:
    """Group the briefings into stories and merge each group (reusing cached grouping facts, the last
    grouping's candidate pairs and merges; `who`: the identity of the briefings, if known)."""
    by_id = {b.article.id: b for b in briefings}
    stories = []
    if facts is None:
        groups = group_stories(briefings, store=pairs, who=who)
    else:
        groups = group_stories(briefings, facts=facts.facts, store=pairs, who=who)
        facts.save()
    if pairs is not None:
        pairs.save()
    for group in groups:
        members = [by_id[a] for a in group.article_ids]
        if cache is None:
            stories.append(build_story(group.id, members))
        else:
            stories.append(
                cache.get_or_build(group.id, members, functools.partial(build_story, group.id, members))
            )
    if cache is not None:
        cache.save()
    return with_threads(stories, {g.id: g.thread for g in groups})


def static_assets() -> list[Page]:
    """Stylesheets the generated pages rely on, written like any generated page."""
    folder = resources.files("builder.site.assets")
    return [Page(f"assets/{name}", folder.joinpath(name).read_text(encoding="utf-8")) for name in ASSETS]


@functools.cache
def renderer_fingerprint() -> str:
    """A hash of the builder's code, templates and data: everything that turns briefings into pages."""
    digest = hashlib.sha256()
    package = Path(str(resources.files("builder")))
    for path in sorted(p for p in package.rglob("*") if p.is_file() and p.suffix != ".pyc"):
        digest.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def inputs_digest(articles: list[Article], settings: Settings) -> str:
    """Everything the pages are made from; the same digest means the same pages."""
    digest = hashlib.sha256(f"{extractor_fingerprint()}\0{renderer_fingerprint()}\n".encode())
    for a in articles:
        digest.update(f"{a.id}\0{a.slug}\0{a.path}\0{a.content_hash}\n".encode())
    digest.update(settings.config.read_bytes() if settings.config.is_file() else b"no config")
    return digest.hexdigest()


def pages_up_to_date(docs: Path, digest: str) -> bool:
    """The last clean write came from the same inputs, and every page it wrote is still there."""
    try:
        same = (docs / INPUTS_FILE).read_text(encoding="utf-8") == digest
    except OSError:
        return False
    return same and all((docs / path).is_file() for path in load_manifest(docs))


def generate(settings: Settings, executor: Executor | None = None) -> BuildResult:
    """Read, extract, render and write; no MkDocs. If nothing changed (cache on), stop after reading."""
    with cyclic_gc(False):
        return _generate(settings, executor)


def _generate(settings: Settings, executor: Executor | None = None) -> BuildResult:
    date = build_date(settings.build_date)
    reads = ReadCache(settings.cache, settings.seeds, settings.max_bytes) if settings.cache else None
    articles, problems = read_sources(settings.seeds, settings.max_bytes, reads)
    if reads:
        reads.save()
    digest = inputs_digest(articles, settings)
    if settings.cache and pages_up_to_date(settings.docs, digest):
        unchanged = WriteReport(unchanged=tuple(load_manifest(settings.docs)))
        return BuildResult((), tuple(problems), unchanged, up_to_date=True)
    (settings.docs / INPUTS_FILE).unlink(missing_ok=True)
    cache = BriefingCache(settings.cache) if settings.cache else None
    briefings, failed, extracted = extract_all(articles, executor, cache)
    story_cache = StoryCache(settings.cache, renderer_fingerprint()) if settings.cache else None
    facts_cache = FactsCache(settings.cache, renderer_fingerprint()) if settings.cache else None
    pair_cache = PairCache(settings.cache, renderer_fingerprint()) if settings.cache else None
    who = Identity(briefings)  # one set of briefings, one identity (stories, profiles and pages ask it)
    stories = build_stories(briefings, story_cache, facts_cache, pair_cache, who)
    profiles = build_directory(briefings, stories, who)
    name, base = site_settings(settings.config)
    code = f"{renderer_fingerprint()}:{extractor_fingerprint()}"
    history = record_build(settings.docs, briefings, stories, date, settings.history_days, code)
    feed = Page(FEED_PATH, atom_feed(briefings, stories, name, base, history.entries))
    page_cache = PageCache(settings.cache, renderer_fingerprint()) if settings.cache else None
    remembered = page_cache.load() if page_cache else {}
    story_keys = story_cache.keys if story_cache else None
    stored = StoredPages(settings.docs, page_cache.files if page_cache else None)
    memo = PageMemo(remembered, stored, asked=page_cache.asked) if page_cache else None
    pages = [
        *render_site(briefings, stories, profiles, load_report(), history.entries, memo, story_keys, who),
        feed,
        *static_assets(),
    ]
    report = write_pages(pages, settings.docs)
    if page_cache and memo:
        page_cache.save(remembered, memo.used, stored.seen)
    save_history(settings.docs, history)
    warned = history.problems + report.problems
    if cache and not failed and not warned:  # a failure or a warning is reported again next time
        atomic_write(settings.docs / INPUTS_FILE, digest)
    problems = tuple(problems + failed) + warned
    return BuildResult(tuple(briefings), problems, report, extracted=extracted)


def build(
    settings: Settings, executor: Executor | None = None, with_site: bool = True, full: bool = False
) -> BuildResult:
    """The whole pipeline, ending with the strict MkDocs build: none, incremental or `full` (see publish/)."""
    result = generate(settings, executor)
    if not with_site:
        return result
    site = site_step(settings, full)
    return dataclasses.replace(result, site_warnings=site.warnings, site=site)


def site_step(settings: Settings, full: bool = False) -> SiteReport:
    """The build's last step, after `generate`: the site from docs/ (none, incremental or `full`)."""
    fingerprint = renderer_fingerprint()
    with existing_frozen():  # the briefings and stories live on: collections during MkDocs need not scan them
        return build_site(settings.config, settings.docs, settings.site, builder=fingerprint, full=full)
