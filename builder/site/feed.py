"""An Atom feed of the newest stories, briefings and story updates, so readers can follow the site."""

from __future__ import annotations

from collections.abc import Sequence
import re
from pathlib import Path
from urllib.parse import urlsplit
from xml.sax.saxutils import escape, quoteattr

import yaml

from builder.core.model import Briefing
from builder.history.changes import BuildEntry, StoryChange
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


def _entry(title: str, path: str, date: str, summary: str, base: str, entry_id: str = "") -> str:
    url = f"{base}/{path}" if base else path
    return (
        f"<entry><title>{escape(title)}</title><link href={quoteattr(url)}/><id>{escape(entry_id or url)}</id>"
        f"<updated>{date}T00:00:00Z</updated><summary>{escape(summary)}</summary></entry>"
    )


def update_id(story_id: str, date: str, base: str, name: str) -> str:
    """A tag URI (RFC 4151) per story and build day: a reader shows each day's update of a story once."""
    authority = urlsplit(base).hostname or re.sub(r"[^a-z0-9.-]+", "-", name.lower()).strip("-") or "briefings"
    return f"tag:{authority},{date}:{story_id}"


def update_summary(changes: Sequence[StoryChange], titles: dict[str, str]) -> str:
    """What changed in a story on one day, in plain words: sources that joined, then the new claims."""
    parts = []
    joined = [titles.get(a, a) for c in changes for a in c.sources_added]
    if joined:
        parts.append("New source: " + "; ".join(dict.fromkeys(joined)))
    for claim in (claim for c in changes for claim in c.claims):
        if claim.kind == "answer":
            parts.append(f"Answered: {claim.text} {claim.detail}")
        elif claim.kind == "conflict":
            parts.append(f"Sources disagree on the {claim.text}: {claim.detail}")
        elif claim.kind == "concern":
            parts.append(f"New concern ({claim.detail}): {claim.text}")
        elif claim.kind != "actor":
            parts.append(f"New {claim.kind}: {claim.text}")
    return " ".join(p if p.endswith((".", "?", "!", "…")) else f"{p}." for p in parts)


def update_entries(
    updates: Sequence[BuildEntry], briefings: Sequence[Briefing], stories: Sequence[Story]
) -> list[tuple[str, str, str, str, str]]:
    """(date, path, title, summary, story id) per story updated on a day, for stories still on the site."""
    by_id = {s.id: s for s in stories}
    titles = {b.article.id: b.title for b in briefings}
    days: dict[tuple[str, str], list[StoryChange]] = {}
    for entry in updates:
        for change in entry.stories:
            if change.status == "updated" and change.story_id in by_id:
                days.setdefault((entry.date, change.story_id), []).append(change)
    out = []
    for (date, story_id), changes in sorted(days.items()):
        story = by_id[story_id]
        path = f"stories/{story.slug}/" if len(story.sources) > 1 else f"briefings/{story.sources[0].slug}/"
        out.append((date, path, f"Updated: {story.title}", update_summary(changes, titles), story_id))
    return out


def atom_feed(
    briefings: Sequence[Briefing],
    stories: Sequence[Story],
    name: str,
    base: str,
    updates: Sequence[BuildEntry] = (),
) -> str:
    """Dated stories and briefings, and story updates (by build day), newest first.

    Undated stories and briefings have no place in a feed and are left out.
    """
    entries = [
        (s.date, f"stories/{s.slug}/", f"Story: {s.title}", " ".join(c.text for c in s.summary), "")
        for s in stories
        if s.date and len(s.sources) > 1  # a one-source story is its briefing, listed below
    ]
    entries += [
        (b.article.date, f"briefings/{b.article.slug}/", b.title, " ".join(e.text for e in b.summary), "")
        for b in briefings
        if b.article.date
    ]
    entries += [
        (d, p, t, s, update_id(story_id, d, base, name))
        for d, p, t, s, story_id in update_entries(updates, briefings, stories)
    ]
    entries.sort(key=lambda e: (e[0], e[1], e[4]), reverse=True)
    newest = entries[0][0] if entries else "1970-01-01"
    home = f"{base}/" if base else "./"
    body = "".join(_entry(t, p, d, s, base, i) for d, p, t, s, i in entries[:FEED_LIMIT])
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        f'<feed xmlns="http://www.w3.org/2005/Atom"><title>{escape(name)}</title>'
        f"<link href={quoteattr(home)}/><id>{escape(home)}</id><updated>{newest}T00:00:00Z</updated>"
        f"<author><name>{escape(name)}</name></author>{body}</feed>\n"
    )
