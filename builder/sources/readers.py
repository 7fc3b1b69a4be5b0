"""Reading sources: every file in the seeds folder becomes articles, or one Problem line naming the file.

Formats: `.txt` and `.md` (builder.sources.text), saved web pages `.html`/`.htm` and feeds
`.xml`/`.rss`/`.atom` (builder.sources.web); bytes become text in builder.sources.encodings.
"""

from __future__ import annotations

import functools
import hashlib
import os
import re
import stat
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Protocol

from builder.core.model import Article, Problem
from builder.core.slug import slugify
from builder.sources.encodings import NotText, decode, normalise
from builder.sources.text import Parsed, SourceError, lines_to_paragraphs, parse_date, read_md, read_txt
from builder.sources.web import read_feed, read_html

__all__ = [
    "DEFAULT_MAX_BYTES",
    "Parsed",
    "Remembered",
    "Signature",
    "SourceError",
    "decode",
    "lines_to_paragraphs",
    "parse_date",
    "read_article",
    "read_articles",
    "read_sources",
    "source_files",
]

DEFAULT_MAX_BYTES = 2 * 1024 * 1024
MAX_TEXT_CHARS = 1_000_000  # spaCy's max_length: a longer text would stop the whole extraction batch
TEXT_READERS: dict[str, Callable[[str], Parsed]] = {
    ".txt": read_txt,
    ".md": read_md,
    ".markdown": read_md,
    ".html": read_html,
    ".htm": read_html,
}
FEED_SUFFIXES = (".xml", ".rss", ".atom")
SUPPORTED = (*TEXT_READERS, *FEED_SUFFIXES)
SKIPPED_NAMES = {"readme.md", "readme.txt", "readme"}
UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
SETTLED_NS = 2_000_000_000  # a file changed less than this long before it is read may change again unseen

# What identifies one version of a regular file without reading it: size, modification and change times (ns),
# inode and device. Any write changes the change time, which no program can set back.
Signature = tuple[int, int, int, int, int]


class Remembered(Protocol):
    """What earlier builds read from each file (`runtime.reads.ReadCache`): its articles and warnings, looked
    up by the file's path below the sources folder and its `Signature`."""

    def get(self, rel: str, signature: Signature) -> tuple[tuple[Article, ...], tuple[str, ...]] | None: ...

    def put(
        self, rel: str, signature: Signature, articles: tuple[Article, ...], warnings: tuple[str, ...]
    ) -> None: ...


def display_path(path: Path) -> str:
    """A path for a one-line message: control and bidi characters in file names shown as escapes."""
    return UNPRINTABLE.sub(lambda m: m[0].encode("unicode_escape").decode("ascii"), path.as_posix())


def parse_file(data: bytes, suffix: str) -> tuple[Parsed, ...]:
    """Every article in one file's bytes, tidied; SourceError when there is none."""
    is_page = TEXT_READERS.get(suffix) is read_html
    if suffix in FEED_SUFFIXES:
        found = read_feed(data)
    else:
        text, warning = decode(data)
        parsed = TEXT_READERS[suffix](normalise(text))
        found = (replace(parsed, warnings=(warning, *parsed.warnings)) if warning else parsed,)
    found = tuple(_tidy(p) for p in found)
    if (longest := max(len("\n\n".join(p.paragraphs)) for p in found)) > MAX_TEXT_CHARS:
        raise SourceError(
            f"has {longest:,} characters of text, over the {MAX_TEXT_CHARS:,} the model can parse"
        )
    if not any(p.paragraphs for p in found):
        raise SourceError("has no article text" + (" after extraction (only markup?)" if is_page else ""))
    return tuple(p for p in found if p.paragraphs)


def _tidy(parsed: Parsed) -> Parsed:
    """Normalised fields, whatever the reader: no stray invisible characters reach a page."""

    def one(value: str | None) -> str | None:
        return " ".join(normalise(value).split()) or None if value else None

    return replace(
        parsed,
        paragraphs=tuple(p for para in parsed.paragraphs if (p := one(para))),
        title=one(parsed.title),
        source=one(parsed.source),
        tags=tuple(t for tag in parsed.tags if (t := one(tag))),
    )


