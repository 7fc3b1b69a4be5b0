"""Reading sources: every file in the seeds folder becomes an Article or a Problem naming the file."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import yaml

from builder.model import Article, Problem
from builder.slug import slugify

DEFAULT_MAX_BYTES = 2 * 1024 * 1024
DATE_MARKER = re.compile(r"\A\s*date:?\s+(\d{1,4}-\d{1,2}-\d{1,2})(?=\s|\Z)\s*", re.IGNORECASE)
FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.DOTALL)
FRONT_MATTER_KEYS = {"title", "date", "source", "url", "tags", "author"}
NORMALISE = str.maketrans({"\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u200b": "", "\ufeff": ""})


class SourceError(ValueError):
    """A source file that cannot become an article; the message says what is wrong."""


@dataclass(frozen=True)
class Parsed:
    """What a format reader gets out of one file's text."""

    paragraphs: tuple[str, ...]
    title: str | None = None
    date: str | None = None
    source: str | None = None
    url: str | None = None
    tags: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()


def decode(data: bytes) -> str:
    """Decode UTF-8 (with or without BOM) or BOM-marked UTF-16; anything else is an error."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if b"\x00" in data:
        raise SourceError("looks like binary data (contains NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise SourceError(f"is not valid UTF-8 (byte {exc.start}); save it as UTF-8") from None


def parse_date(value: object) -> str:
    """An ISO date string from a front-matter or marker value, or SourceError."""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    try:
        return dt.date.fromisoformat(str(value).strip()).isoformat()
    except ValueError:
        raise SourceError(f"invalid date {value!r}; use YYYY-MM-DD") from None


def lines_to_paragraphs(lines: list[str]) -> tuple[str, ...]:
    """Non-empty lines, whitespace collapsed: each one a paragraph."""
    return tuple(p for line in lines if (p := " ".join(line.split())))


def _lenient_date(value: object, warnings: list[str]) -> str | None:
    """Parse a date; an invalid one becomes a warning and the article stays undated."""
    try:
        return parse_date(value)
    except SourceError as exc:
        warnings.append(f"{exc}; the article is kept without a date")
        return None


def read_txt(text: str) -> Parsed:
    """Plain text: one paragraph per line, with an optional leading `date YYYY-MM-DD` marker."""
    date, warnings = None, []
    marker = DATE_MARKER.match(text)
    if marker:
        date = _lenient_date(marker.group(1), warnings)
        text = text[marker.end() :]
    return Parsed(lines_to_paragraphs(text.splitlines()), date=date, warnings=tuple(warnings))


def read_md(text: str) -> Parsed:
    """Markdown with YAML front matter (title, date, source, url, tags); blank lines separate paragraphs."""
    match = FRONT_MATTER.match(text)
    if text.startswith("---") and not match:
        raise SourceError("front matter starts with '---' but is never closed by a '---' line")
    meta = _front_matter(match.group(1)) if match else {}
    body = text[match.end() :] if match else text
    blocks = re.split(r"\n\s*\n", body)
    paragraphs = lines_to_paragraphs([" ".join(b.splitlines()) for b in blocks])
    tags = meta.get("tags") or ()
    if isinstance(tags, str):
        tags = [t.strip() for t in tags.split(",")]
    if not isinstance(tags, list | tuple):
        raise SourceError("front matter 'tags' must be a list or a comma-separated string")
    warnings: list[str] = [
        f"unknown front matter key {k!r} ignored" for k in meta if k not in FRONT_MATTER_KEYS
    ]
    return Parsed(
        paragraphs,
        title=_text_field(meta, "title"),
        date=_lenient_date(meta["date"], warnings) if meta.get("date") else None,
        source=_text_field(meta, "source"),
        url=_text_field(meta, "url"),
        tags=tuple(str(t) for t in tags if str(t).strip()),
        warnings=tuple(warnings),
    )


def _front_matter(block: str) -> dict[str, object]:
    try:
        meta = yaml.safe_load(block)
    except yaml.YAMLError as exc:
        where = getattr(exc, "problem_mark", None)
        line = f" at line {where.line + 2}" if where else ""
        raise SourceError(f"invalid YAML front matter{line}: {getattr(exc, 'problem', exc)}") from None
    if meta is None:
        return {}
    if not isinstance(meta, dict):
        raise SourceError("front matter must be a mapping of keys such as title: and date:")
    return meta


def _text_field(meta: dict[str, object], key: str) -> str | None:
    value = meta.get(key)
    return " ".join(str(value).split()) or None if value is not None else None


READERS: dict[str, Callable[[str], Parsed]] = {".txt": read_txt, ".md": read_md, ".markdown": read_md}


def read_article(
    path: Path, root: Path, max_bytes: int = DEFAULT_MAX_BYTES
) -> tuple[Article, tuple[str, ...]]:
    """Read one source file into an Article and its warnings, or raise SourceError saying what is wrong."""
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        raise SourceError(f"unsupported file type {path.suffix or '(none)'}; use {', '.join(READERS)}")
    size = path.stat().st_size
    if size > max_bytes:
        raise SourceError(f"is {size:,} bytes, over the {max_bytes:,}-byte limit")
    data = path.read_bytes()
    parsed = reader(decode(data).translate(NORMALISE).replace("\r\n", "\n").replace("\r", "\n"))
    if not parsed.paragraphs:
        raise SourceError("has no article text")
    stem = path.relative_to(root).with_suffix("").as_posix()
    article = Article(
        id=stem,
        slug=slugify(stem, fallback="article"),
        path=path.relative_to(root).as_posix(),
        title=parsed.title,
        date=parsed.date,
        source=parsed.source,
        url=parsed.url,
        tags=parsed.tags,
        paragraphs=parsed.paragraphs,
        content_hash=hashlib.sha256(data).hexdigest(),
    )
    return article, parsed.warnings


def source_files(root: Path) -> list[Path]:
    """Candidate source files below root, sorted, skipping hidden files and READMEs."""
    files = [
        p
        for p in root.rglob("*")
        if p.is_file() and not any(part.startswith(".") for part in p.relative_to(root).parts)
    ]
    return sorted(p for p in files if p.name.lower() not in {"readme.md", "readme.txt", "readme"})


def read_sources(root: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[list[Article], list[Problem]]:
    """Every readable article under root, plus one Problem per file that could not be used."""
    if not root.is_dir():
        return [], [Problem(str(root), "sources folder does not exist")]
    articles: list[Article] = []
    problems: list[Problem] = []
    seen_hashes: dict[str, str] = {}
    used_slugs: set[str] = set()
    for path in source_files(root):
        shown = path.as_posix()
        try:
            article, warnings = read_article(path, root, max_bytes)
        except SourceError as exc:
            problems.append(Problem(shown, str(exc)))
            continue
        except OSError as exc:
            problems.append(Problem(shown, f"cannot be read: {exc.strerror or exc}"))
            continue
        if article.content_hash in seen_hashes:
            first = seen_hashes[article.content_hash]
            problems.append(Problem(shown, f"has the same content as {first}; built once", "warning"))
            continue
        problems.extend(Problem(shown, w, "warning") for w in warnings)
        seen_hashes[article.content_hash] = shown
        articles.append(_unique_slug(article, used_slugs))
    return articles, problems


def _unique_slug(article: Article, used: set[str]) -> Article:
    slug = article.slug
    if slug in used:
        slug = f"{slug}-{article.content_hash[:8]}"
    used.add(slug)
    if slug == article.slug:
        return article
    return Article(**{**article.__dict__, "slug": slug})
