"""Publishing: build docs/ into site/ with MkDocs (not at all, incrementally or in full), then swap it in.

`build_site` reads as the decision: the state recorded in the site (`state.py`) says what the last build was
made from; nothing changed means no MkDocs at all; a change of configuration, theme, assets, builder or
navigation means a full build; otherwise MkDocs' dirty build runs in a hard-linked copy of the previous site
(`incremental.py`): the spare (the site the last incremental build replaced) with the files that build
changed relinked, or where there is no spare, a copy of every file. Either way the site is built in a staging
folder (`staging.py`) and swapped in, so a failed or killed build leaves the previous site as it was.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import logging
import os
import secrets
import shutil
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import MkDocsException

from builder.core.errors import BuildFailed
from builder.publish.brackets import with_fast_brackets
from builder.publish.incremental import DirtyWarning, Incremental, fix_search_index, index_spans, index_stat
from builder.publish.notes import add_notes, hand_written, page_title, untitled_nav_paths
from builder.publish.staging import adopt_spare, link_tree, make_spare, make_staging, remove_leftovers, swap
from builder.publish.state import (
    DocFile,
    SiteState,
    config_digest,
    load_state,
    save_state,
    scan_docs,
    site_complete,
    site_files,
    theme_digest,
    visible_files,
)
from builder.site.writer import load_manifest

os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")  # Material 9.8's end-of-life banner on every build

# Plugins whose cross-page work an incremental build completes; any other plugin means full builds.
INCREMENTAL_PLUGINS = {"search", "material/search", "tags", "material/tags"}
CHANGES = ("mkdocs.yml changed", "theme or packages changed", "builder changed", "navigation changed")


@dataclass(frozen=True)
class SiteReport:
    """What the site step did: "unchanged", "incremental" or "full" (with the reason)."""

    outcome: str
    reason: str = ""
    rebuilt: int = 0
    removed: int = 0
    warnings: tuple[str, ...] = ()

    def describe(self) -> str:
        if self.outcome == "unchanged":
            return "site: no change"
        if self.outcome == "incremental":
            gone = f", {self.removed} removed" if self.removed else ""
            return f"site: {self.rebuilt} page{'' if self.rebuilt == 1 else 's'} rebuilt incrementally{gone}"
        return f"site: full build ({self.reason})"


class _Collect(logging.Handler):
    """Keep MkDocs warnings so a failed strict build can say why."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def build_site(
    config_file: Path, docs: Path, site: Path, strict: bool = True, builder: str = "", full: bool = False
) -> SiteReport:
    """Bring site/ up to date with docs/; on failure raise BuildFailed and leave the old site untouched."""
    site, docs = site.resolve(), docs.resolve()
    remove_leftovers(site)
    previous = load_state(site)
    scanned = scan_docs(docs, previous.docs if previous else {})
    config, theme = config_digest(config_file, strict), theme_digest(config_file)
    unchanged = previous and previous.same_inputs(config, theme, builder, scanned)
    if not full and unchanged and site_complete(site, previous.files):
        if previous.docs != scanned:  # same content, new mtimes: record them, so the next check reads nothing
            save_state(site, dataclasses.replace(previous, docs=scanned))
        return SiteReport("unchanged")
    staging = make_staging(site)
    collector = _Collect()
    logger = logging.getLogger("mkdocs")
    logger.addHandler(collector)
    try:
        loaded = load_site_config(config_file, docs, staging, strict, scanned)
        nav = nav_signature(loaded, scanned)
        reason = full_build_reason(loaded, site, previous, (config, theme, builder, nav), scanned, full)
        name = secrets.token_hex(8)
        if reason:
            build(loaded)
            report, search, files = SiteReport("full", reason), index_spans(staging), site_files(staging)
            base, changed = name, ()  # its spare will be a copy of itself (`make_spare` below)
        else:
            assert previous is not None
            report, search, changed, files = _build_incrementally(loaded, site, staging, previous, scanned)
            base = previous.id
        inputs = (config, theme, builder, nav, scanned)
        recorded = (files, search, index_stat(staging) if search else ())
        save_state(staging, SiteState(*inputs, *recorded, name, base, changed))
    except (MkDocsException, SystemExit) as exc:
        shutil.rmtree(staging, ignore_errors=True)
        detail = "; ".join(collector.messages[:5]) or str(exc)
        raise BuildFailed(f"mkdocs build failed ({exc}): {detail}") from None
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    finally:
        logger.removeHandler(collector)
    if report.outcome == "full":
        swap(staging, site)  # the old site is of no use to the next build, which starts from this one
        make_spare(site, base)  # so the next build does not copy the whole site (see `make_spare`)
    else:
        swap(staging, site, keep=base)  # the old site is the build `base`: the next build's spare
    return dataclasses.replace(report, warnings=tuple(collector.messages))


