"""An Atom feed of the newest stories and briefings, so readers can follow the site."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

import yaml

from builder.core.model import Briefing
from builder.stories.merge import Story

FEED_PATH = "feed.xml"
FEED_LIMIT = 50


class _Loader(yaml.SafeLoader):
    """Reads mkdocs.yml for a few plain keys, ignoring MkDocs' and Material's custom tags."""


_Loader.add_multi_constructor("", lambda loader, suffix, node: None)


def site_settings(config: Path) -> tuple[str, str]:
    """(site_name, site_url) from the MkDocs config; the URL may be empty."""
    try:
        data = yaml.load(config.read_text(encoding="utf-8"), Loader=_Loader) or {}
    except (OSError, yaml.YAMLError):
        data = {}
    return str(data.get("site_name") or "Briefings"), str(data.get("site_url") or "").rstrip("/")


def _entry(title: str, path: str, date: str, summary: str, base: str) -> str:
    url = f"{base}/{path}" if base else path
    return (
        f"<entry><title>{escape(title)}</title><link href={quoteattr(url)}/><id>{escape(url)}</id>"
        f"<updated>{date}T00:00:00Z</updated><summary>{escape(summary)}</summary></entry>"
    )


def atom_feed(briefings: Sequence[Briefing], stories: Sequence[Story], name: str, base: str) -> str:
    """Dated stories and briefings, newest first; undated ones have no place in a feed and are left out."""
    entries = [
        (s.date, f"stories/{s.slug}/", f"Story: {s.title}", " ".join(c.text for c in s.summary))
        for s in stories
        if s.date and len(s.sources) > 1  # a one-source story is its briefing, listed below
    ]
    entries += [
        (b.article.date, f"briefings/{b.article.slug}/", b.title, " ".join(e.text for e in b.summary))
        for b in briefings
        if b.article.date
    ]
    entries.sort(key=lambda e: (e[0], e[1]), reverse=True)
    newest = entries[0][0] if entries else "1970-01-01"
    home = f"{base}/" if base else "./"
    body = "".join(_entry(t, p, d, s, base) for d, p, t, s in entries[:FEED_LIMIT])
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        f'<feed xmlns="http://www.w3.org/2005/Atom"><title>{escape(name)}</title>'
        f"<link href={quoteattr(home)}/><id>{escape(home)}</id><updated>{newest}T00:00:00Z</updated>"
        f"<author><name>{escape(name)}</name></author>{body}</feed>\n"
    )
