"""Rendering: Python builds escaped view objects, Jinja2 templates only loop and print."""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass

import jinja2

from builder.directory import Profile
from builder.escape import md_inline, yaml_string
from builder.identity import Identity
from builder.model import Actor, Briefing, Evidence
from builder.render_story import ACTORS_DIR, STORIES_DIR, Links, profile_view, story_view
from builder.stories import Story

BRIEFINGS_DIR = "briefings"
HOME_INTRO = (
    "Each briefing sums up one news article: the bottom line, who is involved, what changed hands, "
    "what worries whom, and what is still unknown. Every item links to the sentence it came from, "
    "so any claim can be checked in one click. Stories merge the articles about one event and show "
    "what the sources agree on, what only one of them says, and where they disagree."
)
HOME_LIMIT = 20  # latest stories and briefings on the home page; the section pages list all


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


def actor_row(actor: Actor, links: Links) -> dict[str, str | int]:
    return {
        "name": links.actor(actor.name, "../"),
        "aliases": md_inline(", ".join(actor.aliases)) if actor.aliases else "",
        "kind": actor.kind,
        "role": md_inline("; ".join(actor.roles)) if actor.roles else "",
        "mentions": actor.mentions,
        "cites": cites(actor.evidence),
    }


def briefing_view(briefing: Briefing, links: Links) -> dict[str, object]:
    """Everything the briefing template prints, already escaped."""
    paragraph_starts = {s.index for s in briefing.sentences if s.index == 1} | {
        b.index
        for a, b in zip(briefing.sentences, briefing.sentences[1:], strict=False)
        if b.paragraph != a.paragraph
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
        "actors": [actor_row(a, links) for a in people],
        "story": _story_link(briefing, links),
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
        "questions": [
            {"question": md_inline(q.question), "cite": cite(q.evidence)} for q in briefing.questions
        ],
        "sentences": [
            {"index": s.index, "text": md_inline(s.text), "paragraph_start": s.index in paragraph_starts}
            for s in briefing.sentences
        ],
    }


def _story_link(briefing: Briefing, links: Links) -> str:
    story = links.story_of.get(briefing.article.id)
    return f"[{md_inline(story[1])}](../{STORIES_DIR}/{story[0]}.md)" if story else ""


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


def about_view(report: dict[str, object] | None) -> dict[str, object]:
    """The accuracy report, escaped for the About page."""
    if not report:
        return {"rows": []}
    env = report.get("environment", {})
    rows = [
        {
            "task": md_inline(str(r["task"])),
            "metric": md_inline(str(r["metric"])),
            "value": f"{r['value']:,.0f}" if r["value"] >= 1000 else f"{r['value']:.1f}",
            "baseline": md_inline(str(r.get("baseline", ""))),
            "data": md_inline(str(r.get("data", ""))),
        }
        for r in report.get("rows", [])
        if r["task"] != "speed"
    ]
    return {
        "rows": rows,
        "measured": md_inline(str(report.get("measured", ""))),
        "python": md_inline(str(env.get("python", ""))),
        "spacy": md_inline(str(env.get("spacy", ""))),
        "model": str(env.get("model", "")).replace("`", ""),
    }


def story_row(story: Story) -> dict[str, object]:
    return {
        "title": md_inline(story.title),
        "link": f"{STORIES_DIR}/{story.slug}.md",
        "date": story.date or "undated",
        "sources": len(story.sources),
        "bottom_line": md_inline(" ".join(c.text for c in story.summary)),
        "first_line": md_inline(story.summary[0].text) if story.summary else "",
    }


def make_links(briefings: list[Briefing], stories: list[Story], profiles: list[Profile]) -> Links:
    who = Identity(briefings)
    return Links(
        who=who,
        actor_slugs={who.key(p.name): p.slug for p in profiles},
        story_of={aid: (s.slug, s.title) for s in stories for aid in s.article_ids},
    )


def render_site(
    briefings: Iterable[Briefing],
    stories: Iterable[Story] = (),
    profiles: Iterable[Profile] = (),
    report: dict[str, object] | None = None,
) -> list[Page]:
    """Every generated page of the site, sorted by path."""
    ordered = newest_first(briefings)
    stories = sorted(stories, key=lambda s: (s.date or "", s.id), reverse=True)
    profiles = list(profiles)
    links = make_links(ordered, stories, profiles)
    pages = [
        Page(f"{BRIEFINGS_DIR}/{b.article.slug}.md", render("briefing.md.j2", briefing_view(b, links)))
        for b in ordered
    ]
    pages += [Page(f"{STORIES_DIR}/{s.slug}.md", render("story.md.j2", story_view(s, links))) for s in stories]
    pages += [Page(f"{ACTORS_DIR}/{p.slug}.md", render("actor.md.j2", profile_view(p, links))) for p in profiles]
    home = {
        "intro": HOME_INTRO,
        "description_yaml": yaml_string(HOME_INTRO),
        "stories": [story_row(s) for s in stories[:HOME_LIMIT]],
        "briefings": [listing_row(b, f"{BRIEFINGS_DIR}/") for b in ordered[:HOME_LIMIT]],
    }
    pages.append(Page("index.md", render("home.md.j2", home)))
    pages.append(Page(f"{BRIEFINGS_DIR}/index.md", render("briefings_index.md.j2", {"briefings": [
        listing_row(b, "") for b in ordered]})))  # fmt: skip
    story_rows = [{**story_row(s), "link": f"{s.slug}.md"} for s in stories]
    pages.append(Page(f"{STORIES_DIR}/index.md", render("stories_index.md.j2", {"stories": story_rows})))
    actor_rows = [
        {"name": md_inline(p.name), "link": f"{p.slug}.md", "kind": p.kind, "articles": len(p.articles),
         "mentions": p.mentions}  # fmt: skip
        for p in sorted(profiles, key=lambda p: (-len(p.articles), -p.mentions, p.name))
    ]
    pages.append(Page(f"{ACTORS_DIR}/index.md", render("actors_index.md.j2", {"actors": actor_rows})))
    pages.append(Page("about.md", render("about.md.j2", about_view(report))))
    return sorted(pages, key=lambda p: p.path)
