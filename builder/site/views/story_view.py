"""Views of story and actor pages: escaped strings and links, ready for the templates to print."""

from __future__ import annotations

import heapq
import string
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from operator import itemgetter

from builder.site.diagram import Edge, gift_svg
from builder.site.escape import md_inline, yaml_string
from builder.stories.identity import Identity
from builder.stories.merge import Citation, Story, StoryClaim
from builder.stories.threads import Neighbour, ThreadEntry

STORIES_DIR = "stories"
ACTORS_DIR = "actors"
TAGS_DIR = "tags"
THREADS_DIR = "threads"


@dataclass(frozen=True)
class Links:
    """Cross-page links: actor pages by name, and the story each article belongs to."""

    who: Identity
    actor_slugs: dict[str, str]  # identity key → profile slug
    story_of: dict[str, tuple[str, str]]  # article id → (story slug, title)
    tag_slugs: dict[str, str] = field(default_factory=dict)  # tag → its page's slug (tags/<slug>.md)

    def actor(self, name: str, prefix: str) -> str:
        """The actor's name, linked to their page when they have one."""
        slug = self.actor_slugs.get(self.who.key(name))
        text = md_inline(name)
        return f"[{text}]({prefix}{ACTORS_DIR}/{slug}.md)" if slug else text


def item_text(item: str) -> str:
    """A gift's item as written, or a note that the text names none."""
    return md_inline(item) if item else "*not named*"


def source_labels(story: Story) -> dict[str, str]:
    """Short labels A, B, C… for the sources of a story, in source order."""
    letters = string.ascii_uppercase
    return {s.article_id: letters[i] if i < 26 else f"S{i + 1}" for i, s in enumerate(story.sources)}


def story_cite(c: Citation, labels: dict[str, str]) -> str:
    return f"[{labels[c.article_id]}§{c.sentence}](../briefings/{c.slug}.md#s{c.sentence}){{ .cite }}"


def plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def count_badge(sources: Sequence[str], story: Story) -> str:
    """How many independent sources carry a claim: articles from one outlet count once."""
    return plural(story.independent_sources(sources), "source")


def coverage(story: Story) -> str:
    """The story's articles and how many independent sources they come from."""
    articles = len(story.sources)
    sources = story.independent_sources()
    if sources == articles:
        return plural(sources, "source")
    return f"{plural(articles, 'article')} from {plural(sources, 'source')}"


def outlet_note(story: Story) -> str:
    """Which outlets published more than one of the story's articles (each still one source), and how many
    articles name no outlet: "2 articles come from Wire One, one source"."""
    sizes = Counter(s.source_key for s in story.sources if s.outlet)
    names: dict[str, str] = {}
    for s in story.sources:
        if s.outlet:
            names.setdefault(s.source_key, s.outlet)
    shared = [(names[key], n) for key, n in sizes.items() if n > 1]
    notes = []
    if shared:
        told = [
            f"{n} {'articles ' if k == 0 else ''}come from {md_inline(name)}"
            for k, (name, n) in enumerate(shared)
        ]
        told[1:] = [t.replace("come from", "from", 1) for t in told[1:]]
        each = "one source" if len(shared) == 1 else "each outlet one source"
        notes.append(f"{', '.join(told[:-1])}{' and ' if len(told) > 1 else ''}{told[-1]}, {each}")
    unknown = sum(1 for s in story.sources if s.outlet is None)
    if unknown:
        notes.append(f"{plural(unknown, 'article')} name{'s' if unknown == 1 else ''} no outlet")
    return "; ".join(notes)


def holder_view(claim: StoryClaim, labels: dict[str, str]) -> str:
    """Who holds a merged claim; when its sources name different holders (or one states it in its own
    voice), each holder with the sources that give it: "White House (A); unattributed (B)"."""
    if not claim.attributions:
        return md_inline(claim.holder)
    sources: dict[str, list[str]] = {}
    for article_id, holder in claim.attributions:
        sources.setdefault(holder, []).append(labels[article_id])
    return "; ".join(f"{md_inline(h)} ({', '.join(sorted(ls))})" for h, ls in sources.items())


def claim_view(claim: StoryClaim, labels: dict[str, str], story: Story) -> dict[str, str]:
    answer = ""
    if claim.answer:
        answer = (
            f"**Answered** by source {labels[claim.answer.article_id]}: “{md_inline(claim.answer.text)}” "
        )
        answer += story_cite(claim.answer, labels)
    return {
        "holder": holder_view(claim, labels),
        "text": md_inline(claim.text),
        "count": count_badge(claim.sources, story),
        "cites": " ".join(story_cite(c, labels) for c in claim.citations),
        "answer": answer,
    }


def thread_link(entry: ThreadEntry | Neighbour, prefix: str) -> str:
    """A story of a thread linked to its page (a one-article story's page is its briefing)."""
    has_page = entry.has_page if isinstance(entry, Neighbour) else entry.articles > 1
    if has_page:
        return f"[{md_inline(entry.title)}]({prefix}{STORIES_DIR}/{entry.slug}.md)"
    return f"[{md_inline(entry.title)}]({prefix}briefings/{entry.first_article_slug}.md)"


