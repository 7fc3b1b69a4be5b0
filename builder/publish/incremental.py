"""An incremental site build: MkDocs' own dirty build in a hard-linked copy of the previous site, made exact.

Why a small MkDocs plugin rather than a step around the build: the decisions that must be made inside the
build (which outputs to unlink before MkDocs writes, the order of the pages for the search index) need MkDocs'
own file list and page URLs, which only exist during the build. The builder adds the plugin to the loaded
config for incremental builds only; mkdocs.yml does not name it. The fix that needs the finished build (the
search index) runs after it, as plain functions.

What dirty mode does and what is fixed here:

- It rebuilds a page when its output is missing or older than its Markdown; here a docs file whose content is
  as at the last build (its hash in the site's record) is not rebuilt whatever its mtime, since CI writes
  docs/ afresh on every run. Before writing, the plugin unlinks the output of every page it will rebuild and
  every output MkDocs rewrites on each build (404.html, sitemaps, search index, the tags export), because
  MkDocs writes with `open(path, "w")`, which would change the previous site's file through the shared hard
  link. Pages the builder knows changed are rebuilt even if mtimes say not.
- Outputs of removed pages are deleted (anything in the previous site that no File of this build produces
  and that the build does not write again), with folders left empty.
- The search index holds only the rebuilt pages: `merge_search_index` keeps the previous entries of every
  other page, drops those of removed pages, and orders pages as a full build does (`fix_search_index` does
  the same on the index's text, from a record of where each page's entries are, without parsing it).
- The tags plugin sees only pages it reads. Before it renders listings, the plugin reads the front matter of
  every unread page with tags (MkDocs' own `read_source`: no rendering, no writing) and hands it to the tags
  plugin in page order, and pages holding a listing are always rebuilt, so listings, the tag links on pages
  and the tags export are those of a full build. Unread pages in the nav are read the same way, so their
  metadata (icons, status) is there when the nav is rendered.
- The sitemap lists every page in dirty mode too (MkDocs makes Page objects for unread files); 404.html
  renders the whole nav. Both are written afresh.
- Navigation: every page's sidebar and footer render the nav. The builder gives every nav entry it adds an
  explicit title; pages the nav lists without a title are rebuilt every time (their title is read from them),
  and any change of the nav itself means a full build (`site.py`).
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import Files, InclusionLevel

SEARCH_INDEX = Path("search/search_index.json")


class DirtyWarning(logging.Filter):
    """Drop MkDocs' "a 'dirty' build is being performed" warning, which would fail a strict build."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "'dirty' build is being performed" not in record.getMessage()


def _unmodified() -> bool:
    """`File.is_modified` for a file whose content is known to be unchanged (MkDocs would compare mtimes)."""
    return False


