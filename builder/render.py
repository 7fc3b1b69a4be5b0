"""Rendering: Python builds escaped view objects, Jinja2 templates only loop and print."""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass

import jinja2

from builder.escape import md_inline, yaml_string
from builder.model import Actor, Briefing, Evidence

BRIEFINGS_DIR = "briefings"
HOME_INTRO = (
    "Each briefing sums up one news article: the bottom line, who is involved, what changed hands, "
    "what worries whom, and what is still unknown. Every item links to the sentence it came from, "
    "so any claim can be checked in one click."
)


@dataclass(frozen=True)
class Page:
    """One generated Markdown file, by its path relative to the docs folder."""

    path: str
    content: str


@functools.cache
def environment() -> jinja2.Environment:
    """Templates shipped in the package; undefined names are errors, not blanks."""
    return jinja2.Environment(
        loader=jinja2.PackageLoader("builder", "templates"),
        undefined=jinja2.StrictUndefined,
        autoescape=False,  # Markdown, escaped by builder.escape before it reaches a template
        keep_trailing_newline=True,
        trim_blocks=False,
    )


def cite(evidence: Evidence) -> str:
    """A link to the sentence an item came from."""
    return f"[§{evidence.sentence}](#{evidence.anchor}){{ .cite }}"


def cites(evidence: Iterable[Evidence], limit: int = 5) -> str:
    items = list(evidence)
    links = " ".join(cite(e) for e in items[:limit])
    return links + (f" +{len(items) - limit}" if len(items) > limit else "")


def plain_summary(briefing: Briefing) -> str:
    return " ".join(e.text for e in briefing.summary)


def meta_line(briefing: Briefing) -> str:
    """Date · source · file, escaped."""
    article = briefing.article
    parts = [article.date or "undated"]
    if article.source and article.url:
        parts.append(f"[{md_inline(article.source)}](<{article.url}>)" if _safe_url(article.url) else "")
    elif article.source:
        parts.append(md_inline(article.source))
    parts.append(f"source file `{article.path.replace('`', '')}`")
    return " · ".join(p for p in parts if p)


def _safe_url(url: str) -> bool:
    return url.startswith(("https://", "http://")) and not any(c in url for c in "<> \n\"'`")


def actor_row(actor: Actor) -> dict[str, str | int]:
    return {
        "name": md_inline(actor.name),
        "aliases": md_inline(", ".join(actor.aliases)) if actor.aliases else "",
        "kind": actor.kind,
        "role": md_inline("; ".join(actor.roles)) if actor.roles else "",
        "mentions": actor.mentions,
        "cites": cites(actor.evidence),
    }


def briefing_view(briefing: Briefing) -> dict[str, object]:
    """Everything the briefing template prints, already escaped."""
    paragraph_starts = {s.index for s in briefing.sentences if s.index == 1} | {
        b.index for a, b in zip(briefing.sentences, briefing.sentences[1:], strict=False) if b.paragraph != a.paragraph
    }
    people = [a for a in briefing.actors if a.kind != "place"]
    places = [a for a in briefing.actors if a.kind == "place"]
    return {
        "title": md_inline(briefing.title),
        "title_yaml": yaml_string(briefing.title),
        "description_yaml": yaml_string(plain_summary(briefing)[:300]),
        "date": briefing.article.date,
        "meta_line": meta_line(briefing),
        "summary": [{"text": md_inline(e.text), "index": e.sentence} for e in briefing.summary],
        "actors": [actor_row(a) for a in people],
        "places": ", ".join(f"{md_inline(p.name)} {cite(p.evidence[0])}" for p in places),
        "gifts": [
            {
                "giver": md_inline(g.giver),
                "item": md_inline(g.item),
                "recipient": md_inline(g.recipient),
                "status": g.status,
                "cite": cite(g.evidence),
            }
            for g in briefing.gifts
        ],
        "concerns": [
            {"holder": md_inline(c.holder), "about": md_inline(c.about), "cite": cite(c.evidence)}
            for c in briefing.concerns
        ],
        "questions": [{"question": md_inline(q.question), "cite": cite(q.evidence)} for q in briefing.questions],
        "sentences": [
            {"index": s.index, "text": md_inline(s.text), "paragraph_start": s.index in paragraph_starts}
            for s in briefing.sentences
        ],
    }


def newest_first(briefings: Iterable[Briefing]) -> list[Briefing]:
    """Dated briefings newest first, then undated ones, ties broken by id for determinism."""
    items = sorted(briefings, key=lambda b: b.article.id)
    return sorted(items, key=lambda b: b.article.date or "", reverse=True)


def listing_row(briefing: Briefing, prefix: str) -> dict[str, str]:
    summary = briefing.summary
    return {
        "title": md_inline(briefing.title),
        "link": f"{prefix}{briefing.article.slug}.md",
        "date": briefing.article.date or "undated",
        "meta_line": meta_line(briefing),
        "bottom_line": md_inline(plain_summary(briefing)),
        "first_line": md_inline(summary[0].text) if summary else "",
    }


def render(template: str, page: dict[str, object]) -> str:
    return environment().get_template(template).render(page=page)


def render_site(briefings: Iterable[Briefing]) -> list[Page]:
    """Every generated page of the site, sorted by path."""
    ordered = newest_first(briefings)
    pages = [
        Page(f"{BRIEFINGS_DIR}/{b.article.slug}.md", render("briefing.md.j2", briefing_view(b))) for b in ordered
    ]
    home = {
        "intro": HOME_INTRO,
        "description_yaml": yaml_string(HOME_INTRO),
        "briefings": [listing_row(b, f"{BRIEFINGS_DIR}/") for b in ordered],
    }
    pages.append(Page("index.md", render("home.md.j2", home)))
    index = {"briefings": [listing_row(b, "") for b in ordered]}
    pages.append(Page(f"{BRIEFINGS_DIR}/index.md", render("briefings_index.md.j2", index)))
    return sorted(pages, key=lambda p: p.path)