def check_location(path: Path, root: Path) -> None:
    """Refuse links that lead out of the sources folder, folders, and files that are not regular files."""
    if path.is_symlink():
        target = os.readlink(path)
        end = resolved(path)
        if end is None:
            raise SourceError(f"is a symbolic link to {target!r}, which does not exist or loops back")
        if not end.is_relative_to(root.resolve()):
            raise SourceError(f"is a symbolic link to {target!r}, outside the sources folder; refused")
    if path.is_dir():
        raise SourceError("is a folder, not a file; links to folders are not followed")
    if not path.is_file():
        raise SourceError("is not a regular file (a pipe, socket or device); skipped")
    if UNPRINTABLE.search(path.name):
        raise SourceError("has control characters in its file name; rename it")


def resolved(path: Path) -> Path | None:
    """Where a path really leads, or None for a broken link or a loop of links."""
    try:
        return path.resolve(strict=True)
    except (OSError, RuntimeError):  # Python 3.11 reports a loop as RuntimeError
        return None


def read_bytes(path: Path, max_bytes: int) -> bytes:
    """The file's bytes, or SourceError when it is over the size limit."""
    size = path.stat().st_size
    with path.open("rb") as handle:
        data = handle.read(max_bytes + 1)  # never more than the limit, even if the file grows meanwhile
    if len(data) > max_bytes:
        raise SourceError(f"is {max(size, len(data)):,} bytes, over the {max_bytes:,}-byte limit")
    return data


def read_articles(
    path: Path, root: Path, max_bytes: int = DEFAULT_MAX_BYTES
) -> tuple[list[Article], tuple[str, ...]]:
    """The articles in one source file (a feed has several) and its warnings, or SourceError."""
    check_location(path, root)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED:
        raise SourceError(f"unsupported file type {path.suffix or '(none)'}; use {', '.join(SUPPORTED)}")
    data = read_bytes(path, max_bytes)
    try:
        found = parse_file(data, suffix)
    except NotText as exc:
        raise SourceError(str(exc)) from None
    stem = path.relative_to(root).with_suffix("").as_posix()
    digest = hashlib.sha256(data).hexdigest()
    articles = [_article(p, stem, path.relative_to(root).as_posix(), digest, len(found) > 1) for p in found]
    return articles, tuple(w for p in found for w in p.warnings)


def _article(parsed: Parsed, stem: str, rel: str, digest: str, several: bool) -> Article:
    """An Article from one Parsed; entries of a feed get the entry key in their id and their own hash."""
    article_id = f"{stem}/{parsed.key}" if parsed.key else stem
    if several or parsed.key:
        fields = (article_id, parsed.title, parsed.date, parsed.url, *parsed.paragraphs)
        digest = hashlib.sha256("\0".join(f or "" for f in fields).encode()).hexdigest()
    return Article(
        id=article_id,
        slug=slugify(article_id, fallback="article"),
        path=rel,
        title=parsed.title,
        date=parsed.date,
        source=parsed.source,
        url=parsed.url,
        tags=parsed.tags,
        paragraphs=parsed.paragraphs,
        content_hash=digest,
    )


def read_article(
    path: Path, root: Path, max_bytes: int = DEFAULT_MAX_BYTES
) -> tuple[Article, tuple[str, ...]]:
    """Read one source file into an Article (a feed's first entry) and its warnings, or raise SourceError."""
    articles, warnings = read_articles(path, root, max_bytes)
    return articles[0], warnings


def source_files(root: Path) -> list[Path]:
    """Candidate source files below root, sorted, skipping hidden files and READMEs."""
    return [p for p in _entries(root) if p.is_symlink() or not p.is_dir()]


def _entries(root: Path) -> list[Path]:
    """Files, links and folders named like source files below root, sorted; hidden ones left out."""
    found: list[Path] = []
    for folder, dirs, files in os.walk(root):  # does not descend into linked folders
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        base = Path(folder)
        found += [base / d for d in dirs if Path(d).suffix.lower() in SUPPORTED or (base / d).is_symlink()]
        found += [base / f for f in files if not f.startswith(".") and f.lower() not in SKIPPED_NAMES]
    return sorted(found)


