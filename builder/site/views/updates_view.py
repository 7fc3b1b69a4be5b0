"""Views of the build log: the "What's new" page and a story's own change list, escaped and linked."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from builder.core.model import Briefing
from builder.history.changes import BuildEntry, Cited, ClaimChange, StoryChange
from builder.site.escape import md_inline
from builder.site.views.story_view import STORIES_DIR, has_page, source_labels
from builder.stories.merge import Story

WHATS_NEW_PATH = "whats-new.md"
DAY_LIMIT = 40  # stories listed per day; the rest are counted
CLAIM_LIMIT = 12  # claims listed per story and day; the rest are on the story page
PAGE_LIMIT = 150  # stories listed on the page in all, whole days at a time
STORY_CHANGES = 5  # days of changes a story page lists
KIND_LABELS = {
    "gift": "Gift",
    "concern": "Concern",
    "question": "Open question",
    "answer": "Answered",
    "conflict": "Sources disagree",
}
SECTIONS = {  # where each kind of claim is shown on a story or briefing page (its heading's anchor)
    "actor": "key-actors",
    "gift": "gifts",
    "concern": "concerns",
    "question": "open-questions",
    "answer": "open-questions",
    "conflict": "where-the-sources-disagree",
}
STORY_ONLY = frozenset({"where-the-sources-disagree"})  # sections a briefing page does not have


def section_link(label: str, page: str, kind: str, story: Story | None) -> str:
    """`label` linked to the section of `page` (the story's page) where a claim of this kind is shown. A story
    one source tells has its briefing's page, which has no section of conflicts between sources: a conflict an
    earlier build logged for the story before it lost its other sources links to the page itself (an anchor
    the page lacks fails MkDocs' strict build)."""
    section = SECTIONS[kind]
    on_briefing = story is not None and not has_page(story)
    return f"[{label}]({page})" if on_briefing and section in STORY_ONLY else f"[{label}]({page}#{section})"


@dataclass(frozen=True)
class Site:
    """What exists now, so that the log's entries link only to pages and sentences that are there."""

    stories: dict[str, Story]
    briefings: dict[str, Briefing]
    gone: dict[str, str]  # titles of removed articles, as the log recorded them

    @classmethod
    def of(cls, stories: Sequence[Story], briefings: Sequence[Briefing], entries: Sequence[BuildEntry]) -> Site:
        gone = {r.article_id: r.title for e in entries for r in e.articles_removed}
        return cls({s.id: s for s in stories}, {b.article.id: b for b in briefings}, gone)

    def story_page(self, story: Story, prefix: str) -> str:
        """A story's page, or its briefing's when one source tells it."""
        if has_page(story):
            return f"{prefix}{STORIES_DIR}/{story.slug}.md"
        return f"{prefix}briefings/{story.sources[0].slug}.md"

    def article(self, article_id: str, prefix: str) -> str:
        b = self.briefings.get(article_id)
        if b is None:
            return f"*{md_inline(self.gone[article_id])}* (removed)" if article_id in self.gone else "*an article since removed*"
        return f"[{md_inline(b.title)}]({prefix}briefings/{b.article.slug}.md)"

    def cite(self, cited: Cited, labels: dict[str, str], prefix: str) -> str:
        """A link to the sentence, labelled like the story page labels it (A§2); plain text if it is gone."""
        label = labels.get(cited.article_id, "")
        b = self.briefings.get(cited.article_id)
        if b is None or cited.sentence > len(b.sentences):
            return f"{label}§{cited.sentence}" if cited.sentence else ""
        anchor = f"#s{cited.sentence}" if cited.sentence else ""
        text = f"{label}§{cited.sentence}" if cited.sentence else label or "source"
        return f"[{text}]({prefix}briefings/{b.article.slug}.md{anchor}){{ .cite }}"


def claim_line(claim: ClaimChange, site: Site, story: Story | None, prefix: str, page: str | None) -> str:
    """One claim: its kind linked to its section of the story page, what it says, and its citations."""
    labels = source_labels(story) if story else {}
    cites = " ".join(c for c in (site.cite(e, labels, prefix) for e in claim.evidence) if c)
    label = KIND_LABELS[claim.kind]
    kind = section_link(label, page, claim.kind, story) if page is not None else label
    if claim.kind == "concern":
        text = f"**{md_inline(claim.detail)}**: {md_inline(claim.text)}"
    elif claim.kind == "answer":
        text = f"{md_inline(claim.text)} → “{md_inline(claim.detail)}”"
    elif claim.kind == "conflict":
        text = f"{md_inline(claim.text)}: {md_inline(claim.detail)}"
    else:
        text = md_inline(claim.text)
    return f"{kind}: {text} {cites}".rstrip()


def actors_line(actors: list[ClaimChange], site: Site, story: Story | None, prefix: str, page: str | None) -> str:
    """The actors new to a story on one line, each with the first sentence naming them."""
    labels = source_labels(story) if story else {}
    names = ", ".join(
        f"{md_inline(a.text)} {' '.join(site.cite(e, labels, prefix) for e in a.evidence)}".rstrip()
        for a in actors
    )
    label = "New actors" if len(actors) > 1 else "New actor"
    return f"{section_link(label, page, 'actor', story)}: {names}" if page is not None else f"{label}: {names}"


def change_items(change: StoryChange, site: Site, prefix: str, page: str | None) -> list[str]:
    """The lines under one story: sources that joined or left, then its new claims."""
    story = site.stories.get(change.story_id)
    items = []
    if change.status == "updated" and change.sources_added:
        items.append("New source: " + ", ".join(site.article(a, prefix) for a in change.sources_added))
    if change.sources_removed:
        items.append("Source removed: " + ", ".join(site.article(a, prefix) for a in change.sources_removed))
    actors = [c for c in change.claims if c.kind == "actor"]
    if actors:
        items.append(actors_line(actors, site, story, prefix, page))
    claims = [c for c in change.claims if c.kind != "actor"]
    items += [claim_line(c, site, story, prefix, page) for c in claims[:CLAIM_LIMIT]]
    if len(claims) > CLAIM_LIMIT:
        items.append(f"… and {len(claims) - CLAIM_LIMIT} more")
    return items


def merged(changes: list[StoryChange]) -> list[StoryChange]:
    """One change per story (newest first in, newest first out): a day's builds of one story combined."""
    by_story: dict[str, list[StoryChange]] = {}
    for change in changes:
        by_story.setdefault(change.story_id, []).append(change)
    out = []
    for found in by_story.values():
        latest = found[0]
        out.append(
            StoryChange(
                latest.story_id,
                latest.title,
                "new" if any(c.status == "new" for c in found) else "updated",
                tuple(dict.fromkeys(a for c in found for a in c.sources_added)),
                tuple(dict.fromkeys(a for c in found for a in c.sources_removed)),
                tuple(claim for c in found for claim in c.claims),
            )
        )
    return out


def newest_first(entries: Sequence[BuildEntry]) -> list[BuildEntry]:
    """By date, newest first; builds of one day newest first (the log appends in build order)."""
    return sorted(reversed(entries), key=lambda e: e.date, reverse=True)


@dataclass(frozen=True)
class Updates:
    """The build log read against the site as it is now: built once per build, asked once per page."""

    days: dict[str, list[BuildEntry]]  # newest day first, each day's builds newest first
    by_story: dict[str, list[tuple[str, StoryChange]]]  # story id → (date, change), newest first
    site: Site

    @classmethod
    def of(cls, entries: Sequence[BuildEntry], stories: Sequence[Story], briefings: Sequence[Briefing]) -> Updates:
        days: dict[str, list[BuildEntry]] = {}
        by_story: dict[str, list[tuple[str, StoryChange]]] = {}
        for entry in newest_first(entries):
            days.setdefault(entry.date, []).append(entry)
            for change in entry.stories:
                by_story.setdefault(change.story_id, []).append((entry.date, change))
        return cls(days, by_story, Site.of(stories, briefings, entries))

    def story_block(self, change: StoryChange) -> dict[str, object]:
        story = self.site.stories.get(change.story_id)
        page = self.site.story_page(story, "") if story else None
        title = md_inline(story.title if story else change.title)
        return {
            "status": "New story" if change.status == "new" else "Updated",
            "link": f"[{title}]({page})" if page else f"{title} *(no longer on the site)*",
            "lines": change_items(change, self.site, "", page),
        }

    def day(self, date: str, entries: list[BuildEntry]) -> dict[str, object]:
        """One day's builds: each changed story once, then the articles edited and removed."""
        changes = merged([c for e in entries for c in e.stories])
        shown = {a for c in changes[:DAY_LIMIT] for a in c.sources_added}
        added = [a for e in entries for a in e.articles_added if a not in shown]
        return {
            "date": date,
            "first": any(e.first for e in entries),
            "stories": [self.story_block(c) for c in changes[:DAY_LIMIT]],
            "more": max(0, len(changes) - DAY_LIMIT),
            "read": sum(len(e.articles_added) for e in entries),  # articles of a first build
            "added": len(added),  # new articles not listed under a story above
            "new": [self.site.article(a, "") for a in added[:DAY_LIMIT]],
            "changed": [self.site.article(a, "") for e in entries for a in e.articles_changed],
            "removed": [md_inline(r.title) for e in entries for r in e.articles_removed],
        }

    def whats_new(self) -> dict[str, object]:
        """Everything the What's new page prints: the builds of the log grouped by day, newest first.

        Days are listed until PAGE_LIMIT stories are, so the page (and its build time) stays small however
        busy the retention period was; a story page still lists its own recent changes."""
        days, listed = [], 0
        for date, found in self.days.items():
            if listed >= PAGE_LIMIT:
                break
            days.append(self.day(date, found))
            listed += len(days[-1]["stories"])
        return {"days": days, "older": len(self.days) - len(days)}

    def for_story(self, story: Story) -> dict[str, object]:
        """A story page's "Updated" date and its own change list (once a later build changed it)."""
        mine = self.by_story.get(story.id, [])
        updated = [date for date, c in mine if c.status == "updated"]
        if not updated:
            return {"updated": "", "changes": []}
        changes = [
            {
                "date": date,
                "status": "new story" if c.status == "new" else "updated",
                "lines": change_items(c, self.site, "../", ""),
            }
            for date, c in mine[:STORY_CHANGES]
        ]
        return {"updated": updated[0], "changes": changes}
