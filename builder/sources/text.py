"""Plain-text and Markdown sources, and what every format reader shares: Parsed, SourceError, dates, URLs."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

import yaml

DATE_MARKER = re.compile(r"\A\s*date:?\s+(\d{1,4}-\d{1,2}-\d{1,2})(?=\s|\Z)\s*", re.IGNORECASE)
FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.DOTALL)
FRONT_MATTER_KEYS = {"title", "date", "source", "url", "tags", "author"}
MAX_FRONT_MATTER = 16_384  # characters; real front matter is a few lines
MAX_NESTING = 20  # brackets inside brackets; PyYAML's parser slows down quadratically with depth
YMD = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
HEADLINE_WORDS = 16  # BBC and wire headlines run 3-12 words; a lead sentence is rarely this short
HEADLINE_CHARS = 120
SHORT_HEADLINE_WORDS = 8
SENTENCE_END = ".:;,…"
CLOSING_QUOTES = "\"'”’)] "
SAFE_URL = re.compile(r"https?://[^\s<>\"'`\\]+", re.IGNORECASE)


class SourceError(ValueError):
    """A source file that cannot become an article; the message says what is wrong."""


@dataclass(frozen=True)
class Parsed:
    """What a format reader gets out of one file, or out of one entry of a feed (`key` names the entry)."""

    paragraphs: tuple[str, ...]
    title: str | None = None
    date: str | None = None
    source: str | None = None
    url: str | None = None
    tags: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    key: str = ""


def parse_date(value: object) -> str:
    """An ISO date from a date, a datetime, or text like 2024-05-01 or 2024-05-01T10:00Z; else SourceError."""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value).strip()
    try:
        if match := YMD.fullmatch(text):
            return dt.date(*map(int, match.groups())).isoformat()
        return dt.datetime.fromisoformat(text).date().isoformat()
    except (ValueError, OverflowError):
        raise SourceError(f"invalid date {_shorten(text)!r}; use YYYY-MM-DD") from None


def lenient_date(value: object, warnings: list[str]) -> str | None:
    """Parse a date; an invalid one becomes a warning and the article stays undated."""
    try:
        return parse_date(value)
    except SourceError as exc:
        warnings.append(f"{exc}; the article is kept without a date")
        return None


def safe_url(value: object, warnings: list[str]) -> str | None:
    """An http(s) address as given; anything else (javascript:, a bare path) is left out with a warning."""
    text = clean(value)
    if text is None or SAFE_URL.fullmatch(text):
        return text
    warnings.append(f"url {_shorten(text)!r} is not an http(s) address; left out")
    return None


def clean(value: object) -> str | None:
    """Text with runs of whitespace collapsed to one space, or None when nothing is left."""
    return " ".join(str(value).split()) or None if value is not None else None


def lines_to_paragraphs(lines: list[str]) -> tuple[str, ...]:
    """Non-empty lines, whitespace collapsed: each one a paragraph."""
    return tuple(p for line in lines if (p := " ".join(line.split())))


def read_txt(text: str) -> Parsed:
    """Plain text: a paragraph per line, an optional leading `date YYYY-MM-DD` marker and headline line."""
    date, warnings = None, []
    marker = DATE_MARKER.match(text)
    if marker:
        date = lenient_date(marker.group(1), warnings)
        text = text[marker.end() :]
    paragraphs = lines_to_paragraphs(text.splitlines())
    if len(paragraphs) > 1 and is_headline(paragraphs[0]):
        return Parsed(paragraphs[1:], title=paragraphs[0], date=date, warnings=tuple(warnings))
    return Parsed(paragraphs, date=date, warnings=tuple(warnings))


def is_headline(line: str) -> bool:
    """A first line that reads as a headline, not as the lead: short, and not ended like a sentence.

    News headlines drop the final full stop ("Howard denies split over ID cards"); a lead sentence keeps it. A
    question or exclamation counts only when very short, as leads can end that way too.
    """
    words = line.split()
    if not words or len(words) > HEADLINE_WORDS or len(line) > HEADLINE_CHARS:
        return False
    last = line.rstrip(CLOSING_QUOTES)[-1:]
    if last in "?!":
        return len(words) <= SHORT_HEADLINE_WORDS
    return last not in SENTENCE_END


def read_md(text: str) -> Parsed:
    """Markdown with YAML front matter (title, date, source, url, tags); blank lines separate paragraphs."""
    match = FRONT_MATTER.match(text)
    if re.match(r"---[ \t]*\r?\n", text) and not match:
        raise SourceError("front matter starts with '---' but is never closed by a '---' line")
    meta = front_matter(match.group(1)) if match else {}
    body = text[match.end() :] if match else text
    blocks = re.split(r"\n\s*\n", body)
    warnings = [
        f"unknown front matter key {_shorten(k)!r} ignored" for k in meta if k not in FRONT_MATTER_KEYS
    ]
    fields = {key: _text_field(meta, key, warnings) for key in ("title", "date", "source", "url", "author")}
    return Parsed(
        lines_to_paragraphs([" ".join(b.splitlines()) for b in blocks]),
        title=fields["title"],
        date=lenient_date(fields["date"], warnings) if fields["date"] else None,
        source=fields["source"],  # the publisher; an author is no outlet (one paper, two bylines)
        url=safe_url(fields["url"], warnings),
        tags=_tags(meta.get("tags")),
        warnings=tuple(warnings),
    )


def front_matter(block: str) -> dict[str, object]:
    """The front matter mapping, every scalar kept as the text written; SourceError if it is not one."""
    if len(block) > MAX_FRONT_MATTER:
        raise SourceError(f"front matter is {len(block):,} characters, over the {MAX_FRONT_MATTER:,} limit")
    if nesting(block) > MAX_NESTING:
        raise SourceError(f"front matter nests brackets more than {MAX_NESTING} deep")
    try:
        meta = _load(block, FAST_LOADER)
    except yaml.YAMLError:
        meta = None  # read again below by the pure-Python parser, whose messages the help text quotes
    except RecursionError:
        raise SourceError("front matter is nested too deeply to be real front matter") from None
    if meta is not None:
        return _mapping(meta)
    try:
        meta = _load(block, yaml.BaseLoader)
    except yaml.YAMLError as exc:
        where = getattr(exc, "problem_mark", None)
        line = f" at line {where.line + 2}" if where else ""
        raise SourceError(f"invalid YAML front matter{line}: {getattr(exc, 'problem', exc)}") from None
    except RecursionError:
        raise SourceError("front matter is nested too deeply to be real front matter") from None
    return _mapping(meta)


# libyaml's parser when PyYAML has it (ten times faster); both build the same values with BaseLoader's
# constructor, and a block libyaml rejects is parsed again by the pure-Python one for its error message.
FAST_LOADER = getattr(yaml, "CBaseLoader", yaml.BaseLoader)


def _load(block: str, loader: type) -> object:
    """The block's values, every scalar kept as text (no implicit types: `title: yes` stays "yes")."""
    if any(isinstance(event, yaml.AliasEvent) for event in yaml.parse(block, Loader=loader)):
        raise SourceError("front matter uses YAML aliases (*name); write each value out")
    return yaml.load(block, Loader=loader)


def _mapping(meta: object) -> dict[str, object]:
    if meta is None or meta == "":
        return {}
    if not isinstance(meta, dict):
        raise SourceError("front matter must be a mapping of keys such as title: and date:")
    return meta


def nesting(block: str) -> int:
    """How deep [ and { nest in the block (an upper bound: quoted brackets count too)."""
    depth = deepest = 0
    for char in block:
        if char in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif char in "]}":
            depth = max(0, depth - 1)
    return deepest


def _text_field(meta: dict[str, object], key: str, warnings: list[str]) -> str | None:
    value = meta.get(key)
    if isinstance(value, list | dict):
        kind = "list" if isinstance(value, list) else "mapping"
        warnings.append(f"front matter {key!r} must be text, not a {kind}; ignored")
        return None
    return clean(value)


def _tags(value: object) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = value.split(",")
    if not isinstance(value, list):
        raise SourceError("front matter 'tags' must be a list or a comma-separated string")
    return tuple(dict.fromkeys(t for v in value if not isinstance(v, list | dict) and (t := clean(v))))


def _shorten(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