def neighbour_item(entry: Neighbour, prefix: str) -> dict[str, str]:
    return {"date": entry.date or "undated", "link": thread_link(entry, prefix)}


def thread_view(story: Story, prefix: str = "../") -> dict[str, object]:
    """The story's nearest neighbours in its thread, before and after it in date order, and the thread's page.

    Bounded and without article counts, so that a story joining the thread changes only the pages of the
    stories next to it; the whole thread is on its own page.
    """
    place = story.thread
    if place is None:
        return {"earlier": [], "later": [], "page": "", "undated": False}
    return {
        "earlier": [neighbour_item(e, prefix) for e in place.earlier],
        "later": [neighbour_item(e, prefix) for e in place.later],
        "page": f"{prefix}{THREADS_DIR}/{place.slug}.md",
        "undated": story.date is None,
    }


def gift_diagram(story: Story) -> str:
    """The story's gifts as an SVG, each arrow labelled with the first source's wording of the item."""
    edges = [Edge(g.giver, g.recipient, g.variants[0].text) for g in story.gifts]
    return gift_svg(edges, f"gifts-{story.slug}") if edges else ""


def story_view(story: Story, links: Links) -> dict[str, object]:
    """Everything the story template prints."""
    labels = source_labels(story)
    return {
        "title": md_inline(story.title),
        "title_yaml": yaml_string(story.title),
        "description_yaml": yaml_string(" ".join(c.text for c in story.summary)[:300]),
        "date": story.date or "undated",
        "source_count": coverage(story),
        "updated": "",  # set from the build log by render_site (site/updates_view.py)
        "changes": [],
        "outlet_note": outlet_note(story),
        "thread": thread_view(story),
        "summary": [{"text": md_inline(c.text), "cite": story_cite(c, labels)} for c in story.summary],
        "actors": [
            {
                "name": links.actor(a.name, "../"),
                "kind": a.kind,
                "role": md_inline("; ".join(a.roles)),
                "count": count_badge(a.sources, story),
                "mentions": a.mentions,
            }
            for a in story.actors
            if a.kind != "place"
        ],
        "gifts": [
            {
                "giver": links.actor(g.giver, "../"),
                "recipient": links.actor(g.recipient, "../"),
                "status": g.status,
                "variants": "<br>".join(
                    f"{item_text(v.text)} {' '.join(story_cite(c, labels) for c in v.citations)}"
                    for v in g.variants
                ),
                "count": count_badge(g.sources, story),
            }
            for g in story.gifts
        ],
        "diagram": gift_diagram(story),
        "concerns": [claim_view(c, labels, story) for c in story.concerns],
        "questions": [claim_view(q, labels, story) for q in story.questions],
        "sources": [
            {
                "label": labels[s.article_id],
                "title": md_inline(s.title),
                "link": f"../briefings/{s.slug}.md",
                "date": s.date or "undated",
                "publisher": md_inline(s.outlet or "not stated"),
                "exclusives": ", ".join(
                    f"{md_inline(e.text)} {_evidence_cite(e.evidence, story, labels)}" for e in s.exclusives
                )
                or "—",
            }
            for s in story.sources
        ],
        "conflicts": [
            {
                "label": c.label.lower(),
                "sides": " vs ".join(
                    f"“{md_inline(value)}” {_evidence_cite(ev, story, labels)}" for value, ev in c.sides
                ),
            }
            for c in story.conflicts
        ],
        "timeline": [
            {
                "when": ("≈ " if e.approximate else "") + e.when,
                "text": md_inline(e.text),
                "cite": _evidence_cite(e.evidence, story, labels)
                if e.evidence
                else f"source {labels[e.article_id]}",
            }
            for e in story.timeline
        ],
    }


def _evidence_cite(evidence, story: Story, labels: dict[str, str]) -> str:
    slug = next(s.slug for s in story.sources if s.article_id == evidence.article_id)
    return story_cite(Citation(evidence.article_id, slug, evidence.sentence, evidence.text), labels)


def has_page(story: Story) -> bool:
    """Only stories told by two or more sources get a page; a one-source story is its briefing."""
    return len(story.sources) > 1


def story_page_link(story: Story) -> str:
    if has_page(story):
        return f"{STORIES_DIR}/{story.slug}.md"
    return f"briefings/{story.sources[0].slug}.md"


def timeline_rows(stories: Sequence[Story], links: Links, limit: int = 300) -> list[dict[str, str]]:
    """The newest `limit` of every story's dated events, newest first, for the site-wide timeline.

    The rows of only those are made (the corpus has some 13,000 events at 5,000 articles): `heapq.nlargest`
    keeps the order `sorted(..., reverse=True)` gives, ties in the stories' order."""
    events = (((e.when, story.id, e.text), story, e) for story in stories for e in story.timeline)
    rows = []
    for _, story, e in heapq.nlargest(limit, events, key=itemgetter(0)):
        labels = source_labels(story)
        cite = _evidence_cite(e.evidence, story, labels) if e.evidence else ""
        rows.append(
            {
                "when": ("≈ " if e.approximate else "") + e.when,
                "story": md_inline(story.title),
                "link": story_page_link(story),
                "text": md_inline(e.text),
                "cite": cite.replace("../briefings/", "briefings/"),
            }
        )
    return rows