class Incremental(BasePlugin):
    """Prepares a hard-linked copy of the previous site for MkDocs' dirty build; records what it rebuilt."""

    def __init__(
        self,
        staging: Path,
        rebuild: set[str],
        tagged: set[str],
        previous_files: Iterable[str],
        known: Iterable[str] = (),
    ) -> None:
        super().__init__()
        self.staging = staging
        self.rebuild = rebuild  # docs paths to rebuild whatever their mtimes say
        self.known = set(known)  # docs paths whose content is as at the last build unless in `rebuild`
        self.tagged = tagged  # docs paths whose front matter has tags
        self.previous_files = set(previous_files)
        self.rebuilt_sources: set[str] = set()  # docs paths of the pages rebuilt
        self.rebuilt: set[str] = set()  # … and their URLs
        self.removed: set[str] = set()  # site paths deleted (outputs of removed pages and per-build outputs)
        self.page_urls: list[str] = []  # every page's URL, in build order
        self.in_nav: set[str] = set()  # docs paths of the pages in the nav
        self.written: set[str] = set()  # site paths MkDocs writes afresh (unlinked first, or new)

    @event_priority(-100)  # after every plugin that adds files
    def on_files(self, files: Files, *, config: Any) -> Files:
        expected = set()
        extra = set(config.extra_templates)  # rendered on every build, dirty or not
        for file in files:  # strings, not pathlib: 12,600 files at 5,000 articles
            expected.add(file.dest_uri)  # relative to the site folder, which is `self.staging`
            dest = file.abs_dest_path
            fresh = file.src_uri in self.rebuild or file.src_uri in extra
            same = not fresh and file.src_uri in self.known and os.path.exists(dest)
            if same:  # same content as last time: a new mtime (docs/ written afresh, as in CI) is no change
                file.is_modified = _unmodified  # type: ignore[method-assign]
            elif fresh or file.is_modified():
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(dest)  # MkDocs then writes a fresh file
                self.written.add(file.dest_uri)
                if file.is_documentation_page():
                    self.rebuilt_sources.add(file.src_uri)
        for rel in sorted(self.previous_files - expected):
            (self.staging / rel).unlink(missing_ok=True)
            self.removed.add(rel)
        for name in config.theme.static_templates:  # written on every build (404.html, the sitemap)
            self.written.update((name, f"{name}.gz"))
        return files

    def changed(self) -> set[str]:
        """Site paths that may differ from the previous site's after the build: removed or written afresh."""
        return self.removed | self.written | {SEARCH_INDEX.as_posix()}

    def on_nav(self, nav: Any, *, config: Any, files: Files) -> Any:
        self.in_nav = {page.file.src_uri for page in nav.pages}
        return nav

    @event_priority(200)  # before the tags plugin renders its listings (100)
    def on_env(self, env: Any, *, config: Any, files: Files) -> Any:
        pages = [f.page for f in files.documentation_pages(inclusion=InclusionLevel.is_included)]
        self.page_urls = [page.url for page in pages]  # the homepage's is "", its File's "./"
        self.rebuilt = {page.url for page in pages if page.file.src_uri in self.rebuilt_sources}
        tags = config.plugins.get("material/tags") or config.plugins.get("tags")
        wanted = self.tagged | self.in_nav
        for page in pages:
            if page.markdown is None and page.file.src_uri in wanted:
                page.read_source(config)
                if tags is not None and tags.config.enabled and tags.filter(page.file):
                    tags.mappings.add(page, page.markdown)
        if tags is not None and tags.config.enabled:  # in page order, as a full build reads them
            found = tags.mappings.data
            tags.mappings.data = {url: found[url] for url in self.page_urls if url in found}
        return env

    def on_post_build(self, *, config: Any) -> None:
        for rel in sorted(self.removed, reverse=True):
            _prune_empty(self.staging / rel, self.staging)


def _prune_empty(path: Path, root: Path) -> None:
    folder = path.parent
    while folder != root and folder.is_dir() and not any(folder.iterdir()):
        folder.rmdir()
        folder = folder.parent


def merge_search_index(previous: dict, fresh: dict, page_urls: list[str], rebuilt: set[str]) -> dict:
    """The index a full build writes: rebuilt pages' new entries, the others' previous ones, in page order."""
    before, now = _by_page(previous.get("docs", [])), _by_page(fresh.get("docs", []))
    docs = [entry for url in page_urls for entry in (now if url in rebuilt else before).get(url, [])]
    return {**fresh, "docs": docs}


def _by_page(entries: list[dict]) -> dict[str, list[dict]]:
    pages: dict[str, list[dict]] = {}
    for entry in entries:
        pages.setdefault(entry["location"].split("#", 1)[0], []).append(entry)
    return pages


def _dumps(value: object) -> str:
    """As MkDocs' search plugin writes its index (ASCII: a character is a byte)."""
    return json.dumps(value, separators=(",", ":"), default=str)


def _location_prefix(url: str) -> bytes:
    """How a page's first entry begins in the index: its location is the URL, or the URL and anchor."""
    return ('{"location":' + _dumps(url)[:-1]).encode()


