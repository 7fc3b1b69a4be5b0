"""Hand-written pages: Markdown in docs/ the builder did not generate is listed under "Notes" in the nav.

The entries are added to the loaded config's `nav` at build time (mkdocs.yml is never edited), each with an
explicit title, so the sidebar does not depend on reading the page: an incremental build that does not
rebuild a note still renders the same navigation as a full build.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from mkdocs.utils import meta

NOTES = "Notes"
HEADING = re.compile(r"^#(?!#)\s*(.+?)\s*#*\s*$", re.MULTILINE)
ATTRIBUTES = re.compile(r"\s*\{[^}]*\}\s*$")  # attr_list: `# Title {#id .class}`


def nav_paths(nav: Any) -> set[str]:
    """Every docs path the navigation lists (external links are not paths)."""
    if isinstance(nav, str):
        return set() if "://" in nav else {nav}
    if isinstance(nav, dict):
        return set().union(*(nav_paths(v) for v in nav.values()))
    if isinstance(nav, list):
        return set().union(*(nav_paths(item) for item in nav))
    return set()


def untitled_nav_paths(nav: Any) -> list[str]:
    """Paths listed without a title: MkDocs takes their title from the page itself."""
    if isinstance(nav, str):
        return [] if "://" in nav else [nav]
    if isinstance(nav, list):
        return [p for item in nav for p in untitled_nav_paths(item)]
    if isinstance(nav, dict):
        return [p for v in nav.values() if isinstance(v, list) for p in untitled_nav_paths(v)]
    return []


def page_title(path: str, text: str) -> str:
    """The title MkDocs gives the page: `title` in front matter, the first `# ` heading, else its name."""
    body, front = meta.get_data(text)
    if isinstance(front.get("title"), str) and front["title"].strip():
        return front["title"].strip()
    if heading := HEADING.search(body):
        return ATTRIBUTES.sub("", heading.group(1)).strip() or heading.group(1)
    parts = path.removesuffix(".md").split("/")
    stem = parts[-2] if parts[-1] in ("index", "README") and len(parts) > 1 else parts[-1]
    title = stem.replace("-", " ").replace("_", " ")
    return title.capitalize() if title.lower() == title else title


def hand_written(markdown_paths: Iterable[str], generated: set[str], config: Any) -> list[str]:
    """Markdown pages nobody placed: not generated, not in the nav, not in `not_in_nav` or `exclude_docs`."""
    listed = nav_paths(config.nav or [])
    skip = [spec for spec in (config.not_in_nav, config.exclude_docs) if spec is not None]
    return sorted(
        p
        for p in markdown_paths
        if p not in generated and p not in listed and not any(spec.match_file(p) for spec in skip)
    )


def add_notes(config: Any, notes: dict[str, str]) -> None:
    """List `notes` ({path: title}) in the loaded config's nav, in a "Notes" section (extended if there)."""
    if config.nav is None or not notes:  # without a `nav`, MkDocs lists every page itself
        return
    entries = [_entry(path, title) for path, title in sorted(notes.items())]
    for item in config.nav:
        if isinstance(item, dict) and isinstance(item.get(NOTES), list):
            item[NOTES].extend(entries)
            return
    config.nav.append({NOTES: entries})


def _entry(path: str, title: str) -> dict[str, Any]:
    """A nav entry. An index page gets a section of its own: with `navigation.indexes`, Material would make it
    the index of the whole Notes section, under the section's name."""
    if path.rsplit("/", 1)[-1] in ("index.md", "README.md"):
        return {title: [{title: path}]}
    return {title: path}
