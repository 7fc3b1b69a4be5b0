"""The view of one article's briefing page: escaped text, sentence citations and the way back from them."""

from __future__ import annotations

from builder.site.diagram import Edge, gift_svg
from builder.site.escape import md_inline, yaml_string
from builder.stories.identity import distinct_roles
from builder.core.model import Actor, Briefing, Evidence
from builder.site.base import cite, cites, meta_line, plain_summary
from builder.site.views.story_view import STORIES_DIR, TAGS_DIR, Links, item_text

MAX_BACKLINKS = 4
RESERVED_TAG_SLUGS = {"index", "all"}  # the tags index and its numbered pages (site/indexes.py)


def tag_path(slug: str) -> str:
    return f"{TAGS_DIR}/{slug}.md"


def tag_chips(briefing: Briefing, links: Links) -> str:
    """The briefing's tags as chips (Material's `md-tag` style), each linking to the tag's page."""
    return " ".join(
        f"[{md_inline(t)}](../{tag_path(links.tag_slugs[t])}){{ .md-tag }}"
        for t in tags_of(briefing)
        if t in links.tag_slugs
    )


class Citer:
    """Citation links that carry an id, so the cited sentence can link back to each item that cites it."""

    def __init__(self) -> None:
        self.backlinks: dict[int, list[tuple[str, str]]] = {}
        self.count = 0

    def __call__(self, evidence: Evidence, label: str) -> str:
        self.count += 1
        ref = f"ref-{self.count}"
        self.backlinks.setdefault(evidence.sentence, []).append((label, ref))
        return f"[§{evidence.sentence}](#{evidence.anchor}){{ #{ref} .cite }}"

    def back(self, sentence: int) -> str:
        """Links from a source sentence back to the items citing it."""
        links = self.backlinks.get(sentence, [])[:MAX_BACKLINKS]
        return " ".join(f"[↩ {label}](#{ref}){{ .backref }}" for label, ref in links)


def story_link(briefing: Briefing, links: Links) -> str:
    story = links.story_of.get(briefing.article.id)
    return f"[{md_inline(story[1])}](../{STORIES_DIR}/{story[0]}.md)" if story else ""


def actor_row(actor: Actor, links: Links) -> dict[str, str | int]:
    return {
        "name": links.actor(actor.name, "../"),
        "aliases": md_inline(", ".join(actor.aliases)) if actor.aliases else "",
        "kind": actor.kind,
        "role": md_inline("; ".join(distinct_roles(actor.roles))),
        "mentions": actor.mentions,
        "cites": cites(actor.evidence, limit=3),
    }


def paragraph_starts(briefing: Briefing) -> set[int]:
    pairs = zip(briefing.sentences, briefing.sentences[1:], strict=False)
    return {1} | {b.index for a, b in pairs if b.paragraph != a.paragraph}


def briefing_view(briefing: Briefing, links: Links) -> dict[str, object]:
    """Everything the briefing template prints, already escaped."""
    citer = Citer()
    summary = [{"text": md_inline(e.text), "cite": citer(e, "bottom line")} for e in briefing.summary]
    gifts = [
        {
            "giver": links.actor(g.giver, "../"),
            "item": item_text(g.item),
            "recipient": links.actor(g.recipient, "../"),
            "status": g.status,
            "cite": citer(g.evidence, "gift"),
        }
        for g in briefing.gifts
    ]
    concerns = [
        {"holder": md_inline(c.holder), "about": md_inline(c.about), "cite": citer(c.evidence, "concern")}
        for c in briefing.concerns
    ]
    questions = [
        {"question": md_inline(q.question), "cite": citer(q.evidence, "question")} for q in briefing.questions
    ]
    starts = paragraph_starts(briefing)
    edges = [Edge(g.giver, g.recipient, g.item) for g in briefing.gifts]
    return {
        "title": md_inline(briefing.title),
        "title_yaml": yaml_string(briefing.title),
        "description_yaml": yaml_string(plain_summary(briefing)[:300]),
        "date": briefing.article.date,
        "tags": tag_chips(briefing, links),
        "meta_line": meta_line(briefing),
        "story": story_link(briefing, links),
        "summary": summary,
        "actors": [actor_row(a, links) for a in briefing.actors if a.kind != "place"],
        "places": ", ".join(
            f"{md_inline(p.name)} {cite(p.evidence[0])}" for p in briefing.actors if p.kind == "place"
        ),
        "gifts": gifts,
        "diagram": gift_svg(edges, f"gifts-{briefing.article.slug}") if edges else "",
        "concerns": concerns,
        "questions": questions,
        "sentences": [
            {
                "index": s.index,
                "text": md_inline(s.text),
                "paragraph_start": s.index in starts,
                "back": citer.back(s.index),
            }
            for s in briefing.sentences
        ],
    }


def tags_of(briefing: Briefing, limit: int = 6) -> list[str]:
    """Tags: the article's own, then its principal actors and places by mentions."""
    named = [
        a.name
        for a in sorted(briefing.actors, key=lambda a: -a.mentions)
        if a.mentions >= 2 or a.kind != "place"
    ]
    return list(dict.fromkeys([*briefing.article.tags, *named]))[:limit]