def _pieces_of(data: bytes, head: bytes, spans: Mapping[str, Sequence[int]]) -> dict[str, memoryview] | None:
    """Each page's entries as they are written in the index `data`, cut at the recorded spans; None unless
    the index begins with `head`, and the spans tile its list of entries exactly, joined by commas, each
    beginning with its page's location."""
    if not data.startswith(head) or not data.endswith(b"]}"):
        return None
    view, pieces, start = memoryview(data), {}, len(head)
    for url, span in sorted(spans.items(), key=lambda item: item[1][0]):
        begin, end = span
        if begin != start or end <= begin or not data.startswith(_location_prefix(url), begin):
            return None
        pieces[url] = view[begin:end]
        start = end + 1
        if data[end] != ord(","):
            break
    return pieces if start == len(data) - 1 and len(pieces) == len(spans) else None


def index_spans(site: Path) -> dict[str, tuple[int, int]]:
    """Where each page's entries are in the search index of a full build, so the next (incremental) build
    need not parse it; {} when the index is not written as `_dumps` writes it, page by page (that build then
    parses it). ~0.5 s at 5,000 articles, once, in a build of minutes."""
    try:
        data = (site / SEARCH_INDEX).read_bytes()
        index = json.loads(data)
    except (OSError, ValueError):
        return {}
    if not isinstance(index, dict) or list(index)[-1:] != ["docs"] or not isinstance(index["docs"], list):
        return {}
    head = _dumps({**index, "docs": []})[:-2].encode()
    pieces = _page_pieces(index["docs"])
    if head + b",".join(pieces.values()) + b"]}" != data:
        return {}  # another writer, or a page whose entries are not next to each other
    spans, at = {}, len(head)
    for url, piece in pieces.items():
        spans[url] = (at, at + len(piece))
        at += len(piece) + 1
    return spans


def index_stat(site: Path) -> tuple[int, ...]:
    """(size, mtime, inode) of the site's search index, () without one: recorded with the spans, so the next
    build knows the index is the one they were taken from. (Not its ctime: hard links to it change that.)"""
    try:
        found = os.stat(site / SEARCH_INDEX)
    except OSError:
        return ()
    return (found.st_size, found.st_mtime_ns, found.st_ino)


def fix_search_index(
    previous_site: Path,
    staging: Path,
    plugin: Incremental,
    spans: Mapping[str, Sequence[int]] | None = None,
    stat: Sequence[int] = (),
) -> dict[str, tuple[int, int]]:
    """Replace the dirty build's partial search index with the merged one (as a new file, never in place).

    The previous index (44 MB at 5,000 articles) is not parsed: the site's state records where each page's
    entries begin and end in it (`spans`, in bytes; the new ones are returned for the next build), and the
    merged index is those pieces and the rebuilt pages' entries joined in page order, which is what
    `json.dumps` writes for the merged index (`merge_search_index`). When the previous index is the very file
    the record was made with (`stat`: `index_stat` then), it is not even read: runs of kept pages are copied
    from it by the kernel (`_write_from_record`: ~0.03 s at 5,000 articles, against 0.13 s to read, check and
    write every page's piece). Otherwise the record is checked against the index's bytes, and without a usable
    record the previous index is parsed and merged as data."""
    fresh_path = staging / SEARCH_INDEX
    if not fresh_path.is_file():
        return {}  # no search plugin
    fresh = json.loads(fresh_path.read_text(encoding="utf-8"))
    head = _dumps({**fresh, "docs": []})[:-2].encode()  # up to the entries' "[", when "docs" is the last key
    if spans and stat and list(fresh)[-1:] == ["docs"]:
        previous = previous_site / SEARCH_INDEX
        written = _write_from_record(previous, fresh_path, head, fresh, spans, stat, plugin)
        if written is not None:
            return written
    try:
        data = (previous_site / SEARCH_INDEX).read_bytes()
    except OSError:
        data = b""
    kept = _pieces_of(data, head, spans) if spans and list(fresh)[-1:] == ["docs"] else None
    pieces: dict[str, bytes | memoryview | None]
    if kept is None:
        try:
            previous = json.loads(data)
        except ValueError:
            previous = None
        previous = previous if isinstance(previous, dict) else {}
        merged = merge_search_index(previous, fresh, plugin.page_urls, plugin.rebuilt)
        if list(merged)[-1:] != ["docs"]:
            fresh_path.unlink()
            fresh_path.write_text(_dumps(merged), encoding="utf-8")
            return {}
        pieces = dict(_page_pieces(merged["docs"]))
    else:
        now = _page_pieces(fresh["docs"])
        pieces = {url: (now if url in plugin.rebuilt else kept).get(url) for url in plugin.page_urls}
    spans_now, at = {}, len(head)
    fresh_path.unlink()
    with open(fresh_path, "wb") as out:
        out.write(head)
        for url in plugin.page_urls:
            piece = pieces.get(url)
            if piece:
                if spans_now:
                    out.write(b",")
                out.write(piece)
                spans_now[url] = (at, at + len(piece))
                at += len(piece) + 1
        out.write(b"]}")
    return spans_now