def read_sources(
    root: Path, max_bytes: int = DEFAULT_MAX_BYTES, remembered: Remembered | None = None
) -> tuple[list[Article], list[Problem]]:
    """Every readable article under root, plus one Problem per file that could not be used.

    With `remembered`, a regular file whose signature (size, times, inode) is the one an earlier build read it
    with is not read again: its articles and warnings are taken from there. A file is remembered only when
    it was read without error and its last change was at least SETTLED_NS before the read, so that a change
    within the same tick of the file system's clock cannot go unseen.
    """
    if not root.is_dir():
        return [], [Problem(str(root), "sources folder does not exist")]
    articles: list[Article] = []
    problems: list[Problem] = []
    seen: dict[str, Path] = {}  # content hash → the file it was first read from
    used_ids: set[str] = set()
    used_slugs: set[str] = set()
    entries = _entries(root)
    real = functools.cache(  # only links need it: resolving every path costs a system call each
        lambda: {p.resolve(): p for p in entries if not p.is_symlink() and p.is_file()}
    )
    for path in entries:
        info = _lstat(path)
        regular = info is not None and stat.S_ISREG(info.st_mode)  # not a folder, not a link
        if not regular and (skipped := _not_a_source(path, root, real)):
            problems.append(Problem(display_path(path), skipped, "warning"))
            continue
        if remembered is not None and regular:
            found, trouble = _read_remembered(path, root, max_bytes, info, remembered)
        else:
            found, trouble = _read_reported(path, root, max_bytes)
        problems += trouble
        for article in found:
            if first := seen.get(article.content_hash):
                shown = display_path(first)
                problems.append(
                    Problem(display_path(path), f"has the same content as {shown}; built once", "warning")
                )
                continue
            seen[article.content_hash] = path
            articles.append(_unique(article, used_ids, used_slugs))
    return articles, problems


def _lstat(path: Path) -> os.stat_result | None:
    try:
        return os.lstat(path)
    except OSError:
        return None


def _relative(path: Path, root: Path) -> str:
    """`path.relative_to(root).as_posix()` for a path found below root, without building another Path."""
    text, base = str(path), str(root)
    prefix = "" if base == "." else base if base.endswith(os.sep) else base + os.sep
    if os.sep == "/" and text.startswith(prefix):
        return text[len(prefix) :]
    return path.relative_to(root).as_posix()


def _read_remembered(
    path: Path, root: Path, max_bytes: int, info: os.stat_result, remembered: Remembered
) -> tuple[list[Article], list[Problem]]:
    """`_read_reported`, answered from `remembered` when the file has the signature it was read with.

    `info` is taken before the file is read: a change after it gives the next build another signature.
    """
    now = time.time_ns()
    signature = (info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino, info.st_dev)
    rel = _relative(path, root)
    known = remembered.get(rel, signature)
    if known is not None:
        found, warnings = known
        return list(found), [Problem(display_path(path), w, "warning") for w in warnings]
    found, problems = _read_reported(path, root, max_bytes)
    settled = now - max(info.st_mtime_ns, info.st_ctime_ns) >= SETTLED_NS
    if found and settled and all(p.severity == "warning" for p in problems):
        remembered.put(rel, signature, tuple(found), tuple(p.message for p in problems))
    return found, problems


def _not_a_source(path: Path, root: Path, real: Callable[[], dict[Path, Path]]) -> str | None:
    """Why an entry is skipped with a warning: a folder named like a file, or a link to a file read anyway."""
    if path.is_dir() and not path.is_symlink():
        return "is a folder named like a file; the files in it are read"
    target = real().get(resolved(path)) if path.is_symlink() else None
    return (
        f"is a symbolic link to {target.relative_to(root).as_posix()}, which is read itself"
        if target
        else None
    )


def _read_reported(path: Path, root: Path, max_bytes: int) -> tuple[list[Article], list[Problem]]:
    """The file's articles and warnings, or the one error that stopped it; never an exception."""
    shown = display_path(path)
    try:
        found, warnings = read_articles(path, root, max_bytes)
    except SourceError as exc:
        return [], [Problem(shown, str(exc))]
    except OSError as exc:
        return [], [Problem(shown, f"cannot be read: {exc.strerror or exc}")]
    except Exception as exc:  # a parser bug must not stop the other sources
        return [], [Problem(shown, f"could not be read ({type(exc).__name__}: {exc}); skipped")]
    return found, [Problem(shown, w, "warning") for w in warnings]


def _unique(article: Article, used_ids: set[str], used_slugs: set[str]) -> Article:
    """The article with an id and slug no earlier article has; a clash gets the content hash appended."""
    article_id, slug, n = article.id, article.slug, 0
    while article_id in used_ids or slug in used_slugs:
        n += 1
        tail = article.content_hash[:8] + (f"-{n}" if n > 1 else "")
        article_id, slug = f"{article.id}-{tail}", f"{article.slug}-{tail}"
    used_ids.add(article_id)
    used_slugs.add(slug)
    return article if n == 0 else replace(article, id=article_id, slug=slug)
