"""Saved web pages (trafilatura, offline) and RSS/Atom feeds (feedparser), read into plain paragraphs."""

from __future__ import annotations

import datetime as dt
import email.utils
import io
import re
from typing import Any

import lxml.html
from lxml import etree

from builder.core.slug import slugify
from builder.sources.text import (
    Parsed,
    SourceError,
    clean,
    lenient_date,
    lines_to_paragraphs,
    parse_date,
    safe_url,
)

# Leave out trafilatura's `filedate` (today) and give a fixed latest date, so builds do not depend on the day.
DATE_PARAMS = {"original_date": True, "extensive_search": False, "max_date": "2099-12-31"}
BLOCKS = ("address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption", "figure",
          "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre",
          "section", "table", "td", "th", "tr", "ul")  # fmt: skip
HIDDEN = "//head|//script|//style|//template|//noscript|//svg|//math"
XML_DECLARATION = re.compile(r"\A\s*<\?xml[^>]*\?>")
SCHEME = re.compile(r"[a-z][a-z0-9+.-]*:", re.IGNORECASE)  # a bare guid such as "wire-2" is no address
HTML_TYPES = {"text/html", "application/xhtml+xml", "html", "xhtml"}


def html_to_paragraphs(markup: str) -> tuple[str, ...]:
    """The visible text of HTML, one paragraph per block element; scripts, styles and the head dropped."""
    try:
        root = lxml.html.document_fromstring(XML_DECLARATION.sub("", markup))
    except (etree.LxmlError, ValueError):  # empty, or nothing lxml can parse
        return ()
    for hidden in root.xpath(HIDDEN):
        hidden.drop_tree()
    for block in root.iter(*BLOCKS):
        block.text = "\n" + (block.text or "")
        block.tail = "\n" + (block.tail or "")
    return lines_to_paragraphs(root.text_content().splitlines())


def html_to_text(markup: str) -> str | None:
    """HTML as one line of plain text (for titles)."""
    return clean(" ".join(html_to_paragraphs(markup)))


def read_html(text: str) -> Parsed:
    """A saved web page: its main text, title, date, site name and address, via trafilatura."""
    warnings: list[str] = []
    doc = _main_content(text)
    paragraphs = lines_to_paragraphs(doc.get("text", "").splitlines())
    if not paragraphs:
        paragraphs = html_to_paragraphs(text)
        if paragraphs:
            warnings.append("the page's main content could not be found; all of its visible text is used")
    title = clean(doc.get("title"))
    if paragraphs and title and paragraphs[0] == title:
        paragraphs = paragraphs[1:]  # the page's own headline; the briefing shows the title already
    return Parsed(
        paragraphs,
        title=title,
        date=lenient_date(doc["date"], warnings) if doc.get("date") else None,
        source=clean(doc.get("sitename")),  # the publisher; an author is no outlet (the address names one)
        url=safe_url(doc.get("url"), warnings),
        warnings=tuple(warnings),
    )


def _main_content(text: str) -> dict[str, Any]:
    """trafilatura's extraction as a dict (empty when it finds nothing), without `filedate`."""
    import trafilatura  # here: with feedparser, 0.2 s of imports that a build without web pages never needs

    try:
        doc = trafilatura.bare_extraction(
            text, with_metadata=True, include_comments=False, date_extraction_params=DATE_PARAMS
        )
    except (etree.LxmlError, ValueError, RecursionError):
        return {}
    data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc or {})
    data.pop("filedate", None)
    return data


def read_feed(data: bytes) -> tuple[Parsed, ...]:
    """An RSS or Atom feed: one Parsed per entry with text; the feed's own warnings ride on the first."""
    import feedparser  # here: only a build with a feed needs it (see `_main_content`)

    feed = feedparser.parse(
        io.BytesIO(data)
    )  # a stream: given bytes, feedparser would try them as a file name
    if not feed.entries:
        why = f" ({clean(feed.bozo_exception)})" if feed.get("bozo") else ""
        raise SourceError(f"is not an RSS or Atom feed, or has no entries{why}")
    bozo = clean(feed.get("bozo_exception"))
    warnings = [f"is not well-formed XML ({bozo}); read what could be parsed"] if feed.get("bozo") else []
    name = _detail_text(feed.feed, "title")
    entries, keys = [], set()
    for index, entry in enumerate(feed.entries, start=1):
        parsed = _entry(entry, index, name, keys)
        if parsed.paragraphs:
            entries.append(parsed)
        else:
            warnings.append(f"entry {index} ({parsed.title or 'untitled'!r}) has no text; skipped")
    if not entries:
        raise SourceError(f"has no feed entry with text ({len(feed.entries)} entries, all empty)")
    first = entries[0]
    entries[0] = Parsed(**{**first.__dict__, "warnings": (*warnings, *first.warnings)})
    return tuple(entries)


def _entry(entry: Any, index: int, feed_name: str | None, keys: set[str]) -> Parsed:
    """One feed entry: text from its content (or summary), title, date, link and categories."""
    warnings: list[str] = []
    title = _detail_text(entry, "title")
    prefix = f"entry {index}: "
    return Parsed(
        _entry_paragraphs(entry),
        title=title,
        date=_entry_date(entry, warnings),
        source=feed_name,
        url=safe_url(link, warnings) if SCHEME.match(link := entry.get("link") or "") else None,
        tags=tuple(dict.fromkeys(t for tag in entry.get("tags") or () if (t := clean(tag.get("term"))))),
        warnings=tuple(prefix + w for w in warnings),
        key=_entry_key(entry, index, keys),
    )


def _entry_paragraphs(entry: Any) -> tuple[str, ...]:
    parts = entry.get("content") or ([entry["summary_detail"]] if entry.get("summary_detail") else [])
    paragraphs: list[str] = []
    for part in parts:
        value = part.get("value") or ""
        is_html = part.get("type", "text/html") in HTML_TYPES
        paragraphs += html_to_paragraphs(value) if is_html else lines_to_paragraphs(value.splitlines())
    return tuple(paragraphs)


def _detail_text(item: Any, key: str) -> str | None:
    """A feed or entry title as plain text, whether the feed marked it as HTML or as text."""
    value = item.get(key)
    detail = item.get(f"{key}_detail") or {}
    return html_to_text(value) if value and detail.get("type") in HTML_TYPES else clean(value)


def _entry_date(entry: Any, warnings: list[str]) -> str | None:
    """The publication (else update) date as written in the feed, so no time-zone shift moves the day."""
    # Plain dict lookups: feedparser's own mapping of `updated` to `published` warns on every call.
    raw = clean(dict.get(entry, "published") or dict.get(entry, "updated"))
    if raw is None:
        return None
    try:
        return parse_date(raw)
    except SourceError:
        pass
    try:
        return email.utils.parsedate_to_datetime(raw).date().isoformat()
    except (TypeError, ValueError, IndexError, OverflowError):
        pass
    parsed = dict.get(entry, "published_parsed") or dict.get(entry, "updated_parsed")
    return dt.date(*parsed[:3]).isoformat() if parsed else lenient_date(raw, warnings)


def _entry_key(entry: Any, index: int, used: set[str]) -> str:
    """A stable key from the entry's id (or link), else its position; unique within the feed."""
    own = slugify(str(entry.get("id") or entry.get("link") or ""), fallback="")[:60].rstrip("-")
    key = next((k for k in (own, f"entry-{index}") if k and k not in used), f"entry-{index}-{len(used)}")
    used.add(key)
    return key