def _write_from_record(
    previous: Path,
    fresh_path: Path,
    head: bytes,
    fresh: dict,
    spans: Mapping[str, Sequence[int]],
    stat: Sequence[int],
    plugin: Incremental,
) -> dict[str, tuple[int, int]] | None:
    """The merged index written from the recorded spans without reading the previous index, or None (nothing
    written) unless it is the file they were recorded with: same size, mtime and inode, beginning with `head`,
    ending where the last span ends, and each run of kept pages beginning with its first page's location and
    ending before a comma or the closing bracket."""
    try:
        source = os.open(previous, os.O_RDONLY)
    except OSError:
        return None
    try:
        found = os.fstat(source)
        end = max(stop for _, stop in spans.values())
        if (found.st_size, found.st_mtime_ns, found.st_ino) != tuple(stat) or found.st_size != end + 2:
            return None
        if os.pread(source, len(head), 0) != head:
            return None
        now = _page_pieces(fresh["docs"])
        # In page order: a rebuilt page's entries (bytes), or a run of kept pages that lie next to each
        # other in the previous index, joined there by the commas a full build writes: [begin, end, [(url,
        # span), …]].
        parts: list[tuple[str, bytes] | list] = []
        for url in plugin.page_urls:
            if url in plugin.rebuilt:
                if url in now:
                    parts.append((url, now[url]))
                continue
            span = spans.get(url)
            if span is None:
                continue  # a page without entries
            last = parts[-1] if parts else None
            if isinstance(last, list) and last[1] + 1 == span[0]:
                last[1] = span[1]
                last[2].append((url, span))
            else:
                parts.append([span[0], span[1], [(url, span)]])
        for part in parts:  # each run begins with its first page's location and ends before a comma or "]"
            if isinstance(part, list):
                prefix = _location_prefix(part[2][0][0])
                after = os.pread(source, 1, part[1])
                if os.pread(source, len(prefix), part[0]) != prefix or after not in (b",", b"]"):
                    return None
        fresh_path.unlink()
        spans_now: dict[str, tuple[int, int]] = {}
        with open(fresh_path, "wb", buffering=0) as out:
            out.write(head)
            at = len(head)
            for number, part in enumerate(parts):
                if number:
                    out.write(b",")
                    at += 1
                if isinstance(part, list):
                    begin, stop, kept = part
                    _copy_range(source, out.fileno(), begin, stop - begin)
                    for url, (b, e) in kept:
                        spans_now[url] = (at + b - begin, at + e - begin)
                    at += stop - begin
                else:
                    url, piece = part
                    out.write(piece)
                    spans_now[url] = (at, at + len(piece))
                    at += len(piece)
            out.write(b"]}")
        return spans_now
    finally:
        os.close(source)


def _copy_range(source: int, target: int, offset: int, count: int) -> None:
    """`count` bytes of `source` from `offset` appended to `target` (at its position), copied by the kernel
    where it can (`copy_file_range`), else read and written."""
    while count > 0:
        try:
            done = os.copy_file_range(source, target, count, offset)
        except OSError:  # another file system, an old kernel: copy through this process
            done = os.write(target, os.pread(source, min(count, 1 << 24), offset))
        if done <= 0:
            raise OSError(f"search index: could not copy {count} bytes at {offset}")
        offset += done
        count -= done


def _page_pieces(entries: list[dict]) -> dict[str, bytes]:
    """Each page's entries as the index writes them."""
    return {url: ",".join(_dumps(e) for e in found).encode() for url, found in _by_page(entries).items()}