def load_site_config(
    config_file: Path, docs: Path, site_dir: Path, strict: bool, files: Iterable[str] | None = None
) -> Any:
    """mkdocs.yml as MkDocs loads it, with the hand-written pages added to the nav under "Notes" (and links
    parsed without Python-Markdown's per-text bracket table: `brackets.py`; the same HTML)."""
    config = load_config(
        config_file=str(config_file), docs_dir=str(docs), site_dir=str(site_dir), strict=strict
    )
    with_fast_brackets(config)
    markdown = [p for p in (visible_files(docs) if files is None else files) if p.endswith(".md")]
    notes = hand_written(markdown, set(load_manifest(docs)), config)
    add_notes(config, {p: page_title(p, _text(docs / p)) for p in notes})
    return config


def nav_signature(config: Any, scanned: Mapping[str, DocFile]) -> str:
    """The nav as built, and the content of pages it lists without a title (their title comes from them)."""
    untitled = {p: scanned[p].sha256 for p in untitled_nav_paths(config.nav or []) if p in scanned}
    raw = json.dumps([config.nav, untitled], sort_keys=True)
    return hashlib.sha256(raw.encode()).hexdigest()


def full_build_reason(
    config: Any,
    site: Path,
    previous: SiteState | None,
    inputs: tuple[str, str, str, str],
    scanned: Mapping[str, DocFile],
    full: bool,
) -> str:
    """Why this build must be a full one, or "" when an incremental build gives the same site."""
    if full:
        return "--full"
    if previous is None:
        return "no previous site" if not site.exists() else "no record of the previous site's inputs"
    if not site_complete(site, previous.files):
        return "the previous site is incomplete"
    before = (previous.config, previous.theme, previous.builder, previous.nav)
    for name, old, new in zip(CHANGES, before, inputs, strict=True):
        if old != new:
            return name
    if config.nav is None:
        return "mkdocs.yml has no nav: every page's title is in every page's sidebar"
    if unknown := sorted(set(config.plugins) - INCREMENTAL_PLUGINS):
        return f"plugin {unknown[0]} is not known to build incrementally"
    assets = [*config.extra_css, *(str(js) for js in config.extra_javascript)]
    if any(_changed(previous.docs, scanned, a) for a in assets):
        return "assets changed"
    return ""


def _changed(before: Mapping[str, DocFile], now: Mapping[str, DocFile], path: str) -> bool:
    old, new = before.get(path), now.get(path)
    return (old and old.sha256) != (new and new.sha256)


def _build_incrementally(
    config: Any, site: Path, staging: Path, previous: SiteState, scanned: Mapping[str, DocFile]
) -> tuple[SiteReport, dict[str, tuple[int, int]], tuple[str, ...], tuple[str, ...]]:
    """MkDocs' dirty build in a hard-linked copy of the site, completed by the Incremental plugin; what it
    did, where each page's entries are in the search index, the site files it changed, and all of them."""
    if not adopt_spare(site, staging, previous.base, previous.changed):
        link_tree(site, staging)
    changed = {p for p in scanned if _changed(previous.docs, scanned, p)}
    listings = {p for p, d in scanned.items() if d.listing}
    tagged = {p for p, d in scanned.items() if d.tagged}
    untitled = set(untitled_nav_paths(config.nav or []))
    plugin = Incremental(staging, changed | listings | untitled, tagged, previous.files, known=scanned)
    config.plugins["briefing/incremental"] = plugin
    quiet = DirtyWarning()
    logging.getLogger("mkdocs.commands.build").addFilter(quiet)
    try:
        build(config, dirty=True)
    finally:
        logging.getLogger("mkdocs.commands.build").removeFilter(quiet)
    search = fix_search_index(site, staging, plugin, previous.search, previous.search_stat)
    removed = sum(1 for p in set(previous.docs) - set(scanned) if p.endswith(".md"))
    report = SiteReport("incremental", rebuilt=len(plugin.rebuilt), removed=removed)
    written = plugin.changed()
    top = os.fspath(staging)
    present = {rel for rel in written if os.path.isfile(os.path.join(top, rel))}
    files = sorted((set(previous.files) - written) | present)  # what a walk of the staging folder finds
    return report, search, tuple(sorted(written)), tuple(files)


def _text(path: Path) -> str:
    """A page's text for its title; undecodable bytes are MkDocs' to report, with the file's name."""
    return path.read_bytes().decode("utf-8-sig", errors="replace")
