"""What the last successful site build was made from, recorded inside the site it built.

`site/.briefing-site.json` lists every docs file (size, mtime, hash, and whether the tags plugin must see
it), digests of mkdocs.yml (and strictness) and of the theme (package versions, custom theme files), the
builder's fingerprint, the navigation as built, and the files of the site. It is written into the staging
folder before the swap, so a site folder holding a readable state is a complete build of those inputs.
It also names the build (`id`), the site its staging copy started from (`base`, none for a full build) and the
files that differ from that site (`changed`): what turns the site before this one, kept as the spare, into
this one (`staging.adopt_spare`).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, fields
from importlib import metadata
from pathlib import Path

from mkdocs.utils import meta

from builder.core.files import atomic_write

STATE_FILE = ".briefing-site.json"
FORMAT = 1
PACKAGES = ("mkdocs", "mkdocs-material", "pymdown-extensions", "markdown", "pygments", "jinja2")
LISTING = b"<!-- material/tags"  # the tags plugin's listing directive


@dataclass(frozen=True)
class DocFile:
    """One file of docs/ as the last build saw it."""

    size: int
    mtime_ns: int
    sha256: str
    tagged: bool = False  # front matter has tags: the tags plugin must read it for listings to be complete
    listing: bool = False  # holds a tags listing: depends on every tagged page


DOC_FIELDS = tuple(f.name for f in fields(DocFile))


@dataclass(frozen=True)
class SiteState:
    """The inputs of a finished site build and the files it produced."""

    config: str
    theme: str
    builder: str
    nav: str
    docs: Mapping[str, DocFile]
    files: tuple[str, ...] = field(default=())
    # where each page's entries begin and end in the search index text (`incremental.fix_search_index`)
    search: Mapping[str, tuple[int, int]] = field(default_factory=dict)
    search_stat: tuple[int, ...] = ()  # (size, mtime, inode) of the index the spans were taken from
    id: str = ""  # this build's name
    base: str = ""  # the build whose site the staging copy started from ("": a full build)
    changed: tuple[str, ...] = ()  # site files added, rewritten or removed since `base`

    def same_inputs(self, config: str, theme: str, builder: str, docs: Mapping[str, DocFile]) -> bool:
        """The same configuration, theme, builder and docs content (mtimes may differ)."""
        return (
            (self.config, self.theme, self.builder) == (config, theme, builder)
            and self.docs.keys() == docs.keys()
            and all(self.docs[p].sha256 == d.sha256 for p, d in docs.items())
        )


def visible_files(docs: Path) -> Iterator[str]:
    """Files under docs/ as MkDocs sees them: hidden files and folders (the builder's own records) skipped.

    (Strings, not pathlib: a site of 5,000 articles has 12,600 folders, walked in every incremental build.)"""
    top = os.fspath(docs)
    skip = len(top) + 1
    for root, dirs, files in os.walk(top, followlinks=True):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        rel = root[skip:].replace(os.sep, "/")
        for name in sorted(files):
            if not name.startswith("."):
                yield f"{rel}/{name}" if rel else name


def scan_docs(docs: Path, known: Mapping[str, DocFile]) -> dict[str, DocFile]:
    """Every docs file; a file whose size and mtime match `known` is not read again (as git's index does)."""
    found = {}
    top = os.fspath(docs)
    for rel in visible_files(docs):
        path = os.path.join(top, rel)
        stat = os.stat(path)
        old = known.get(rel)
        if old is not None and (old.size, old.mtime_ns) == (stat.st_size, stat.st_mtime_ns):
            found[rel] = old
            continue
        with open(path, "rb") as handle:
            data = handle.read()
        tagged, listing = _tag_traits(data) if rel.endswith(".md") else (False, False)
        sha = hashlib.sha256(data).hexdigest()
        found[rel] = DocFile(stat.st_size, stat.st_mtime_ns, sha, tagged, listing)
    return found


def _tag_traits(data: bytes) -> tuple[bool, bool]:
    """(front matter names tags, the page holds a tags listing), read as MkDocs reads a page."""
    front = meta.get_data(data.decode("utf-8-sig", errors="replace"))[1]
    return bool(front.get("tags")), LISTING in data


def config_digest(config_file: Path, strict: bool) -> str:
    """mkdocs.yml as written, and whether warnings fail the build."""
    head = f"format {FORMAT}\0strict {strict}\0".encode()
    return hashlib.sha256(head + config_file.read_bytes()).hexdigest()


def theme_digest(config_file: Path) -> str:
    """The versions of the packages that render the site, and the files of a custom theme folder."""
    digest = hashlib.sha256()
    for package in PACKAGES:
        try:
            digest.update(f"{package} {metadata.version(package)}\0".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{package} absent\0".encode())
    raw = config_file.read_bytes()
    for custom in re.findall(rb"^\s*custom_dir:\s*['\"]?([^'\"\s#]+)", raw, re.MULTILINE):
        folder = config_file.parent / custom.decode()
        for rel in visible_files(folder) if folder.is_dir() else ():
            digest.update(f"{rel}\0".encode() + (folder / rel).read_bytes())
    return digest.hexdigest()


def load_state(site: Path) -> SiteState | None:
    """The state recorded in the site folder, or None when it is missing, unreadable or of another format."""
    try:
        data = json.loads((site / STATE_FILE).read_text(encoding="utf-8"))
        if data.get("format") != FORMAT:
            return None
        docs = {str(k): DocFile(**v) for k, v in data["docs"].items()}
        files = tuple(data["files"])
        search = {str(k): (int(v[0]), int(v[1])) for k, v in data.get("search", {}).items()}
        search_stat = tuple(int(v) for v in data.get("search_stat", ()))
        lineage = str(data.get("id", "")), str(data.get("base", "")), tuple(data.get("changed", ()))
        inputs = data["config"], data["theme"], data["builder"], data["nav"], docs
        return SiteState(*inputs, files, search, search_stat, *lineage)
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def save_state(site: Path, state: SiteState) -> None:
    """Record the state (a fresh file: never written into a hard-linked one)."""
    data = {
        "format": FORMAT,
        "config": state.config,
        "theme": state.theme,
        "builder": state.builder,
        "nav": state.nav,
        "docs": {k: _doc_dict(v) for k, v in sorted(state.docs.items())},
        "files": list(state.files),
        "search": state.search,
        "search_stat": list(state.search_stat),
        "id": state.id,
        "base": state.base,
        "changed": list(state.changed),
    }
    atomic_write(site / STATE_FILE, json.dumps(data, separators=(",", ":")) + "\n")


def _doc_dict(doc: DocFile) -> dict[str, object]:
    """`dataclasses.asdict(doc)` without its deep copy of every field (12,600 files at 5,000 articles)."""
    return {f: getattr(doc, f) for f in DOC_FIELDS}


def site_files(site: Path) -> tuple[str, ...]:
    """Every file of a built site, hidden records excluded."""
    return tuple(visible_files(site))


def site_complete(site: Path, files: tuple[str, ...]) -> bool:
    """Every file the recorded build produced is still there."""
    top = os.fspath(site)
    return bool(files) and all(os.path.isfile(os.path.join(top, rel)) for rel in files)
